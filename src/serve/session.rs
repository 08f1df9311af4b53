//! The incremental build behind `dossier serve` and `dossier build --watch`.
//!
//! A [`Session`] keeps the last good site in memory with, per article file, its parsed form
//! and its extraction. On a change it re-reads and re-extracts only the files whose size or
//! modification time moved, re-links (linear and cheap), and re-renders only the pages whose
//! inputs changed: see [`super::affected`]. A template change re-renders without
//! re-extracting; `site.yaml` or registry changes start over. The result is always the site a
//! full `dossier build` makes (a property test holds it to that, byte for byte).

use super::affected;
use crate::build::{self, Options};
use crate::config::SiteConfig;
use crate::content::{self, Article, ContentError, LoadOptions, Page};
use crate::extract::{self, ArticleExtraction, Registry};
use crate::render::{self, PageSpec, Theme, Urls};
use crate::site::{self, Site};
use crate::{Error, publish};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// What changed on disk, as the watcher classifies it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub config: bool,
    pub registry: bool,
    pub theme: bool,
    /// Paths under `content/` that an event named (re-read even if their stamp is unchanged).
    pub content: Vec<PathBuf>,
}

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
    stamp: Option<Stamp>,
    article: Result<Option<Arc<Article>>, ContentError>,
    extraction: Option<Arc<ArticleExtraction>>,
}

/// The served site: every generated file by its path under the output folder, plus the
/// asset files served straight from `content/`.
#[derive(Debug, Clone, Default)]
pub struct Output {
    pub files: HashMap<PathBuf, Arc<Vec<u8>>>,
    pub assets: HashMap<PathBuf, PathBuf>,
}

/// What an update did.
#[derive(Debug, Clone, Default)]
pub struct Update {
    /// Output paths whose bytes changed, appeared or disappeared.
    pub changed: Vec<PathBuf>,
    /// Articles read and extracted again.
    pub reextracted: usize,
    /// Pages rendered again.
    pub rerendered: usize,
    /// The search index still describes the previous site: call
    /// [`Session::refresh_search`]. Kept off the path from a save to the reload, because
    /// indexing a large dossier takes longer than rendering the pages a save touches.
    pub search_stale: bool,
}

/// One page file as last read.
type PageEntry = (Option<Stamp>, Result<Option<Page>, ContentError>);

/// The content files as last read.
#[derive(Default)]
struct Sources {
    entries: HashMap<PathBuf, Entry>,
    pages: HashMap<PathBuf, PageEntry>,
    assets: Vec<(PathBuf, PathBuf)>,
}

/// Nothing found, for an article whose extraction is missing (never expected).
static NOTHING: ArticleExtraction = ArticleExtraction {
    entities: Vec::new(),
    quotes: Vec::new(),
};

impl Sources {
    /// Re-reads the article and page files that are new, changed or named in `forced`, and
    /// forgets the ones that are gone. Returns how many articles were extracted again.
    fn refresh(
        &mut self,
        options: &Options,
        load: LoadOptions,
        registry: &Registry,
        forced: &[PathBuf],
    ) -> Result<usize, Error> {
        use rayon::prelude::*;
        let scan = content::scan(&options.root);
        if !scan.errors.is_empty() && !options.keep_going {
            return Err(Error::ContentList(scan.errors));
        }
        let forced: HashSet<&Path> = forced.iter().map(PathBuf::as_path).collect();
        let is_fresh = |old: Option<Stamp>, now: Option<Stamp>, path: &Path| {
            old == now && now.is_some() && !forced.contains(path)
        };
        let present: HashSet<&PathBuf> = scan.articles.iter().map(|(p, _)| p).collect();
        self.entries.retain(|p, _| present.contains(p));
        let todo: Vec<(PathBuf, content::Format, Option<Stamp>)> = scan
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
        let read: Vec<(PathBuf, Entry)> = todo
            .into_par_iter()
            .map(|(path, format, stamp)| {
                let article = content::read_article(&path, format, load).map(|a| a.map(Arc::new));
                let extraction = match &article {
                    Ok(Some(a)) => Some(Arc::new(extract::extract_article(
                        &a.paragraphs,
                        &a.front.entities,
                        registry,
                    ))),
                    _ => None,
                };
                (
                    path,
                    Entry {
                        stamp,
                        article,
                        extraction,
                    },
                )
            })
            .collect();
        let reextracted = read.len();
        self.entries.extend(read);

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
                    .insert(path.clone(), (now, content::read_page(path, *format, load)));
            }
        }
        self.assets = scan.assets;
        Ok(reextracted)
    }

    /// Links the current files into a site, or reports every content problem.
    fn link(
        &self,
        options: &Options,
        config: &SiteConfig,
        registry: &Registry,
    ) -> Result<Site, Error> {
        let mut errors: Vec<ContentError> = Vec::new();
        let mut articles = Vec::with_capacity(self.entries.len());
        for e in self.entries.values() {
            match &e.article {
                Ok(Some(a)) => articles.push(a.clone()),
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
        let (corpus, more) = content::assemble(articles, pages, assets);
        errors.extend(more);
        if !errors.is_empty() && !options.keep_going {
            errors.sort_by(|a, b| a.path().cmp(b.path()));
            return Err(Error::ContentList(errors));
        }
        let extraction: Vec<&ArticleExtraction> = corpus
            .articles
            .iter()
            .map(|a| {
                self.entries
                    .get(&a.path)
                    .and_then(|e| e.extraction.as_deref())
                    .unwrap_or(&NOTHING)
            })
            .collect();
        Ok(site::link(config.clone(), corpus, &extraction, registry))
    }
}

pub struct Session {
    options: Options,
    config: SiteConfig,
    registry: Registry,
    theme: Theme,
    urls: Urls,
    sources: Sources,
    site: Site,
    output: Output,
}

impl Session {
    /// Loads and builds everything.
    pub fn start(options: Options) -> Result<Session, Error> {
        let config = build::config(&options)?;
        let registry = build::registry(&options.root)?;
        let urls = Urls::new(&config.base_url);
        let mut sources = Sources::default();
        sources.refresh(&options, load_options(&options, &config), &registry, &[])?;
        let site = sources.link(&options, &config, &registry)?;
        let theme = build::theme(&options.root, &site, &urls)?;
        let output = full_output(&site, &theme, &urls)?;
        Ok(Session {
            options,
            config,
            registry,
            theme,
            urls,
            sources,
            site,
            output,
        })
    }

    pub fn output(&self) -> &Output {
        &self.output
    }

    pub fn site(&self) -> &Site {
        &self.site
    }

    /// Applies changes. On error the previous site stays in place, whole, and the next
    /// update starts from it.
    pub fn update(&mut self, changes: &Changes) -> Result<Update, Error> {
        if changes.config || changes.registry {
            let fresh = Session::start(self.options.clone())?;
            let changed = diff_outputs(&self.output, &fresh.output);
            let update = Update {
                rerendered: fresh.output.files.len(),
                reextracted: fresh.sources.entries.len(),
                changed,
                search_stale: false,
            };
            *self = fresh;
            return Ok(update);
        }
        let load = load_options(&self.options, &self.config);
        let reextracted =
            self.sources
                .refresh(&self.options, load, &self.registry, &changes.content)?;
        let site = self
            .sources
            .link(&self.options, &self.config, &self.registry)?;
        let full = changes.theme || globals_changed(&self.site, &site);
        let (output, rerendered) = if full {
            let theme = build::theme(&self.options.root, &site, &self.urls)?;
            let output = full_output(&site, &theme, &self.urls)?;
            self.theme = theme;
            let n = output.files.len();
            (output, n)
        } else {
            let affected = affected::pages(&self.site, &site);
            let n = affected.pages.len();
            (self.partial_output(&site, &affected)?, n)
        };
        let changed = diff_outputs(&self.output, &output);
        self.output = output;
        self.site = site;
        Ok(Update {
            search_stale: !full,
            changed,
            reextracted,
            rerendered,
        })
    }

    /// Rebuilds the search index for the current site. Returns the index files that changed.
    pub fn refresh_search(&mut self) -> Vec<PathBuf> {
        let mut files = self.output.files.clone();
        files.retain(|p, _| !is_search_file(p));
        for (path, bytes) in build::search_files(&self.site) {
            files.insert(path, Arc::new(bytes));
        }
        let output = Output {
            files,
            assets: self.output.assets.clone(),
        };
        let changed = diff_outputs(&self.output, &output);
        self.output = output;
        changed
    }

    /// The previous output with the affected pages and feeds made again, the sitemap
    /// rewritten and the files of vanished pages dropped.
    fn partial_output(&self, site: &Site, affected: &affected::Affected) -> Result<Output, Error> {
        let mut files = self.output.files.clone();
        let rendered = render::render_pages(site, &self.theme, &self.urls, &affected.pages)?;
        let mut fresh: Vec<render::Rendered> = rendered;
        fresh.push(publish::site_feed(site, &self.urls));
        fresh.extend(
            (0..site.config.topics.len()).map(|i| publish::topic_feed(site, &self.urls, i)),
        );
        fresh.extend(
            affected
                .entities
                .iter()
                .map(|&e| publish::entity_feed(site, &self.urls, e)),
        );
        let specs = render::specs(site);
        fresh.extend(publish::sitemap_files(site, &self.urls, &specs));
        fresh.extend(publish::export::files(site, &self.urls));
        let expected = expected_paths(site, &specs, &self.theme);
        files.retain(|p, _| expected.contains(p) || is_search_file(p));
        for (path, bytes) in fresh {
            files.insert(path, Arc::new(bytes));
        }
        Ok(Output {
            files,
            assets: assets_of(site),
        })
    }
}

fn load_options(options: &Options, config: &SiteConfig) -> LoadOptions {
    LoadOptions {
        drafts: options.drafts,
        flavor: build::flavor(config),
    }
}

/// True when something every page shows (the content pages listed in the footer) changed.
fn globals_changed(old: &Site, new: &Site) -> bool {
    old.pages.len() != new.pages.len()
        || old.pages.iter().zip(&new.pages).any(|(a, b)| {
            a.path != b.path || a.title != b.title || a.slug != b.slug || a.body != b.body
        })
}

fn assets_of(site: &Site) -> HashMap<PathBuf, PathBuf> {
    site.assets
        .iter()
        .map(|(src, rel)| (rel.clone(), src.clone()))
        .collect()
}

/// Everything a full build generates, in memory.
fn full_output(site: &Site, theme: &Theme, urls: &Urls) -> Result<Output, Error> {
    let (generated, _) = build::generate(site, theme, urls)?;
    Ok(Output {
        files: generated
            .into_iter()
            .map(|(p, b)| (p, Arc::new(b)))
            .collect(),
        assets: assets_of(site),
    })
}

/// The path of every generated file of `site`, to drop files of pages that are gone.
fn expected_paths(site: &Site, specs: &[PageSpec], theme: &Theme) -> HashSet<PathBuf> {
    let mut set: HashSet<PathBuf> = specs
        .iter()
        .map(|s| render::url::paths::file_for(&render::path_of(site, s)))
        .collect();
    set.insert("atom.xml".into());
    set.extend(
        site.config
            .topics
            .iter()
            .map(|t| PathBuf::from(format!("{}atom.xml", render::url::paths::topic(&t.slug)))),
    );
    set.extend(site.entities.iter().map(|e| {
        PathBuf::from(format!(
            "{}atom.xml",
            render::url::paths::entity(e.kind, &e.slug)
        ))
    }));
    set.extend(
        [
            "sitemap.xml",
            "robots.txt",
            "api/articles.json",
            "api/entities.json",
            "api/quotes.json",
        ]
        .map(PathBuf::from),
    );
    set.extend(publish::pages_files(site).into_iter().map(|(p, _)| p));
    set.extend(build::statics(theme).map(|(p, _)| p));
    set
}

/// A file of the search index (not the search page, `search/index.html`, which is a page).
fn is_search_file(path: &Path) -> bool {
    path.starts_with("search") && path != Path::new("search/index.html")
}

/// Paths whose bytes differ between two outputs, including added and removed ones.
fn diff_outputs(old: &Output, new: &Output) -> Vec<PathBuf> {
    let mut changed: Vec<PathBuf> = new
        .files
        .iter()
        .filter(|(p, b)| {
            old.files
                .get(*p)
                .is_none_or(|o| !Arc::ptr_eq(o, b) && o != *b)
        })
        .map(|(p, _)| p.clone())
        .collect();
    changed.extend(
        old.files
            .keys()
            .filter(|p| !new.files.contains_key(*p))
            .cloned(),
    );
    changed.sort();
    changed
}
