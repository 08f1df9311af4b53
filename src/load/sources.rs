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

/// The file is no longer there (not even as a broken link): a failed read of it is a removal.
fn vanished(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound)
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
                if page.is_err() && vanished(&path) {
                    self.pages.remove(&path);
                    continue;
                }
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

    /// Reads the given article files in parallel. A file that cannot be read because it is
    /// gone was removed between the listing (or the watcher's event) and the read: it is
    /// forgotten, as the next listing would, not kept as a problem. Kept as one, it would fail
    /// the update, and with no later event to retry it `serve` would stay on the old site.
    fn read(&mut self, todo: Vec<(PathBuf, Format)>, load: LoadOptions) -> usize {
        let read: Vec<(PathBuf, Option<Entry>)> = todo
            .into_par_iter()
            .map(|(path, format)| {
                // Stamped before reading: a save during the read is seen by the next refresh.
                let stamp = stamp(&path);
                let article = super::read_or_hold(&path, format, load).map(|r| r.map(Arc::new));
                if article.is_err() && vanished(&path) {
                    return (path, None);
                }
                let entry = Entry {
                    format,
                    stamp,
                    article,
                };
                (path, Some(entry))
            })
            .collect();
        let n = read.len();
        for (path, entry) in read {
            match entry {
                Some(entry) => {
                    self.articles.insert(path, entry);
                }
                None => {
                    // The assembled corpus may still hold it.
                    if self.articles.remove(&path).is_some() {
                        self.assembled = None;
                    }
                }
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The race `serve` meets when a file is deleted right after the listing named it: the
    /// read finds nothing, and that must read as a removal, not a problem that fails the
    /// update with no later event to retry it.
    #[test]
    fn a_file_gone_before_it_is_read_is_a_removal_not_a_problem() {
        let dir = tempfile::tempdir().expect("temp dir");
        let articles = dir.path().join("content/articles");
        std::fs::create_dir_all(&articles).expect("articles folder");
        let kept = articles.join("kept.md");
        std::fs::write(&kept, "---\ntitle: Kept\ndate: 2025-04-01\n---\nStays.\n").expect("write");
        let gone = articles.join("gone.md");
        std::fs::write(&gone, "---\ntitle: Gone\ndate: 2025-04-01\n---\nGoes.\n").expect("write");
        let mut sources = Sources::default();
        let load = LoadOptions::default();
        sources.refresh(dir.path(), load, &[]);
        assert_eq!(sources.corpus().0.articles.len(), 2);
        std::fs::remove_file(&gone).expect("remove");
        // As if the listing had named it just before it went.
        sources.read(vec![(gone.clone(), Format::Markdown)], load);
        let (corpus, problems) = sources.corpus();
        assert!(problems.is_empty(), "{problems:?}");
        let paths: Vec<&Path> = corpus.articles.iter().map(|a| a.path.as_path()).collect();
        assert_eq!(paths, vec![kept.as_path()]);
    }

    #[test]
    fn an_unreadable_file_that_is_still_there_stays_a_problem() {
        let dir = tempfile::tempdir().expect("temp dir");
        let articles = dir.path().join("content/articles");
        std::fs::create_dir_all(&articles).expect("articles folder");
        std::fs::write(articles.join("bad.md"), "---\ntitle: [unclosed\n---\nx\n").expect("write");
        let mut sources = Sources::default();
        sources.refresh(dir.path(), LoadOptions::default(), &[]);
        assert_eq!(sources.corpus().1.len(), 1);
    }
}
