//! What changed, and when: each entity's first and last mention and newest change, and the
//! list of changes an analyst is briefed on — people and organisations mentioned for the
//! first time, roles read from the text for the first time, hostage status events, and new
//! quotations — each dated by its article and tied to its evidence (article and paragraph).
//!
//! Made once at link time from the linked site, in one pass over its entities and
//! quotations, so the `changes/` pages, `api/changes.json` and `dossier digest` all read the
//! same list.

use super::{EntityId, QuoteId, Site};
use crate::entity::{EntityKind, Role};
use crate::extract::StatusKind;
use crate::load::ArticleId;
use chrono::{Datelike, NaiveDate};

/// When an entity was first and last mentioned, and when it last changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct EntityDates {
    pub first_seen: Option<NaiveDate>,
    pub last_seen: Option<NaiveDate>,
    /// The date of its newest change: a new role, status or quotation.
    pub last_change: Option<NaiveDate>,
}

/// What changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum What {
    /// A person or organisation named for the first time.
    FirstMention,
    /// A role the text gives for the first time (a role only the registry gives has no date).
    Role(Role),
    /// A hostage status event read from the text, dated as [`super::status`] explains.
    Status(StatusKind),
    /// A quotation with a named speaker.
    Quote(QuoteId),
}

impl What {
    /// The key used in `api/changes.json` and by the theme.
    pub fn kind(&self) -> &'static str {
        match self {
            What::FirstMention => "first_mention",
            What::Role(_) => "role",
            What::Status(_) => "status",
            What::Quote(_) => "quote",
        }
    }
}

/// One change, with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Change {
    pub date: NaiveDate,
    pub entity: EntityId,
    pub what: What,
    /// The article that shows it, and the paragraph.
    pub article: ArticleId,
    pub paragraph: usize,
}

/// Every change of the dossier, newest first, and each entity's dates.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// Indexed by [`EntityId`].
    pub dates: Vec<EntityDates>,
    /// Newest first; on one day, first mentions, then roles, statuses and quotations.
    pub changes: Vec<Change>,
}

impl History {
    /// The changes on or after `since`, newest first.
    pub fn since(&self, since: NaiveDate) -> &[Change] {
        let n = self.changes.partition_point(|c| c.date >= since);
        &self.changes[..n]
    }
}

/// The Monday that starts the week of `date`: changes are listed by week.
pub fn week_of(date: NaiveDate) -> NaiveDate {
    date - chrono::Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// Builds the history of a linked site, whose statuses are already in place.
pub fn history(site: &Site) -> History {
    let mut changes: Vec<Change> = Vec::new();
    for i in 0..site.entities.len() {
        entity_changes(site, EntityId(i as u32), &mut changes);
    }
    changes.sort_by(newest_first);
    let mut dates: Vec<EntityDates> = (0..site.entities.len())
        .map(|i| seen(site, EntityId(i as u32)))
        .collect();
    // Newest first, so the first change met for an entity is its newest.
    for c in &changes {
        let d = &mut dates[c.entity.0 as usize];
        if c.what != What::FirstMention && d.last_change.is_none() {
            d.last_change = Some(c.date);
        }
    }
    History { dates, changes }
}

impl History {
    /// Makes the history of the entities `ids` (sorted) again, the rest of the site's history
    /// being right: what an incremental link does after it changed those entities.
    pub(super) fn redo(&mut self, site: &Site, ids: &[EntityId]) {
        let mut fresh: Vec<Change> = Vec::new();
        for &id in ids {
            let from = fresh.len();
            entity_changes(site, id, &mut fresh);
            let mut dates = seen(site, id);
            dates.last_change = fresh[from..]
                .iter()
                .filter(|c| c.what != What::FirstMention)
                .map(|c| c.date)
                .max();
            self.dates[id.0 as usize] = dates;
        }
        fresh.sort_by(newest_first);
        let old = std::mem::take(&mut self.changes);
        let mut old = old
            .into_iter()
            .filter(|c| ids.binary_search(&c.entity).is_err())
            .peekable();
        let mut fresh = fresh.into_iter().peekable();
        self.changes
            .reserve(old.size_hint().0 + fresh.size_hint().0);
        while let Some(c) = match (old.peek(), fresh.peek()) {
            (Some(a), Some(b)) if newest_first(b, a).is_lt() => fresh.next(),
            (Some(_), _) => old.next(),
            (None, _) => fresh.next(),
        } {
            self.changes.push(c);
        }
    }
}

/// The order of [`History::changes`]: newest first; on one day, by article, then first
/// mentions, roles, statuses and quotations. No two changes are equal in it.
fn newest_first(a: &Change, b: &Change) -> std::cmp::Ordering {
    let order = |w: &What| match w {
        What::FirstMention => (0, 0, ""),
        What::Role(r) => (1, 0, r.as_str()),
        What::Status(s) => (2, *s as u32, ""),
        What::Quote(q) => (3, q.0, ""),
    };
    b.date
        .cmp(&a.date)
        .then(a.article.cmp(&b.article))
        .then(order(&a.what).cmp(&order(&b.what)))
        .then(a.entity.cmp(&b.entity))
}

/// When an entity was first and last mentioned (its last change is the history's to say).
fn seen(site: &Site, id: EntityId) -> EntityDates {
    let e = site.entity(id);
    let day = |a: ArticleId| site.article(a).article.date.date();
    EntityDates {
        first_seen: e.appearances.last().map(|a| day(a.article)),
        last_seen: e.appearances.first().map(|a| day(a.article)),
        last_change: None,
    }
}

/// The changes of one entity: its first mention, the first evidence of each role, its
/// status events and its quotations.
fn entity_changes(site: &Site, entity: EntityId, changes: &mut Vec<Change>) {
    let day = |a: ArticleId| site.article(a).article.date.date();
    let e = site.entity(entity);
    // Appearances are newest first, so the oldest is the last.
    if matches!(e.kind, EntityKind::Person | EntityKind::Organization)
        && let Some(first) = e.appearances.last()
    {
        changes.push(Change {
            date: day(first.article),
            entity,
            what: What::FirstMention,
            article: first.article,
            paragraph: first.first.paragraph,
        });
    }
    for &role in &e.roles {
        // Article ids grow with age: the largest is the oldest evidence.
        let oldest = e
            .evidence
            .iter()
            .filter(|(_, ev)| ev.role == role && ev.rule != "registry")
            .max_by_key(|(a, ev)| (*a, std::cmp::Reverse(ev.paragraph)));
        if let Some((a, ev)) = oldest {
            changes.push(Change {
                date: day(*a),
                entity,
                what: What::Role(role),
                article: *a,
                paragraph: ev.paragraph,
            });
        }
    }
    for s in &e.status_history {
        changes.push(Change {
            date: s.date,
            entity,
            what: What::Status(s.kind),
            article: s.article,
            paragraph: s.sentence.paragraph,
        });
    }
    for &q in &e.quotes {
        let quote = site.quote(q);
        changes.push(Change {
            date: day(quote.article),
            entity,
            what: What::Quote(q),
            article: quote.article,
            paragraph: quote.paragraph,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_week_starts_on_monday() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(week_of(d("2025-10-08")), d("2025-10-06"));
        assert_eq!(week_of(d("2025-10-06")), d("2025-10-06"));
        assert_eq!(week_of(d("2025-10-12")), d("2025-10-06"));
    }
}
