//! The engine: the one path from a dossier's files to its output files, which every command
//! takes. load → extract → link → render → search, into a [`write::Sink`].
//!
//! [`Engine::build_all`] runs it whole and keeps nothing (`dossier build`). [`Engine::update`]
//! (`serve`, `build --watch`) keeps a cache per stage, keyed by what the stage read: the load
//! stage each file by its size and modification time, the extract stage each article by the
//! hash of its text, the render stage each output file by its fingerprint
//! (`render::outputs`). It hands back the files to write and remove. A build links the site
//! whole; an update patches the last one with a [`crate::link::Linker`], whose
//! [`crate::link::Delta`] limits which files' fingerprints are computed again.

mod index_job;
mod inputs;
mod made;
mod memory;
pub(crate) mod progress;
mod stages;
mod timings;

pub use index_job::{IndexFiles, IndexJob};
pub(crate) use inputs::{config, flavor, registry};
pub use made::Update;
pub(crate) use memory::give_back_free_pages;
pub use stages::extract_one;
pub use timings::{Stage, Timings};

use crate::Error;
use crate::extract::ArticleExtraction;
use crate::link::{Linker, Site};
use crate::load::{self, ContentError, Corpus};
use crate::render::Theme;
use crate::render::fingerprint::Signatures;
use crate::render::outputs::{self, OutputFile};
use crate::write::{self, Files};
use indicatif::ProgressBar;
use inputs::Inputs;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// What to build.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    /// `--config`: read this file instead of `site.yaml` (relative to `root`).
    pub config: Option<PathBuf>,
    /// Overrides `base_url` from `site.yaml` (checked where the command line is read).
    pub base_url: Option<String>,
    pub drafts: bool,
    /// Include articles dated after now.
    pub future: bool,
    /// Build the good articles and report the bad ones instead of failing.
    pub keep_going: bool,
}

impl Options {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Options {
            root: root.into(),
            config: None,
            base_url: None,
            drafts: false,
            future: false,
            keep_going: false,
        }
    }
}

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

/// What a build did.
#[derive(Debug)]
pub struct Built {
    pub articles: usize,
    /// Pages rendered from templates.
    pub pages: usize,
    /// Files left out under `--keep-going`.
    pub skipped: Vec<ContentError>,
    /// Articles dated after now, left out for want of `--future`.
    pub future: usize,
    pub timings: Timings,
}

/// A whole build held in memory, with its linked site (`dossier check`, tests).
pub struct InMemory {
    pub site: Site,
    pub files: Files,
    pub built: Built,
}

/// The pipeline and its caches. See the module's documentation.
pub struct Engine {
    options: Options,
    /// Keep the caches between runs: false for a one-off build, which must stay lean.
    keep: bool,
    inputs: Option<Arc<Inputs>>,
    sources: load::Sources,
    /// Extractions by the hash of their article's text.
    extractions: HashMap<u64, Arc<ArticleExtraction>>,
    theme: Option<Arc<Theme>>,
    /// What every page shows besides the theme: the content pages in the footer.
    globals: Option<u64>,
    /// Every output file made for the caller, by path: see [`made::Held`].
    made: made::Held,
    /// The site of the last update that got past the link stage, patched by the next (an
    /// update that fails later leaves the files it did not make to be made by the next).
    linker: Option<Linker>,
    /// The fingerprints shared by many files of the linker's site, kept with it.
    signatures: Option<Signatures>,
    /// Changes seen by updates that failed, still to be applied: a `site.yaml` saved while an
    /// article is broken must not be forgotten when the article is fixed.
    pending: Changes,
    /// Counts good updates, so index files made for an older site are never applied.
    generation: u64,
    /// Articles of the last good update dated after now, left out for want of `--future`.
    future: usize,
}

/// The linked site (or for an update what changed in it) and what it took to make it.
struct Linked<S> {
    inputs: Arc<Inputs>,
    site: S,
    /// Articles extracted (not found in the cache).
    extracted: usize,
    skipped: Vec<ContentError>,
    future: usize,
    /// `site.yaml` or the registry was read again: every file must be made again.
    reset: bool,
}

impl Engine {
    /// An engine for one build, keeping nothing.
    pub fn new(options: Options) -> Engine {
        Engine {
            options,
            keep: false,
            inputs: None,
            sources: load::Sources::default(),
            extractions: HashMap::default(),
            theme: None,
            globals: None,
            made: made::Held::default(),
            linker: None,
            signatures: None,
            pending: Changes::default(),
            generation: 0,
            future: 0,
        }
    }

    /// An engine that keeps its caches for [`Engine::update`].
    pub fn incremental(options: Options) -> Engine {
        Engine {
            keep: true,
            ..Engine::new(options)
        }
    }

    /// The site of the last good update.
    pub fn site(&self) -> Option<&Site> {
        self.linker.as_ref().map(Linker::site)
    }

    /// Articles of the last good update dated after now, left out for want of `--future`.
    pub fn future(&self) -> usize {
        self.future
    }

    /// Builds every file into `sink`. The linked site is let go before the search index is
    /// built, so the two largest things a build makes are never in memory together.
    pub fn build_all(
        &mut self,
        sink: &dyn write::Sink,
        progress: &ProgressBar,
    ) -> Result<Built, Error> {
        let (built, site) = self.build_into(sink, progress)?;
        built
            .timings
            .time("search", || outputs::search_last(site, sink))?;
        Ok(built)
    }

    /// [`Engine::build_all`] into memory, keeping the linked site.
    pub fn build_in_memory(&mut self, progress: &ProgressBar) -> Result<InMemory, Error> {
        let memory = write::Memory::default();
        let (built, site) = self.build_into(&memory, progress)?;
        built.timings.time("search", || {
            crate::search::build_into(crate::search::site_docs(&site), &memory)
        })?;
        let files = memory.into_files();
        Ok(InMemory { site, files, built })
    }

    /// Every file but the search index, which comes last.
    fn build_into(
        &mut self,
        sink: &dyn write::Sink,
        progress: &ProgressBar,
    ) -> Result<(Built, Site), Error> {
        let t = Timings::with_progress(progress.clone());
        let linked = self.linked(&Changes::default(), &t, Self::link)?;
        let site = linked.site;
        // The link stage freed most of extraction: the pages go back before render.
        give_back_free_pages();
        let urls = &linked.inputs.urls;
        let (theme, _) = t.time("theme", || self.theme(&linked.inputs, &site, true))?;
        let all = outputs::outputs(&site, &theme);
        let pre = crate::render::Prebuilt::new(&site);
        let (whole, parts): (Vec<&OutputFile>, Vec<&OutputFile>) =
            all.iter().partition(|o| o.whole_site());
        t.time_counted("render", Some(parts.len()), || {
            parts.par_iter().try_for_each(|o| {
                o.make(&site, &theme, urls, &pre, sink)?;
                progress.inc(1);
                Ok::<(), Error>(())
            })
        })?;
        for o in whole {
            match o {
                OutputFile::Sitemap => {
                    t.time("sitemap", || o.make(&site, &theme, urls, &pre, sink))?
                }
                OutputFile::Exports => {
                    t.time("exports", || o.make(&site, &theme, urls, &pre, sink))?
                }
                _ => {}
            }
        }
        let built = Built {
            articles: site.articles.len(),
            pages: all
                .iter()
                .filter(|o| matches!(o, OutputFile::Page(_)))
                .count(),
            skipped: linked.skipped,
            future: linked.future,
            timings: t,
        };
        Ok((built, site))
    }

    /// Applies changes, and says which files to write and remove. The first update builds
    /// everything. On error the previous state stays in place, whole, and the changes are
    /// kept: the next update applies them together with its own, so that once the dossier is
    /// valid again the files are the ones a full build makes, whatever was saved meanwhile.
    pub fn update(&mut self, changes: &Changes) -> Result<Update, Error> {
        let mut all = std::mem::take(&mut self.pending);
        all.absorb(changes.clone());
        let result = self.apply(&all);
        if result.is_err() {
            self.pending = all;
        }
        result
    }

    /// Loads, extracts and links the dossier as it is now.
    pub(crate) fn linked_site(&mut self) -> Result<Site, Error> {
        self.linked(&Changes::default(), &Timings::default(), Self::link)
            .map(|l| l.site)
    }

    /// The load stage's output: configuration and registry, and the corpus, problems checked.
    pub(crate) fn loaded(&mut self) -> Result<(Arc<Inputs>, Corpus), Error> {
        let loaded = self.load(&Changes::default(), &Timings::default())?;
        Ok((loaded.inputs, loaded.corpus))
    }
}

/// Every file a linked site makes, search index included, in memory: how the tests show that
/// a site patched by [`crate::link::Linker`] renders as a freshly linked one, byte for byte.
pub fn render_site(root: &std::path::Path, site: &Site) -> Result<Files, Error> {
    let urls = crate::render::Urls::new(&site.config.base_url);
    let mut theme = Theme::load(root, &site.config, &urls)?;
    theme
        .tera
        .global_context()
        .extend(crate::render::globals(site, &urls));
    let memory = write::Memory::default();
    let pre = crate::render::Prebuilt::new(site);
    for o in outputs::outputs(site, &theme) {
        o.make(site, &theme, &urls, &pre, &memory)?;
    }
    Ok(memory.into_files())
}

/// The whole pipeline into memory, with the linked site: `dossier check` and the tests.
pub fn build(options: &Options, progress: &ProgressBar) -> Result<InMemory, Error> {
    Engine::new(options.clone()).build_in_memory(progress)
}
