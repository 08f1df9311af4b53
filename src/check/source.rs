//! Where a link of a built page was written: the article or page file and the line of its
//! Markdown, so `dossier check` can send the writer to the line to fix rather than to the
//! generated HTML.

use crate::load::{Format, front, markdown};
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// A file of `content/` that a page was made from, with its Markdown body.
pub struct Source<'a> {
    pub path: &'a Path,
    pub format: Format,
    pub body: Cow<'a, str>,
}

/// The line of `source`'s file on which the link that renders as `url` is written, if the body
/// makes that link (the first such link: the same address twice is one fix).
pub fn line_of_link(source: &Source<'_>, url: &str, base_path: &str) -> Option<usize> {
    if source.format != Format::Markdown {
        return None;
    }
    // The page's HTML percent-encodes what the Markdown may write raw (`é`, a space).
    let decoded = |u: &str| {
        percent_encoding::percent_decode_str(u)
            .decode_utf8_lossy()
            .into_owned()
    };
    let url = decoded(url);
    let in_body = markdown::link_offsets(&source.body, base_path)
        .into_iter()
        .find(|(rendered, _)| decoded(rendered) == url)
        .map(|(_, offset)| source.body[..offset].matches('\n').count())?;
    Some(body_line(source.path)? + in_body)
}

/// The line of the file on which its body starts (after the front matter), read again from
/// disk: the build keeps the body, not where it began.
fn body_line(path: &Path) -> Option<usize> {
    let text = std::fs::read_to_string(path).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    front::split(text).ok().map(|s| s.body_line)
}

/// The file a page under `output/` was made from, when it was made from one: an article
/// (`articles/SLUG/index.html`) or a free-standing page (`pages/SLUG/index.html`).
pub fn source_of<'a>(site: &'a crate::link::Site, page: &Path) -> Option<Source<'a>> {
    let mut parts = page.iter().map(|p| p.to_str().unwrap_or(""));
    let (section, slug, file) = (parts.next()?, parts.next()?, parts.next()?);
    if file != "index.html" || parts.next().is_some() {
        return None;
    }
    match section {
        "articles" => site
            .articles
            .iter()
            .map(|a| &a.article)
            .find(|a| a.slug == slug)
            // Its page was rendered from this body, so reading it again only fails when the
            // file changed since, and then its lines are no longer the page's.
            .and_then(|a| {
                Some(Source {
                    path: &a.path,
                    format: a.format,
                    body: a.body().ok()?,
                })
            }),
        "pages" => site.pages.iter().find(|p| p.slug == slug).map(|p| Source {
            path: &p.path,
            format: p.format,
            body: Cow::Borrowed(&p.body),
        }),
        _ => None,
    }
}

/// A file and line, for messages.
pub type At = (PathBuf, usize);
