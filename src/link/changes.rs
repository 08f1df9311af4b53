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
    let day = |a: ArticleId| site.article(a).article.date.date();
    let mut changes: Vec<Change> = Vec::new();
    for (i, e) in site.entities.iter().enumerate() {
        let entity = EntityId(i as u32);
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
    }
    for (i, q) in site.quotes.iter().enumerate() {
        if let Some(speaker) = q.speaker {
            changes.push(Change {
                date: day(q.article),
                entity: speaker,
                what: What::Quote(QuoteId(i as u32)),
                article: q.article,
                paragraph: q.paragraph,
            });
        }
    }
    let order = |w: &What| match w {
        What::FirstMention => (0, 0, ""),
        What::Role(r) => (1, 0, r.as_str()),
        What::Status(s) => (2, *s as u32, ""),
        What::Quote(q) => (3, q.0, ""),
    };
    changes.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then(a.article.cmp(&b.article))
            .then(order(&a.what).cmp(&order(&b.what)))
            .then(a.entity.cmp(&b.entity))
    });
    let mut dates: Vec<EntityDates> = site
        .entities
        .iter()
        .map(|e| EntityDates {
            first_seen: e.appearances.last().map(|a| day(a.article)),
            last_seen: e.appearances.first().map(|a| day(a.article)),
            last_change: None,
        })
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
