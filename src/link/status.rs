//! Each hostage's status over time, from the status events extraction read in the articles
//! (`extract::status`): dated (an explicit date in the sentence, a weekday resolved against
//! the article's date, else the article's date), with the evidence sentence, oldest first.
//!
//! A hostage does not go back into captivity: once an article reports a release or a death,
//! a later "held" (usually a look back: "who was held for 500 days") is not a new status.
//! The registry's `status` still decides the current status when it gives one.

use super::{ArticleNode, EntityId, EntityNode};
use crate::entity::{Role, Status};
use crate::extract::{Span, StatusKind};
use crate::load::ArticleId;
use chrono::NaiveDate;

/// One step of a hostage's status history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StatusChange {
    pub date: NaiveDate,
    pub kind: StatusKind,
    pub article: ArticleId,
    /// The evidence sentence.
    pub sentence: Span,
}

/// How far along a hostage's story an event is: no event goes back to an earlier phase.
fn phase(kind: StatusKind) -> u8 {
    match kind {
        StatusKind::Taken | StatusKind::Held => 0,
        StatusKind::Released | StatusKind::Killed | StatusKind::DeclaredDead => 1,
        StatusKind::RemainsReturned => 2,
    }
}

/// Fills `status_history` (and `status`, where the registry gives none) of the entities
/// `ids` (sorted), nodes fresh from `merge::node`: each hostage's from the status events of
/// the articles it appears in. `of[article][i]` is the entity of the article's i-th
/// extracted entity. A full link passes every entity, an incremental one those it made
/// again; each article is read once.
pub(super) fn apply(
    ids: &[EntityId],
    entities: &mut [EntityNode],
    articles: &[ArticleNode],
    of: &[Vec<Option<EntityId>>],
) {
    let hostage = |id: EntityId| entities[id.0 as usize].roles.contains(&Role::Hostage);
    let hostages: Vec<EntityId> = ids.iter().copied().filter(|&id| hostage(id)).collect();
    let mut read: Vec<ArticleId> = if ids.len() == entities.len() {
        (0..articles.len()).map(|a| ArticleId(a as u32)).collect()
    } else {
        hostages
            .iter()
            .flat_map(|&id| {
                entities[id.0 as usize]
                    .appearances
                    .iter()
                    .map(|a| a.article)
            })
            .collect()
    };
    read.sort_unstable();
    read.dedup();
    let mut events: Vec<(EntityId, StatusChange)> = Vec::new();
    for ai in read {
        let a = &articles[ai.0 as usize];
        for ev in &a.extraction.status {
            let Some(entity) = of[ai.0 as usize].get(ev.entity).copied().flatten() else {
                continue;
            };
            if hostages.binary_search(&entity).is_ok() {
                events.push((
                    entity,
                    StatusChange {
                        date: ev.when.resolve(a.article.date.date()),
                        kind: ev.kind,
                        article: ai,
                        sentence: ev.sentence,
                    },
                ));
            }
        }
    }
    // Oldest first; on one day, the article read first (the older, larger id) and then the
    // more final event.
    events.sort_by_key(|(e, c)| (*e, c.date, std::cmp::Reverse(c.article), c.kind));
    for &id in ids {
        entities[id.0 as usize].status_history.clear();
    }
    for (entity, change) in events {
        let e = &mut entities[entity.0 as usize];
        let last = e.status_history.last();
        if last.is_some_and(|l| l.kind == change.kind || phase(change.kind) < phase(l.kind)) {
            continue;
        }
        e.status_history.push(change);
    }
    for &id in ids {
        let e = &mut entities[id.0 as usize];
        if e.status.is_none() {
            e.status = e.status_history.last().map(|c| c.kind.status());
        }
    }
}

/// Since when an entity has had its current status: the first event of the last run of
/// events that leave it in that status.
pub fn since(e: &EntityNode) -> Option<NaiveDate> {
    let status: Status = e.status?;
    let mut since = None;
    for c in &e.status_history {
        if c.kind.status() == status {
            since = since.or(Some(c.date));
        } else {
            since = None;
        }
    }
    since
}
