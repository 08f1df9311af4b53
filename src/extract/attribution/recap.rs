//! The `recap` sieve: a quotation the next paragraph sums up as someone's message. Feature
//! and campaign copy opens on the words and names the speaker after them: "The race
//! 'has only just begun.' ¶ That was the message a defiant Senator X delivered at a rally".

use super::super::quotes::QuoteSpan;
use super::super::refer::Ref;
use super::{Ctx, Who, tok_at};
use crate::entity::EntityKind;

/// How sure a speaker named only in the paragraph after the quotation is.
const SURE: f32 = 0.9;

/// Nouns that sum up what was said ("That was the message …", "Those were the words of …").
const RECAPS: &[&str] = &[
    "message",
    "words",
    "word",
    "warning",
    "verdict",
    "promise",
    "pledge",
    "vow",
    "plea",
    "argument",
    "point",
    "refrain",
    "assessment",
    "view",
];

/// The speaker of quotation `q`, the last of paragraph `pi`, when the next paragraph opens
/// "That was the message …" (or "Those were the words …", "Such was the warning …") and
/// names a person within a few words of the noun: the one who delivered it.
pub(super) fn recap(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let close = tok_at(p, q.outer_end(p.text));
    if q.close.is_none() || (close..p.toks.len()).any(|i| p.in_quote[i]) {
        return None;
    }
    let ni = pi + 1;
    let n = cx.paras.get(ni)?;
    let opens = matches!(cx.word(ni, 0).as_str(), "that" | "those" | "such" | "this")
        && matches!(cx.word(ni, 1).as_str(), "was" | "were" | "is" | "are");
    if !opens || n.toks.len() < 4 {
        return None;
    }
    let head = 2 + usize::from(cx.word(ni, 2) == "the");
    if !RECAPS.contains(&cx.word(ni, head).as_str()) {
        return None;
    }
    // The person named first after the noun, before the sentence goes on: "the message a
    // defiant Mayor X conveyed", "the warning from X", "the words of X".
    let end = n.toks.len().min(head + 8);
    let first = (head + 1..end)
        .take_while(|&i| !n.starts[i] && !n.in_quote[i])
        .find_map(|i| cx.at[ni][i])?;
    let e = cx.mentions[first].entity;
    (cx.ents[e].kind == EntityKind::Person).then_some((Who::Entity(e), SURE))
}
