//! The render stage's cache, for [`Engine::update`]: every output file the caller holds, with
//! the fingerprint it was made at. An update makes again the files whose fingerprint changed
//! (all of them when `site.yaml`, the registry, the theme or the footer changed), and lists
//! for removal those no longer declared. The files made from the whole site (search index,
//! exports, sitemap) are left to an [`IndexJob`], which `serve` runs away from the save.

use super::{Changes, Engine, IndexFiles, IndexJob, Timings};
use crate::Error;
use crate::link::{Delta, Site};
use crate::render::PageSpec;
use crate::render::fingerprint::Signatures;
use crate::render::outputs::{self, OutputFile};
use crate::write::{Files, Memory, OutputError, Sink};
use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// One output the caller holds.
#[derive(Debug, Clone, Default)]
pub(super) struct Made {
    /// `None`: make it again on the next update.
    fingerprint: Option<u64>,
    /// For a group of files, the files it made; a single file is its own path.
    group: Option<Vec<PathBuf>>,
    /// The last update that declared it ([`Held::sweep`]): the others are no longer part of
    /// the site.
    seen: u64,
}

/// The outputs the caller holds, and where the outputs of the last good update went.
#[derive(Default)]
pub(super) struct Held {
    /// Every output file made for the caller, by path.
    files: HashMap<PathBuf, Made>,
    /// The outputs the last good update declared, and their paths, in the same order: the
    /// next finds its paths here, by position, when it declares the same outputs and no id
    /// moved (a large site has tens of thousands, and a save moves few).
    outputs: Vec<OutputFile>,
    paths: Vec<PathBuf>,
    /// Counts updates, to mark the files each declared.
    sweep: u64,
}

impl Made {
    fn files(self, path: PathBuf) -> Vec<PathBuf> {
        self.group.unwrap_or_else(|| vec![path])
    }
}

/// What an update changes in the output.
#[derive(Debug, Default)]
pub struct Update {
    /// Files made again, and files to copy from `content/`.
    pub files: Files,
    /// Paths under the output folder that are no longer part of the site.
    pub remove: Vec<PathBuf>,
    /// Articles extracted again.
    pub reextracted: usize,
    /// Output files made again.
    pub rerendered: usize,
    /// The link stage linked the whole site again (the first update, a registry edit, many
    /// articles changed) rather than patch the last one.
    pub linked_in_full: bool,
    /// How long each stage took: load, extract, link, sign (the fingerprints), render.
    pub timings: Timings,
    /// The files made from the whole site still describe the previous state, when set: run
    /// the job (in the background, or at once) and hand its files to
    /// [`Engine::apply_index`].
    pub index: Option<IndexJob>,
}

/// A sink that notes the paths a group of files puts.
struct Recording<'a> {
    inner: &'a dyn Sink,
    paths: Mutex<Vec<PathBuf>>,
}

impl Recording<'_> {
    fn note(&self, path: &Path) {
        if let Ok(mut paths) = self.paths.lock() {
            paths.push(path.to_path_buf());
        }
    }
}

impl Sink for Recording<'_> {
    fn put(&self, path: PathBuf, bytes: Vec<u8>) -> Result<(), OutputError> {
        self.note(&path);
        self.inner.put(path, bytes)
    }

    fn copy(&self, path: PathBuf, source: &Path) -> Result<(), OutputError> {
        self.note(&path);
        self.inner.copy(path, source)
    }
}

impl Engine {
    pub(super) fn apply(&mut self, changes: &Changes) -> Result<Update, Error> {
        let t = Timings::default();
        let linked = self.linked(changes, &t, Self::relink)?;
        let (site, delta) = linked.site;
        // Kept only when this update succeeds: they must describe the site the linker holds,
        // and an update that fails leaves none, so that the next makes them all again. Made
        // again in full when `site.yaml` was read again (the page size is in them).
        let signatures = t.time("sign", || match self.signatures.take() {
            Some(mut s) if !linked.reset => {
                s.update(&site, &delta);
                s
            }
            _ => Signatures::new(&site),
        });
        let render = std::time::Instant::now();
        let (theme, reloaded) = self.theme(&linked.inputs, &site, linked.reset || changes.theme)?;
        let full = reloaded || self.made.files.is_empty();
        let all = outputs::outputs_signed(&site, &theme, &signatures);
        let same = !full && !linked.reset && !delta.full && !delta.renumbered;
        let paths = self.made.paths_of(&site, &all, same.then_some(&delta));
        // Fingerprints in parallel: a large site has tens of thousands of files.
        let prints: Vec<Option<u64>> = all
            .par_iter()
            .map(|o| o.fingerprint(&site, &signatures))
            .collect();
        self.made.sweep += 1;
        let (sweep, held) = (self.made.sweep, &mut self.made.files);
        let mut todo: Vec<(&OutputFile, PathBuf)> = Vec::new();
        let mut stale: Vec<OutputFile> = Vec::new();
        for ((o, path), fingerprint) in all.iter().zip(&paths).zip(prints) {
            let whole = o.whole_site() && !full;
            let Some(m) = held.get_mut(path) else {
                let fingerprint = if whole { None } else { fingerprint };
                let group = None;
                held.insert(
                    path.clone(),
                    Made {
                        fingerprint,
                        group,
                        seen: sweep,
                    },
                );
                match whole {
                    true => stale.push(o.clone()),
                    false => todo.push((o, path.clone())),
                }
                continue;
            };
            m.seen = sweep;
            if !full && fingerprint.is_some() && m.fingerprint == fingerprint {
                continue;
            }
            if whole {
                stale.push(o.clone());
                continue;
            }
            m.fingerprint = fingerprint;
            todo.push((o, path.clone()));
        }
        let memory = Memory::default();
        let urls = &linked.inputs.urls;
        let pre = crate::render::Prebuilt::new(&site);
        let made: Result<Vec<_>, Error> = todo
            .par_iter()
            .map(|(o, path)| {
                if !o.is_group() {
                    return o.make(&site, &theme, urls, &pre, &memory).map(|()| None);
                }
                let recording = Recording {
                    inner: &memory,
                    paths: Mutex::default(),
                };
                o.make(&site, &theme, urls, &pre, &recording)?;
                Ok(Some((
                    path.clone(),
                    recording.paths.into_inner().unwrap_or_default(),
                )))
            })
            .collect();
        let groups = match made {
            Ok(groups) => groups,
            Err(e) => {
                // What was to be made is made on the next update, whatever its fingerprint;
                // the files no longer declared are removed by the next.
                for (_, path) in &todo {
                    if let Some(m) = self.made.files.get_mut(path) {
                        m.fingerprint = None;
                    }
                }
                return Err(e);
            }
        };
        let files = memory.into_files();
        let held = &mut self.made.files;
        let gone: Vec<PathBuf> = (held.iter())
            .filter(|(_, m)| m.seen != sweep)
            .map(|(p, _)| p.clone())
            .collect();
        let mut remove: Vec<PathBuf> = Vec::new();
        for path in gone {
            if let Some(m) = held.remove(&path) {
                remove.extend(m.files(path));
            }
        }
        for (path, group) in groups.into_iter().flatten() {
            remove.extend(regroup(held, &path, group));
        }
        let rerendered = todo.len();
        t.record("render", render.elapsed());
        self.made.outputs = all;
        self.made.paths = paths;
        self.signatures = Some(signatures);
        self.generation += 1;
        self.future = linked.future;
        let index = (!stale.is_empty()).then(|| IndexJob {
            site: Arc::downgrade(&site),
            theme,
            urls: urls.clone(),
            outputs: stale,
            generation: self.generation,
        });
        Ok(Update {
            remove: without(remove, &files),
            files,
            reextracted: linked.extracted,
            rerendered,
            linked_in_full: delta.full,
            timings: t,
            index,
        })
    }

    /// Puts the files of an [`IndexJob`] in place, unless the site has changed since the job
    /// was made (or the job failed: the next update makes them again, as it makes every
    /// update's).
    pub fn apply_index(&mut self, index: IndexFiles) -> Option<Update> {
        let made = index
            .made
            .ok()
            .flatten()
            .filter(|_| index.generation == self.generation)?;
        let mut update = Update::default();
        let next = &mut self.made.files;
        for (path, files) in made {
            let group = files
                .generated
                .iter()
                .map(|(p, _)| p)
                .chain(files.copied.iter().map(|(_, p)| p))
                .cloned()
                .collect();
            update.remove.extend(regroup(next, &path, group));
            update.files.generated.extend(files.generated);
            update.files.copied.extend(files.copied);
        }
        update.remove = without(update.remove, &update.files);
        Some(update)
    }
}

impl Held {
    /// The path of each of `outputs`. Those of the last good update are kept when `delta`
    /// is given (no id moved since) and the outputs are the same, except for the outputs
    /// that show an article or entity the link changed (its slug may be new), the content
    /// pages and the assets; the others are made again, in parallel.
    fn paths_of(
        &mut self,
        site: &Site,
        outputs: &[OutputFile],
        delta: Option<&Delta>,
    ) -> Vec<PathBuf> {
        let old = std::mem::take(&mut self.paths);
        let Some(delta) = delta.filter(|_| self.outputs == outputs && old.len() == outputs.len())
        else {
            return outputs.par_iter().map(|o| o.path(site)).collect();
        };
        let mut articles = vec![false; site.articles.len()];
        for a in &delta.articles {
            articles[a.0 as usize] = true;
        }
        let mut entities = vec![false; site.entities.len()];
        for e in &delta.entities {
            entities[e.0 as usize] = true;
        }
        let moves = |o: &OutputFile| match o {
            OutputFile::Page(PageSpec::Article(a)) => articles[a.0 as usize],
            OutputFile::Page(PageSpec::Entity(e, _)) | OutputFile::EntityFeed(e) => {
                entities[e.0 as usize]
            }
            OutputFile::Page(PageSpec::Page(_)) | OutputFile::Asset(_) => true,
            _ => false,
        };
        (outputs.iter().zip(old))
            .map(|(o, path)| if moves(o) { o.path(site) } else { path })
            .collect()
    }
}

/// Records the files a group made; returns those it made before and no longer does.
fn regroup(made: &mut HashMap<PathBuf, Made>, path: &Path, files: Vec<PathBuf>) -> Vec<PathBuf> {
    let Some(m) = made.get_mut(path) else {
        return Vec::new();
    };
    let now: HashSet<&PathBuf> = files.iter().collect();
    let gone = m
        .group
        .iter()
        .flatten()
        .filter(|p| !now.contains(p))
        .cloned()
        .collect();
    m.group = Some(files);
    gone
}

/// `remove` without the paths `files` writes.
fn without(mut remove: Vec<PathBuf>, files: &Files) -> Vec<PathBuf> {
    if !remove.is_empty() {
        let written: HashSet<&PathBuf> = files
            .generated
            .iter()
            .map(|(p, _)| p)
            .chain(files.copied.iter().map(|(_, p)| p))
            .collect();
        remove.retain(|p| !written.contains(p));
        remove.sort();
        remove.dedup();
    }
    remove
}
