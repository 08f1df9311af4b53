//! Is an article in the dossier already? The same story is the same canonical address, or
//! the same text once formatting, punctuation and case are set aside (a story copied in by
//! hand before, or syndicated under another address).

use super::Draft;
use super::page::canonical;
use crate::load::{self, Format, LoadOptions};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// Why an article counts as one the dossier has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    SameUrl,
    SameText,
}

impl std::fmt::Display for Why {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Why::SameUrl => "same source_url",
            Why::SameText => "same text",
        })
    }
}

/// The dossier's articles (drafts included) by canonical address, by normalised text, and
/// their slugs; grown as a run imports, so a feed that lists a story twice imports it once.
#[derive(Debug, Default)]
pub struct Known {
    by_url: HashMap<String, PathBuf>,
    by_text: HashMap<u64, PathBuf>,
    slugs: HashSet<String>,
}

impl Known {
    /// Reads every article under `root/content/articles`. A file that cannot be read or
    /// parsed is passed over here: `dossier build` and `check` report it.
    pub fn load(root: &Path) -> Known {
        let options = LoadOptions {
            drafts: true,
            future: true,
            ..LoadOptions::default()
        };
        let articles: Vec<_> = load::scan(root)
            .articles
            .par_iter()
            .filter_map(|(path, format)| load::read_article(path, *format, options).ok()?)
            .collect();
        let mut known = Known::default();
        for a in articles {
            known.slugs.insert(a.slug.clone());
            if let Some(url) = a.front.source_url.as_deref().and_then(url_key) {
                known.by_url.entry(url).or_insert_with(|| a.path.clone());
            }
            if let Some(key) = text_key(&a.paragraphs) {
                known.by_text.entry(key).or_insert(a.path);
            }
        }
        known
    }

    /// The article `draft` repeats, and why.
    pub fn find(&self, draft: &Draft) -> Option<(PathBuf, Why)> {
        let by_url = draft
            .source_url
            .as_ref()
            .and_then(|u| self.by_url.get(&url_key(u.as_str())?));
        if let Some(path) = by_url {
            return Some((path.clone(), Why::SameUrl));
        }
        let key = text_key(&paragraphs(&draft.body))?;
        self.by_text.get(&key).map(|p| (p.clone(), Why::SameText))
    }

    /// Records an article just written.
    pub fn add(&mut self, path: &Path, slug: &str, draft: &Draft) {
        self.slugs.insert(slug.to_string());
        if let Some(url) = draft.source_url.as_ref().and_then(|u| url_key(u.as_str())) {
            self.by_url.insert(url, path.to_path_buf());
        }
        if let Some(key) = text_key(&paragraphs(&draft.body)) {
            self.by_text.insert(key, path.to_path_buf());
        }
    }

    /// True when an article already has this slug (whatever its file's date).
    pub fn slug_taken(&self, slug: &str) -> bool {
        self.slugs.contains(slug)
    }
}

fn paragraphs(markdown: &str) -> Vec<String> {
    load::markdown::paragraphs(markdown, Format::Markdown, Default::default())
}

/// A canonical address without the scheme and a trailing slash, so `http://x/a/` and
/// `https://x/a` are one story.
fn url_key(url: &str) -> Option<String> {
    let u = canonical(url, None)?;
    let rest = &u.as_str()[u.scheme().len() + 3..];
    Some(rest.trim_end_matches('/').to_string())
}

/// A hash of the text's words, lower case, without punctuation or markup; `None` for a text
/// with no words, which is like every other empty text.
fn text_key(paragraphs: &[String]) -> Option<u64> {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    let mut any = false;
    for p in paragraphs {
        for word in p
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            word.to_lowercase().hash(&mut hasher);
            any = true;
        }
    }
    any.then(|| hasher.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Option<u64> {
        text_key(&paragraphs(text))
    }

    #[test]
    fn text_is_compared_without_formatting_punctuation_or_case() {
        assert_eq!(
            key("The envoy *met* [Hamas](https://x.example) in Doha.\n\n\"Talks,\" he said."),
            key("the envoy met Hamas in Doha \u{201c}Talks\u{201d} he said")
        );
        assert_ne!(key("The envoy met Hamas."), key("The envoy met Qatar."));
        assert_eq!(key(""), None);
    }

    #[test]
    fn addresses_are_compared_without_scheme_slash_or_tracking() {
        assert_eq!(
            url_key("http://news.example/a/?utm_source=x"),
            url_key("https://news.example/a")
        );
        assert_ne!(
            url_key("https://news.example/a"),
            url_key("https://news.example/b")
        );
    }
}
