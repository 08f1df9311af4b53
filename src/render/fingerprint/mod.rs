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

use crate::link::{Delta, EntityId, QuoteId, Site};
use crate::load::ArticleId;
use rustc_hash::FxHasher;
use std::hash::{Hash, Hasher};

mod parts;
use parts::{
    article_signatures, dated, entity_links, entity_listing_signature, entity_page_signature,
    neighbour_signature, quote_key, timeline_entry,
};

pub(crate) fn hash(value: impl Hash) -> u64 {
    let mut h = FxHasher::default();
    value.hash(&mut h);
    h.finish()
}

/// The fingerprints that many output files share, made once per build of the site, and
/// after an update again only for the entities whose pages it may have changed
/// ([`Signatures::update`]).
pub(crate) struct Signatures {
    /// Per article: its text, file and how it links out.
    pub article: Vec<u64>,
    /// Per article: what listings show of it ([`super::refs::ArticleRef`], a feed's entry).
    pub listing: Vec<u64>,
    /// Per entity: what listings show of it.
    pub entity_listing: Vec<u64>,
    /// Per entity: each page of its timeline.
    pub entity_pages: Vec<Vec<u64>>,
    /// Per entity: what the pages of the entities related to it show of it.
    neighbour: Vec<u64>,
    /// All entity listings of each kind, in the order the section pages list them.
    pub sections: Vec<u64>,
    /// Each page of `changes/`: its weeks of changes, and how many pages there are.
    pub changes: Vec<u64>,
    /// Per entity: what the briefing book's chapters show of it ([`super::print`]).
    pub print: Vec<u64>,
    /// Per entity: what a role topic and the quotations topic show of it (its articles and
    /// mentions, its quotations), listing aside ([`super::outputs`]).
    pub topic: Vec<(u64, u64)>,
    /// Each article's date and number of quotations, in order: the timeline's chart.
    pub dated: u64,
    /// Per entity, per article and per quotation: what a change names of it
    /// ([`Signatures::changes_signature`]).
    entity_key: Vec<u64>,
    article_key: Vec<u64>,
    quote_key: Vec<u64>,
    /// Per entity: how an article links to it ([`entity_links`]).
    links: Vec<u64>,
}

impl Signatures {
    pub(crate) fn new(site: &Site) -> Signatures {
        let links = entity_links(site);
        let ids: Vec<ArticleId> = (0..site.articles.len())
            .map(|i| ArticleId(i as u32))
            .collect();
        let (article, (listing, article_key)) = article_signatures(site, &links, &ids);
        let mut s = Signatures {
            dated: dated(site),
            topic: Vec::new(),
            article,
            listing,
            article_key,
            quote_key: (0..site.quotes.len())
                .map(|q| quote_key(site, QuoteId(q as u32)))
                .collect(),
            links,
            entity_key: Vec::new(),
            print: Vec::new(),
            entity_listing: Vec::new(),
            entity_pages: Vec::new(),
            neighbour: Vec::new(),
            sections: Vec::new(),
            changes: Vec::new(),
        };
        let all: Vec<EntityId> = (0..site.entities.len())
            .map(|i| EntityId(i as u32))
            .collect();
        s.entity_key = vec![0; all.len()];
        s.entity_listing = vec![0; all.len()];
        s.entity_pages = vec![Vec::new(); all.len()];
        s.neighbour = vec![0; all.len()];
        s.print = vec![0; all.len()];
        s.topic = vec![(0, 0); all.len()];
        s.refresh(site, &all);
        s
    }

    /// The signatures of `site` after a link that changed what `delta` says. When no id moved,
    /// only the articles the link changed and those that link to an entity whose name,
    /// address, kind or roles changed are signed again, and only the entities whose pages
    /// may show something else: those the link changed, those named or quoted in an article
    /// whose signature changed, and those related to an entity whose name, address, roles or
    /// related entities changed. The result equals [`Signatures::new`] of the same site.
    pub(crate) fn update(&mut self, site: &Site, delta: &Delta) {
        let kept_ids = !delta.full
            && !delta.renumbered
            && self.article.len() == site.articles.len()
            && self.entity_pages.len() == site.entities.len();
        if !kept_ids {
            *self = Signatures::new(site);
            return;
        }
        let links = entity_links(site);
        let mut redo = vec![false; site.articles.len()];
        for a in &delta.articles {
            redo[a.0 as usize] = true;
        }
        for (i, e) in site.entities.iter().enumerate() {
            if links[i] != self.links[i] {
                for a in &e.appearances {
                    redo[a.article.0 as usize] = true;
                }
                for &q in &e.quotes {
                    redo[site.quote(q).article.0 as usize] = true;
                }
            }
        }
        let redo: Vec<ArticleId> = (0..site.articles.len())
            .filter(|&i| redo[i])
            .map(|i| ArticleId(i as u32))
            .collect();
        let (article, (listing, article_key)) = article_signatures(site, &links, &redo);
        self.links = links;
        self.dated = dated(site);
        self.quote_key.resize(site.quotes.len(), 0);
        let mut dirty = vec![false; site.entities.len()];
        for e in &delta.entities {
            dirty[e.0 as usize] = true;
        }
        for (k, &id) in redo.iter().enumerate() {
            let (i, node) = (id.0 as usize, site.article(id));
            self.listing[i] = listing[k];
            self.article_key[i] = article_key[k];
            for &q in &node.quotes {
                self.quote_key[q.0 as usize] = quote_key(site, q);
            }
            if self.article[i] == article[k] {
                continue;
            }
            self.article[i] = article[k];
            for (e, _) in &node.entities {
                dirty[e.0 as usize] = true;
            }
            for q in &node.quotes {
                if let Some(e) = site.quote(*q).speaker {
                    dirty[e.0 as usize] = true;
                }
            }
        }
        let moved: Vec<bool> = (0..site.entities.len())
            .map(|i| dirty[i] && neighbour_signature(site, EntityId(i as u32)) != self.neighbour[i])
            .collect();
        for (i, e) in site.entities.iter().enumerate() {
            if e.related.iter().any(|(r, _)| moved[r.0 as usize]) {
                dirty[i] = true;
            }
        }
        let dirty: Vec<EntityId> = (0..site.entities.len())
            .filter(|&i| dirty[i])
            .map(|i| EntityId(i as u32))
            .collect();
        self.refresh(site, &dirty);
    }

    /// Signs `entities` again, then what is made of all of them.
    fn refresh(&mut self, site: &Site, entities: &[EntityId]) {
        use rayon::prelude::*;
        let per = site.config.page_size.max(1);
        let listing = &self.listing;
        let urls = super::Urls::new(&site.config.base_url);
        let signed: Vec<(u64, Vec<u64>, u64, u64)> = entities
            .par_iter()
            .map(|&id| {
                let page = entity_page_signature(site, &urls, id);
                let timeline = site.timeline(id);
                let pages = crate::link::timeline_pages(timeline.len(), per);
                let pages = (1..=pages)
                    .map(|p| {
                        let range = crate::link::timeline_page(timeline.len(), p, per);
                        let mut h = FxHasher::default();
                        (page, pages).hash(&mut h);
                        for t in &timeline[range] {
                            timeline_entry(site, listing, t, p == 1).hash(&mut h);
                        }
                        h.finish()
                    })
                    .collect();
                let listing = entity_listing_signature(site, id, page);
                let print = super::print::entity_signature(site, &urls, id);
                (listing, pages, neighbour_signature(site, id), print)
            })
            .collect();
        for (&id, (listing, pages, neighbour, print)) in entities.iter().zip(signed) {
            let i = id.0 as usize;
            self.entity_listing[i] = listing;
            self.entity_pages[i] = pages;
            self.neighbour[i] = neighbour;
            self.print[i] = print;
        }
        // After the listings: the quotations topic shows each speaker's listing in its quotes.
        let topic: Vec<(u64, u64)> = (entities.par_iter())
            .map(|&id| super::outputs::topic_signatures(site, self, id))
            .collect();
        for (&id, t) in entities.iter().zip(topic) {
            self.topic[id.0 as usize] = t;
        }
        for &id in entities {
            let e = site.entity(id);
            self.entity_key[id.0 as usize] = hash((e.kind, &e.slug, &e.name));
        }
        self.sections = crate::entity::EntityKind::ALL
            .iter()
            .map(|&kind| {
                let mut h = FxHasher::default();
                for (e, sig) in site.entities.iter().zip(&self.entity_listing) {
                    if e.kind == kind {
                        sig.hash(&mut h);
                    }
                }
                h.finish()
            })
            .collect();
        let weeks = super::changes::pages(site);
        self.changes = weeks
            .par_iter()
            .map(|range| hash((weeks.len(), self.changes_signature(site, range.clone()))))
            .collect();
    }

    /// A hash of what changes `range` of `site.history.changes` list, on a page of
    /// `changes/` or in the book, comparable across two builds (entities and articles by
    /// key and path, not by id). Hashed from the changes themselves with the keys of what
    /// they name, without making their items: there are over a hundred thousand of them in
    /// a large dossier, hashed on every save.
    pub(crate) fn changes_signature(&self, site: &Site, range: std::ops::Range<usize>) -> u64 {
        use crate::link::changes::What;
        let mut h = FxHasher::default();
        for c in &site.history.changes[range] {
            let e = self.entity_key[c.entity.0 as usize];
            (
                c.date,
                c.paragraph,
                e,
                self.article_key[c.article.0 as usize],
            )
                .hash(&mut h);
            match c.what {
                What::FirstMention => 0.hash(&mut h),
                What::Role(r) => (1, r.as_str()).hash(&mut h),
                What::Status(s) => (2, s.as_str()).hash(&mut h),
                What::Quote(q) => (3, self.quote_key[q.0 as usize]).hash(&mut h),
            }
        }
        h.finish()
    }

    /// A slice of articles as a listing page shows it: which articles, what it shows of
    /// each, and how many pages the listing has (every page shows the pager).
    pub(crate) fn slice(&self, ids: impl Iterator<Item = ArticleId>, pages: usize) -> u64 {
        let mut h = FxHasher::default();
        pages.hash(&mut h);
        for a in ids {
            self.listing[a.0 as usize].hash(&mut h);
        }
        h.finish()
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
