//! A person held by a state or an armed group in stories other than Gaza, named in the words
//! of detention abroad: "A, who had been detained in Afghanistan since 2024, was released",
//! "the brother of still-detained B", "wrongfully detained C". News calls such people hostages
//! once a state takes up their release, so they take the role.
//!
//! Read conservatively, as arrest and release are everyday words of crime reporting: the
//! detention must be abroad or by a named captor ("in Iran", "by the Taliban"), a warrant,
//! the police or questioning make it a criminal case, and a bare "detained B" says nothing.

use super::super::Para;
use super::super::roles::{word, word_back};
use super::super::text::is_capitalised;
use super::held_until::held_until_freed;
use crate::entity::Role;

/// Verbs of holding someone.
pub(super) const HELD: &[&str] = &["detained", "held", "jailed", "imprisoned"];

/// Words that make a detention a criminal case, not captivity (here, with "sentence": a
/// captive's release is no sentence served).
pub(in crate::extract) const CRIMINAL: &[&str] = &[
    "warrant",
    "police",
    "questioning",
    "extradition",
    "suspicion",
    "bail",
    "murder",
];

/// "still-detained A", "wrongfully detained A": a word of being held that only a captive's
/// story uses, right before the name at `l0`.
fn held_before(p: &Para<'_>, l0: usize) -> bool {
    let w = |k: usize| word_back(p, l0, k).unwrap_or_default();
    let still = w(1)
        .strip_prefix("still-")
        .is_some_and(|x| HELD.contains(&x));
    let wrongful = w(1) == "detained"
        && matches!(
            w(2).as_str(),
            "wrongfully" | "unjustly" | "unlawfully" | "arbitrarily"
        );
    (still || wrongful) && !p.in_quote[l0 - 1]
}

/// "detained in Afghanistan", "held by the Taliban", "jailed abroad": the word at `i` is a
/// participle of holding whose place or captor is named before token `end`.
pub(in crate::extract) fn held_away(p: &Para<'_>, i: usize, end: usize) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    HELD.contains(&w(i).as_str())
        && (w(i + 1) == "abroad"
            || matches!(w(i + 1).as_str(), "in" | "by")
                && (i + 2..end.min(i + 4))
                    .any(|k| p.toks[k].is_word() && is_capitalised(p.toks[k].text(p.text))))
}

/// "A, who had been detained in Afghanistan since December, was released": a relative clause
/// right after the name ending at `t1` says the name was held abroad or by a named captor,
/// and the main predicate after its closing comma says the name was released or freed.
fn held_then_freed(p: &Para<'_>, t1: usize) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    let Some(close) = who_clause_close(p, t1, t1 + 26) else {
        return false;
    };
    let clause = t1 + 2..close;
    let criminal = clause
        .clone()
        .any(|i| CRIMINAL.contains(&w(i).as_str()) || w(i) == "sentence");
    let abroad = clause.clone().any(|i| held_away(p, i, close));
    if criminal || !abroad || p.in_quote[t1 + 1] {
        return false;
    }
    // "…, was released", "…, has now been freed".
    let mut i = close + 1;
    while i < p.toks.len().min(close + 5)
        && matches!(
            w(i).as_str(),
            "was" | "were" | "has" | "had" | "have" | "been" | "now" | "finally" | "also"
        )
    {
        i += 1;
    }
    let aux = i > close + 1 && matches!(w(i - 1).as_str(), "was" | "were" | "been");
    aux && matches!(w(i).as_str(), "released" | "freed") && w(i + 2) != "bail"
}

/// The comma that closes a relative clause ", who …," right after the name ending at `t1`,
/// in the same sentence and before token `reach`.
pub(super) fn who_clause_close(p: &Para<'_>, t1: usize, reach: usize) -> Option<usize> {
    if !p.toks.get(t1).is_some_and(|t| t.is_punct(',')) || word(p, t1 + 1).as_deref() != Some("who")
    {
        return None;
    }
    (t1 + 2..p.toks.len().min(reach))
        .take_while(|&i| !p.starts[i])
        .find(|&i| p.toks[i].is_punct(','))
}

/// The hostage role of a name held abroad: [`held_before`] at `l0`, or [`held_then_freed`]
/// or [`held_until_freed`] after the name ending at `t1`.
pub(in crate::extract) fn held_abroad(p: &Para<'_>, l0: usize, t1: usize) -> Vec<Role> {
    if l0 > 0 && held_before(p, l0) || held_then_freed(p, t1) || held_until_freed(p, t1) {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}
