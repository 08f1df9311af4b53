//! An interviewer's question quoted in the narration of a passive: "X was asked by the
//! network's Y if he expected '…'", "was asked by reporters whether '…'". The words quoted
//! after "if" or "whether" are the question's, so the agent after "by" asked them, never the
//! subject who was asked. A question about words someone used ("X asked Y why he used the
//! expression '…'") quotes the one asked, never the asker.

use super::{Ctx, Who, tok_at};
use crate::entity::EntityKind;
use crate::extract::quotes::QuoteSpan;
use crate::extract::refer::Ref;

/// How far before the quotation "asked by" may stand, in tokens.
const REACH: usize = 25;

/// "was asked by Y if/whether … '…'": Y, when a person, names the asker; an agent that
/// names no one ("by reporters") leaves the question unattributed rather than the subject's.
/// Only in the quotation's own sentence, with no other quotation between.
pub(super) fn asked_by(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    let lo = open.saturating_sub(REACH);
    let by = (lo..open).rev().find(|&i| {
        i >= 2
            && cx.word(pi, i) == "by"
            && cx.word(pi, i - 1) == "asked"
            && matches!(
                cx.word(pi, i - 2).as_str(),
                "was" | "were" | "been" | "being"
            )
    })?;
    if (by..open).any(|i| p.in_quote[i] || p.starts[i] && i > by) {
        return None;
    }
    // The question's opening word after the agent: "if", "whether".
    let ask = (by + 2..open).find(|&i| matches!(cx.word(pi, i).as_str(), "if" | "whether"))?;
    // The agent: the last person named between "by" and the question ("CNN's Y": the
    // outlet only says whose), else no one.
    let agent = (by + 1..ask).rev().find_map(|i| {
        cx.at[pi][i]
            .map(|mi| cx.mentions[mi].entity)
            .filter(|&e| cx.ents[e].kind == EntityKind::Person)
    });
    Some(agent.map_or((Who::Unnamed, 1.0), |e| (Who::Entity(e), 0.85)))
}

/// "X asked Y why he used the expression '…'": the words the question is about are Y's, the
/// person named as the object of the asking verb right before the question word. Only with
/// a pronoun subject of the verb of using, so that no one else is named as the user.
pub(super) fn asked_about_words(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    let w = |i: usize| cx.word(pi, i);
    let noun = open.checked_sub(1)?;
    let words = matches!(
        w(noun).as_str(),
        "expression" | "phrase" | "term" | "words" | "word" | "line" | "slogan" | "remark"
    );
    if !words || noun < 6 || !matches!(w(noun - 1).as_str(), "the" | "that" | "this" | "those") {
        return None;
    }
    let mut used = noun - 2;
    if !matches!(
        w(used).as_str(),
        "used" | "uttered" | "chose" | "coined" | "repeated" | "invoked" | "use" | "say" | "said"
    ) {
        return None;
    }
    // "why he had used", "why he would use".
    if matches!(w(used - 1).as_str(), "had" | "would" | "did") {
        used -= 1;
    }
    let pronoun = matches!(w(used - 1).as_str(), "he" | "she" | "they");
    let wh = used - 2;
    if !pronoun || !matches!(w(wh).as_str(), "why" | "whether" | "if" | "how" | "when") {
        return None;
    }
    let mi = cx.at[pi][wh.checked_sub(1)?]?;
    let e = cx.mentions[mi].entity;
    let t0 = cx.mentions[mi].t0;
    let asked = t0 > 0
        && matches!(
            w(t0 - 1).as_str(),
            "asked" | "asks" | "pressed" | "questioned" | "quizzed"
        );
    (asked && cx.ents[e].kind == EntityKind::Person).then_some((Who::Entity(e), 0.9))
}
