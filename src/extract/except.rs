//! A name set apart from a group is one of the group: "All the coalition's ministers voted
//! for the deal, except A" makes A a minister, and "every hostage was freed apart from B"
//! makes B a hostage. What the sentence says the group did is not A's, but what the group
//! is, A is too. News writes the exception right after the group's clause, often with the
//! name's party or faction before it ("except RZP's A").

use super::Para;
use super::lexicon::LEX;
use super::roles::{word, word_back};
use super::text::Tok;
use crate::entity::Role;

/// The roles of the plural noun of people that the name at `l0` (its title's first token)
/// is excepted from: "…ministers voted against, except (the party's) A". Empty when the
/// name follows no "except", "except for", "apart from", "other than" or "with the
/// exception of", or when another name stands between the group and the exception.
pub(super) fn excepted(p: &Para<'_>, l0: usize, person_at: &dyn Fn(usize) -> bool) -> Vec<Role> {
    let mut k = l0;
    // "except RZP's A": the name's party or faction owns it.
    if k >= 2 && p.toks[k - 1].kind == Tok::Possessive && !person_at(k - 2) {
        k -= 2;
    }
    let back = |n: usize| word_back(p, k, n).unwrap_or_default();
    let n = match (back(1).as_str(), back(2).as_str()) {
        ("except", _) => 1,
        ("for", "except") | ("from", "apart") | ("than", "other") => 2,
        ("of", "exception") if back(3) == "the" && back(4) == "with" => 4,
        _ => return Vec::new(),
    };
    let Some(c) = k.checked_sub(n) else {
        return Vec::new();
    };
    let s = (0..=c).rev().find(|&i| p.starts[i]).unwrap_or(0);
    if (s..c).any(person_at) {
        return Vec::new();
    }
    (s..c)
        .filter(|&i| !p.in_quote[i])
        .filter_map(|i| word(p, i))
        .filter(|w| w.ends_with('s') && !w.ends_with("ss"))
        .map(|w| LEX.roles_in(&w))
        .find(|r| !r.is_empty())
        .unwrap_or_default()
}
