//! What each output file shows, as numbers: the fingerprints that decide which files a save
//! makes again. Two builds whose fingerprints for a file are equal make the same bytes for it,
//! so every value here is comparable across builds (articles by their text and path, entities
//! by their names, never by id: ids move when articles come and go).
//!
//! The rules: an article page shows its own text and how it links to entities. A paginated
//! listing shows on page N a slice of articles, so it changes when the slice holds other
//! articles, an article in it changed, or the number of pages changed. An entity's facts and
//! neighbours appear on every page of its timeline; its name, roles and counts appear in
//! listings (the section pages, topics).

use crate::link::{EntityId, Site};
use crate::load::ArticleId;
use rustc_hash::FxHasher;
use std::hash::{Hash, Hasher};

pub(crate) fn hash(value: impl Hash) -> u64 {
    let mut h = FxHasher::default();
    value.hash(&mut h);
    h.finish()
}

/// The fingerprints that many output files share, made once per build of the site.
pub(crate) struct Signatures {
    /// Per article: its text, file and how it links out.
    pub article: Vec<u64>,
    /// Per entity: what listings show of it.
    pub entity_listing: Vec<u64>,
    /// Per entity: each page of its timeline.
    pub entity_pages: Vec<Vec<u64>>,
    /// All entity listings of each kind, in the order the section pages list them.
    pub sections: Vec<u64>,
    /// Each page of `changes/`: its weeks of changes, and how many pages there are.
    pub changes: Vec<u64>,
}

impl Signatures {
    pub(crate) fn new(site: &Site) -> Signatures {
        use rayon::prelude::*;
        let links: Vec<u64> = site
            .entities
            .iter()
            .map(|e| hash((&e.name, &e.slug, e.kind, &e.roles)))
            .collect();
        let article: Vec<u64> = (0..site.articles.len())
            .into_par_iter()
            .map(|i| article_signature(site, &links, ArticleId(i as u32)))
            .collect();
        let entity_page: Vec<u64> = (0..site.entities.len())
            .into_par_iter()
            .map(|i| entity_page_signature(site, EntityId(i as u32)))
            .collect();
        let entity_listing: Vec<u64> = (0..site.entities.len())
            .map(|i| listing_signature(site, EntityId(i as u32), entity_page[i]))
            .collect();
        let per = site.config.page_size.max(1);
        let entity_pages = (0..site.entities.len())
            .into_par_iter()
            .map(|i| {
                let timeline: Vec<ArticleId> = site
                    .timeline(EntityId(i as u32))
                    .iter()
                    .map(|t| t.article)
                    .collect();
                let pages = crate::link::timeline_pages(timeline.len(), per);
                (1..=pages)
                    .map(|p| {
                        let range = crate::link::timeline_page(timeline.len(), p, per);
                        let slice = timeline[range].iter().copied();
                        hash((entity_page[i], slice_of(&article, slice, pages)))
                    })
                    .collect()
            })
            .collect();
        let sections = crate::entity::EntityKind::ALL
            .iter()
            .map(|&kind| {
                let mut h = FxHasher::default();
                for (e, sig) in site.entities.iter().zip(&entity_listing) {
                    if e.kind == kind {
                        sig.hash(&mut h);
                    }
                }
                h.finish()
            })
            .collect();
        let weeks = super::changes::pages(site);
        let changes = weeks
            .iter()
            .map(|range| {
                hash((
                    weeks.len(),
                    super::changes::page_signature(site, range.clone()),
                ))
            })
            .collect();
        Signatures {
            article,
            entity_listing,
            entity_pages,
            sections,
            changes,
        }
    }

    /// A slice of articles as a listing page shows it; see [`slice_of`].
    pub(crate) fn slice(&self, ids: impl Iterator<Item = ArticleId>, pages: usize) -> u64 {
        slice_of(&self.article, ids, pages)
    }

    /// Page `n` (1-based) of an entity's timeline.
    pub(crate) fn entity(&self, id: EntityId, n: usize) -> Option<u64> {
        self.entity_pages[id.0 as usize].get(n - 1).copied()
    }

    /// Every listing of every kind, for pages that list entities of any kind.
    pub(crate) fn all_sections(&self) -> u64 {
        hash(&self.sections)
    }
}

/// A slice of articles as a listing page shows it: which articles, each as it is, and how
/// many pages the listing has (every page shows the pager).
fn slice_of(articles: &[u64], ids: impl Iterator<Item = ArticleId>, pages: usize) -> u64 {
    let mut h = FxHasher::default();
    pages.hash(&mut h);
    for a in ids {
        articles[a.0 as usize].hash(&mut h);
    }
    h.finish()
}

/// An article page: its text and file, each linked entity as it is linked (name, address,
/// kind, roles) and where, each quotation's speaker.
fn article_signature(site: &Site, links: &[u64], id: ArticleId) -> u64 {
    let node = site.article(id);
    let mut h = FxHasher::default();
    (node.article.hash, &node.article.path).hash(&mut h);
    for (e, span) in &node.entities {
        (links[e.0 as usize], span).hash(&mut h);
    }
    for q in &node.quotes {
        site.quote(*q)
            .speaker
            .map(|s| links[s.0 as usize])
            .hash(&mut h);
    }
    h.finish()
}

/// What every page of an entity shows beyond its slice of articles: its facts, counts, first
/// and last mention, and related entities.
fn entity_page_signature(site: &Site, id: EntityId) -> u64 {
    let e = site.entity(id);
    let article_at = |i: Option<&crate::link::Appearance>| {
        i.map(|a| {
            let a = &site.article(a.article).article;
            (&a.path, a.date)
        })
    };
    let related: Vec<_> = e
        .related
        .iter()
        .map(|(r, n)| {
            let r = site.entity(*r);
            (&r.name, &r.slug, r.kind, n)
        })
        .collect();
    hash((
        (
            &e.name,
            &e.roles,
            &e.aliases,
            e.status,
            &e.affiliation,
            &e.nationality,
            &e.description,
            e.side,
        ),
        (
            e.appearances.len(),
            e.quotes.len(),
            article_at(e.appearances.first()),
            article_at(e.appearances.last()),
        ),
        related,
        super::extras::entity_signature(site, id),
    ))
}

/// What listings (the section pages, topics, "in this article") show of an entity.
fn listing_signature(site: &Site, id: EntityId, page: u64) -> u64 {
    let e = site.entity(id);
    hash((
        &e.name,
        &e.slug,
        &e.roles,
        e.status,
        &e.description,
        e.side,
        &e.nationality,
        &e.affiliation,
        e.mention_count,
        e.appearances.len(),
        e.quotes.len(),
        page,
    ))
}
