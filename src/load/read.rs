//! One content file from disk: its bytes checked as text, its front matter parsed, and the
//! article or page it makes (or why it is held back or refused).

use super::{
    Article, ContentError, Format, FrontMatter, LoadOptions, Page, front, markdown, slug,
    truncate_chars,
};
use std::path::Path;

/// Reads a file as UTF-8 text without a BOM; an empty, binary or non-UTF-8 file is an error
/// that says so, at the line of the first bad byte. A file larger than `max_bytes` is refused
/// before it is read.
pub fn read_text(path: &Path, max_bytes: u64) -> Result<String, ContentError> {
    let fail = |e: std::io::Error| ContentError::File {
        path: path.to_path_buf(),
        message: format!("cannot read: {e}"),
    };
    let file = std::fs::File::open(path).map_err(fail)?;
    let size = file.metadata().map_err(fail)?.len();
    if size > max_bytes {
        return Err(ContentError::File {
            path: path.to_path_buf(),
            message: format!(
                "{size} bytes, more than the {} MB one article or page may have; split it, or raise the limit in site.yaml with `limits: {{ article_mb: {} }}`",
                max_bytes / 1_000_000,
                size.div_ceil(1_000_000)
            ),
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    std::io::Read::read_to_end(
        &mut std::io::Read::take(file, max_bytes.saturating_add(1)),
        &mut bytes,
    )
    .map_err(fail)?;
    text_from_bytes(path, bytes)
}

pub(super) fn text_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<String, ContentError> {
    let at = |line, message: &str| ContentError::At {
        path: path.to_path_buf(),
        line,
        message: message.to_string(),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(at(
            1,
            "the file is empty: an article needs front matter with `title:` and `date:`",
        ));
    }
    if bytes.contains(&0) {
        return Err(at(
            1,
            "this is a binary file, not text (move images and PDFs out of content/articles/, or rename them)",
        ));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
            return Err(at(line, "the file is not UTF-8 text; save it as UTF-8"));
        }
    };
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// Reads and parses one article file. `None` for a draft when drafts are not wanted, and for
/// an article dated after now unless `future` is.
pub fn read_article(
    path: &Path,
    format: Format,
    options: LoadOptions,
) -> Result<Option<Article>, ContentError> {
    Ok(read_or_hold(path, format, options)?.ok())
}

/// [`read_article`], saying why an article is left out.
pub fn read_or_hold(
    path: &Path,
    format: Format,
    options: LoadOptions,
) -> Result<Result<Article, Held>, ContentError> {
    let text = read_text(path, options.max_bytes)?;
    parse_or_hold(path, &text, format, options)
}

/// Parses an article's text (without BOM); `path` is for messages and the slug.
pub fn parse_article(
    path: &Path,
    text: &str,
    format: Format,
    options: LoadOptions,
) -> Result<Option<Article>, ContentError> {
    Ok(parse_or_hold(path, text, format, options)?.ok())
}

/// A hash of an article file's text: what the extract stage reads of it, so it keys the
/// extraction cache, and part of every fingerprint of a file that shows the article.
fn text_hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    text.hash(&mut h);
    h.finish()
}

/// Why a good article is left out of a build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    /// `draft: true`, without `--drafts`.
    Draft,
    /// Dated after now, without `--future`: an embargo, as Hugo holds back such pages.
    Future,
}

/// [`parse_article`], saying why an article is left out.
pub fn parse_or_hold(
    path: &Path,
    text: &str,
    format: Format,
    options: LoadOptions,
) -> Result<Result<Article, Held>, ContentError> {
    let (front, body, slug) = parse_front(path, text, true)?;
    if front.draft && !options.drafts {
        return Ok(Err(Held::Draft));
    }
    let date = front.date.unwrap_or_default();
    if !options.future && front::utc(date, front.offset) > chrono::Utc::now().naive_utc() {
        return Ok(Err(Held::Future));
    }
    // A clone is allocated at its length: the paragraphs grow piece by piece, and a build
    // holds every article's until its end (`shrink_to_fit` would not give the spare back;
    // see `engine::extract_one`).
    let paragraphs = markdown::paragraphs(&body, format, options.flavor).clone();
    let summary = summary_of(&front, &paragraphs);
    Ok(Ok(Article {
        hash: text_hash(text),
        summary,
        path: path.to_path_buf(),
        slug,
        title: front.title.clone(),
        date,
        front,
        format,
        body: options.bodies.then_some(body),
        paragraphs,
    }))
}

/// An article's Markdown read again from its file, which must hold the text it was loaded
/// from (see [`Article::body`]).
pub(super) fn body_again(article: &Article) -> Result<String, ContentError> {
    let changed = |what: String| ContentError::Changed {
        path: article.path.clone(),
        what,
    };
    let mut text = match read_text(&article.path, u64::MAX) {
        Ok(text) => text,
        Err(_) if !article.path.exists() => return Err(changed("was removed".into())),
        Err(e) => return Err(e),
    };
    let start = match front::split(&text) {
        Ok(split) if text_hash(&text) == article.hash => text.len() - split.body.len(),
        _ => return Err(changed("was changed".into())),
    };
    text.drain(..start);
    Ok(text)
}

pub fn read_page(
    path: &Path,
    format: Format,
    options: LoadOptions,
) -> Result<Option<Page>, ContentError> {
    let text = read_text(path, options.max_bytes)?;
    let (front, body, slug) = parse_front(path, &text, false)?;
    if front.draft && !options.drafts {
        return Ok(None);
    }
    Ok(Some(Page {
        path: path.to_path_buf(),
        slug,
        title: front.title.clone(),
        front,
        format,
        body,
    }))
}

fn parse_front(
    path: &Path,
    text: &str,
    require_date: bool,
) -> Result<(FrontMatter, String, String), ContentError> {
    let at = |e: front::FrontError| ContentError::At {
        path: path.to_path_buf(),
        line: e.line,
        message: e.message,
    };
    let split = front::split(text).map_err(at)?;
    let front = front::parse(&split, require_date).map_err(at)?;
    let slug = match &front.slug {
        Some(s) => s.clone(),
        None => {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy())
                .unwrap_or_default();
            slug::from_file_stem(&stem).ok_or_else(|| ContentError::At {
                path: path.to_path_buf(),
                line: 1,
                message: "the file name has no letters or digits to make a web address from; add a `slug:` line".into(),
            })?
        }
    };
    Ok((front, split.body.to_string(), slug))
}

/// An article's own summary, else its first paragraph of a dozen words or more (captions and
/// datelines are shorter), cut to about 240 characters.
fn summary_of(front: &FrontMatter, paragraphs: &[String]) -> String {
    if let Some(s) = &front.summary {
        return s.clone();
    }
    let first = paragraphs
        .iter()
        .find(|p| p.split_whitespace().count() >= 12)
        .or_else(|| paragraphs.first())
        .map_or("", String::as_str);
    truncate_chars(first, 240)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_read_again_is_the_one_loaded_and_a_changed_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        let text = "\u{feff}---\ntitle: A\ndate: 2025-01-01\n---\nSome *text*.\n";
        std::fs::write(&path, text).unwrap();
        let kept = read_article(&path, Format::Markdown, LoadOptions::default());
        let kept = kept.unwrap().unwrap();
        let lean = LoadOptions {
            bodies: false,
            ..LoadOptions::default()
        };
        let lean = read_article(&path, Format::Markdown, lean)
            .unwrap()
            .unwrap();
        assert_eq!(kept.body().unwrap(), "Some *text*.\n");
        assert_eq!(lean.body().unwrap(), kept.body().unwrap());

        std::fs::write(&path, text.replace("Some", "Other")).unwrap();
        let e = lean.body().unwrap_err();
        assert!(matches!(e, ContentError::Changed { .. }), "{e}");
        assert!(e.to_string().contains("a.md: was changed"), "{e}");
        assert_eq!(kept.body().unwrap(), "Some *text*.\n");
        std::fs::remove_file(&path).unwrap();
        let e = lean.body().unwrap_err();
        assert!(e.to_string().contains("a.md: was removed"), "{e}");
    }
}
