//! RSS and Atom feeds (and JSON Feed), read with feed-rs: each item's title, address, date,
//! author, summary and, when the feed carries it, its full content.

use super::ImportError;
use super::date::Published;
use super::page::canonical;
use chrono::{DateTime, FixedOffset, Utc};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use url::Url;

/// A feed's title and items, in the feed's order.
#[derive(Debug, Clone, Default)]
pub struct Feed {
    pub title: Option<String>,
    pub items: Vec<Item>,
}

/// One item of a feed.
#[derive(Debug, Clone, Default)]
pub struct Item {
    pub title: Option<String>,
    /// The item's page, canonical (http(s) only).
    pub link: Option<Url>,
    pub date: Option<Published>,
    pub author: Option<String>,
    /// The item's summary as plain text.
    pub summary: Option<String>,
    /// The item's HTML: its full content when the feed has it, else its summary.
    pub html: Option<String>,
}

/// Parses a feed. `base` resolves relative links; `name` is the URL or file for messages.
pub fn parse(bytes: &[u8], base: Option<&Url>, name: &str) -> Result<Feed, ImportError> {
    // feed-rs hands dates over in UTC; this parser remembers each date's own offset so the
    // articles keep the time zone the outlet wrote.
    let offsets: Arc<Mutex<HashMap<DateTime<Utc>, FixedOffset>>> = Arc::default();
    let seen = Arc::clone(&offsets);
    let parser = feed_rs::parser::Builder::new()
        .base_uri(base.map(Url::as_str))
        .timestamp_parser(move |s| match Published::parse(s)? {
            Published::Zoned(d) => {
                if let Ok(mut map) = seen.lock() {
                    map.insert(d.to_utc(), *d.offset());
                }
                Some(d.to_utc())
            }
            Published::Local(d) => Some(d.and_utc()),
            Published::Day(d) => Some(d.and_time(chrono::NaiveTime::MIN).and_utc()),
        })
        .build();
    let feed = parser.parse(bytes).map_err(|e| ImportError::NotFeed {
        url: name.to_string(),
        message: e.to_string(),
    })?;
    let offsets = offsets.lock().map(|m| m.clone()).unwrap_or_default();
    let zoned = |d: DateTime<Utc>| {
        let offset = offsets
            .get(&d)
            .copied()
            .unwrap_or(FixedOffset::east_opt(0)?);
        Some(Published::Zoned(d.with_timezone(&offset)))
    };
    let items = feed
        .entries
        .into_iter()
        .map(|e| {
            let link = e
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(e.links.first())
                .and_then(|l| canonical(&l.href, base));
            let summary_html = e.summary.map(|t| t.content);
            Item {
                title: e.title.map(|t| plain(&t.content)).filter(|t| !t.is_empty()),
                link,
                date: e.published.or(e.updated).and_then(zoned),
                author: Some(
                    e.authors
                        .iter()
                        .filter_map(|p| p.name.as_deref().map(plain))
                        .filter(|n| !n.is_empty())
                        .collect::<Vec<_>>()
                        .join(", "),
                )
                .filter(|a| !a.is_empty()),
                summary: summary_html.as_deref().map(plain).filter(|s| !s.is_empty()),
                html: e.content.and_then(|c| c.body).or(summary_html),
            }
        })
        .collect();
    Ok(Feed {
        title: feed
            .title
            .map(|t| plain(&t.content))
            .filter(|t| !t.is_empty()),
        items,
    })
}

/// The text of a bit of HTML, with its whitespace collapsed.
fn plain(html: &str) -> String {
    let text = dom_query::Document::fragment(html).text();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_dates_keep_the_offset_the_feed_wrote() {
        let rss = br#"<rss version="2.0"><channel><title>T</title><item><title>A</title>
            <link>https://n.example/a?utm_source=rss</link>
            <pubDate>Sun, 02 Mar 2025 16:30:00 +0300</pubDate></item></channel></rss>"#;
        let feed = parse(rss, None, "feed.xml").unwrap();
        let item = &feed.items[0];
        assert_eq!(
            item.date.map(|d| d.front_matter()).as_deref(),
            Some("2025-03-02T16:30:00+03:00")
        );
        assert_eq!(
            item.link.as_ref().map(Url::as_str),
            Some("https://n.example/a")
        );
    }

    #[test]
    fn broken_xml_is_named() {
        let e = parse(b"<rss><channel><item>", None, "feeds/broken.xml").unwrap_err();
        assert!(e.to_string().starts_with("feeds/broken.xml: "), "{e}");
    }
}
