//! "'…,' said a statement issued by the White House under the name of the national security
//! adviser, A B": a statement put out in a person's name ("in the name of", "under the name
//! of") carries that person's words, whoever issued it. The name may come through an owner
//! ("the president's adviser, A B"): the person who is no one's modifier is meant.

use crate::entity::EntityKind;
use crate::extract::attribution::{Ctx, Who};
use crate::extract::lexicon::LEX;
use crate::extract::refer::Ref;
use crate::extract::text::Tok;

/// How far after the statement's noun its "in the name of" may stand, and the name after it.
const REACH: usize = 14;

/// The person a statement at the head of tokens `a..b` ("a statement issued …") is put out
/// in the name of, if one.
pub(super) fn signed(cx: &Ctx<'_, '_>, pi: usize, a: usize, b: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    let noun =
        (a..b.min(a + 3)).find(|&i| LEX.signed_messages.contains(cx.word(pi, i).as_str()))?;
    if !matches!(
        cx.word(pi, noun.checked_sub(1)?).as_str(),
        "a" | "an" | "the"
    ) {
        return None;
    }
    let within = |i: usize| i < b && !p.in_quote[i] && !p.toks[i].is_punct('.');
    let of = (noun + 1..b.min(noun + REACH))
        .take_while(|&i| within(i))
        .find(|&i| {
            i >= 3
                && cx.word(pi, i) == "of"
                && cx.word(pi, i - 1) == "name"
                && cx.word(pi, i - 2) == "the"
                && matches!(cx.word(pi, i - 3).as_str(), "in" | "under")
        })?;
    let mut people = (of + 1..b.min(of + REACH))
        .take_while(|&i| within(i))
        .filter_map(|i| cx.at[pi][i].map(|mi| cx.mentions[mi]))
        .filter(|m| cx.ents[m.entity].kind == EntityKind::Person)
        .filter(|m| p.toks.get(m.t1).is_none_or(|t| t.kind != Tok::Possessive));
    let m = people.next()?;
    // "in the name of A and B": two people, no one speaker.
    let more = people.any(|n| n.entity != m.entity);
    (!more).then_some((Who::Entity(m.entity), 0.85))
}
