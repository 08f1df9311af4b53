//! "X named three results of the meeting: ¶ → Kyiv and Moscow will '…'; ¶ → the two sides
//! will '…'": a list set with bullet marks after a lead-in that ends on a colon gives, item
//! by item, what the lead-in's speaker said; words quoted in an item with no speaker of their
//! own are that speaker's. A paragraph that is no item ends the list.

use super::{Ctx, Para, Who};
use crate::extract::carry::{narrated_speaker, paragraph_subject};
use crate::extract::refer::Ref;
use crate::extract::subject::subject;
use crate::extract::text::Tok;

/// Whether paragraph `p` is a list item set with a bullet mark ("→ …", "• …", "- …").
pub(super) fn is_item(p: &Para<'_>) -> bool {
    p.toks.len() > 1
        && matches!(
            p.toks[0].kind,
            Tok::Punct('→' | '•' | '·' | '▪' | '►' | '-' | '*')
        )
}

/// The speaker of paragraph `pi` as the lead-in of a list: its narration ends on a colon,
/// and it has a speaker (its reporting verb's subject, the one person it is about, or the
/// subject of the verb right after the first person it names: "The head of the delegation,
/// A B, listed three outcomes:").
pub(super) fn lead_in(cx: &Ctx<'_, '_>, pi: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    let last = p.toks.len().checked_sub(1)?;
    if !p.toks[last].is_punct(':') || p.in_quote[last] {
        return None;
    }
    narrated_speaker(cx, pi)
        .or_else(|| paragraph_subject(cx, pi))
        .or_else(|| {
            let m = (0..last).find_map(|i| cx.at[pi][i].map(|mi| cx.mentions[mi]))?;
            let v = m.t1 + usize::from(p.toks.get(m.t1).is_some_and(|t| t.is_punct(',')));
            let w = cx.word(pi, v);
            let verb = v < last
                && p.toks[v].is_word()
                && !p.in_quote[v]
                && w.starts_with(char::is_lowercase)
                && !matches!(w.as_str(), "who" | "whose" | "which" | "is" | "was" | "and");
            verb.then(|| subject(cx, pi, 0, v, v))
                .flatten()
                .filter(|r| matches!(r.0, Who::Entity(_)))
        })
}
