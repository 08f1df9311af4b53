//! The fingerprints of the pages that sum up the whole dossier: the home page, the tag index,
//! the timeline's first page, and the site and topic feeds. Each hashes what its page is made
//! from (not the template context, whose order tera does not fix), so that a save that leaves
//! them as they were does not make them again.

use super::fingerprint::{Signatures, hash};
use super::topics::{statuses, with_role};
use super::{TIMELINE_PAGE, refs, site_files};
use crate::entity::{EntityKind, Role};
use crate::link::{QuoteId, Site};
use crate::load::ArticleId;
use rustc_hash::FxHasher;
use std::hash::{Hash, Hasher};

/// Articles the home page lists, and quotations it shows.
pub(crate) const HOME_LATEST: usize = 10;
pub(crate) const HOME_REACTIONS: usize = 6;

fn newest(site: &Site, n: usize) -> impl Iterator<Item = ArticleId> {
    (0..site.articles.len().min(n)).map(|i| ArticleId(i as u32))
}

/// The home page: the latest articles, the count of each kind of thing, the topic cards
/// (members and, for hostages, their statuses) and the latest attributed quotations.
pub(crate) fn home(site: &Site, s: &Signatures) -> u64 {
    let mut h = FxHasher::default();
    s.slice(newest(site, HOME_LATEST), 1).hash(&mut h);
    statuses(site, &with_role(site, Role::Hostage)).hash(&mut h);
    for t in &site.config.topics {
        let members = t.role.map(|r| with_role(site, r));
        members.as_ref().map(Vec::len).hash(&mut h);
        if t.role == Some(Role::Hostage) {
            statuses(site, members.as_deref().unwrap_or_default()).hash(&mut h);
        }
    }
    for kind in EntityKind::ALL {
        (site.entities.iter().filter(|e| e.kind == kind))
            .count()
            .hash(&mut h);
    }
    let attributed = (0..site.quotes.len())
        .map(|i| QuoteId(i as u32))
        .filter(|&q| site.quote(q).speaker.is_some());
    attributed.clone().count().hash(&mut h);
    (site.articles.len(), site.quotes.len()).hash(&mut h);
    let urls = super::Urls::new(&site.config.base_url);
    for q in attributed.take(HOME_REACTIONS) {
        serde_json::to_string(&refs::quote(site, &urls, q))
            .unwrap_or_default()
            .hash(&mut h);
    }
    h.finish()
}

/// `tags/`: every tag with its number of articles.
pub(crate) fn tags(site: &Site) -> u64 {
    hash(
        site.tags
            .iter()
            .map(|(t, ids)| (t, ids.len()))
            .collect::<Vec<_>>(),
    )
}

/// The timeline's first page: its articles, the number of pages and the weekly chart (made
/// from every article's date and number of quotations, [`Signatures::dated`]).
pub(crate) fn timeline_first(site: &Site, s: &Signatures) -> u64 {
    let pages = site.articles.len().div_ceil(TIMELINE_PAGE).max(1);
    hash((s.slice(newest(site, TIMELINE_PAGE), pages), s.dated))
}

/// `atom.xml`, or a topic's feed (`topic: Some(index)`): its entries.
pub(crate) fn feed(site: &Site, topic: Option<usize>) -> u64 {
    match topic {
        Some(i) => hash(site_files::topic_entries(site, i)),
        None => hash(site_files::site_entries(site)),
    }
}
