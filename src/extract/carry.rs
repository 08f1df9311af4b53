//! A paragraph that goes on about the last speaker by pronoun only: its quotation is theirs.
//!
//! News writes "'…,' Boehler said." and then "His role has been the American hostages.
//! '…'": the second paragraph names no one, refers back by "he" or "his", and its
//! quotation carries no attribution of its own. The speaker carries over when every pronoun
//! of the paragraph's narration agrees with the previous speaker's gender and no person is
//! named in it; otherwise the quotation stays unattributed.

use super::attribution::{Ctx, Pick, Who};
use super::gender::Gender;
use super::lexicon::LEX;
use crate::entity::EntityKind;

/// How sure a carried speaker is, against the previous paragraph's.
const FACTOR: f32 = 0.9;

/// The previous paragraph's speaker, for paragraph `pi` whose quotations no sieve placed.
pub(super) fn pronoun_carries(cx: &Ctx<'_, '_>, pi: usize, prev: &Pick) -> Option<Pick> {
    let Who::Entity(e) = prev.who else {
        return None;
    };
    if cx.ents[e].kind != EntityKind::Person {
        return None;
    }
    let p = &cx.paras[pi];
    let narrated = |i: usize| !p.in_quote[i] && p.toks[i].is_word();
    let person = |i: usize| {
        cx.at[pi][i].is_some_and(|m| cx.ents[cx.mentions[m].entity].kind == EntityKind::Person)
    };
    if (0..p.toks.len()).any(|i| narrated(i) && person(i)) {
        return None;
    }
    let mut referred = false;
    for i in (0..p.toks.len()).filter(|&i| narrated(i)) {
        let w = cx.word(pi, i);
        if !matches!(w.as_str(), "he" | "his" | "him" | "she" | "her") {
            continue;
        }
        let g: Option<Gender> = LEX.gender_words.get(w.as_str()).copied();
        if g.is_some() && cx.genders[e].is_some() && g != cx.genders[e] {
            return None;
        }
        referred = true;
    }
    referred.then(|| prev.carried("pronoun carries", FACTOR))
}
