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

/// Fills `status_history` (and `status`, where the registry gives none) of entity `id`, a
/// node fresh from `merge::node`, if it is a hostage, from the status events of the articles
/// it appears in. `of[article][i]` is the entity of the article's i-th extracted entity. One
/// entity at a time, so that an incremental link redoes only the entities an edit touched.
pub(super) fn apply(
    id: EntityId,
    entities: &mut [EntityNode],
    articles: &[ArticleNode],
    of: &[Vec<Option<EntityId>>],
) {
    let e = &entities[id.0 as usize];
    let mut events: Vec<StatusChange> = Vec::new();
    if e.roles.contains(&Role::Hostage) {
        let mut last = None;
        for app in &e.appearances {
            let ai = app.article;
            if last.replace(ai) == Some(ai) {
                continue;
            }
            let a = &articles[ai.0 as usize];
            for ev in &a.extraction.status {
                if of[ai.0 as usize].get(ev.entity).copied().flatten() == Some(id) {
                    events.push(StatusChange {
                        date: ev.when.resolve(a.article.date.date()),
                        kind: ev.kind,
                        article: ai,
                        sentence: ev.sentence,
                    });
                }
            }
        }
    }
    // Oldest first; on one day, the article read first (the older, larger id) and then the
    // more final event.
    events.sort_by_key(|c| (c.date, std::cmp::Reverse(c.article), c.kind));
    let e = &mut entities[id.0 as usize];
    e.status_history.clear();
    for change in events {
        let last = e.status_history.last();
        if last.is_some_and(|l| l.kind == change.kind || phase(change.kind) < phase(l.kind)) {
            continue;
        }
        e.status_history.push(change);
    }
    if e.status.is_none() {
        e.status = e.status_history.last().map(|c| c.kind.status());
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
