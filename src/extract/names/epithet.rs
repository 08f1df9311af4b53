//! "Cyrus the Great", "Pliny the Elder", "Ivan the Terrible": a ruler or a figure of history
//! known by a name and an epithet joined by "the". The whole is the person's name, as news
//! writes it; the epithet alone ("Great") names no one.

use super::super::Para;
use super::super::text::is_capitalised;
use super::Candidate;
use crate::entity::EntityKind;

/// Epithets that follow "the" after a ruler's or a figure's name. Each is an adjective or a
/// noun of standing that no surname is written after "the" with.
const EPITHETS: &[&str] = &[
    "Great",
    "Elder",
    "Younger",
    "Conqueror",
    "Magnificent",
    "Terrible",
    "Wise",
    "Pious",
    "Bold",
    "Lionheart",
    "Confessor",
    "Navigator",
    "Unready",
    "Apostate",
    "Lawgiver",
    "Venerable",
    "Impaler",
];

/// Joins "X the Great" into one person's name: the candidate that ends at X is extended over
/// "the" and the epithet (or one is made for X), and any candidate for the epithet alone is
/// dropped.
pub(super) fn epithet_names(p: &Para<'_>, para: usize, out: &mut Vec<Candidate>) {
    let n = p.toks.len();
    let mut joined = false;
    for i in 0..n.saturating_sub(2) {
        // "the" first: the one cheap test that almost every word fails.
        if p.word_at(i + 1) != Some("the") {
            continue;
        }
        let the = true;
        let name = p.word_at(i).filter(|w| is_capitalised(w));
        let epithet = p.word_at(i + 2).filter(|w| EPITHETS.contains(w));
        // "the Great Lakes", "the Great Wall": an epithet that opens a longer name is none.
        let closes = !p.word_at(i + 3).is_some_and(is_capitalised);
        let (Some(name), true, Some(epithet), true) = (name, the, epithet, closes && !p.headline)
        else {
            continue;
        };
        joined = true;
        out.retain(|c| !(c.t0 > i && c.t1 <= i + 3 && c.source.is_none()));
        let ends_here = out.iter_mut().find(|c| c.t1 == i + 1);
        match ends_here {
            Some(c) if c.source.is_some() || !matches!(c.kind, None | Some(EntityKind::Person)) => {
            }
            Some(c) => {
                c.t1 = i + 3;
                c.name = format!("{} the {epithet}", c.name);
                c.kind = Some(EntityKind::Person);
            }
            None => out.push(Candidate {
                para,
                t0: i,
                t1: i + 3,
                kind: Some(EntityKind::Person),
                name: format!("{name} the {epithet}"),
                source: None,
                title: None,
                person_cue: true,
                shared_surname: None,
                in_quote: p.in_quote.get(i).copied().unwrap_or(false),
                kin_intro: false,
                kin_apposed: false,
                kin_aside: false,
                listed_given: false,
                common_head: false,
                credit: false,
                office: false,
                body_named: false,
            }),
        }
    }
    if joined {
        out.sort_by_key(|c| c.t0);
    }
}
