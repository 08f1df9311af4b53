//! Each hostage's status over time, from the status events extraction read in the articles
//! (`extract::status`): dated (an explicit date in the sentence, a weekday resolved against
//! the article's date, else the article's date), with the evidence sentence, oldest first.
//!
//! A hostage does not go back into captivity: once an article reports a release or a death,
//! a later "held" (usually a look back: "who was held for 500 days") is not a new status.
//! The registry's `status` still decides the current status when it gives one.

use super::EntityNode;
use crate::entity::{Role, Status};
use crate::extract::{ArticleExtraction, Span, StatusKind};
use crate::load::ArticleId;
use chrono::NaiveDate;
use std::sync::Arc;

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

/// Fills `status_history` (and `status`, where the registry gives none) of every hostage.
/// `of[article][i]` is the entity index of the article's i-th extracted entity; `dates`
/// are the articles' dates.
pub(super) fn apply(
    entities: &mut [EntityNode],
    extraction: &[Arc<ArticleExtraction>],
    of: &[Vec<Option<usize>>],
    dates: &[NaiveDate],
) {
    let mut events: Vec<(usize, StatusChange)> = Vec::new();
    for (ai, x) in extraction.iter().enumerate() {
        for ev in &x.status {
            let Some(entity) = of[ai].get(ev.entity).copied().flatten() else {
                continue;
            };
            if !entities[entity].roles.contains(&Role::Hostage) {
                continue;
            }
            events.push((
                entity,
                StatusChange {
                    date: ev.when.resolve(dates[ai]),
                    kind: ev.kind,
                    article: ArticleId(ai as u32),
                    sentence: ev.sentence,
                },
            ));
        }
    }
    // Oldest first; on one day, the article read first (the older, larger id) and then the
    // more final event.
    events.sort_by(|a, b| {
        (a.0, a.1.date, std::cmp::Reverse(a.1.article), a.1.kind).cmp(&(
            b.0,
            b.1.date,
            std::cmp::Reverse(b.1.article),
            b.1.kind,
        ))
    });
    for (entity, change) in events {
        let e = &mut entities[entity];
        let last = e.status_history.last();
        if last.is_some_and(|l| l.kind == change.kind || phase(change.kind) < phase(l.kind)) {
            continue;
        }
        e.status_history.push(change);
    }
    for e in entities.iter_mut() {
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
