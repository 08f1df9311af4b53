//! A name after "replaced as ROLE by" or "succeeded as ROLE by": "A was replaced as lead
//! negotiator by B". The passive agent of a succession takes the post named after "as": B
//! now holds it, as A did before.

use super::super::Para;
use super::super::lexicon::LEX;
use super::word;
use crate::entity::Role;

/// Verbs of succession whose passive agent takes the post of the one it is said of.
const SUCCEEDS: &[&str] = &["replaced", "succeeded", "superseded", "supplanted"];

/// How many words the post between "as" and "by" may run ("lead negotiator", "head of the
/// negotiating team").
const POST_WORDS: usize = 6;

/// The roles of the post named in "replaced as POST by" right before token `l0` (where the
/// name and its title begin), outside quotations.
pub(super) fn succeeded_as(p: &Para<'_>, l0: usize) -> Vec<Role> {
    if l0 < 4 || p.in_quote[l0] || word(p, l0 - 1).as_deref() != Some("by") {
        return Vec::new();
    }
    let by = l0 - 1;
    let Some(as_at) = (by.saturating_sub(POST_WORDS + 1)..by - 1)
        .rev()
        .take_while(|&i| p.toks[i].is_word())
        .find(|&i| word(p, i).as_deref() == Some("as"))
    else {
        return Vec::new();
    };
    let succeeds = as_at > 0 && word(p, as_at - 1).is_some_and(|w| SUCCEEDS.contains(&w.as_str()));
    if !succeeds {
        return Vec::new();
    }
    LEX.roles_in(&p.text[p.toks[as_at + 1].start..p.toks[by - 1].end])
}
