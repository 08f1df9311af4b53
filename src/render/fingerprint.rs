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

/// What an entity's timeline shows of one article: the article as listings show it, where
/// the entity is named (on the first page, with the paragraph its sentence is cut from), and
/// the quotations it said there.
fn timeline_entry(
    site: &Site,
    listing: &[u64],
    t: &crate::link::TimelineEntry,
    first_page: bool,
) -> u64 {
    let paragraphs = &site.article(t.article).article.paragraphs;
    let mut h = FxHasher::default();
    listing[t.article.0 as usize].hash(&mut h);
    if let Some(app) = t.appearance {
        app.first.hash(&mut h);
        if first_page {
            paragraphs.get(app.first.paragraph).hash(&mut h);
        }
    }
    for &q in t.quotes {
        let q = site.quote(q);
        (q.text(), q.paragraph).hash(&mut h);
    }
    h.finish()
}

/// What listings and feeds show of an article: [`super::refs::ArticleRef`] and a feed's
/// [`super::feeds::Entry`].
fn listing_signature(a: &crate::load::Article) -> u64 {
    let f = &a.front;
    hash((
        (&a.title, &a.slug, a.date, f.offset, &a.summary),
        (&f.source, &f.authors, &f.tags),
    ))
}

/// How an article links to each entity: its name, address, kind and roles.
fn entity_links(site: &Site) -> Vec<u64> {
    (site.entities.iter())
        .map(|e| hash((&e.name, &e.slug, e.kind, &e.roles)))
        .collect()
}

/// The signature of each of `ids`, what listings show of it, and what a change shows of it.
fn article_signatures(
    site: &Site,
    links: &[u64],
    ids: &[ArticleId],
) -> (Vec<u64>, (Vec<u64>, Vec<u64>)) {
    use rayon::prelude::*;
    ids.par_iter()
        .map(|&id| {
            let a = &site.article(id).article;
            let key = hash((&a.slug, &a.title));
            (
                article_signature(site, links, id),
                (listing_signature(a), key),
            )
        })
        .unzip()
}

/// What a change shows of a quotation: its place among its article's and its text.
fn quote_key(site: &Site, id: QuoteId) -> u64 {
    let q = site.quote(id);
    hash((q.ordinal, q.text()))
}

/// What the timeline's chart is made from: each article's date and number of quotations.
fn dated(site: &Site) -> u64 {
    let each = site.articles.iter();
    hash(
        each.map(|a| (a.article.date, a.quotes.len()))
            .collect::<Vec<_>>(),
    )
}

/// What an entity's neighbours show of it: how they link to it, and its own related
/// entities (the neighbourhood graph draws the ties between neighbours).
fn neighbour_signature(site: &Site, id: EntityId) -> u64 {
    let e = site.entity(id);
    hash((&e.name, &e.slug, e.kind, &e.roles, &e.related))
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

/// What every page of an entity shows beyond its slice of articles: its facts, the sentence
/// behind each role, counts, first and last mention, and related entities.
fn entity_page_signature(site: &Site, urls: &super::Urls, id: EntityId) -> u64 {
    let e = site.entity(id);
    let evidence = serde_json::to_string(&super::refs::role_evidence(site, urls, e));
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
        evidence.unwrap_or_default(),
    ))
}

/// What listings (the section pages, topics, "in this article") show of an entity.
fn entity_listing_signature(site: &Site, id: EntityId, page: u64) -> u64 {
    let e = site.entity(id);
    hash((
        (&e.name, &e.slug, e.kind),
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
