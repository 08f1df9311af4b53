//! What an active sentence did to the people it names as objects ("Militants abducted his
//! wife, Shiri, and their two children"), and when a pair joined by a family word shares a
//! plural predicate ("Her partner, A, and his brother, B, remain in captivity").
//!
//! Roles reads these for the first name of a list; the rest of the list follows it.

use super::Para;
use super::lexicon::LEX;
use super::roles::word;
use crate::entity::Role;

/// Verbs whose object is taken captive, whoever the subject is.
const SEIZED: &[&str] = &["abducted", "kidnapped", "abducting", "kidnapping"];

/// "gunmen abducted Shiri Bibas", "Militants also abducted his wife, Shiri": the name at `l0`
/// is the object of an abduction verb, right after it or after a family word owned by
/// "his"/"her"/"their" (and a number: "their two children, Ariel"). Hostage then.
pub(super) fn abducted_object(p: &Para<'_>, l0: usize) -> Vec<Role> {
    let mut i = l0;
    if i >= 1 && p.toks[i - 1].is_punct(',') {
        i -= 1;
    }
    // "his wife", "their two children".
    if i >= 1 && word(p, i - 1).is_some_and(|w| LEX.kin.contains(w.as_str())) {
        i -= 1;
        if i >= 1
            && word(p, i - 1).is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()) || w == "two")
        {
            i -= 1;
        }
        if !(i >= 1
            && word(p, i - 1).is_some_and(|w| matches!(w.as_str(), "his" | "her" | "their")))
        {
            return Vec::new();
        }
        i -= 1;
    } else if i != l0 {
        // "abducted, Shiri": a comma with no family word is no object.
        return Vec::new();
    }
    let seized = i >= 1
        && !p.in_quote[i - 1]
        && word(p, i - 1).is_some_and(|w| SEIZED.contains(&w.as_str()));
    if seized {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}

/// A plural verb right after the name ending at `t1`, past a comma that closes its
/// apposition: "…, and his brother, David, remain in captivity" makes the pair its subject.
pub(super) fn plural_verb_after(p: &Para<'_>, t1: usize) -> bool {
    let mut i = t1;
    if p.toks.get(i).is_some_and(|t| t.is_punct(',')) {
        i += 1;
    }
    word(p, i).is_some_and(|w| matches!(w.as_str(), "are" | "were" | "remain" | "have"))
}
