//! The files made from the whole site (the search index, the lists, the feeds), made apart
//! from an update so that `serve` can reload the page first and send them after.

use crate::Error;
use crate::link::Site;
use crate::render::outputs::OutputFile;
use crate::render::{Theme, Urls};
use crate::write::{Files, Memory};
use std::path::PathBuf;
use std::sync::{Arc, Weak};

/// The files of one state of the site that are made from all of it.
pub struct IndexJob {
    /// Not held while the job waits: a save that comes meanwhile patches the engine's site in
    /// place (see [`crate::link::Linker`]), where a held site would be copied first, on the
    /// way to the reload. The job is then out of date, and makes nothing.
    pub(super) site: Weak<Site>,
    pub(super) theme: Arc<Theme>,
    pub(super) urls: Urls,
    pub(super) outputs: Vec<OutputFile>,
    pub(super) generation: u64,
}

/// What an [`IndexJob`] made.
pub struct IndexFiles {
    pub(super) generation: u64,
    /// `None`: the site changed before the job ran.
    pub(super) made: Result<Option<Vec<(PathBuf, Files)>>, Error>,
}

impl IndexJob {
    /// Makes the files, from a copy of the site of its own, for the reason [`IndexJob`] does
    /// not hold it: the copy is made here, on the job's thread, after the reload. It is let
    /// go before the search index, the longest part, is built from its documents. Makes
    /// nothing when the site has changed since the job was made.
    pub fn run(self) -> IndexFiles {
        let IndexJob {
            site,
            theme,
            urls,
            outputs,
            generation,
        } = self;
        let Some(site) = site.upgrade() else {
            return IndexFiles {
                generation,
                made: Ok(None),
            };
        };
        let site = Arc::unwrap_or_clone(site);
        let (search, others): (Vec<&OutputFile>, Vec<&OutputFile>) =
            outputs.iter().partition(|o| **o == OutputFile::Search);
        let search = (search.first()).map(|o| (o.path(&site), crate::search::site_docs(&site)));
        let pre = crate::render::Prebuilt::new(&site);
        let mut made: Result<Vec<(PathBuf, Files)>, Error> = others
            .iter()
            .map(|o| {
                let memory = Memory::default();
                o.make(&site, &theme, &urls, &pre, &memory)?;
                Ok((o.path(&site), memory.into_files()))
            })
            .collect();
        drop(site);
        if let (Ok(made), Some((path, docs))) = (&mut made, search) {
            let memory = Memory::default();
            match crate::search::build_into(docs, &memory) {
                Ok(()) => made.push((path, memory.into_files())),
                Err(e) => {
                    return IndexFiles {
                        generation,
                        made: Err(e.into()),
                    };
                }
            }
        }
        IndexFiles {
            generation,
            made: made.map(Some),
        }
    }
}

impl std::fmt::Debug for IndexJob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "IndexJob({})", self.generation)
    }
}
