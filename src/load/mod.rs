//! The "load" stage: `content/` into a [`Corpus`] of articles, pages and asset files.
//!
//! Articles live under `content/articles/` (nested folders allowed) as Markdown (`.md`) or
//! plain text (`.txt`, one paragraph per line); pages under `content/pages/`; every other file
//! is an asset, copied as it is. Files are read in parallel. Every problem is reported with
//! its file and line, and all of them are collected, so a writer sees every bad file at once.

pub mod config;
mod dates;
pub mod front;
pub(crate) mod links;
pub mod markdown;
mod other_keys;
mod read;
pub(crate) mod sanitize;
pub(crate) mod slug;
mod sources;
pub mod yaml;

pub use front::FrontMatter;
pub use markdown::{Flavor, Format, Insertion};
pub use read::{
    Held, parse_article, parse_or_hold, read_article, read_or_hold, read_page, read_text,
};
pub(crate) use sources::Sources;

use chrono::NaiveDateTime;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Index of an article in [`Corpus::articles`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct ArticleId(pub u32);

/// One article, parsed.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file, as the writer would name it (relative to the current folder).
    pub path: PathBuf,
    pub slug: String,
    pub title: String,
    /// On the clock of its own offset (`front.offset`): the day a reader is shown.
    pub date: NaiveDateTime,
    pub front: FrontMatter,
    pub format: Format,
    /// The Markdown after the front matter, when the load kept it ([`LoadOptions::bodies`]);
    /// read it through [`Article::body`].
    body: Option<String>,
    /// The plain text of each block; block `N` is `id="p-N"` on the article page.
    pub paragraphs: Vec<String>,
    /// What lists show of it: its own `summary`, else its first real paragraph, cut short.
    pub summary: String,
    /// A hash of the file's text: equal texts give equal extractions and equal pages.
    pub hash: u64,
}

impl Article {
    /// The moment it is dated, in UTC: what orders articles and decides whether one is in the
    /// future.
    pub fn utc(&self) -> NaiveDateTime {
        front::utc(self.date, self.front.offset)
    }

    /// Its date in RFC 3339 with the offset it was written with, for feeds.
    pub fn rfc3339(&self) -> String {
        front::rfc3339(self.date, self.front.offset)
    }

    /// The Markdown after the front matter: the one the load kept, else the file's read
    /// again, which must still be the text that was loaded (by [`Article::hash`]): a page is
    /// never made from a file other than the one extraction read. Only the article page
    /// reads the Markdown, so a one-off build lets it go at load (at 100,000 articles, about
    /// 450 MiB) and reads each file again when it renders its page.
    pub fn body(&self) -> Result<std::borrow::Cow<'_, str>, ContentError> {
        match &self.body {
            Some(body) => Ok(std::borrow::Cow::Borrowed(body)),
            None => read::body_again(self).map(std::borrow::Cow::Owned),
        }
    }
}

/// A free-standing page from `content/pages/` (an "About" page): no date needed, not
/// extracted, not in the timeline.
#[derive(Debug, Clone)]
pub struct Page {
    pub path: PathBuf,
    pub slug: String,
    pub title: String,
    pub front: FrontMatter,
    pub format: Format,
    pub body: String,
}

/// Everything under `content/`.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Newest first; an [`ArticleId`] is an index into this list. Shared, so an incremental
    /// rebuild can reuse the articles that did not change.
    pub articles: Vec<Arc<Article>>,
    pub pages: Vec<Page>,
    /// Other files: (path to read, path under `output/`).
    pub assets: Vec<(PathBuf, PathBuf)>,
    /// Good articles left out because they are dated after the build (no `--future`).
    pub future: usize,
}

/// A content problem, at a file and (where there is one) a line.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ContentError {
    #[error("{}:{line}: {message}", path.display())]
    At {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{}: {message}", path.display())]
    File { path: PathBuf, message: String },
    #[error(
        "{}:1: two articles have the slug `{slug}`: {} and {} (set a different `slug:` in one of them)",
        second.display(), first.display(), second.display()
    )]
    DuplicateSlug {
        slug: String,
        first: PathBuf,
        second: PathBuf,
    },
    /// A file read again at render (see [`Article::body`]) is no longer the one loaded.
    #[error(
        "{}: {what} while the site was being built; nothing was written, build again",
        path.display()
    )]
    Changed { path: PathBuf, what: String },
}

impl ContentError {
    /// The file the problem is in.
    pub fn path(&self) -> &Path {
        match self {
            Self::At { path, .. } | Self::File { path, .. } | Self::Changed { path, .. } => path,
            Self::DuplicateSlug { second, .. } => second,
        }
    }
}

/// What to load.
#[derive(Debug, Clone, Copy)]
pub struct LoadOptions {
    pub drafts: bool,
    /// Include articles dated after now (held back by default, like an embargo).
    pub future: bool,
    pub flavor: Flavor,
    /// The largest article or page file, in bytes (`limits: article_mb` in site.yaml).
    pub max_bytes: u64,
    /// Keep each article's Markdown in memory. Without, [`Article::body`] reads the file
    /// again: a one-off build reads it once more for the article's page, and holds it only
    /// while that page renders; `serve` keeps it, so a save during a render cannot fail it.
    pub bodies: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            drafts: false,
            future: false,
            flavor: Flavor::default(),
            max_bytes: crate::load::config::Limits::default().article_bytes(),
            bodies: true,
        }
    }
}

/// The folder of a dossier's content.
pub const CONTENT_DIR: &str = "content";
/// The registry's file name inside `content/`.
pub const REGISTRY_FILE: &str = "entities.yaml";

/// The files under `content/`, sorted into kinds, before any is read.
#[derive(Debug, Default)]
pub struct Scan {
    pub articles: Vec<(PathBuf, Format)>,
    pub pages: Vec<(PathBuf, Format)>,
    /// Other files: (path to read, path under `output/`).
    pub assets: Vec<(PathBuf, PathBuf)>,
    /// Folders or files that could not be listed.
    pub errors: Vec<ContentError>,
}

/// Lists `root/content` without reading any file.
pub fn scan(root: &Path) -> Scan {
    let content = display_base(root).join(CONTENT_DIR);
    let mut out = Scan::default();
    if !content.is_dir() {
        out.errors.push(ContentError::File {
            path: content,
            message: "no content folder: articles go in content/articles/ (run `dossier init DIR` for a fresh dossier)".into(),
        });
        return out;
    }
    let fence = links::Fence::new(root);
    let walk = fence.walk(&content, |e| e.depth() == 0 || !is_ignored(e.file_name()));
    for entry in walk {
        let entry = match entry {
            Ok(e) => e,
            Err(links::Problem { path, message }) => {
                out.errors.push(ContentError::File { path, message });
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path().to_path_buf();
        let rel = path.strip_prefix(&content).unwrap_or(&path).to_path_buf();
        match classify(&rel) {
            Kind::Article(format) => out.articles.push((path, format)),
            Kind::Page(format) => out.pages.push((path, format)),
            Kind::Registry => {}
            Kind::Asset => out.assets.push((path, rel)),
        }
    }
    out
}

/// Puts read files together: drops (and reports) articles whose slug is taken, and orders
/// articles newest first.
pub fn assemble(
    mut articles: Vec<Arc<Article>>,
    pages: Vec<Page>,
    assets: Vec<(PathBuf, PathBuf)>,
) -> (Corpus, Vec<ContentError>) {
    let errors = take_duplicate_slugs(&mut articles);
    articles.sort_by(|a, b| corpus_order(a, b));
    (
        Corpus {
            articles,
            pages,
            assets,
            future: 0,
        },
        errors,
    )
}

/// The order of a corpus: newest first, then by slug.
pub(crate) fn corpus_order(a: &Article, b: &Article) -> std::cmp::Ordering {
    b.utc().cmp(&a.utc()).then_with(|| a.slug.cmp(&b.slug))
}

/// Cuts `s` to at most `max` characters at a word boundary, adding an ellipsis.
pub fn truncate_chars(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// Paths are shown relative to the current folder: `content/articles/x.md`, not
/// `./content/articles/x.md`.
pub fn display_base(root: &Path) -> PathBuf {
    if root == Path::new(".") || root.as_os_str().is_empty() {
        PathBuf::new()
    } else {
        root.to_path_buf()
    }
}

/// Hidden files, and editors' backup and swap files, are never content.
pub fn is_ignored(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || (name.starts_with('#') && name.ends_with('#'))
}

enum Kind {
    Article(Format),
    Page(Format),
    Registry,
    Asset,
}

fn classify(rel: &Path) -> Kind {
    let mut parts = rel.components();
    let top = parts
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    let ext = rel
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let format = match ext.as_deref() {
        Some("md" | "markdown") => Some(Format::Markdown),
        Some("txt") => Some(Format::Text),
        _ => None,
    };
    match (top.as_deref(), format) {
        (Some("articles"), Some(f)) => Kind::Article(f),
        (Some("pages"), Some(f)) => Kind::Page(f),
        _ if rel == Path::new(REGISTRY_FILE) => Kind::Registry,
        _ => Kind::Asset,
    }
}

/// Removes the later of two articles with the same slug and reports both files.
fn take_duplicate_slugs(articles: &mut Vec<Arc<Article>>) -> Vec<ContentError> {
    articles.sort_unstable_by(|a, b| a.path.as_os_str().cmp(b.path.as_os_str()));
    let mut first: HashMap<&str, usize> = HashMap::with_capacity(articles.len());
    let mut errors = Vec::new();
    let mut keep = vec![true; articles.len()];
    for (i, a) in articles.iter().enumerate() {
        match first.get(a.slug.as_str()) {
            Some(&f) => {
                errors.push(ContentError::DuplicateSlug {
                    slug: a.slug.clone(),
                    first: articles[f].path.clone(),
                    second: a.path.clone(),
                });
                keep[i] = false;
            }
            None => {
                first.insert(a.slug.as_str(), i);
            }
        }
    }
    let mut keep = keep.into_iter();
    articles.retain(|_| keep.next().unwrap_or(true));
    errors
}

#[cfg(test)]
mod tests;
