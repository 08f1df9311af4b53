//! "Gali and Zivi's mother", "Noa and Ido's parents": two bare words joined by "and" that
//! share one possessive before a family word are both its owners, and each names a person,
//! the first as surely as the second that carries the "'s".

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::{Tok, is_capitalised};

/// Whether the bare word at `t0..t1` is followed by "and", one capitalised word, its
/// possessive and a family word (`data/kin.txt`).
pub(super) fn shares_kin_owner(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    t1 == t0 + 1
        && p.word_at(t1) == Some("and")
        && p.word_at(t1 + 1).is_some_and(is_capitalised)
        && p.toks
            .get(t1 + 2)
            .is_some_and(|t| t.kind == Tok::Possessive)
        && p.word_at(t1 + 3)
            .is_some_and(|k| LEX.kin.contains(k.to_lowercase().as_str()))
}
