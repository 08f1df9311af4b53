//! Ids after an edit: articles, entities and quotations are numbered by their place in the
//! site's lists, so adding or removing one shifts the ids of those after it. These passes
//! rewrite every id the site holds from an old-to-new map, in one linear pass over integers
//! (no names are read or hashed), keeping every list in its order: the maps only ever keep
//! the relative order of what survives.

use super::changes::What;
use super::{EntityId, QuoteId, Site};
use crate::load::ArticleId;

/// Old id to new id; `None` for what is gone.
pub(super) struct Map(pub Vec<Option<u32>>);

impl Map {
    fn get(&self, old: u32) -> Option<u32> {
        self.0.get(old as usize).copied().flatten()
    }
    pub fn article(&self, a: ArticleId) -> Option<ArticleId> {
        self.get(a.0).map(ArticleId)
    }
    pub fn entity(&self, e: EntityId) -> Option<EntityId> {
        self.get(e.0).map(EntityId)
    }
    fn quote(&self, q: QuoteId) -> Option<QuoteId> {
        self.get(q.0).map(QuoteId)
    }
    /// Whether something that stays gets another number. (What is gone needs no pass: only
    /// the entities an edit makes again point at it.)
    pub fn moves(&self) -> bool {
        self.0
            .iter()
            .enumerate()
            .any(|(i, n)| n.is_some_and(|n| n != i as u32))
    }
}

/// Rewrites the article ids that entities, tags and the history hold (the articles and
/// quotations themselves are placed by the caller). What points at a removed article is
/// dropped: it belongs to an entity the caller makes again.
pub(super) fn articles(site: &mut Site, map: &Map) {
    for e in &mut site.entities {
        e.evidence.retain_mut(|(a, _)| remap(a, |a| map.article(a)));
        e.appearances
            .retain_mut(|app| remap(&mut app.article, |a| map.article(a)));
        e.status_history
            .retain_mut(|c| remap(&mut c.article, |a| map.article(a)));
    }
    for list in site.tags.values_mut() {
        list.retain_mut(|a| remap(a, |a| map.article(a)));
    }
    site.tags.retain(|_, list| !list.is_empty());
    site.history
        .changes
        .retain_mut(|c| remap(&mut c.article, |a| map.article(a)));
}

/// Rewrites the quotation ids that entities and the history hold.
pub(super) fn quotes(site: &mut Site, map: &Map) {
    for e in &mut site.entities {
        e.quotes.retain_mut(|q| remap(q, |q| map.quote(q)));
    }
    site.history.changes.retain_mut(|c| match &mut c.what {
        What::Quote(q) => remap(q, |q| map.quote(q)),
        _ => true,
    });
}

/// Rewrites the entity ids that articles, quotations, entities, the history and `of` hold,
/// and moves each entity's dates to its new place (`count` entities in all).
pub(super) fn entities(site: &mut Site, of: &mut [Vec<Option<EntityId>>], map: &Map, count: usize) {
    for a in &mut site.articles {
        a.entities.retain_mut(|(e, _)| remap(e, |e| map.entity(e)));
    }
    for q in &mut site.quotes {
        q.speaker = q.speaker.and_then(|e| map.entity(e));
    }
    for e in &mut site.entities {
        e.related.retain_mut(|(r, _)| remap(r, |r| map.entity(r)));
    }
    site.history
        .changes
        .retain_mut(|c| remap(&mut c.entity, |e| map.entity(e)));
    let mut dates = vec![Default::default(); count];
    for (old, d) in site.history.dates.iter().enumerate() {
        if let Some(new) = map.get(old as u32) {
            dates[new as usize] = *d;
        }
    }
    site.history.dates = dates;
    for slots in of {
        for s in slots.iter_mut() {
            *s = s.and_then(|e| map.entity(e));
        }
    }
}

/// Sets `id` to its new value; false when it is gone.
fn remap<T: Copy>(id: &mut T, f: impl Fn(T) -> Option<T>) -> bool {
    match f(*id) {
        Some(new) => {
            *id = new;
            true
        }
        None => false,
    }
}
