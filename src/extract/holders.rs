//! Office holders a careful reader knows without being told: a head of government, a foreign
//! minister, an armed group's leader, from `data/office_holders.txt` with the dates of their
//! terms. "Biden said" in a story of 2023 names an official though the article gives no title;
//! the same word in 2026 does not. The article's date decides, so an article with none gets
//! nothing here.
//!
//! Matched on the name the article gives the person in full, never on a shorter form it also
//! uses: "Hunter Biden … Biden" keeps Hunter Biden out of his father's office. A bare surname
//! matches only where the data file lists it, as rare enough to name one person alone.

use super::identity::fold;
use super::lexicon::LEX;
use super::people::{Entity, Mention};
use super::roles::Found;
use super::{Para, RoleEvidence};
use crate::entity::{EntityKind, Role};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Each folded name or listed form, with the terms of everyone it may name.
static HOLDERS: LazyLock<Terms> = LazyLock::new(|| read(include_str!("data/office_holders.txt")));

/// A term of office: its first day, and its last if it has ended.
type Term = (NaiveDate, Option<NaiveDate>);

/// Each folded name or listed form of a data file in this format, with its terms.
pub(super) type Terms = HashMap<String, Vec<Term>>;

/// Makes an official of each person the article (its paragraphs, entities and mentions) names
/// in full who held a listed office on `date` and is no official yet: not one it calls
/// former, nor a relative. The evidence is where the article first names the person, and weak
/// (known, not said), so that any sentence that says the office comes first.
pub(super) fn add_officials(
    found: &mut [Found],
    (paras, ents, mentions): (&[Para<'_>], &[Entity], &[Mention]),
    date: Option<NaiveDate>,
) {
    let Some(date) = date else {
        return;
    };
    for (i, (e, f)) in ents.iter().zip(found.iter_mut()).enumerate() {
        let held = e.kind == EntityKind::Person
            && !f.relative
            && !f.left_office
            && !f.roles.contains(&Role::Official)
            && in_office(&e.name, date);
        if held {
            give_known(f, i, (paras, mentions), Role::Official, "office holder");
        }
    }
}

/// Gives entity `i` a `role` known from a list, with weak evidence (known, not said) where
/// the article first names it: the office holders here, the go-betweens and captives of
/// [`super::renown`].
pub(super) fn give_known(
    f: &mut Found,
    i: usize,
    (paras, mentions): (&[Para<'_>], &[Mention]),
    role: Role,
    rule: &'static str,
) {
    if let Some(m) = mentions.iter().find(|m| m.entity == i) {
        let p = &paras[m.para];
        f.evidence.push(RoleEvidence::in_sentence(
            p, m.para, m.t0, role, rule, false,
        ));
        f.roles.push(role);
        f.roles.sort();
    }
}

/// Takes back the office a bare title gives a listed holder out of office on the article's
/// date: news keeps "President" as a courtesy after the office is left ("rules loosened under
/// President A" in a story of years later), as [`super::former`] says of a title the article
/// itself calls former. Between two terms only a title of office words alone yields; one that
/// names a body ("Harbour Party chairman B") may be a party office held meanwhile. An
/// apposition or a predicate that tells the office is the article's word, kept. Such a person
/// is marked as having left office, so that other articles' offices are not carried in.
pub(super) fn drop_courtesy_titles(
    found: &mut [Found],
    (paras, ents, mentions): (&[Para<'_>], &[Entity], &[Mention]),
    date: Option<NaiveDate>,
) {
    let Some(date) = date else {
        return;
    };
    for (i, (e, f)) in ents.iter().zip(found.iter_mut()).enumerate() {
        let titled = f
            .evidence
            .iter()
            .any(|ev| ev.role == Role::Official && ev.rule == "title");
        let listed = HOLDERS.contains_key(&fold(&e.name));
        if e.kind != EntityKind::Person || !titled || !listed || in_office(&e.name, date) {
            continue;
        }
        let title_of = |m: &Mention| {
            let person_at = |k: usize| {
                mentions.iter().any(|o| {
                    o.para == m.para && o.t0 <= k && k < o.t1 && ents[o.entity].kind == e.kind
                })
            };
            super::roles::left_window(&paras[m.para], m.t0, &person_at).1
        };
        // Only office words in every title that gives the office: "President", "Sen.".
        let bare = mentions
            .iter()
            .filter(|m| m.entity == i)
            .map(title_of)
            .filter(|t| LEX.roles_in(t).contains(&Role::Official))
            .all(|t| {
                t.split_whitespace()
                    .all(|w| LEX.is_title(w) || !LEX.roles_in(w).is_empty())
            });
        if left_before(&e.name, date) || bare {
            f.roles.retain(|&r| r != Role::Official);
            f.evidence.retain(|ev| ev.role != Role::Official);
            f.left_office = true;
        }
    }
}

/// Whether every listed term of the person named `name` ended before `date` (none open, and
/// not a gap between two terms, when a party office may be held).
fn left_before(name: &str, date: NaiveDate) -> bool {
    HOLDERS.get(&fold(name)).is_some_and(|terms| {
        !terms.is_empty() && terms.iter().all(|&(_, to)| to.is_some_and(|to| to < date))
    })
}

/// Whether the person the article names `name` in full held a listed office on `date`.
pub(super) fn in_office(name: &str, date: NaiveDate) -> bool {
    held(&HOLDERS, name, date)
}

/// Whether a term `list` gives the person named `name` covers `date`.
pub(super) fn held(list: &Terms, name: &str, date: NaiveDate) -> bool {
    list.get(&fold(name)).is_some_and(|terms| {
        terms
            .iter()
            .any(|&(from, to)| from <= date && to.is_none_or(|to| date <= to))
    })
}

/// Reads the data file: `NAME; FORM; … | FROM..TO, FROM.. # office` a line. A line that does
/// not read is a mistake in the file, which the unit tests catch.
pub(super) fn read(text: &str) -> Terms {
    let mut out = Terms::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or_default().trim();
        let Some((names, terms)) = line.split_once('|') else {
            continue;
        };
        let terms: Vec<Term> = terms.split(',').filter_map(term).collect();
        for name in names.split(';').map(str::trim).filter(|n| !n.is_empty()) {
            out.entry(fold(name)).or_default().extend(&terms);
        }
    }
    out
}

/// "2009-01-20..2017-01-20", "2025-01-20.." (still in office), or "2017-02-13..2024-10-16†"
/// (died in office): the story goes on naming a leader killed in office by that office ("the
/// slain Hamas leader"), so the term reaches [`AFTER_DEATH`] past the death.
fn term(text: &str) -> Option<Term> {
    let (from, to) = text.trim().split_once("..")?;
    let day = |s: &str| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
    let to = match to.trim() {
        "" => None,
        to => match to.strip_suffix('†') {
            Some(death) => Some(day(death)? + AFTER_DEATH),
            None => Some(day(to)?),
        },
    };
    Some((day(from)?, to))
}

/// How long the news keeps naming one who died in office by the office: about two years, the
/// life of a story such as a war or a term's aftermath, not a historical figure's lifetime.
const AFTER_DEATH: chrono::Days = chrono::Days::new(730);

/// Panics on a line of a data file in this format that does not read, naming the line.
#[cfg(test)]
pub(super) fn check_lines(text: &str) {
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if line.is_empty() {
            continue;
        }
        let (names, terms) = line.split_once('|').expect(line);
        assert!(!names.trim().is_empty(), "{line}");
        for t in terms.split(',') {
            let (from, to) = term(t).expect(line);
            assert!(to.is_none_or(|to| from < to), "{line}");
        }
    }
}

/// A date written as in the data files, for tests.
#[cfg(test)]
pub(super) fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_data_file_reads() {
        check_lines(include_str!("data/office_holders.txt"));
    }

    #[test]
    fn a_term_decides_by_the_date() {
        assert!(in_office("Joe Biden", day("2023-06-01")));
        assert!(in_office("Biden", day("2023-06-01")));
        assert!(!in_office("Biden", day("2025-06-01")));
        assert!(in_office("Donald Trump", day("2025-06-01")));
        assert!(!in_office("Donald Trump", day("2022-06-01")));
        assert!(in_office("Benjamin Netanyahu", day("2025-03-05")));
        // Between two terms.
        assert!(!in_office("Benjamin Netanyahu", day("2022-01-01")));
        // Accents and case are folded.
        assert!(in_office("Recep Tayyip Erdoğan", day("2024-01-01")));
        assert!(in_office("recep tayyip erdogan", day("2024-01-01")));
        // Died in office: named by the office for two years after, not for ever.
        assert!(in_office("Yahya Sinwar", day("2025-10-10")));
        assert!(!in_office("Yahya Sinwar", day("2016-10-10")));
        assert!(!in_office("Yahya Sinwar", day("2027-10-10")));
        // A name the file does not list, and a family member's.
        assert!(!in_office("Hunter Biden", day("2023-06-01")));
        assert!(!in_office("Harris", day("2023-06-01")));
    }
}
