//! Publication dates as news pages and feeds write them, kept in the time zone they were
//! written in: a page dated 14:20 in Jerusalem stays `2025-03-05T14:20:00+02:00`, so the
//! article's day is the day its readers saw, not the day in UTC.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, SecondsFormat};

/// A publication date, as precise as the source gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    /// A moment with its UTC offset.
    Zoned(DateTime<FixedOffset>),
    /// A time with no zone given.
    Local(NaiveDateTime),
    /// A day only.
    Day(NaiveDate),
}

impl Published {
    /// Reads ISO 8601 / RFC 3339 (`2025-03-05T14:20:00+02:00`, `…Z`, `…+0200`, fractions of a
    /// second), RFC 2822 (`Wed, 05 Mar 2025 14:20:00 +0200`), a zone-less time, or a bare day.
    pub fn parse(text: &str) -> Option<Published> {
        let s = text.trim();
        if let Ok(d) = DateTime::parse_from_rfc3339(s) {
            return Some(Published::Zoned(d));
        }
        for f in ["%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%dT%H:%M%z"] {
            if let Ok(d) = DateTime::parse_from_str(s, f) {
                return Some(Published::Zoned(d));
            }
        }
        if let Ok(d) = DateTime::parse_from_rfc2822(s) {
            return Some(Published::Zoned(d));
        }
        for f in [
            "%Y-%m-%dT%H:%M:%S%.f",
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%d %H:%M:%S",
        ] {
            if let Ok(d) = NaiveDateTime::parse_from_str(s, f) {
                return Some(Published::Local(d));
            }
        }
        NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d")
            .ok()
            .filter(|_| s.len() == 10)
            .map(Published::Day)
    }

    /// The calendar day where it was published, for the file name.
    pub fn day(&self) -> NaiveDate {
        match self {
            Published::Zoned(d) => d.date_naive(),
            Published::Local(d) => d.date(),
            Published::Day(d) => *d,
        }
    }

    /// The form written to front matter: RFC 3339 with the offset (`+00:00`, never `Z`), or
    /// as much as is known.
    pub fn front_matter(&self) -> String {
        match self {
            Published::Zoned(d) => d.to_rfc3339_opts(SecondsFormat::Secs, false),
            Published::Local(d) => d.format("%Y-%m-%dT%H:%M:%S").to_string(),
            Published::Day(d) => d.format("%Y-%m-%d").to_string(),
        }
    }

    /// The moment in UTC (a zone-less time taken as UTC), to put updates in order.
    pub fn sort_key(&self) -> NaiveDateTime {
        match self {
            Published::Zoned(d) => d.naive_utc(),
            Published::Local(d) => *d,
            Published::Day(d) => d.and_time(chrono::NaiveTime::MIN),
        }
    }

    /// This moment, in this machine's time zone: the date of an article whose page gave none.
    pub fn now() -> Published {
        Published::Zoned(chrono::Local::now().fixed_offset())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(s: &str) -> String {
        Published::parse(s)
            .map(|p| p.front_matter())
            .unwrap_or_default()
    }

    #[test]
    fn the_offset_is_kept_as_written() {
        assert_eq!(
            written("2025-03-05T14:20:00+02:00"),
            "2025-03-05T14:20:00+02:00"
        );
        assert_eq!(
            written("2025-03-05T14:20:00.123+0200"),
            "2025-03-05T14:20:00+02:00"
        );
        assert_eq!(written("2025-03-05T12:20:00Z"), "2025-03-05T12:20:00+00:00");
        assert_eq!(
            written("Wed, 05 Mar 2025 14:20:00 -0500"),
            "2025-03-05T14:20:00-05:00"
        );
    }

    #[test]
    fn the_day_is_the_day_in_the_pages_own_zone() {
        let late = Published::parse("2025-05-12T21:05:00-04:00").unwrap();
        assert_eq!(late.day().to_string(), "2025-05-12");
    }

    #[test]
    fn zoneless_times_and_days_are_kept_as_precise_as_given() {
        assert_eq!(written("2025-03-05T14:20"), "2025-03-05T14:20:00");
        assert_eq!(written("2025-03-05"), "2025-03-05");
        assert_eq!(Published::parse("2025-02-30"), None);
        assert_eq!(Published::parse("last Tuesday"), None);
        assert_eq!(Published::parse("2025-03-05 and more"), None);
    }

    #[test]
    fn what_is_written_is_what_the_loader_reads() {
        for s in [
            "2025-03-05T14:20:00+02:00",
            "2025-03-05T14:20",
            "2025-03-05",
        ] {
            let front = Published::parse(s).unwrap().front_matter();
            assert!(crate::load::front::parse_date(&front).is_some(), "{front}");
        }
    }
}
