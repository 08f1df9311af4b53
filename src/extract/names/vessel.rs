//! Runs that name a ship, not a person: a ship's prefix opens them ("MV Dorrigan", "USS
//! Bainbridge"), or a noun of a ship stands right before them, or before a comma and them in
//! apposition ("the warship NRP Talvero", "the cargo ship, Marten Holberg,"). The
//! words are `data/vessels.txt`. A ship's name is often a person's or a place's ("Maersk
//! Alabama", "Sirius Star"), so only these signs tell it.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::super::Para;
use super::Candidate;
use super::thing::run_start;

struct Words {
    prefix: HashSet<&'static str>,
    noun: HashSet<&'static str>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let data = include_str!("../data/vessels.txt");
    let set = |key: &str| -> HashSet<&'static str> {
        super::super::lexicon::keyed(data, key)
            .into_iter()
            .collect()
    };
    Words {
        prefix: set("prefix"),
        noun: set("noun"),
    }
});

/// True when `c`, a run read as a person's name, names a ship by its prefix or the ship's
/// noun before it. A titled run ("the vessel, Captain A B said") is a person's.
pub(super) fn vessel(p: &Para<'_>, c: &Candidate) -> bool {
    if c.title.is_some() {
        return false;
    }
    let start = run_start(p, c);
    let prefixed = p.word_at(start).is_some_and(|w| WORDS.prefix.contains(w));
    let noun_at = |i: usize| p.word_at(i).is_some_and(|w| WORDS.noun.contains(w));
    let noun_before = start >= 1 && noun_at(start - 1);
    // In apposition the name is set off on both sides ("the cargo ship, Marten Holberg, as").
    let apposed = start >= 2
        && p.toks[start - 1].is_punct(',')
        && noun_at(start - 2)
        && p.toks
            .get(c.t1)
            .is_none_or(|t| t.is_punct(',') || t.is_punct('.'));
    prefixed || noun_before || apposed
}
