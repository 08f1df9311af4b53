//! A name after an elliptical "as did": "A and B won their reelection bids, as did C and
//! D", "E was released on Monday, as was F". The clause before the comma is said again of the
//! names after "as did", so what a person did or underwent there (a verbal role cue, the
//! `+` lines of `data/role_cues.txt`) is theirs too; a noun naming another's office is not.

use super::super::Para;
use super::super::lexicon::LEX;
use super::word;
use crate::entity::Role;

/// The auxiliaries that repeat the clause before ("as did", "as was", "as have").
const REPEAT: &[&str] = &["did", "was", "were", "has", "have", "had"];

/// The verbal roles of the clause before ", as did" right before token `l0` (where the name
/// and its title begin): its sentence from the start to the comma, outside quotations.
pub(super) fn as_did(p: &Para<'_>, l0: usize) -> Vec<Role> {
    let repeats = l0 >= 3
        && word(p, l0 - 1).is_some_and(|w| REPEAT.contains(&w.as_str()))
        && word(p, l0 - 2).as_deref() == Some("as")
        && p.toks[l0 - 3].is_punct(',')
        && !p.starts[l0 - 2]
        && !p.in_quote.get(l0 - 3).copied().unwrap_or(true);
    if !repeats {
        return Vec::new();
    }
    let comma = l0 - 3;
    let mut s = comma;
    while s > 0 && !p.starts[s] {
        s -= 1;
    }
    if (s..comma).any(|k| p.in_quote.get(k).copied().unwrap_or(true)) {
        return Vec::new();
    }
    let clause = &p.text[p.toks[s].start..p.toks[comma].start];
    let (_, cues) = LEX.cues(clause);
    let mut roles: Vec<Role> = cues
        .iter()
        .filter(|c| c.3)
        .flat_map(|c| c.2.iter().copied())
        .collect();
    roles.sort();
    roles.dedup();
    roles
}
