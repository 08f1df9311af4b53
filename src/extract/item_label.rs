//! Quotations under an item's label, as live blogs and briefs (Ukrainska Pravda's
//! "Source: … Details: … Quote: …") set them: the label before the colon says whose words
//! follow. "Quote from X:" or "a message from X:" names X; a bare "Quote:" gives the words
//! of the item's source, the person named in the nearest "Source:" line before it, or else
//! the one the article's lead says spoke. A source line that names no person leaves the
//! quotation unclear rather than guessed.

use super::attribution::{Ctx, Who};
use super::carry::narrated_speaker;
use super::lexicon::LEX;
use super::refer::Ref;
use crate::entity::EntityKind;

/// Nouns for words that come from someone: "a message from X:", "Quote from X:".
const MESSAGE: &[&str] = &[
    "message",
    "statement",
    "more",
    "words",
    "note",
    "letter",
    "post",
    "remarks",
    "quote",
    "quotes",
];

/// "Ashkenazi then shared a message from Doron: '…'", "More from Netanyahu today: '…'",
/// "Quote from Medinsky: '…'": a quotation after a colon is the words of the person it is
/// said to come from. `open` is the quotation's opening mark.
pub(super) fn message_from(cx: &Ctx<'_, '_>, pi: usize, open: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    let colon = open.checked_sub(1).filter(|&c| p.toks[c].is_punct(':'))?;
    let mi = (colon.saturating_sub(5)..colon).find_map(|i| {
        let mi = cx.at[pi][i]?;
        (cx.mentions[mi].t0 == i).then_some(mi)
    })?;
    let m = cx.mentions[mi];
    let from = m.t0 >= 2
        && cx.word(pi, m.t0 - 1) == "from"
        && MESSAGE.contains(&cx.word(pi, m.t0 - 2).as_str());
    // Between the name and the colon, only when: "today", "on Monday".
    let when = (m.t1..colon).all(|i| {
        let w = cx.word(pi, i);
        matches!(
            w.as_str(),
            "today" | "yesterday" | "on" | "earlier" | "later"
        ) || LEX.is_calendar(p.toks[i].text(p.text))
    });
    (from && when && cx.ents[m.entity].kind == EntityKind::Person)
        .then_some((Who::Entity(m.entity), 0.85))
}

/// "Quote: '…'" opening its paragraph: the item's source speaks (see the module comment).
pub(super) fn bare_quote(cx: &Ctx<'_, '_>, pi: usize, open: usize) -> Option<Ref> {
    if !labelled(cx, pi, "quote", open) {
        return None;
    }
    let source = (0..pi).rev().find(|&pj| {
        let n = cx.paras[pj].toks.len();
        n > 2 && labelled(cx, pj, "source", 2)
    });
    match source {
        Some(pj) => {
            let p = &cx.paras[pj];
            let e = (2..p.toks.len()).find_map(|i| {
                let m = cx.mentions[cx.at[pj][i]?];
                (m.t0 == i && cx.ents[m.entity].kind == EntityKind::Person).then_some(m.entity)
            })?;
            Some((Who::Entity(e), 0.85))
        }
        None => narrated_speaker(cx, 0).map(|(w, c)| (w, c * 0.85)),
    }
}

/// Whether paragraph `pi` opens with the label `word` and a colon, which end at token `end`
/// ("Quote:" before the quotation's mark, "Source:" before the source).
fn labelled(cx: &Ctx<'_, '_>, pi: usize, word: &str, end: usize) -> bool {
    let p = &cx.paras[pi];
    end == 2 && p.toks.len() > 2 && cx.word(pi, 0) == word && p.toks[1].is_punct(':')
}
