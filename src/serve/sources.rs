//! The content files as serve last read them: each article and page with the size and time it
//! was read at, so that a save re-reads only what changed, and each article's extraction.

use crate::Error;
use crate::engine::{self, Options};
use crate::extract::cues::CueTable;
use crate::extract::{ArticleExtraction, Registry};
use crate::link::{self, Site};
use crate::load::config::SiteConfig;
use crate::load::{self, Article, ContentError, LoadOptions, Page};
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
pub(super) struct Entry {
    format: load::Format,
    stamp: Option<Stamp>,
    article: Result<Option<Arc<Article>>, ContentError>,
    /// Dated after now and left out for want of `--future`.
    pub(super) future: bool,
    extraction: Option<Arc<ArticleExtraction>>,
}

/// One page file as last read.
type PageEntry = (Option<Stamp>, Result<Option<Page>, ContentError>);

/// The content files as last read.
#[derive(Default)]
pub(super) struct Sources {
    pub(super) entries: HashMap<PathBuf, Entry>,
    pages: HashMap<PathBuf, PageEntry>,
    assets: Vec<(PathBuf, PathBuf)>,
}

impl Sources {
    /// Re-reads the article and page files that are new, changed or named in `forced`, and
    /// forgets the ones that are gone. Returns how many articles were extracted again.
    pub(super) fn refresh(
        &mut self,
        options: &Options,
        load: LoadOptions,
        registry: &Registry,
        cues: &CueTable,
        forced: &[PathBuf],
    ) -> Result<usize, Error> {
        // The usual save edits an article already known: re-read just that, without listing
        // the whole folder. Anything else (a new, removed or renamed file) lists it again.
        let forced: Vec<&PathBuf> = forced
            .iter()
            .filter(|p| p.file_name().is_none_or(|n| !load::is_ignored(n)))
            .collect();
        // A known file that has become a link leaving the dossier goes the long way, where the
        // listing reports it.
        let fence = load::links::Fence::new(&options.root);
        if !forced.is_empty()
            && forced
                .iter()
                .all(|p| self.entries.contains_key(*p) && p.is_file() && fence.check(p).is_ok())
        {
            let todo = forced
                .iter()
                .map(|p| (PathBuf::clone(p), self.entries[*p].format, stamp(p)))
                .collect();
            return Ok(self.read(todo, load, registry, cues));
        }
        let scan = load::scan(&options.root);
        if !scan.errors.is_empty() && !options.keep_going {
            return Err(Error::ContentList(scan.errors));
        }
        let forced: HashSet<&Path> = forced.iter().map(|p| p.as_path()).collect();
        let is_fresh = |old: Option<Stamp>, now: Option<Stamp>, path: &Path| {
            old == now && now.is_some() && !forced.contains(path)
        };
        let present: HashSet<&PathBuf> = scan.articles.iter().map(|(p, _)| p).collect();
        self.entries.retain(|p, _| present.contains(p));
        let todo: Vec<(PathBuf, load::Format, Option<Stamp>)> = scan
            .articles
            .iter()
            .map(|(path, format)| (path.clone(), *format, stamp(path)))
            .filter(|(path, _, now)| {
                !self
                    .entries
                    .get(path)
                    .is_some_and(|e| is_fresh(e.stamp, *now, path))
            })
            .collect();
        let reextracted = self.read(todo, load, registry, cues);

        let present: HashSet<&PathBuf> = scan.pages.iter().map(|(p, _)| p).collect();
        self.pages.retain(|p, _| present.contains(p));
        for (path, format) in &scan.pages {
            let now = stamp(path);
            if !self
                .pages
                .get(path)
                .is_some_and(|(s, _)| is_fresh(*s, now, path))
            {
                self.pages
                    .insert(path.clone(), (now, load::read_page(path, *format, load)));
            }
        }
        self.assets = scan.assets;
        Ok(reextracted)
    }

    /// Reads and extracts the given article files in parallel.
    fn read(
        &mut self,
        todo: Vec<(PathBuf, load::Format, Option<Stamp>)>,
        load: LoadOptions,
        registry: &Registry,
        cues: &CueTable,
    ) -> usize {
        use rayon::prelude::*;
        let read: Vec<(PathBuf, Entry)> = todo
            .into_par_iter()
            .map(|(path, format, stamp)| {
                let read = load::read_or_hold(&path, format, load);
                let future = matches!(read, Ok(Err(load::Held::Future)));
                let article = read.map(|a| a.ok().map(Arc::new));
                let extraction = match &article {
                    Ok(Some(a)) => Some(Arc::new(engine::extract_one(a, registry, cues))),
                    _ => None,
                };
                (
                    path,
                    Entry {
                        format,
                        stamp,
                        article,
                        future,
                        extraction,
                    },
                )
            })
            .collect();
        let n = read.len();
        self.entries.extend(read);
        n
    }

    /// Links the current files into a site, or reports every content problem.
    pub(super) fn link(
        &self,
        options: &Options,
        config: &SiteConfig,
        registry: &Registry,
    ) -> Result<Site, Error> {
        let mut errors: Vec<ContentError> = Vec::new();
        let mut articles = Vec::with_capacity(self.entries.len());
        // Each article's extraction, by the article's address: cheaper to look up than a path.
        let mut found: HashMap<usize, Arc<ArticleExtraction>> = HashMap::default();
        for e in self.entries.values() {
            match &e.article {
                Ok(Some(a)) => {
                    if let Some(x) = &e.extraction {
                        found.insert(Arc::as_ptr(a) as usize, x.clone());
                    }
                    articles.push(a.clone());
                }
                Ok(None) => {}
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
        let (corpus, more) = load::assemble(articles, pages, assets);
        errors.extend(more);
        errors.extend(engine::undeclared_roles(
            &options.root,
            config,
            registry,
            &corpus,
        ));
        if !errors.is_empty() && !options.keep_going {
            errors.sort_by(|a, b| a.path().cmp(b.path()));
            return Err(Error::ContentList(errors));
        }
        let nothing = Arc::new(ArticleExtraction::default());
        let extraction: Vec<Arc<ArticleExtraction>> = corpus
            .articles
            .iter()
            .map(|a| {
                found
                    .get(&(Arc::as_ptr(a) as usize))
                    .cloned()
                    .unwrap_or_else(|| nothing.clone())
            })
            .collect();
        Ok(link::link(config.clone(), corpus, &extraction, registry))
    }
}
