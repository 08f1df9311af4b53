//! The site `dossier serve` and `dossier build --watch` hold: the engine, and the bytes of
//! every file it made, kept up to date with each update the engine hands back. Which files
//! an edit touches is the engine's business; here they are only put in place.

use crate::Error;
use crate::engine::{Changes, Engine, IndexFiles, IndexJob, Options};
use crate::link::Site;
use crate::render::url::paths;
use rustc_hash::FxHashMap as HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// The served site: every generated file by its path under the output folder, plus the
/// asset files served straight from `content/`.
#[derive(Debug, Clone, Default)]
pub struct Output {
    pub files: HashMap<PathBuf, Arc<Vec<u8>>>,
    /// Path under the output folder → the file in `content/`.
    pub assets: HashMap<PathBuf, PathBuf>,
}

impl Output {
    /// Puts an engine update in place. Returns the paths whose bytes changed, appeared or
    /// disappeared, sorted.
    fn apply(&mut self, update: crate::engine::Update) -> Vec<PathBuf> {
        let mut changed = Vec::new();
        for p in update.remove {
            if self.files.remove(&p).is_some() | self.assets.remove(&p).is_some() {
                changed.push(p);
            }
        }
        for (path, bytes) in update.files.generated {
            if self.files.get(&path).is_none_or(|old| **old != bytes) {
                changed.push(path.clone());
                self.files.insert(path, Arc::new(bytes));
            }
        }
        for (source, path) in update.files.copied {
            if self.assets.get(&path) != Some(&source) {
                changed.push(path.clone());
                self.assets.insert(path, source);
            }
        }
        changed.sort();
        changed.dedup();
        changed
    }

    /// The files as the write stage takes them.
    pub fn files(&self) -> crate::write::Files {
        crate::write::Files {
            generated: self
                .files
                .iter()
                .map(|(p, b)| (p.clone(), b.as_ref().clone()))
                .collect(),
            copied: self
                .assets
                .iter()
                .map(|(rel, src)| (src.clone(), rel.clone()))
                .collect(),
        }
    }
}

/// What an update did.
#[derive(Debug, Clone, Default)]
pub struct Update {
    /// Output paths whose bytes changed, appeared or disappeared.
    pub changed: Vec<PathBuf>,
    /// The site-relative URLs of `changed` (`articles/doha/`): a page open at one of them,
    /// or that loaded one of them (a style sheet, a picture), is to be reloaded.
    pub reload: Vec<String>,
    /// Articles extracted again.
    pub reextracted: usize,
    /// Output files made again.
    pub rerendered: usize,
    /// The files made from the whole site (search, exports, sitemap) still describe the
    /// previous site: run [`Session::index_job`] and apply it, or call
    /// [`Session::refresh_indexes`].
    pub indexes_stale: bool,
    /// How long each stage of the engine took.
    pub stages: Vec<crate::engine::Stage>,
}

pub struct Session {
    engine: Engine,
    output: Output,
    /// The job that makes the files from the whole site of the latest update, until taken.
    index: Option<IndexJob>,
}

impl Session {
    /// Builds everything.
    pub fn start(options: Options) -> Result<Session, Error> {
        let mut session = Session {
            engine: Engine::incremental(options),
            output: Output::default(),
            index: None,
        };
        session.update(&Changes::default())?;
        session.refresh_indexes();
        Ok(session)
    }

    pub fn output(&self) -> &Output {
        &self.output
    }

    /// The site of the last good update.
    pub fn site(&self) -> Option<&Site> {
        self.engine.site()
    }

    /// Articles dated after now, left out for want of `--future`.
    pub fn future(&self) -> usize {
        self.engine.future()
    }

    /// Applies changes; see [`Engine::update`].
    pub fn update(&mut self, changes: &Changes) -> Result<Update, Error> {
        let mut update = self.engine.update(changes)?;
        let index = update.index.take();
        let update_counts = (update.reextracted, update.rerendered);
        let stages = update.timings.stages();
        let indexes_stale = index.is_some();
        self.index = index;
        let changed = self.output.apply(update);
        Ok(Update {
            reextracted: update_counts.0,
            rerendered: update_counts.1,
            reload: changed.iter().map(|p| paths::url_for(p)).collect(),
            changed,
            indexes_stale,
            stages,
        })
    }

    /// The work of making the current site's files from the whole site, if they are stale.
    pub fn index_job(&mut self) -> Option<IndexJob> {
        self.index.take()
    }

    /// Puts files made by [`IndexJob::run`] in place, unless the site has changed since the
    /// job was made. Returns the paths that changed.
    pub fn apply_indexes(&mut self, files: IndexFiles) -> Vec<PathBuf> {
        match self.engine.apply_index(files) {
            Some(update) => self.output.apply(update),
            None => Vec::new(),
        }
    }

    /// Makes and applies the files made from the whole site now.
    pub fn refresh_indexes(&mut self) -> Vec<PathBuf> {
        match self.index.take() {
            Some(job) => self.apply_indexes(job.run()),
            None => Vec::new(),
        }
    }
}
