//! Atom feeds: the whole dossier, each topic, each entity — so a reader can follow one person.
//! Written directly (not through templates) so they are always well-formed XML with absolute
//! URLs and the elements RFC 4287 requires.

use crate::link::{QuoteId, Site};
use crate::load::ArticleId;
use crate::render::refs;
use crate::render::url::{Urls, paths};
use chrono::NaiveDateTime;
use std::fmt::Write;

/// Entries in the dossier's and each topic's feed.
pub const FEED_LENGTH: usize = 30;

/// Entries in each entity's feed: there is one per entity, thousands in a large dossier, and
/// a reader following one person checks it often enough for 20 to hold what is new.
pub const ENTITY_FEED_LENGTH: usize = 20;

/// Makes any text safe for XML content and attributes: escapes markup, and drops the
/// characters XML 1.0 forbids anywhere in a document (C0 controls other than tab, newline and
/// carriage return; the noncharacters U+FFFE and U+FFFF), which a strict reader refuses even
/// when escaped. Every feed and the sitemap write text through this one function.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids are dropped rather than written.
            c if !xml_char(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// True for a character XML 1.0 allows in a document.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// One entry of a feed.
#[derive(Hash)]
pub struct Entry {
    pub title: String,
    /// Site-relative link.
    pub link: String,
    /// The moment, in UTC, for the feed's `updated`.
    pub utc: NaiveDateTime,
    /// The date as written, with its offset (RFC 3339).
    pub date: String,
    pub summary: String,
    pub categories: Vec<String>,
    /// The article's bylines; none for a quotation.
    pub authors: Vec<String>,
}

/// A feed at site-relative `path` (e.g. `people/adam-boehler/atom.xml`) for the page at
/// `page` (e.g. `people/adam-boehler/`).
pub fn feed(
    site: &Site,
    urls: &Urls,
    title: &str,
    page: &str,
    path: &str,
    entries: &[Entry],
) -> String {
    let updated = entries
        .iter()
        .max_by_key(|e| e.utc)
        .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |e| e.date.clone());
    let mut x = String::with_capacity(1024 + entries.len() * 512);
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        x,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">",
        xml_escape(&site.config.language)
    );
    let _ = writeln!(x, "  <title>{}</title>", xml_escape(title));
    if let Some(d) = &site.config.description {
        let _ = writeln!(x, "  <subtitle>{}</subtitle>", xml_escape(d.as_str()));
    }
    let _ = writeln!(
        x,
        "  <link href=\"{}\" rel=\"self\" type=\"application/atom+xml\"/>",
        xml_escape(&urls.absolute(path))
    );
    let _ = writeln!(
        x,
        "  <link href=\"{}\" rel=\"alternate\" type=\"text/html\"/>",
        xml_escape(&urls.absolute(page))
    );
    let _ = writeln!(x, "  <id>{}</id>", xml_escape(&urls.absolute(path)));
    let _ = writeln!(x, "  <updated>{}</updated>", updated);
    let _ = writeln!(
        x,
        "  <author><name>{}</name></author>",
        xml_escape(site.config.title.as_str())
    );
    let _ = writeln!(x, "  <generator>dossier</generator>");
    for e in entries {
        let link = urls.absolute(&e.link);
        x.push_str("  <entry>\n");
        let _ = writeln!(x, "    <title>{}</title>", xml_escape(&e.title));
        let _ = writeln!(
            x,
            "    <link href=\"{}\" rel=\"alternate\" type=\"text/html\"/>",
            xml_escape(&link)
        );
        let _ = writeln!(x, "    <id>{}</id>", xml_escape(&link));
        let _ = writeln!(x, "    <published>{}</published>", e.date);
        let _ = writeln!(x, "    <updated>{}</updated>", e.date);
        for name in &e.authors {
            let _ = writeln!(x, "    <author><name>{}</name></author>", xml_escape(name));
        }
        for c in &e.categories {
            let _ = writeln!(x, "    <category term=\"{}\"/>", xml_escape(c));
        }
        let _ = writeln!(x, "    <summary>{}</summary>", xml_escape(&e.summary));
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    x
}

pub fn article_entry(site: &Site, id: ArticleId) -> Entry {
    let a = &site.article(id).article;
    Entry {
        title: a.title.clone(),
        link: paths::article(&a.slug),
        utc: a.utc(),
        date: a.rfc3339(),
        summary: refs::summary_of(site, id).to_string(),
        categories: a.front.tags.clone(),
        authors: a.front.authors.clone(),
    }
}

pub fn quote_entry(site: &Site, id: QuoteId) -> Entry {
    let q = site.quote(id);
    let a = &site.article(q.article).article;
    let who = q
        .speaker
        .map(|s| site.entity(s).name.clone())
        .or_else(|| q.speaker_name().map(str::to_string))
        .unwrap_or_else(|| "Unnamed source".into());
    Entry {
        title: format!("{who}: “{}”", crate::link::truncate_chars(q.text(), 90)),
        link: paths::paragraph(&a.slug, q.paragraph),
        utc: a.utc(),
        date: a.rfc3339(),
        summary: format!("“{}” — {who}, in “{}”", q.text(), a.title),
        categories: Vec::new(),
        authors: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_xml_forbids_are_dropped_and_markup_escaped() {
        assert_eq!(
            xml_escape("a\u{1}b\u{FFFE}c\u{FFFF}d\u{B}e<&>\t\u{10000}"),
            "abcde&lt;&amp;&gt;\t\u{10000}"
        );
    }
}
