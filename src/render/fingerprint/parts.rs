//! The fingerprint of each single thing a page shows (an article, an entity's page, its
//! listing entry, a timeline entry), which [`super::Signatures`] combines per output file.

use super::hash;
use crate::link::{EntityId, QuoteId, Site};
use crate::load::ArticleId;
use rustc_hash::FxHasher;
use std::hash::{Hash, Hasher};

/// What an entity's timeline shows of one article: the article as listings show it, where
/// the entity is named (on the first page, with the paragraph its sentence is cut from), and
/// the quotations it said there.
pub(super) fn timeline_entry(
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

/// What listings and feeds show of an article: [`crate::render::refs::ArticleRef`] and a feed's
/// [`super::feeds::Entry`].
fn listing_signature(a: &crate::load::Article) -> u64 {
    let f = &a.front;
    hash((
        (&a.title, &a.slug, a.date, f.offset, &a.summary),
        (&f.source, &f.authors, &f.tags),
    ))
}

/// How an article links to each entity: its name, address, kind and roles.
pub(super) fn entity_links(site: &Site) -> Vec<u64> {
    (site.entities.iter())
        .map(|e| hash((&e.name, &e.slug, e.kind, &e.roles)))
        .collect()
}

/// The signature of each of `ids`, what listings show of it, and what a change shows of it.
pub(super) fn article_signatures(
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
pub(super) fn quote_key(site: &Site, id: QuoteId) -> u64 {
    let q = site.quote(id);
    hash((q.ordinal, q.text()))
}

/// What the timeline's chart is made from: each article's date and number of quotations.
pub(super) fn dated(site: &Site) -> u64 {
    let each = site.articles.iter();
    hash(
        each.map(|a| (a.article.date, a.quotes.len()))
            .collect::<Vec<_>>(),
    )
}

/// What an entity's neighbours show of it: how they link to it, and its own related
/// entities (the neighbourhood graph draws the ties between neighbours).
pub(super) fn neighbour_signature(site: &Site, id: EntityId) -> u64 {
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
pub(super) fn entity_page_signature(site: &Site, urls: &crate::render::Urls, id: EntityId) -> u64 {
    let e = site.entity(id);
    let evidence = serde_json::to_string(&crate::render::refs::role_evidence(site, urls, e));
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
        crate::render::extras::entity_signature(site, id),
        evidence.unwrap_or_default(),
    ))
}

/// What listings (the section pages, topics, "in this article") show of an entity.
pub(super) fn entity_listing_signature(site: &Site, id: EntityId, page: u64) -> u64 {
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
