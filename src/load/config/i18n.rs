//! The theme's words in the dossier's language. English is built in
//! (`themes/default/i18n/en.yaml`); `language: fr` reads the dossier's `i18n/fr.yaml`, whose
//! keys replace the English ones (a key it lacks stays English), along with the month and
//! weekday names and date formats that every date of the site is written with. Extraction
//! reads English whatever the language.

use super::ConfigError;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const ENGLISH: &str = include_str!("../../../themes/default/i18n/en.yaml");

/// The folder of a dossier's translation tables.
pub const I18N_DIR: &str = "i18n";

/// One language's words, with English under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Translations {
    words: BTreeMap<String, String>,
    months: Vec<String>,
    weekdays: Vec<String>,
    /// The date and month formats, parsed once (a build writes hundreds of thousands of
    /// dates); `None` for one chrono cannot parse.
    date_format: Option<Vec<Piece>>,
    month_format: Option<Vec<Piece>>,
}

/// A part of a date format: chrono's items, or a name the language gives.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Chrono(Vec<chrono::format::Item<'static>>),
    /// `%B`, `%b`, `%A`, `%a`.
    Month,
    MonthShort,
    Weekday,
    WeekdayShort,
}

impl Default for Translations {
    fn default() -> Self {
        // The built-in table is part of the binary and tested; an error here is a bug.
        parse(ENGLISH, Path::new("(built-in) i18n/en.yaml"), None)
            .unwrap_or_else(|e| panic!("the built-in English table is broken: {e}"))
    }
}

impl Translations {
    /// The table for `language` in the dossier at `root`: English, with `i18n/LANGUAGE.yaml`
    /// over it when the dossier has one.
    pub fn load(root: &Path, language: &str) -> Result<Translations, ConfigError> {
        let english = Translations::default();
        if !language
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Ok(english);
        }
        let path: PathBuf = crate::load::display_base(root)
            .join(I18N_DIR)
            .join(format!("{language}.yaml"));
        match std::fs::read_to_string(&path) {
            Ok(text) => parse(&text, &path, Some(&english)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(english),
            Err(source) => Err(ConfigError::Io { path, source }),
        }
    }

    /// The word for `key`, if the table has it.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.words.get(key).map(String::as_str)
    }

    /// The word for `key` with each `{name}` in it replaced by its value: `fill("week_of",
    /// &[("date", "5 March 2025")])` is "Week of 5 March 2025". A key the table lacks is
    /// given back as it is (every key the code uses is in the English table).
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut word = self.get(key).unwrap_or(key).to_string();
        for (name, value) in values {
            word = word.replace(&format!("{{{name}}}"), value);
        }
        word
    }

    /// A date as the language writes it: "5 March 2025", "5 mars 2025".
    pub fn date(&self, d: &NaiveDateTime) -> String {
        self.write(d, self.date_format.as_deref())
    }

    /// A day as the language writes it: [`Translations::date`] for a date without a time.
    pub fn day(&self, d: NaiveDate) -> String {
        self.date(&d.and_time(chrono::NaiveTime::MIN))
    }

    /// A month as the language writes it: "March 2025".
    pub fn month(&self, d: &NaiveDateTime) -> String {
        self.write(d, self.month_format.as_deref())
    }

    /// `d` written with a strftime `format` whose month and weekday names (`%B`, `%A`, and
    /// their first three letters `%b`, `%a`) are the language's; the rest is chrono's.
    /// `None` when `format` is not one chrono can write.
    pub fn format_with(&self, d: &NaiveDateTime, format: &str) -> Option<String> {
        self.write_pieces(d, &pieces(format)?)
    }

    /// `d` written with parsed pieces; `None` when chrono cannot write one of them.
    fn write_pieces(&self, d: &NaiveDateTime, pieces: &[Piece]) -> Option<String> {
        use std::fmt::Write;
        let month = self
            .months
            .get(d.month0() as usize)
            .map_or("", String::as_str);
        let weekday = self
            .weekdays
            .get(d.weekday().num_days_from_monday() as usize)
            .map_or("", String::as_str);
        let short = |name: &str| name.char_indices().nth(3).map_or(name.len(), |(i, _)| i);
        let mut out = String::new();
        for piece in pieces {
            match piece {
                Piece::Chrono(items) => {
                    write!(out, "{}", d.format_with_items(items.iter())).ok()?
                }
                Piece::Month => out.push_str(month),
                Piece::MonthShort => out.push_str(&month[..short(month)]),
                Piece::Weekday => out.push_str(weekday),
                Piece::WeekdayShort => out.push_str(&weekday[..short(weekday)]),
            }
        }
        Some(out)
    }

    /// `d` with parsed pieces, or as `2025-03-05` when they cannot write it.
    fn write(&self, d: &NaiveDateTime, pieces: Option<&[Piece]>) -> String {
        pieces
            .and_then(|p| self.write_pieces(d, p))
            .unwrap_or_else(|| d.format("%Y-%m-%d").to_string())
    }
}

/// A strftime `format` split at the names the language gives (`%B`, `%A`, and their first
/// three letters `%b`, `%a`), the rest parsed by chrono; `None` when chrono cannot parse it.
fn pieces(format: &str) -> Option<Vec<Piece>> {
    let mut out = Vec::new();
    let mut spec = String::with_capacity(format.len());
    let flush = |spec: &mut String, out: &mut Vec<Piece>| -> Option<()> {
        if !spec.is_empty() {
            let items = chrono::format::StrftimeItems::new(spec)
                .parse_to_owned()
                .ok()?;
            out.push(Piece::Chrono(items));
            spec.clear();
        }
        Some(())
    };
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            spec.push(c);
            continue;
        }
        let name = match chars.next() {
            Some('B') => Piece::Month,
            Some('b') => Piece::MonthShort,
            Some('A') => Piece::Weekday,
            Some('a') => Piece::WeekdayShort,
            Some(other) => {
                spec.push('%');
                spec.push(other);
                continue;
            }
            None => {
                spec.push('%');
                continue;
            }
        };
        flush(&mut spec, &mut out)?;
        out.push(name);
    }
    flush(&mut spec, &mut out)?;
    Some(out)
}

/// A month or weekday name as written (a number YAML read is kept as its text).
fn name_of(n: &serde_json::Value) -> String {
    n.as_str()
        .map(str::to_string)
        .unwrap_or_else(|| n.to_string())
}

/// Parses a table; with `base`, its keys must be among the base's (a misspelt key is an
/// error at its line, not an English word left on the page).
fn parse(
    text: &str,
    path: &Path,
    base: Option<&Translations>,
) -> Result<Translations, ConfigError> {
    let invalid = |line: usize, message: String| ConfigError::Invalid {
        path: path.to_path_buf(),
        line,
        message,
    };
    let raw: BTreeMap<String, serde_json::Value> =
        crate::load::yaml::parse(text, 1).map_err(|e| invalid(e.line, e.message))?;
    let line_of = |key: &str| super::line_of(text, key);
    let mut table = base.cloned().unwrap_or(Translations {
        words: BTreeMap::new(),
        months: Vec::new(),
        weekdays: Vec::new(),
        date_format: pieces("%-d %B %Y"),
        month_format: pieces("%B %Y"),
    });
    for (key, value) in raw {
        match (key.as_str(), value) {
            ("months", serde_json::Value::Array(names)) if names.len() == 12 => {
                table.months = names.iter().map(name_of).collect();
            }
            ("weekdays", serde_json::Value::Array(names)) if names.len() == 7 => {
                table.weekdays = names.iter().map(name_of).collect();
            }
            ("weekdays", _) => {
                return Err(invalid(
                    line_of("weekdays"),
                    "`weekdays` must list the seven weekday names, Monday first".into(),
                ));
            }
            ("months", _) => {
                return Err(invalid(
                    line_of("months"),
                    "`months` must list the twelve month names, January first".into(),
                ));
            }
            ("date_format" | "month_format", serde_json::Value::String(f)) => {
                if chrono::format::StrftimeItems::new(&f)
                    .any(|i| matches!(i, chrono::format::Item::Error))
                {
                    return Err(invalid(
                        line_of(&key),
                        format!("`{f}` is not a date format (use %-d, %B, %Y…)"),
                    ));
                }
                if key == "date_format" {
                    table.date_format = pieces(&f);
                } else {
                    table.month_format = pieces(&f);
                }
            }
            (_, value) => {
                if base.is_some_and(|b| !b.words.contains_key(&key)) {
                    return Err(invalid(
                        line_of(&key),
                        format!(
                            "`{key}` is not a key of the theme's words (see themes/default/i18n/en.yaml)"
                        ),
                    ));
                }
                let word = match value {
                    serde_json::Value::String(s) => s,
                    serde_json::Value::Null => {
                        return Err(invalid(line_of(&key), format!("`{key}` is empty")));
                    }
                    other => other.to_string(),
                };
                table.words.insert(key, word);
            }
        }
    }
    Ok(table)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn march() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2025, 3, 5)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
    }

    #[test]
    fn english_is_built_in() {
        let en = Translations::default();
        assert_eq!(en.get("timeline"), Some("Timeline"));
        assert_eq!(en.date(&march()), "5 March 2025");
        assert_eq!(en.month(&march()), "March 2025");
        assert_eq!(
            en.format_with(&march(), "%A %-d %b, 100%%").as_deref(),
            Some("Wednesday 5 Mar, 100%")
        );
        assert_eq!(
            en.fill("week_of", &[("date", "5 March 2025")]),
            "Week of 5 March 2025"
        );
    }

    #[test]
    fn short_names_are_three_letters_past_ascii_too() {
        let fr = parse(
            "months: [janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre]\nmonth_format: \"%b. %Y (%B)\"\n",
            Path::new("i18n/fr.yaml"),
            Some(&Translations::default()),
        )
        .unwrap();
        let feb = NaiveDate::from_ymd_opt(2025, 2, 3)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        assert_eq!(fr.month(&feb), "fév. 2025 (février)");
        assert_eq!(
            fr.format_with(&feb, "%%B %b%").as_deref(),
            None,
            "a lone % at the end is not a format chrono can write"
        );
        assert_eq!(fr.format_with(&feb, "%%B %b").as_deref(), Some("%B fév"));
    }

    #[test]
    fn another_language_replaces_what_it_has_and_keeps_english_for_the_rest() {
        let fr = parse(
            "months: [janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre]\ntimeline: Chronologie\n",
            Path::new("i18n/fr.yaml"),
            Some(&Translations::default()),
        )
        .unwrap();
        assert_eq!(fr.get("timeline"), Some("Chronologie"));
        assert_eq!(fr.get("people"), Some("People"));
        assert_eq!(fr.date(&march()), "5 mars 2025");
        let fr = parse(
            "weekdays: [lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche]\n",
            Path::new("i18n/fr.yaml"),
            Some(&fr),
        )
        .unwrap();
        assert_eq!(
            fr.format_with(&march(), "%A %-d %B").as_deref(),
            Some("mercredi 5 mars")
        );
        let err = parse(
            "timelne: x\n",
            Path::new("i18n/fr.yaml"),
            Some(&Translations::default()),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("i18n/fr.yaml:1:") && err.contains("timelne"),
            "{err}"
        );
    }
}
