//! `dossier import`: from a news page (fetched, or saved as `.html`) or a feed's items to
//! draft articles in `content/articles/`.
//!
//! The steps, each a module: `fetch` (the bytes, politely and safely: http(s) only, a
//! timeout, a size limit, bounded redirects) → `page` (title, date, outlet, canonical
//! address, author and summary from JSON-LD, then Open Graph, then meta tags) and `body`
//! (readability finds the article; the rest becomes clean Markdown) — or `feed` for RSS and
//! Atom items → `dedupe` (is it in the dossier already?) → `write` (front matter and file,
//! atomically, never over another article). `date` keeps publication dates in their own
//! time zone.

pub mod body;
pub mod date;
pub mod dedupe;
pub mod feed;
pub mod fetch;
pub mod page;
pub mod write;

use date::Published;
use dom_query::Document;
use fetch::{Fetched, Fetcher};
use std::path::PathBuf;
use url::Url;

/// Fewer words than this after the page's chrome is removed, and the page is not an article
/// (an index, a gallery, a paywall notice).
pub const MIN_WORDS: usize = 80;

/// The largest page or feed read, in bytes: news pages are well under a megabyte of HTML;
/// anything near this is not an article.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;

/// An import that failed; nothing is written for it. Every message names the URL or file.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ImportError {
    #[error(
        "{url}: only http:// and https:// addresses are fetched (give a saved page as a file path instead)"
    )]
    NotHttp { url: String },
    #[error("{url}: cannot fetch: {message}")]
    Fetch { url: String, message: String },
    #[error("{url}: no answer within {seconds} s (try again later, or raise --timeout)")]
    Timeout { url: String, seconds: f64 },
    #[error("{url}: the server answered {status} {reason}; nothing imported")]
    Status {
        url: String,
        status: u16,
        reason: String,
    },
    #[error("{url}: more than {max} redirects (a redirect loop?); nothing imported")]
    Redirects { url: String, max: u32 },
    #[error("{url}: larger than {limit_mb} MB, too large for a news page; nothing imported")]
    TooLarge { url: String, limit_mb: u64 },
    #[error(
        "{url}: not an HTML page ({kind}); give the address of an article page, or use --feed for a feed"
    )]
    NotHtml { url: String, kind: String },
    #[error("{url}: not a readable RSS or Atom feed: {message}")]
    NotFeed { url: String, message: String },
    #[error(
        "{url}: not an article: {words} words of text once navigation and boilerplate are removed (at least {min} expected)"
    )]
    TooLittleText {
        url: String,
        words: usize,
        min: usize,
    },
    #[error("{url}: the page has no title (no JSON-LD headline, og:title or <title>)")]
    NoTitle { url: String },
    #[error("{url}: the feed item has no link to its page and too little text of its own")]
    NoLink { url: String },
    #[error("{}: cannot read: {message}", path.display())]
    Read { path: PathBuf, message: String },
    #[error("{}: cannot write: {message}", path.display())]
    Write { path: PathBuf, message: String },
}

/// An article ready to write: its front matter fields and Markdown body.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub title: String,
    pub date: Published,
    /// False when the source gave no date and `date` is the time of the import.
    pub dated: bool,
    /// The outlet.
    pub source: Option<String>,
    /// The canonical address.
    pub source_url: Option<Url>,
    pub author: Option<String>,
    pub summary: Option<String>,
    pub body: String,
}

impl Draft {
    pub fn words(&self) -> usize {
        body::words(&self.body)
    }
}

/// True for a response that is an HTML page: by its content type, or for a saved file (no
/// content type), by its first character.
fn is_html(fetched: &Fetched) -> bool {
    match fetched.content_type.as_deref() {
        Some(kind) => matches!(kind, "text/html" | "application/xhtml+xml"),
        None => String::from_utf8_lossy(&fetched.bytes[..fetched.bytes.len().min(1024)])
            .trim_start_matches('\u{feff}')
            .trim_start()
            .starts_with('<'),
    }
}

/// A draft from a fetched page. `name` is the URL or file, for messages.
pub fn from_page(fetched: &Fetched, name: &str) -> Result<Draft, ImportError> {
    if !is_html(fetched) {
        return Err(ImportError::NotHtml {
            url: name.to_string(),
            kind: fetched
                .content_type
                .clone()
                .unwrap_or_else(|| "it does not start with an HTML tag".into()),
        });
    }
    let doc = Document::from(fetched.text());
    let meta = page::read(&doc, fetched.url.as_ref());
    let base = meta.source_url.as_ref().or(fetched.url.as_ref());
    let (read_title, body) = if meta.updates.is_empty() {
        body::from_page(doc, base.map(Url::as_str)).unwrap_or_default()
    } else {
        (None, body::from_fragment(&live_blog_html(&meta.updates)))
    };
    let title = meta
        .title
        .or(read_title)
        .ok_or_else(|| ImportError::NoTitle {
            url: name.to_string(),
        })?;
    let body = body::without_title(body, &title);
    let source = meta.source.or_else(|| {
        fetched
            .url
            .as_ref()
            .and_then(Url::host_str)
            .map(|h| h.trim_start_matches("www.").to_string())
    });
    let (date, dated) = or_now(meta.date);
    enough_text(
        Draft {
            title,
            date,
            dated,
            source,
            source_url: meta.source_url,
            author: meta.author,
            summary: meta.summary,
            body,
        },
        name,
    )
}

/// A draft from a feed item: from the item itself when the feed carries the article's full
/// text, else from the item's page, fetched, with the item's fields filling what the page
/// lacks.
pub fn from_item(
    item: &feed::Item,
    feed_title: Option<&str>,
    fetcher: &Fetcher,
    name: &str,
) -> Result<Draft, ImportError> {
    let own = item.html.as_deref().map(body::from_fragment);
    if let (Some(body), Some(title)) = (own, &item.title)
        && body::words(&body) >= MIN_WORDS
    {
        let (date, dated) = or_now(item.date);
        return Ok(Draft {
            title: title.clone(),
            date,
            dated,
            source: feed_title.map(String::from),
            source_url: item.link.clone(),
            author: item.author.clone(),
            summary: item.summary.clone(),
            body,
        });
    }
    let link = item.link.as_ref().ok_or_else(|| ImportError::NoLink {
        url: name.to_string(),
    })?;
    let page = from_page(&fetcher.get(link)?, link.as_str())?;
    Ok(Draft {
        dated: page.dated || item.date.is_some(),
        date: if page.dated {
            page.date
        } else {
            item.date.unwrap_or(page.date)
        },
        author: page.author.or_else(|| item.author.clone()),
        summary: page.summary.or_else(|| item.summary.clone()),
        source_url: page.source_url.or_else(|| Some(link.clone())),
        ..page
    })
}

/// The date given, or now when there is none (and whether one was given).
fn or_now(date: Option<Published>) -> (Published, bool) {
    (date.unwrap_or_else(Published::now), date.is_some())
}

/// Refuses a page whose text is too short to be an article.
fn enough_text(draft: Draft, name: &str) -> Result<Draft, ImportError> {
    let words = draft.words();
    if words < MIN_WORDS {
        return Err(ImportError::TooLittleText {
            url: name.to_string(),
            words,
            min: MIN_WORDS,
        });
    }
    Ok(draft)
}

/// A live blog's updates as one HTML fragment, oldest first, each under a heading with its
/// time (and its day, when the blog runs past midnight).
fn live_blog_html(updates: &[page::Update]) -> String {
    use crate::load::markdown::escape;
    let first_day = updates.iter().find_map(|u| u.date).map(|d| d.day());
    let mut html = String::new();
    for u in updates {
        let when = u.date.map(|d| {
            let time = match d {
                Published::Zoned(z) => z.format("%H:%M").to_string(),
                Published::Local(l) => l.format("%H:%M").to_string(),
                Published::Day(_) => String::new(),
            };
            if Some(d.day()) == first_day {
                time
            } else {
                format!("{} {time}", d.day().format("%-d %B"))
            }
        });
        let heading = [when, u.headline.clone()]
            .into_iter()
            .flatten()
            .filter(|s| !s.trim().is_empty())
            .collect::<Vec<_>>()
            .join(" — ");
        if !heading.is_empty() {
            html.push_str(&format!("<h2>{}</h2>", escape(&heading)));
        }
        for para in u.body.lines().map(str::trim).filter(|l| !l.is_empty()) {
            html.push_str(&format!("<p>{}</p>", escape(para)));
        }
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved(html: &str) -> Fetched {
        Fetched {
            url: None,
            content_type: None,
            bytes: html.as_bytes().to_vec(),
        }
    }

    #[test]
    fn a_page_without_a_date_is_dated_now_and_says_so() {
        let story = "<p>Mediators met in Cairo on Sunday to discuss the next stage of the truce. \
            Officials from both delegations attended the talks, which lasted several hours.</p>"
            .repeat(4);
        let page = format!(
            "<html><head><title>Talks in Cairo</title></head><body><article>{story}</article></body></html>"
        );
        let draft = from_page(&saved(&page), "cairo.html").unwrap();
        assert!(!draft.dated);
        assert_eq!(draft.title, "Talks in Cairo");
        assert_eq!(draft.date.day(), chrono::Local::now().date_naive());
    }
}
