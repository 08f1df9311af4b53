//! The load stage's cache: every content file with the size and modification time it was
//! read at, so that a save re-reads only what changed. A build starts from an empty cache and
//! reads everything through the same code.

use super::{Article, ContentError, Corpus, Format, Held, LoadOptions, Page};
use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// A file's size and modification time: when both are unchanged, the file is not re-read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let m = std::fs::metadata(path).ok()?;
    Some(Stamp {
        len: m.len(),
        modified: m.modified().ok(),
    })
}

/// One article file as last read.
struct Entry {
    format: Format,
    stamp: Option<Stamp>,
    article: Result<Result<Arc<Article>, Held>, ContentError>,
}

/// One page file as last read.
type PageEntry = (Option<Stamp>, Result<Option<Page>, ContentError>);

/// The content files as last read.
#[derive(Default)]
pub(crate) struct Sources {
    articles: HashMap<PathBuf, Entry>,
    pages: HashMap<PathBuf, PageEntry>,
    assets: Vec<(PathBuf, PathBuf)>,
    /// What the last listing of `content/` could not list.
    scan_errors: Vec<ContentError>,
    /// The good articles in corpus order and the slugs they clash on, as [`Sources::corpus`]
    /// last assembled them; patched by a re-read that leaves every article where it was
    /// (same slug and date), dropped by any other change.
    assembled: Option<(Vec<Arc<Article>>, Vec<ContentError>)>,
}

impl Sources {
    /// Brings the cache up to date with `root/content`: reads the files that are new,
    /// changed or named in `forced`, and forgets the ones that are gone. Returns how many
    /// articles were read.
    pub(crate) fn refresh(&mut self, root: &Path, load: LoadOptions, forced: &[PathBuf]) -> usize {
        // The usual save edits an article already known: re-read just that, without listing
        // the whole folder. Anything else (a new, removed or renamed file) lists it again; so
        // does a known file that has become a link leaving the dossier, which the listing
        // reports.
        let forced: Vec<&PathBuf> = forced
            .iter()
            .filter(|p| p.file_name().is_none_or(|n| !super::is_ignored(n)))
            .collect();
        let fence = super::links::Fence::new(root);
        if !forced.is_empty()
            && forced
                .iter()
                .all(|p| self.articles.contains_key(*p) && p.is_file() && fence.check(p).is_ok())
        {
            let todo: Vec<(PathBuf, Format)> = forced
                .iter()
                .map(|p| (PathBuf::clone(p), self.articles[*p].format))
                .collect();
            let before: Vec<Option<Arc<Article>>> =
                todo.iter().map(|(p, _)| self.good(p)).collect();
            let read = self.read(todo, load);
            for (path, before) in forced.iter().zip(before) {
                let after = self.good(path);
                self.reassemble(before, after);
            }
            return read;
        }
        self.assembled = None;
        let scan = super::scan(root);
        self.scan_errors = scan.errors;
        let forced: HashSet<&Path> = forced.iter().map(|p| p.as_path()).collect();
        let fresh = |old: Option<Stamp>, path: &Path| {
            old.is_some() && !forced.contains(path) && old == stamp(path)
        };
        let present: HashSet<&PathBuf> = scan.articles.iter().map(|(p, _)| p).collect();
        self.articles.retain(|p, _| present.contains(p));
        let todo: Vec<(PathBuf, Format)> = scan
            .articles
            .into_iter()
            .filter(|(path, _)| {
                !self
                    .articles
                    .get(path)
                    .is_some_and(|e| fresh(e.stamp, path))
            })
            .collect();
        let read = self.read(todo, load);
        let present: HashSet<&PathBuf> = scan.pages.iter().map(|(p, _)| p).collect();
        self.pages.retain(|p, _| present.contains(p));
        for (path, format) in scan.pages {
            if !self.pages.get(&path).is_some_and(|(s, _)| fresh(*s, &path)) {
                let now = stamp(&path);
                let page = super::read_page(&path, format, load);
                self.pages.insert(path, (now, page));
            }
        }
        self.assets = scan.assets;
        read
    }

    /// The article read from `path`, when it is good (neither a problem nor held back).
    fn good(&self, path: &Path) -> Option<Arc<Article>> {
        match self.articles.get(path).map(|e| &e.article) {
            Some(Ok(Ok(a))) => Some(a.clone()),
            _ => None,
        }
    }

    /// Puts an article read again in the place of the one it replaces in the assembled
    /// corpus, when it keeps that place: the same slug (so no clash changes) and the same
    /// date (so the order holds). Anything else assembles the corpus again.
    fn reassemble(&mut self, before: Option<Arc<Article>>, after: Option<Arc<Article>>) {
        let Some((articles, _)) = &mut self.assembled else {
            return;
        };
        let place = match (&before, &after) {
            (Some(b), Some(a)) if b.slug == a.slug && b.utc() == a.utc() => articles
                .binary_search_by(|x| super::corpus_order(x, b))
                .ok()
                .filter(|&i| Arc::ptr_eq(&articles[i], b)),
            _ => None,
        };
        match (place, after) {
            (Some(i), Some(after)) => articles[i] = after,
            _ => self.assembled = None,
        }
    }

    /// Reads the given article files in parallel.
    fn read(&mut self, todo: Vec<(PathBuf, Format)>, load: LoadOptions) -> usize {
        let read: Vec<(PathBuf, Entry)> = todo
            .into_par_iter()
            .map(|(path, format)| {
                // Stamped before reading: a save during the read is seen by the next refresh.
                let stamp = stamp(&path);
                let article = super::read_or_hold(&path, format, load).map(|r| r.map(Arc::new));
                let entry = Entry {
                    format,
                    stamp,
                    article,
                };
                (path, entry)
            })
            .collect();
        let n = read.len();
        self.articles.extend(read);
        n
    }

    /// The corpus of every good file, and the problems with the others (including articles
    /// whose slug another has taken); the caller decides whether they are fatal.
    pub(crate) fn corpus(&mut self) -> (Corpus, Vec<ContentError>) {
        let mut errors = self.scan_errors.clone();
        let mut articles = Vec::with_capacity(self.articles.len());
        let mut future = 0;
        let assembled = self.assembled.is_some();
        for e in self.articles.values() {
            match &e.article {
                Ok(Ok(a)) if !assembled => articles.push(a.clone()),
                Ok(Ok(_)) => {}
                Ok(Err(Held::Future)) => future += 1,
                Ok(Err(Held::Draft)) => {}
                Err(err) => errors.push(err.clone()),
            }
        }
        let mut pages = Vec::new();
        for (_, p) in self.pages.values() {
            match p {
                Ok(Some(p)) => pages.push(p.clone()),
                Ok(None) => {}
                Err(err) => errors.push(err.clone()),
            }
        }
        pages.sort_by(|a, b| a.path.cmp(&b.path));
        let mut assets = self.assets.clone();
        assets.sort();
        let (articles, clashes) = match &self.assembled {
            Some((articles, clashes)) => (articles.clone(), clashes.clone()),
            None => {
                let (corpus, clashes) = super::assemble(articles, Vec::new(), Vec::new());
                self.assembled = Some((corpus.articles.clone(), clashes.clone()));
                (corpus.articles, clashes)
            }
        };
        errors.extend(clashes);
        let corpus = Corpus {
            articles,
            pages,
            assets,
            future,
        };
        (corpus, errors)
    }
}
