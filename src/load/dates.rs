//! Dates in front matter: the forms a writer (or another tool) writes them in, and the two
//! ways a page shows them. A date keeps the offset it was written with, so the day a reader
//! sees is the day the writer meant.

use chrono::{FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};

/// Accepts `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]` with an optional `Z` or offset, and the same
/// with a space instead of `T`; also what other tools write: Jekyll's `2025-03-05 14:30:00
/// +0200`, a feed's `Wed, 05 Mar 2025 14:30:00 GMT` and a day spelt out (`March 5, 2025`, `5
/// March 2025`), never the ambiguous `05/03/2025`. Returns the time on its own clock and the
/// offset, if any: the day a reader is shown is the day the writer wrote, not the day in UTC.
/// Rejects dates that do not exist.
pub fn parse_date(s: &str) -> Option<(NaiveDateTime, Option<FixedOffset>)> {
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some((d.and_time(NaiveTime::MIN), None));
    }
    let zoned = [
        chrono::DateTime::parse_from_rfc3339(s),
        chrono::DateTime::parse_from_rfc2822(s),
        chrono::DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S %z"),
        chrono::DateTime::parse_from_str(s, "%Y-%m-%d %H:%M %z"),
    ];
    if let Some(dt) = zoned.into_iter().find_map(Result::ok) {
        return Some((dt.naive_local(), Some(*dt.offset())));
    }
    let spelt = ["%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y"];
    if let Some(d) = spelt
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
    {
        return Some((d.and_time(NaiveTime::MIN), None));
    }
    let (s, offset) = match s.strip_suffix('Z') {
        Some(s) => (s, FixedOffset::east_opt(0)),
        None => (s, None),
    };
    [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
    .map(|d| (d, offset))
}

/// The moment a date names, in UTC; a date written without an offset is read as UTC.
pub fn utc(date: NaiveDateTime, offset: Option<FixedOffset>) -> NaiveDateTime {
    offset.map_or(date, |o| date - o)
}

/// RFC 3339 with the offset as written (`2026-03-12T00:30:00+02:00`); `Z` when there is none.
pub fn rfc3339(date: NaiveDateTime, offset: Option<FixedOffset>) -> String {
    let zone = offset.map_or_else(|| "Z".to_string(), |o| o.to_string());
    format!("{}{zone}", date.format("%Y-%m-%dT%H:%M:%S"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_keeps_its_own_day_and_offset() {
        let (date, offset) = parse_date("2026-03-12T00:30:00+02:00").unwrap();
        assert_eq!(date.to_string(), "2026-03-12 00:30:00");
        assert_eq!(rfc3339(date, offset), "2026-03-12T00:30:00+02:00");
        assert_eq!(utc(date, offset).to_string(), "2026-03-11 22:30:00");
        let (date, offset) = parse_date("2026-03-12T08:00Z").unwrap();
        assert_eq!(rfc3339(date, offset), "2026-03-12T08:00:00+00:00");
        let (date, offset) = parse_date("2026-03-12").unwrap();
        assert_eq!(rfc3339(date, offset), "2026-03-12T00:00:00Z");
    }

    #[test]
    fn times_and_offsets_are_accepted() {
        assert!(parse_date("2025-05-12T14:30:00+03:00").is_some());
        assert!(parse_date("2025-05-12 14:30").is_some());
        assert!(parse_date("2025-13-01").is_none());
        // What other tools write: Jekyll, a feed, a day spelt out; never 05/03/2025.
        for (written, read) in [
            ("2025-03-05 14:30:00 +0200", "2025-03-05T14:30:00+02:00"),
            ("Wed, 05 Mar 2025 14:30:00 GMT", "2025-03-05T14:30:00+00:00"),
            ("March 5, 2025", "2025-03-05T00:00:00Z"),
            ("5 March 2025", "2025-03-05T00:00:00Z"),
            ("Mar 5, 2025", "2025-03-05T00:00:00Z"),
        ] {
            let (date, offset) = parse_date(written).expect(written);
            assert_eq!(rfc3339(date, offset), read, "{written}");
        }
        assert!(parse_date("05/03/2025").is_none());
        assert!(parse_date("March 32, 2025").is_none());
    }
}
