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

/// Verbs of dismissal whose object's post goes to the one put in its place.
const DISMISSES: &[&str] = &["fired", "dismissed", "ousted", "sacked", "removed", "axed"];

/// How many words the dismissed one's title and name may run ("election director A B").
const DISMISSED_WORDS: usize = 8;

/// The roles of the post in "fired POST A, replacing him with" right before token `l0`:
/// the one put in the place of a dismissed office-holder takes the post.
pub(super) fn replaced_with(p: &Para<'_>, l0: usize) -> Vec<Role> {
    if l0 < 5 || p.in_quote[l0] {
        return Vec::new();
    }
    let is = |i: usize, words: &[&str]| word(p, i).is_some_and(|w| words.contains(&w.as_str()));
    let pattern = is(l0 - 1, &["with"])
        && is(l0 - 2, &["him", "her", "them"])
        && is(l0 - 3, &["replacing", "replaced"])
        && p.toks[l0 - 4].is_punct(',');
    if !pattern {
        return Vec::new();
    }
    let comma = l0 - 4;
    let Some(verb) = (comma.saturating_sub(DISMISSED_WORDS + 1)..comma)
        .rev()
        .take_while(|&i| p.toks[i].is_word())
        .find(|&i| is(i, DISMISSES))
    else {
        return Vec::new();
    };
    if verb + 1 >= comma {
        return Vec::new();
    }
    LEX.roles_in(&p.text[p.toks[verb + 1].start..p.toks[comma - 1].end])
}
