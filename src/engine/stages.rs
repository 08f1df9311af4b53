//! The stages up to the render stage, each with its cache: load (inputs and files),
//! extract (by article text), link (whole for a build, patched by a [`Linker`] for an
//! update) and the theme.

use super::inputs::{self, Inputs};
use super::{Changes, Engine, Linked, Timings};
use crate::Error;
use crate::extract::{self, ArticleExtraction};
use crate::link::{self, Delta, Linker, Site};
use crate::load::{self, ContentError, Corpus};
use crate::render::{self, Theme, outputs};
use indicatif::ProgressBar;
use rayon::prelude::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many extractions of texts no article has any more the extract stage's cache keeps
/// before it lets them go, all at once.
const STALE_EXTRACTIONS: usize = 64;

/// The load stage's output.
pub(super) struct Loaded {
    pub inputs: Arc<Inputs>,
    pub corpus: Corpus,
    /// Problems `--keep-going` let through.
    pub skipped: Vec<ContentError>,
    /// `site.yaml` and the registry were read again.
    pub reset: bool,
}

impl Engine {
    /// The load stage: `site.yaml` and the registry when they changed (or were never read),
    /// then the content files that changed. Returns the inputs, the corpus, the problems
    /// `--keep-going` let through, and whether the inputs were read again.
    pub(super) fn load(&mut self, changes: &Changes, t: &Timings) -> Result<Loaded, Error> {
        t.time("load", || {
            let (inputs, reset) = match &self.inputs {
                Some(inputs) if !changes.config && !changes.registry => (inputs.clone(), false),
                _ => {
                    // An engine that keeps its caches keeps the Markdown too: a save
                    // while `serve` renders must not fail the render.
                    let inputs = Arc::new(Inputs::read(&self.options, self.keep)?);
                    self.sources = load::Sources::default();
                    self.extractions.clear();
                    if self.keep {
                        self.inputs = Some(inputs.clone());
                    }
                    (inputs, true)
                }
            };
            self.sources
                .refresh(&self.options.root, inputs.load, &changes.content);
            let (corpus, mut problems) = self.sources.corpus();
            if !self.keep {
                self.sources = load::Sources::default();
            }
            problems.extend(inputs::undeclared_roles(
                &self.options.root,
                &inputs,
                &corpus,
            ));
            problems.sort_by(|a, b| a.path().cmp(b.path()));
            if !problems.is_empty() && !self.options.keep_going {
                return Err(Error::ContentList(problems));
            }
            Ok(Loaded {
                inputs,
                corpus,
                skipped: problems,
                reset,
            })
        })
    }

    /// Load, extract and link, by `link`: [`Engine::link`] for a build, [`Engine::relink`]
    /// for an update.
    pub(super) fn linked<S>(
        &mut self,
        changes: &Changes,
        t: &Timings,
        link: impl FnOnce(&mut Self, &Inputs, Corpus, Vec<Arc<ArticleExtraction>>) -> S,
    ) -> Result<Linked<S>, Error> {
        let Loaded {
            inputs,
            corpus,
            skipped,
            reset,
        } = self.load(changes, t)?;
        let future = corpus.future;
        let n = corpus.articles.len();
        let (extraction, extracted) = t.time_counted("extract", Some(n), || {
            self.extract(&inputs, &corpus, t.progress())
        });
        let site = t.time("link", || link(self, &inputs, corpus, extraction));
        Ok(Linked {
            inputs,
            site,
            extracted,
            skipped,
            future,
            reset,
        })
    }

    /// The extract stage, in parallel over articles, each found in the cache by its text
    /// when the engine keeps one. Returns the extractions and how many were made.
    pub(super) fn extract(
        &mut self,
        inputs: &Inputs,
        corpus: &Corpus,
        progress: &ProgressBar,
    ) -> (Vec<Arc<ArticleExtraction>>, usize) {
        let cache = &self.extractions;
        let made = AtomicUsize::new(0);
        let out: Vec<(Arc<ArticleExtraction>, bool)> = corpus
            .articles
            .par_iter()
            .map(|a| {
                let x = match cache.get(&a.hash) {
                    Some(x) => (x.clone(), false),
                    None => {
                        made.fetch_add(1, Ordering::Relaxed);
                        let x = extract_one(a, &inputs.registry, &inputs.cues);
                        (Arc::new(x), true)
                    }
                };
                progress.inc(1);
                x
            })
            .collect();
        if self.keep {
            // The new extractions join the cache; the ones no article has any more leave it
            // once they are many, so a save does not go through every article to find them.
            let n = corpus.articles.len();
            let fresh = (corpus.articles.iter().zip(&out)).filter(|(_, (_, new))| *new);
            self.extractions
                .extend(fresh.map(|(a, (x, _))| (a.hash, x.clone())));
            if self.extractions.len() > n + STALE_EXTRACTIONS {
                self.extractions = (corpus.articles.iter().zip(&out))
                    .map(|(a, (x, _))| (a.hash, x.clone()))
                    .collect();
            }
        }
        (out.into_iter().map(|(x, _)| x).collect(), made.into_inner())
    }

    /// The link stage of a build: the whole site, linked once and kept by no one but the
    /// caller, so that a build holds no more than the site. Nothing after it reads what only
    /// linking reads of extraction, so the link lets that go as it goes
    /// ([`link::link_releasing`]).
    pub(super) fn link(
        &mut self,
        inputs: &Inputs,
        corpus: Corpus,
        extraction: Vec<Arc<ArticleExtraction>>,
    ) -> Site {
        link::link_releasing(inputs.config.clone(), corpus, extraction, &inputs.registry)
    }

    /// The link stage of an update: the last site patched for the articles that changed
    /// ([`Linker::update`]), or linked whole the first time. Returns the site, shared with
    /// the linker, and what changed in it.
    pub(super) fn relink(
        &mut self,
        inputs: &Inputs,
        corpus: Corpus,
        extraction: Vec<Arc<ArticleExtraction>>,
    ) -> (Arc<Site>, Delta) {
        let config = inputs.config.clone();
        match &mut self.linker {
            Some(linker) => {
                let delta = linker.update(config, corpus, &extraction, &inputs.registry);
                (linker.shared(), delta)
            }
            None => {
                let linker = Linker::new(config, corpus, &extraction, &inputs.registry);
                let full = Delta {
                    full: true,
                    ..Delta::default()
                };
                (self.linker.insert(linker).shared(), full)
            }
        }
    }

    /// The theme, with the global template context set. Loaded again when `reload`, or when
    /// what every page shows changed; says whether it was.
    pub(super) fn theme(
        &mut self,
        inputs: &Inputs,
        site: &Site,
        reload: bool,
    ) -> Result<(Arc<Theme>, bool), Error> {
        let globals = outputs::globals_fingerprint(site);
        if let Some(theme) = &self.theme
            && !reload
            && self.globals == Some(globals)
        {
            return Ok((theme.clone(), false));
        }
        let mut theme = Theme::load(&self.options.root, &site.config, &inputs.urls)?;
        theme
            .tera
            .global_context()
            .extend(render::globals(site, &inputs.urls));
        let theme = Arc::new(theme);
        if self.keep {
            self.theme = Some(theme.clone());
            self.globals = Some(globals);
        }
        Ok((theme, true))
    }
}

/// One article's extraction: the built-in rules, then the cue words of the roles the dossier
/// declares. Returned as a clone, whose every string and list is allocated at its length:
/// the rules grow them piece by piece, and what growing leaves spare, held for every article
/// until the build ends, was a large share of a big dossier's memory. `shrink_to_fit` would
/// not give it back: mimalloc (the binary's allocator) keeps a block in place when it shrinks
/// to half its size or more, as a doubled list or string always does (at 10,000 articles
/// the peak was no lower with it: 275 MiB against 270).
pub fn extract_one(
    article: &load::Article,
    registry: &extract::Registry,
    cues: &extract::cues::CueTable,
) -> ArticleExtraction {
    let front = &article.front;
    let hints = extract::article_hints(&front.entities, front.source.as_deref(), registry);
    let date = Some(article.date.date());
    let mut x = extract::extract_dated(&article.paragraphs, &hints, registry, date);
    extract::cues::apply(&mut x, &article.paragraphs, cues);
    x.clone()
}
