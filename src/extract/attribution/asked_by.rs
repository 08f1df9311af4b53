//! An interviewer's question quoted in the narration of a passive: "X was asked by the
//! network's Y if he expected '…'", "was asked by reporters whether '…'". The words quoted
//! after "if" or "whether" are the question's, so the agent after "by" asked them, never the
//! subject who was asked.

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
