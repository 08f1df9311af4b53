//! A former office-holder named for what was done in office: "an agreement reached under
//! former US president A", "former Secretary of State B's visit in 2020". "Former" before a
//! title takes the office away now (`lexicon::cues`), but where the sentence dates the deed
//! to the tenure, the person acted as the official and is one in that story.

use super::Para;
use super::lexicon::LEX;
use super::roles::word;
use super::text::Tok;
use crate::entity::Role;

/// Nouns of a term in office, or an act of it, that a former holder's name may own.
const TENURE: &[&str] = &[
    "administration",
    "government",
    "presidency",
    "premiership",
    "term",
    "tenure",
    "visit",
    "trip",
    "cabinet",
];

/// Official when the title before the name (`left`, from token `l0`) is "former" and an
/// office, and the sentence puts the name in that office's time: "under" or "during" right
/// before the title, or a possessive and a noun of [`TENURE`] right after the name (ending
/// at `t1`).
pub(super) fn held_then(p: &Para<'_>, l0: usize, t1: usize, left: &str) -> Vec<Role> {
    let lower = left.to_lowercase();
    let Some(office) = lower
        .strip_prefix("former ")
        .or_else(|| lower.strip_prefix("the former "))
    else {
        return Vec::new();
    };
    if !LEX.roles_in(office).contains(&Role::Official) {
        return Vec::new();
    }
    let under = l0 >= 1 && matches!(word(p, l0 - 1).as_deref(), Some("under" | "during"));
    let owned = p.toks.get(t1).is_some_and(|t| t.kind == Tok::Possessive)
        && word(p, t1 + 1).is_some_and(|w| TENURE.contains(&w.as_str()));
    if under || owned {
        vec![Role::Official]
    } else {
        Vec::new()
    }
}
