//! "The swap involved Russia releasing 16 prisoners including A, B and C": in a paragraph of
//! an exchange between states, the people a foreign state releases are its captives, though
//! the list's noun is only "prisoners". The side that trades for its citizens frees convicts
//! in the same deal ("Washington released five Iranians, including D"), so a state of the
//! reader's side (`data/reader_side.txt`) frees no captive here, and a list that is handed
//! over ("Russia was handed E and F") is no release at all.
//!
//! Read conservatively: the verb of release must follow the name of a state the gazetteer
//! knows right away, its object (a count and a plural noun, at most four words) must end right before
//! "including", and the paragraph must speak of an exchange outside quotation marks.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::roles::word;
use super::super::text::is_capitalised;
use crate::entity::Role;

/// Verbs of a state letting people go, in the forms news puts after the state's name.
const RELEASING: &[&str] = &[
    "releasing",
    "released",
    "releases",
    "freeing",
    "freed",
    "frees",
];

/// Nouns of an exchange of people between sides.
const EXCHANGES: &[&str] = &["exchange", "swap", "trade"];

/// Hostage when the list whose first name (or its own lower-case title) starts at `l0`
/// follows "including" after the object of a foreign state's release in a paragraph of an
/// exchange.
pub(in crate::extract) fn freed_by_state(p: &Para<'_>, l0: usize) -> Vec<Role> {
    let w = |i: usize| word(p, i).unwrap_or_default();
    // "including journalist A": up to two of the item's own title words first.
    let Some(inc) = (1..=3)
        .filter_map(|k| l0.checked_sub(k))
        .find(|&i| w(i) == "including")
    else {
        return Vec::new();
    };
    if p.in_quote[inc] || !(inc + 1..l0).all(|i| w(i).chars().all(char::is_lowercase)) {
        return Vec::new();
    }
    let end = if inc > 0 && p.toks[inc - 1].is_punct(',') {
        inc - 1
    } else {
        inc
    };
    // The object: a plural noun right before "including", a count or modifiers before it.
    let noun = end.checked_sub(1).map(w).unwrap_or_default();
    if !noun.ends_with('s') || noun.ends_with("ss") || LEX.kin.contains(noun.as_str()) {
        return Vec::new();
    }
    let Some(verb) = (end.saturating_sub(5)..end.saturating_sub(1))
        .rev()
        .take_while(|&i| p.toks[i].is_word() && !p.starts[i + 1])
        .find(|&i| RELEASING.contains(&w(i).as_str()))
    else {
        return Vec::new();
    };
    let state = verb.checked_sub(1).filter(|&i| {
        p.word_at(i)
            .is_some_and(|x| is_capitalised(x) && LEX.is_known_place(x))
            && !LEX.reader_places.contains(w(i).as_str())
    });
    let exchange = (0..p.toks.len()).any(|i| !p.in_quote[i] && EXCHANGES.contains(&w(i).as_str()));
    if state.is_some() && exchange {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}
