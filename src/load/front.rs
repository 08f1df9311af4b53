//! Front matter: the YAML between the `---` lines at the top of an article.
//!
//! Splitting is done by hand (it is two lines), parsing by serde-saphyr, and every error is
//! reported at its line in the article file, counting the BOM-free, CRLF-tolerant lines a
//! text editor shows.

use crate::entity::EntitySpec;
pub use crate::load::dates::{parse_date, rfc3339, utc};
use crate::load::other_keys::other_keys;
use crate::load::yaml::{self, Text, TextList};
use chrono::{Datelike, FixedOffset, NaiveDateTime};
use serde::Deserialize;

/// The parsed, checked front matter of an article or page.
#[derive(Debug, Clone, PartialEq)]
pub struct FrontMatter {
    pub title: String,
    /// The date and time as written, on the clock of its own offset (so
    /// `2026-03-12T00:30:00+02:00` is 12 March); midnight when the article gives only a day.
    /// Always set for articles; optional for pages.
    pub date: Option<NaiveDateTime>,
    /// The date's offset from UTC, when it has one (`Z` is +00:00).
    pub offset: Option<FixedOffset>,
    pub slug: Option<String>,
    pub summary: Option<String>,
    pub source: Option<String>,
    pub source_url: Option<String>,
    /// Who wrote it, as the outlet credits them: `author:` and `authors:`, each one name or a
    /// list (`dossier import` fills in `author`).
    pub authors: Vec<String>,
    pub tags: Vec<String>,
    pub entities: Vec<EntitySpec>,
    pub draft: bool,
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A front-matter problem at a line of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontError {
    pub line: usize,
    pub message: String,
}

fn err(line: usize, message: impl Into<String>) -> FrontError {
    FrontError {
        line,
        message: message.into(),
    }
}

/// The front matter as written; checked and converted into [`FrontMatter`].
/// Keys not listed here are not refused by serde but sorted by [`other_keys`]: kept under
/// `extra`, or refused as a misspelt known key.
#[derive(Deserialize)]
struct Raw {
    title: Text,
    #[serde(default)]
    date: Option<serde_saphyr::Spanned<String>>,
    #[serde(default)]
    slug: Option<serde_saphyr::Spanned<String>>,
    #[serde(default)]
    summary: Option<Text>,
    #[serde(default)]
    source: Option<Text>,
    #[serde(default)]
    source_url: Option<Text>,
    #[serde(default)]
    author: TextList,
    #[serde(default)]
    authors: TextList,
    #[serde(default)]
    tags: TextList,
    #[serde(default)]
    entities: Vec<EntitySpec>,
    #[serde(default)]
    draft: bool,
    #[serde(default)]
    extra: serde_json::Map<String, serde_json::Value>,
}

/// A file split into its front matter and body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// Line of the first YAML line (the one after the opening `---`).
    pub yaml_line: usize,
    pub body: &'a str,
    /// Line of the first body line.
    pub body_line: usize,
}

/// Splits `text` (already without BOM) at its `---` lines.
pub fn split(text: &str) -> Result<Split<'_>, FrontError> {
    let first_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_end].trim_end() != "---" {
        return Err(err(
            1,
            "an article must start with front matter: a `---` line, `title:` and `date:`, and a closing `---` line",
        ));
    }
    let mut offset = first_end;
    let mut line = 2;
    while offset < text.len() {
        let end = text[offset..]
            .find('\n')
            .map_or(text.len(), |i| offset + i + 1);
        let l = text[offset..end].trim_end();
        if l == "---" || l == "..." {
            return Ok(Split {
                yaml: &text[first_end..offset],
                yaml_line: 2,
                body: &text[end..],
                body_line: line + 1,
            });
        }
        offset = end;
        line += 1;
    }
    Err(err(
        1,
        "front matter is not closed: add a `---` line after the last front-matter field",
    ))
}

/// Parses and checks the YAML part of a split file. Articles need a `date`; pages do not.
pub fn parse(split: &Split<'_>, require_date: bool) -> Result<FrontMatter, FrontError> {
    if split.yaml.trim().is_empty() {
        return Err(err(
            split.yaml_line,
            "front matter is empty: `title:` and `date:` are required",
        ));
    }
    let raw: Raw = yaml::parse(split.yaml, split.yaml_line).map_err(|e| err(e.line, e.message))?;
    let others = other_keys(split.yaml, split.yaml_line)?;
    let at = |loc: &serde_saphyr::Location| split.yaml_line + (loc.line() as usize).max(1) - 1;

    let title = raw.title.0.trim().to_string();
    if title.is_empty() {
        return Err(err(
            split.yaml_line,
            "`title` is empty; every article needs a title",
        ));
    }
    let (date, offset) = match raw.date {
        Some(d) => {
            let (parsed, offset) = parse_date(d.value.trim()).ok_or_else(|| {
                err(
                    at(&d.referenced),
                    format!(
                        "date `{}` is not a real date (expected YYYY-MM-DD, optionally followed by a time such as T14:30:00Z)",
                        d.value
                    ),
                )
            })?;
            // Feeds and the sitemap write four-digit years; anything else is not a date a
            // reader can use.
            if !(1..=9999).contains(&parsed.year()) {
                return Err(err(
                    at(&d.referenced),
                    format!(
                        "date `{}` is outside the years 0001 to 9999; write a four-digit year",
                        d.value
                    ),
                ));
            }
            (Some(parsed), offset)
        }
        None if require_date => {
            return Err(err(
                split.yaml_line,
                "missing field `date` (write it as YYYY-MM-DD)",
            ));
        }
        None => (None, None),
    };
    let slug = match raw.slug {
        None => None,
        Some(s) => {
            let clean = super::slug::slugify(&s.value).ok_or_else(|| {
                err(
                    at(&s.referenced),
                    format!(
                        "slug `{}` has no letters or digits to make a web address from",
                        s.value
                    ),
                )
            })?;
            Some(clean)
        }
    };
    let opt = |t: Option<Text>| t.map(|t| t.0.trim().to_string()).filter(|s| !s.is_empty());
    for (i, e) in raw.entities.iter().enumerate() {
        if e.name.trim().is_empty() {
            return Err(err(
                split.yaml_line,
                format!("entity {} in `entities` has an empty name", i + 1),
            ));
        }
    }
    Ok(FrontMatter {
        title,
        date,
        offset,
        slug,
        summary: opt(raw.summary),
        source: opt(raw.source),
        source_url: opt(raw.source_url),
        authors: names(raw.author.0.into_iter().chain(raw.authors.0)),
        // `tags: talks, doha` is two tags, as a writer means it.
        tags: names(
            raw.tags
                .0
                .iter()
                .flat_map(|t| t.0.split(','))
                .map(|t| Text(t.to_string())),
        ),
        entities: raw.entities,
        draft: raw.draft,
        extra: {
            // An `extra:` key of the writer's own wins over another tool's key of that name.
            let mut extra = raw.extra;
            for (k, v) in others {
                extra.entry(k).or_insert(v);
            }
            extra
        },
    })
}

/// Trimmed, non-empty, each once, in the order written.
fn names(list: impl IntoIterator<Item = Text>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in list {
        let t = t.0.trim();
        if !t.is_empty() && !out.iter().any(|o| o == t) {
            out.push(t.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn front(text: &str) -> Result<FrontMatter, FrontError> {
        parse(&split(text)?, true)
    }

    #[test]
    fn splits_and_counts_body_lines() {
        let s = split("---\ntitle: A\ndate: 2025-03-05\n---\nBody\n").unwrap();
        assert_eq!(s.yaml, "title: A\ndate: 2025-03-05\n");
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 5);
    }

    #[test]
    fn crlf_line_endings_are_fine() {
        let f = front("---\r\ntitle: A\r\ndate: 2025-03-05\r\n---\r\nBody\r\n").unwrap();
        assert_eq!(f.title, "A");
    }

    #[test]
    fn rejects_a_year_outside_0001_to_9999_with_its_line() {
        for date in ["10000-01-01", "+12345-06-01", "0000-01-01", "-0044-03-15"] {
            let e = front(&format!("---\ntitle: A\ndate: \"{date}\"\n---\n")).unwrap_err();
            assert_eq!(e.line, 3, "{date}: {}", e.message);
        }
        assert!(front("---\ntitle: A\ndate: 0001-01-01\n---\n").is_ok());
        assert!(front("---\ntitle: A\ndate: 9999-12-31\n---\n").is_ok());
        // Shown on its own clock: still 9999, though it is 10000 in UTC.
        assert!(front("---\ntitle: A\ndate: \"9999-12-31T23:00:00-05:00\"\n---\n").is_ok());
    }

    #[test]
    fn rejects_an_impossible_date_with_its_line() {
        let e = front("---\ntitle: A\ndate: 2025-02-30\n---\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("2025-02-30"), "{}", e.message);
        let e = front("---\ntitle: A\ndate: next Tuesday\n---\n").unwrap_err();
        assert_eq!(e.line, 3);
    }

    #[test]
    fn rejects_unterminated_front_matter() {
        let e = front("---\ntitle: A\ndate: 2025-02-03\nBody text\n").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.contains("not closed"));
    }

    #[test]
    fn a_missing_title_is_named() {
        let e = front("---\ndate: 2025-02-03\n---\n").unwrap_err();
        assert!(e.message.contains("title"), "{}", e.message);
        assert_eq!(e.line, 2);
    }

    #[test]
    fn a_mistyped_field_is_located() {
        let e = front("---\ntitle: A\ndate: 2025-02-03\ntags: {a: b}\n---\n").unwrap_err();
        assert_eq!(e.line, 4);
        let e = front("---\ntitle: [1234]\ndate: 2025-02-03\n---\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("list"), "{}", e.message);
    }

    #[test]
    fn an_unknown_field_suggests_nothing_is_silently_dropped() {
        let e = front("---\ntitle: A\ndate: 2025-02-03\nauthr: B\n---\n").unwrap_err();
        assert_eq!(e.line, 4);
        assert!(e.message.contains("authr"));
    }

    #[test]
    fn an_author_is_read() {
        let f =
            front("---\ntitle: A\ndate: 2025-02-03T14:20:00+02:00\nauthor: Dana Mizrahi\n---\n")
                .unwrap();
        assert_eq!(f.authors, ["Dana Mizrahi"]);
        let f = front(
            "---\ntitle: A\ndate: 2025-02-03\nauthor: [Dana Mizrahi]\nauthors:\n  - Omar Haddad\n  - Dana Mizrahi\n---\n",
        )
        .unwrap();
        assert_eq!(f.authors, ["Dana Mizrahi", "Omar Haddad"]);
    }

    #[test]
    fn news_writers_front_matter_reads_as_meant() {
        let f = front("---\ntitle: 1984\ndate: 2025-02-03\ntags: strike\n---\n").unwrap();
        assert_eq!(f.title, "1984");
        assert_eq!(f.tags, ["strike"]);
        let f = front("---\ntitle: true\ndate: 2025-02-03\ntags: [a, a, b]\n---\n").unwrap();
        assert_eq!(f.title, "true");
        assert_eq!(f.tags, ["a", "b"]);
        let f = front("---\ntitle: T\ndate: 2025-02-03\ntags: talks, doha\n---\n").unwrap();
        assert_eq!(f.tags, ["talks", "doha"]);
    }

    #[test]
    fn entities_in_front_matter_are_parsed() {
        let f = front("---\ntitle: A\ndate: 2025-02-03\nentities:\n  - name: Adam Boehler\n    roles: [negotiator]\n---\n").unwrap();
        assert_eq!(f.entities[0].name, "Adam Boehler");
        assert_eq!(f.entities[0].roles, vec![crate::entity::Role::Negotiator]);
    }
}
