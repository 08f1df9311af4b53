//! The incremental build behind `dossier serve` and `dossier build --watch`.
//!
//! A [`Session`] keeps the last good site in memory with, per article file, its parsed form
//! and its extraction. On a change it re-reads and re-extracts only the files whose size or
//! modification time moved, re-links (linear and cheap), and re-renders only the pages whose
//! inputs changed: see [`super::affected`]. A template change re-renders without
//! re-extracting; `site.yaml` or registry changes start over. The result is always the site a
//! full `dossier build` makes (a property test holds it to that, byte for byte).

use super::affected;
use super::sources::Sources;
use crate::Error;
use crate::engine::{self, Options};
use crate::extract::Registry;
use crate::link::Site;
use crate::load::LoadOptions;
use crate::load::config::SiteConfig;
use crate::render::{self, PageSpec, Theme, Urls};
use crate::render::{exports, site_files};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What changed on disk, as the watcher classifies it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub config: bool,
    pub registry: bool,
    pub theme: bool,
    /// Paths under `content/` that an event named (re-read even if their stamp is unchanged).
    pub content: Vec<PathBuf>,
}

impl Changes {
    /// Folds `more` into these changes.
    pub fn absorb(&mut self, more: Changes) {
        self.config |= more.config;
        self.registry |= more.registry;
        self.theme |= more.theme;
        for p in more.content {
            if !self.content.contains(&p) {
                self.content.push(p);
            }
        }
    }
}

/// The served site: every generated file by its path under the output folder, plus the
/// asset files served straight from `content/`.
#[derive(Debug, Clone, Default)]
pub struct Output {
    pub files: HashMap<PathBuf, Arc<Vec<u8>>>,
    pub assets: HashMap<PathBuf, PathBuf>,
}

impl Output {
    /// Drops the files `keep` refuses, then puts `fresh` in, in place. Returns the paths whose
    /// bytes changed, appeared or disappeared, sorted.
    fn apply(
        &mut self,
        fresh: Vec<render::Rendered>,
        keep: impl Fn(&Path) -> bool,
    ) -> Vec<PathBuf> {
        let mut changed: Vec<PathBuf> = self.files.keys().filter(|p| !keep(p)).cloned().collect();
        for p in &changed {
            self.files.remove(p);
        }
        for (path, bytes) in fresh {
            if self.files.get(&path).is_none_or(|old| **old != bytes) {
                changed.push(path.clone());
                self.files.insert(path, Arc::new(bytes));
            }
        }
        changed.sort();
        changed.dedup();
        changed
    }
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
    /// The index files (search, exports, sitemap) still describe the previous site: run
    /// [`Session::index_job`] and apply it, or call [`Session::refresh_indexes`].
    pub indexes_stale: bool,
}

pub struct Session {
    options: Options,
    config: SiteConfig,
    registry: Registry,
    theme: Theme,
    urls: Urls,
    sources: Sources,
    site: Arc<Site>,
    output: Output,
    /// Counts updates, so index files made for an older site are never applied to a newer.
    generation: u64,
    /// Changes seen by updates that failed, still to be applied: a `site.yaml` saved while an
    /// article is broken must not be forgotten when the article is fixed.
    pending: Changes,
}

/// The index files of one state of the site (search index, exports, sitemap), to be made
/// away from the session: they take longer than the pages a save touches, and no page a
/// writer is looking at depends on them.
pub struct IndexJob {
    site: Arc<Site>,
    urls: Urls,
    pub generation: u64,
}

impl IndexJob {
    /// Makes the index files.
    pub fn run(&self) -> Vec<render::Rendered> {
        let sink = crate::write::Memory::default();
        let specs = render::specs(&self.site);
        let mut files = site_files::sitemap_files(&self.site, &self.urls, &specs);
        // Memory takes every file: these cannot fail.
        let _ = exports::write_into(&self.site, &self.urls, &sink);
        let _ = engine::search_into(&self.site, &sink);
        files.extend(sink.into_files());
        files
    }
}

impl Session {
    /// Loads and builds everything.
    pub fn start(options: Options) -> Result<Session, Error> {
        let config = engine::config(&options)?;
        let registry = engine::registry(&options.root)?;
        let urls = Urls::new(&config.base_url);
        let mut sources = Sources::default();
        let cues = config.cue_table();
        sources.refresh(
            &options,
            load_options(&options, &config),
            &registry,
            &cues,
            &[],
        )?;
        let site = sources.link(&options, &config, &registry)?;
        let theme = engine::theme(&options.root, &site, &urls)?;
        let output = full_output(&site, &theme, &urls)?;
        Ok(Session {
            options,
            config,
            registry,
            theme,
            urls,
            sources,
            site: Arc::new(site),
            output,
            generation: 0,
            pending: Changes::default(),
        })
    }

    pub fn output(&self) -> &Output {
        &self.output
    }

    pub fn site(&self) -> &Site {
        &self.site
    }

    /// Articles dated after now, left out for want of `--future`.
    pub fn future(&self) -> usize {
        self.sources.entries.values().filter(|e| e.future).count()
    }

    /// Applies changes. On error the previous site stays in place, whole, and the changes
    /// are kept: the next update applies them together with its own, so that once the
    /// dossier is valid again the site is the one a full build makes, whatever was saved
    /// while it was not.
    pub fn update(&mut self, changes: &Changes) -> Result<Update, Error> {
        let mut all = std::mem::take(&mut self.pending);
        all.absorb(changes.clone());
        let result = self.apply(&all);
        if result.is_err() {
            self.pending = all;
        }
        result
    }

    fn apply(&mut self, changes: &Changes) -> Result<Update, Error> {
        if changes.config || changes.registry {
            let mut fresh = Session::start(self.options.clone())?;
            fresh.generation = self.generation + 1;
            let changed = diff_outputs(&self.output, &fresh.output);
            let update = Update {
                rerendered: fresh.output.files.len(),
                reextracted: fresh.sources.entries.len(),
                changed,
                indexes_stale: false,
            };
            *self = fresh;
            return Ok(update);
        }
        let load = load_options(&self.options, &self.config);
        let reextracted = self.sources.refresh(
            &self.options,
            load,
            &self.registry,
            &self.config.cue_table(),
            &changes.content,
        )?;
        let site = self
            .sources
            .link(&self.options, &self.config, &self.registry)?;
        let full = changes.theme || globals_changed(&self.site, &site);
        let (changed, rerendered) = if full {
            let theme = engine::theme(&self.options.root, &site, &self.urls)?;
            let output = full_output(&site, &theme, &self.urls)?;
            self.theme = theme;
            let changed = diff_outputs(&self.output, &output);
            let n = output.files.len();
            self.output = output;
            (changed, n)
        } else {
            let affected = affected::pages(&self.site, &site);
            let fresh = self.partial_files(&site, &affected)?;
            // Nothing below can fail: the output is changed in place, never half-updated.
            // Pages can only vanish when the set of pages changed.
            let changed = if shape(&self.site) == shape(&site) {
                self.output.apply(fresh, |_| true)
            } else {
                let expected = expected_paths(&site, &render::specs(&site), &self.theme);
                self.output
                    .apply(fresh, |p| expected.contains(p) || is_index_file(p))
            };
            self.output.assets = assets_of(&site);
            (changed, affected.pages.len())
        };
        self.site = Arc::new(site);
        self.generation += 1;
        Ok(Update {
            indexes_stale: !full,
            changed,
            reextracted,
            rerendered,
        })
    }

    /// The work of making the current site's index files; see [`IndexJob`].
    pub fn index_job(&self) -> IndexJob {
        IndexJob {
            site: self.site.clone(),
            urls: self.urls.clone(),
            generation: self.generation,
        }
    }

    /// Puts index files made by [`IndexJob::run`] in place, unless the site has changed
    /// since the job was made. Returns the files that changed.
    pub fn apply_indexes(&mut self, generation: u64, files: Vec<render::Rendered>) -> Vec<PathBuf> {
        if generation != self.generation {
            return Vec::new();
        }
        let made: HashSet<PathBuf> = files.iter().map(|(p, _)| p.clone()).collect();
        self.output
            .apply(files, |p| !is_index_file(p) || made.contains(p))
    }

    /// Makes and applies the index files now.
    pub fn refresh_indexes(&mut self) -> Vec<PathBuf> {
        let job = self.index_job();
        self.apply_indexes(job.generation, job.run())
    }

    /// The affected pages and feeds, made again. The index files are left to [`IndexJob`].
    fn partial_files(
        &self,
        site: &Site,
        affected: &affected::Affected,
    ) -> Result<Vec<render::Rendered>, Error> {
        let mut fresh = render::render_pages(site, &self.theme, &self.urls, &affected.pages)?;
        fresh.push(site_files::site_feed(site, &self.urls));
        fresh.extend(
            (0..site.config.topics.len()).map(|i| site_files::topic_feed(site, &self.urls, i)),
        );
        fresh.extend(
            affected
                .entities
                .iter()
                .map(|&e| site_files::entity_feed(site, &self.urls, e)),
        );
        Ok(fresh)
    }
}

fn load_options(options: &Options, config: &SiteConfig) -> LoadOptions {
    LoadOptions {
        drafts: options.drafts,
        future: options.future,
        flavor: engine::flavor(config),
        max_bytes: config.limits.article_bytes(),
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
    let (generated, _) = engine::generate(site, theme, urls)?;
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
    set.extend(site_files::pages_files(site).into_iter().map(|(p, _)| p));
    set.extend(engine::statics(theme).map(|(p, _)| p));
    set
}

/// What decides which pages exist: article, entity and tag names and page counts. Equal
/// shapes have the same pages.
fn shape(site: &Site) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    let per = site.config.page_size;
    for a in &site.articles {
        a.article.slug.hash(&mut h);
    }
    for (i, e) in site.entities.iter().enumerate() {
        let pages = site.page_count(crate::link::EntityId(i as u32), per);
        (e.kind, &e.slug, pages).hash(&mut h);
    }
    for (tag, ids) in &site.tags {
        (tag, ids.len().div_ceil(per)).hash(&mut h);
    }
    h.finish()
}

/// A file made from the whole site at once: the search index (not the search page,
/// `search/index.html`), the exports and the sitemap.
fn is_index_file(path: &Path) -> bool {
    (path.starts_with("search") && path != Path::new("search/index.html"))
        || path.starts_with("api")
        || path == Path::new("sitemap.xml")
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
