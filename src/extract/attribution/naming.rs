//! A label put on someone is not that one's words: in "Cole released a video with audio of
//! Trump, including a remark calling her a '…'", the one "her" means is the one called so,
//! so she is not who speaks, whoever else the clause names. News writes the labeller as the
//! subject ("Trump attacked Cole, calling her '…'") only when someone else is there for the
//! pronoun to mean.

use super::{Ctx, Who};
use crate::entity::EntityKind;
use crate::extract::gender::Gender;
use crate::extract::lexicon::LEX;
use crate::extract::refer::Ref;

/// `found`, the subject of the verb at `v` (the clause opening at `lo`), unless the verb
/// puts a label on "her" or "him" ("calling her a '…'") and that pronoun can only mean the
/// subject: then someone unnamed speaks.
pub(super) fn not_self_labelled(
    cx: &Ctx<'_, '_>,
    pi: usize,
    lo: usize,
    v: usize,
    found: Option<Ref>,
) -> Option<Ref> {
    let Some((Who::Entity(e), _)) = found else {
        return found;
    };
    if !LEX.naming_verbs.contains(cx.word(pi, v).as_str()) {
        return found;
    }
    let p = &cx.paras[pi];
    let g = match cx.word(pi, v + 1).as_str() {
        "him" => Gender::Male,
        // "calling her a '…'", not "calling her rival '…'" (a possessive).
        "her"
            if p.toks.get(v + 2).is_none_or(|t| {
                !t.is_word() || matches!(cx.word(pi, v + 2).as_str(), "a" | "an" | "the" | "as")
            }) =>
        {
            Gender::Female
        }
        _ => return found,
    };
    let may = |x: usize| cx.genders[x].is_none_or(|h| h == g);
    // Someone else of the clause the pronoun may mean ("attacked Cole, calling her").
    let other = (lo..v).any(|i| {
        cx.at[pi][i].is_some_and(|mi| {
            let x = cx.mentions[mi].entity;
            x != e && cx.ents[x].kind == EntityKind::Person && may(x)
        })
    });
    if may(e) && !other {
        return Some((Who::Unnamed, 1.0));
    }
    found
}
