//! A dead captive told of by what was done to the body: "A, who served in the armoured
//! corps, was killed on the day of the attack, and his body had been held in Gaza since";
//! "B was murdered in her home and her body taken across the border". News on returned
//! remains names the captive as the subject of the sentence and then says, through "his" or
//! "her", that the body was held, taken or returned; the name itself is never the object of
//! a verb of captivity there, so the other sieves do not see it.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::roles::word;
use crate::entity::Role;

/// What is done to a captive's body: it is held, taken or carried off, or handed back.
const DONE: &[&str] = &[
    "held",
    "taken",
    "abducted",
    "kidnapped",
    "dragged",
    "carried",
    "returned",
    "handed",
    "released",
    "repatriated",
    "brought",
];

/// Words that may stand between "his body" and what was done to it: "had been", "was
/// still", "is being".
const AUX: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "had",
    "has",
    "have",
    "been",
    "being",
    "still",
    "later",
    "then",
    "also",
    "eventually",
    "finally",
];

/// The name at `l0`..`t1` (title and name) opens its sentence or clause ([`opens_clause`]),
/// and later in that sentence,
/// with no other person named and no reporting verb in between (whose "his" would be
/// another's), "his body" or "her remains" is held, taken or returned ([`DONE`], past the
/// auxiliaries of [`AUX`]). Only in an article about captives (`captives`), and never
/// inside a quotation.
pub(in crate::extract) fn own_body_held(
    p: &Para<'_>,
    (l0, t1): (usize, usize),
    person_at: &dyn Fn(usize) -> bool,
    captives: bool,
) -> Vec<Role> {
    if !captives || !opens_clause(p, l0) || p.in_quote[l0] {
        return Vec::new();
    }
    let end = p.sentence_end(t1).min(t1 + 45);
    for i in t1..end.saturating_sub(1) {
        if p.in_quote[i] || person_at(i) {
            return Vec::new();
        }
        let Some(w) = word(p, i) else { continue };
        if LEX.reporting_verbs.contains(w.as_str()) {
            return Vec::new();
        }
        let remains = matches!(word(p, i + 1).as_deref(), Some("body" | "remains"));
        if !matches!(w.as_str(), "his" | "her") || !remains {
            continue;
        }
        let done = (i + 2..end.min(i + 6))
            .map(|k| word(p, k))
            .find(|w| !w.as_deref().is_some_and(|w| AUX.contains(&w)));
        if done.flatten().is_some_and(|w| DONE.contains(&w.as_str())) {
            return vec![Role::Hostage];
        }
        return Vec::new();
    }
    Vec::new()
}

/// The name at `l0` opens its sentence, or is set off after an owned family word that opens
/// a clause: "…, but their father, A, was murdered, and his body is held". The family word
/// only introduces the name, which is still the clause's subject.
fn opens_clause(p: &Para<'_>, l0: usize) -> bool {
    if p.starts[l0] {
        return true;
    }
    l0 >= 4
        && p.toks[l0 - 1].is_punct(',')
        && word(p, l0 - 2).is_some_and(|w| LEX.kin.contains(w.as_str()))
        && matches!(word(p, l0 - 3).as_deref(), Some("his" | "her" | "their"))
        && (p.starts[l0 - 3] || matches!(word(p, l0 - 4).as_deref(), Some("but" | "and" | "while")))
}

/// "Yossi's body is still being held by Hamas in Gaza", "A's remains were returned on
/// Thursday": the remains owned by the name at `t1` (its possessive) are held, taken or
/// returned ([`DONE`], past the auxiliaries of [`AUX`]), so the name is a dead captive.
/// News on a family names the captive brother or son in passing and then says where his body
/// is; the name owns the subject, so no predicate of its own is read. Only in an article
/// about captives (`captives`), and never inside a quotation.
pub(in crate::extract) fn possessive_body_held(
    p: &Para<'_>,
    t1: usize,
    captives: bool,
) -> Vec<Role> {
    let owned = p
        .toks
        .get(t1)
        .is_some_and(|t| t.kind == super::super::text::Tok::Possessive);
    if !captives || !owned || p.in_quote.get(t1).copied().unwrap_or(true) {
        return Vec::new();
    }
    if !matches!(word(p, t1 + 1).as_deref(), Some("body" | "remains")) {
        return Vec::new();
    }
    let end = p.sentence_end(t1).min(t1 + 8);
    let done = (t1 + 2..end)
        .map(|k| word(p, k))
        .find(|w| !w.as_deref().is_some_and(|w| AUX.contains(&w)));
    if done.flatten().is_some_and(|w| DONE.contains(&w.as_str())) {
        return vec![Role::Hostage];
    }
    Vec::new()
}
