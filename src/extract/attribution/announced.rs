//! A quotation announced by a clause of narration that ends in a colon names its own
//! speaker there, or leaves it unsaid: "A, whose son is held, hoped for 'a miracle.' The plea
//! was echoed by B, pleading with C: '…'" gives the words to the one the clause is about,
//! never back to A, whose words came earlier in the paragraph.

use super::{Ctx, Who, tok_at};
use crate::entity::EntityKind;
use crate::extract::quotes::QuoteSpan;

/// How far back from its colon the announcing clause is read.
const REACH: usize = 60;

/// Whether quotation `q` opens right after a colon ending a clause of narration that names
/// persons, none of them `speaker`: the clause announces someone else's words, so `q` does
/// not carry on the speaker of another quotation of the paragraph. A clause that names the
/// speaker ("A's message to C was blunt:") or no one ("The message was blunt:") may.
pub(super) fn announces_other(
    cx: &Ctx<'_, '_>,
    pi: usize,
    q: &QuoteSpan,
    speaker: Option<&Who>,
) -> bool {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    let Some(colon) = open.checked_sub(1) else {
        return false;
    };
    if !p.toks[colon].is_punct(':') || p.in_quote[colon] {
        return false;
    }
    let lo = colon.saturating_sub(REACH);
    let mut persons = (lo..colon)
        .rev()
        .take_while(|&i| !p.in_quote[i])
        .take_while(|&i| !p.starts[i + 1] || i + 1 == colon)
        .filter_map(|i| cx.at[pi][i])
        .map(|m| cx.mentions[m].entity)
        .filter(|&e| cx.ents[e].kind == EntityKind::Person)
        .peekable();
    persons.peek().is_some() && persons.all(|e| speaker != Some(&Who::Entity(e)))
}
