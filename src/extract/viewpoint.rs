//! Words framed as someone's view with no verb of speech: "For French President X, '…'",
//! "To Y, '…'", "In the words of Z, '…'", "In Z's words, '…'". News writes the person whose
//! view it is at the head of the sentence and their own words right after the comma; the
//! quotation is that person's.
//!
//! Only that bare shape is read: the sentence opens with the frame, the person's name (titles
//! before it at most) ends right before the comma, and the quotation follows the comma. "For
//! the family of X, '…'" frames the family, not X, and names no speaker.

use super::attribution::{Ctx, Who, tok_at};
use super::quotes::QuoteSpan;
use super::refer::Ref;
use super::text::Tok;
use crate::entity::EntityKind;

/// How sure a frame is: it is no verb of speech, but news uses it for nothing else.
const SURE: f32 = 0.8;

/// The person whose view frames the quotation `q` of paragraph `pi`, if the sentence is
/// that shape.
pub(super) fn viewpoint(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    let comma = open.checked_sub(1).filter(|&c| p.toks[c].is_punct(','))?;
    let name_end = comma.checked_sub(1)?;
    let mi = cx.at[pi][name_end]?;
    let m = cx.mentions[mi];
    if m.t1 != comma || m.in_quote || cx.ents[m.entity].kind != EntityKind::Person {
        return None;
    }
    // "In Z's words, '…'", "In Z's view, '…'".
    if p.toks.get(m.t1).is_some_and(|t| t.kind == Tok::Possessive) {
        return None;
    }
    // Back over the titles before the name ("French President", "the envoy").
    let j = cx.title_start(pi, m.t0, |i| {
        p.starts[i + 1] || matches!(cx.word(pi, i).as_str(), "for" | "to")
    });
    let frame = |from: usize, words: &[&str]| {
        from + words.len() == j
            && p.starts[from]
            && words
                .iter()
                .enumerate()
                .all(|(k, w)| cx.word(pi, from + k) == *w)
    };
    let framed = j >= 1 && (frame(j - 1, &["for"]) || frame(j - 1, &["to"]))
        || j >= 4 && frame(j - 4, &["in", "the", "words", "of"]);
    framed.then_some((Who::Entity(m.entity), SURE))
}

/// "In Z's words, '…'", "In Z's view, '…'": the owner of the words or the view.
pub(super) fn owned_view(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    let comma = open.checked_sub(1).filter(|&c| p.toks[c].is_punct(','))?;
    let noun = comma.checked_sub(1)?;
    if !matches!(
        cx.word(pi, noun).as_str(),
        "words" | "view" | "eyes" | "mind"
    ) {
        return None;
    }
    let poss = noun
        .checked_sub(1)
        .filter(|&k| p.toks[k].kind == Tok::Possessive)?;
    let mi = cx.at[pi][poss.checked_sub(1)?]?;
    let m = cx.mentions[mi];
    let from = m.t0.checked_sub(1)?;
    (m.t1 == poss
        && !m.in_quote
        && cx.ents[m.entity].kind == EntityKind::Person
        && cx.word(pi, from) == "in"
        && p.starts[from])
        .then_some((Who::Entity(m.entity), SURE))
}
