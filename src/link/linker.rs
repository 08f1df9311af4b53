//! Incremental link: [`Linker`] keeps a linked [`Site`] with what it needs to patch it
//! ([`super::index`]), so that a save in `dossier serve` relinks the articles that changed and
//! the entities they name, not the whole corpus, and ends with the site a full [`link`]
//! of the same input makes (the property test in `tests/it/link_incremental.rs` holds it to
//! that).

use super::index::{Index, KeyId};
use super::merge::slug_family;
use super::renumber::Map;
use super::{ArticleNode, EntityId, Site, link_with_slots};
use crate::entity::{EntityKind, EntitySpec, Role};
use crate::extract::identity::Mediating;
use crate::extract::{ArticleExtraction, Registry};
use crate::load::config::SiteConfig;
use crate::load::{Article, ArticleId, Corpus};
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

/// A linked site that can be updated for an edit.
///
/// ```no_run
/// # fn inputs() -> (dossier::load::config::SiteConfig, dossier::load::Corpus,
/// #     Vec<std::sync::Arc<dossier::extract::ArticleExtraction>>, dossier::extract::Registry) { todo!() }
/// let (config, corpus, extraction, registry) = inputs();
/// let mut linker = dossier::link::Linker::new(config, corpus, &extraction, &registry);
/// // … a writer saves an article; load and extract it again, keep every other Arc …
/// let (config, corpus, extraction, registry) = inputs();
/// let delta = linker.update(config, corpus, &extraction, &registry);
/// let site = linker.site(); // the site `link::link` would make of the same input
/// # let _ = (delta, site);
/// ```
pub struct Linker {
    /// Shared, so that work on one state of the site (the search index `serve` makes in the
    /// background) can hold it while the next save patches it: [`Arc::make_mut`] copies the
    /// site only when such a holder is still at work, and a lone holder patches in place.
    pub(super) site: Arc<Site>,
    registry: Vec<EntitySpec>,
    pub(super) index: Index,
    /// Per article, per found entity: its entity.
    pub(super) of: Vec<Vec<Option<EntityId>>>,
    /// Per entity: its key.
    pub(super) keys: Vec<KeyId>,
    /// The keys of the entities whose slugs can collide (see `merge::slug_family`).
    pub(super) families: HashMap<(EntityKind, String), Vec<KeyId>>,
}

/// What a [`Linker::update`] changed, for render to know which pages to make again. Ids are
/// those of the updated site. It says nothing of `site.yaml`, pages or assets, which the
/// caller read itself; pages that show other entities (an article's links, an entity's
/// related entities) change when those entities' names or slugs in `entities` did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Delta {
    /// The site was linked again in full: any page may have changed.
    pub full: bool,
    /// Articles added, edited, or whose entities or quotations' speakers changed; sorted.
    pub articles: Vec<ArticleId>,
    /// Articles that are no longer there, by their old slug.
    pub removed_articles: Vec<String>,
    /// Entities whose node changed in any field (name, slug, roles, appearances, quotations,
    /// related entities, status…); sorted.
    pub entities: Vec<EntityId>,
    /// Entities that are no longer there: (kind, slug) as they were.
    pub removed_entities: Vec<(EntityKind, String)>,
    /// Ids of unchanged articles, entities or quotations moved (something was added or
    /// removed before them): pages that list by id are to be made again.
    pub renumbered: bool,
}

impl Delta {
    /// Nothing changed.
    pub fn is_empty(&self) -> bool {
        *self == Delta::default()
    }
}

/// More changed articles than this share of the corpus (or than [`FULL_MIN`]) are relinked in
/// full: past it, patching costs as much as linking.
const FULL_SHARE: usize = 8;
const FULL_MIN: usize = 16;

impl Linker {
    /// Links a corpus in full (as [`super::link`]) and keeps what updates need.
    pub fn new(
        config: SiteConfig,
        corpus: Corpus,
        extraction: &[Arc<ArticleExtraction>],
        registry: &Registry,
    ) -> Self {
        let (site, of) = link_with_slots(config, corpus, extraction.to_vec(), registry, false);
        let index = Index::new(registry, &site.articles, &site.entities, &of);
        let mut keys = vec![0; site.entities.len()];
        for (k, key) in index.keys.iter().enumerate() {
            if let Some(e) = key.entity {
                keys[e.0 as usize] = k as KeyId;
            }
        }
        let mut families: HashMap<(EntityKind, String), Vec<KeyId>> = HashMap::default();
        for (e, &k) in site.entities.iter().zip(&keys) {
            families
                .entry(slug_family(e.kind, &e.slug))
                .or_default()
                .push(k);
        }
        Linker {
            site: Arc::new(site),
            registry: registry.entries.clone(),
            index,
            of,
            keys,
            families,
        }
    }

    /// The linked site.
    pub fn site(&self) -> &Site {
        &self.site
    }

    /// The linked site, to share with work that outlives this state of it: the next
    /// [`Linker::update`] copies it then rather than change it under that work.
    pub fn shared(&self) -> Arc<Site> {
        self.site.clone()
    }

    pub fn into_site(self) -> Site {
        Arc::unwrap_or_clone(self.site)
    }

    /// Updates the site to the links of this input, the same arguments [`super::link`] takes:
    /// the corpus as `load::assemble` orders it, with an [`Arc`] of the article and of its
    /// extraction kept from the last update for each article that did not change (a new
    /// `Arc` marks an edit).
    ///
    /// Incremental for added, edited, renamed and removed articles and for a `site.yaml`
    /// that declares the same roles: the work grows with the changed articles and the
    /// articles of the entities they name. It relinks in full when the registry or the
    /// declared roles changed (either can change every entity), when the states the corpus
    /// names as mediators changed, or the article that first names one (any diplomat's roles
    /// may change: `identity::mediating`), or when more than an eighth of the articles
    /// changed (as after a registry edit re-extracts every article).
    pub fn update(
        &mut self,
        config: SiteConfig,
        corpus: Corpus,
        extraction: &[Arc<ArticleExtraction>],
        registry: &Registry,
    ) -> Delta {
        let roles = |c: &SiteConfig| c.roles.iter().map(|r| r.name).collect::<Vec<Role>>();
        let old = Mediating::of(self.site.articles.iter().map(|a| &*a.extraction));
        let new = Mediating::of(extraction.iter().map(|x| &**x));
        let old_src = old
            .sources()
            .map(|(k, ai)| (k, Arc::as_ptr(&self.site.articles[ai].extraction)));
        let new_src = new
            .sources()
            .map(|(k, ai)| (k, Arc::as_ptr(&extraction[ai])));
        let same_mediators = old_src.eq(new_src);
        let diff = (roles(&config) == roles(&self.site.config)
            && registry.entries == self.registry
            && same_mediators)
            .then(|| diff(&self.site.articles, &corpus.articles, extraction))
            .flatten()
            .filter(|d| {
                d.added.len() + d.removed.len() <= FULL_MIN.max(corpus.articles.len() / FULL_SHARE)
            });
        let Some(diff) = diff else {
            *self = Linker::new(config, corpus, extraction, registry);
            return Delta {
                full: true,
                ..Delta::default()
            };
        };
        let Corpus {
            articles,
            pages,
            assets,
            ..
        } = corpus;
        let site = Arc::make_mut(&mut self.site);
        site.config = config;
        site.pages = pages;
        site.assets = assets;
        if diff.added.is_empty() && diff.removed.is_empty() {
            return Delta::default();
        }
        self.patch(diff, articles, extraction, registry)
    }
}

/// Which articles changed: old and new are both in corpus order, newest first.
pub(super) struct Diff {
    /// Old article id to new, for the articles that did not change.
    pub kept: Map,
    /// New ids of the articles added or edited, ascending.
    pub added: Vec<usize>,
    /// Old ids of the articles removed or edited, ascending.
    pub removed: Vec<usize>,
}

/// `None` when the new corpus is not in corpus order (it was not made by `load::assemble`).
fn diff(
    old: &[ArticleNode],
    new: &[Arc<Article>],
    extraction: &[Arc<ArticleExtraction>],
) -> Option<Diff> {
    // Corpus order: newest first, then by slug (`load::assemble`).
    let order = |a: &Article, b: &Article| b.utc().cmp(&a.utc()).then_with(|| a.slug.cmp(&b.slug));
    if new.windows(2).any(|w| order(&w[0], &w[1]).is_ge()) || new.len() != extraction.len() {
        return None;
    }
    let mut d = Diff {
        kept: Map(vec![None; old.len()]),
        added: Vec::new(),
        removed: Vec::new(),
    };
    let (mut i, mut k) = (0, 0);
    while i < old.len() || k < new.len() {
        let same = i < old.len()
            && k < new.len()
            && Arc::ptr_eq(&old[i].article, &new[k])
            && Arc::ptr_eq(&old[i].extraction, &extraction[k]);
        if same {
            d.kept.0[i] = Some(k as u32);
            i += 1;
            k += 1;
            continue;
        }
        let o = old.get(i).map(|a| &*a.article);
        let n = new.get(k).map(|a| &**a);
        match (o, n) {
            (Some(o), Some(n)) if order(o, n).is_eq() => {
                d.removed.push(i);
                d.added.push(k);
                i += 1;
                k += 1;
            }
            (Some(o), Some(n)) if order(o, n).is_lt() => {
                d.removed.push(i);
                i += 1;
            }
            (Some(_), None) => {
                d.removed.push(i);
                i += 1;
            }
            _ => {
                d.added.push(k);
                k += 1;
            }
        }
    }
    Some(d)
}
