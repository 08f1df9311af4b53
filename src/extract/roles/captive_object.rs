//! A name held by the verb before it: "the pirates holding A are planning a mediation
//! mission" puts A in the subject's noun phrase as the captive, so what the sentence goes
//! on to say is the captors', not A's (`data/captive_object_verbs.txt`).

use super::super::Para;
use super::super::lexicon::words;
use super::word_back;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Verbs whose object is a captive (`data/captive_object_verbs.txt`).
static VERBS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| words(include_str!("../data/captive_object_verbs.txt")));

/// Whether the word right before token `l0` (where the name and its title begin) is a verb
/// that takes a captive as its object, outside a quotation.
pub(super) fn held_by_verb(p: &Para<'_>, l0: usize) -> bool {
    l0 > 0
        && !p.in_quote.get(l0 - 1).copied().unwrap_or(true)
        && word_back(p, l0, 1).is_some_and(|w| VERBS.contains(w.as_str()))
}
