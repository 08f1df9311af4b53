//! A pronoun that means a relative the article has so far only described, and names further
//! on: "X walks into his mother's arms. '…,' she says. … His mother, Einav, has …". With no
//! one of that gender named before, "she" is that mother, once the article names her.

use super::attribution::{Ctx, Who};
use super::gender::Gender;
use super::lexicon::LEX;
use super::refer::Ref;
use super::text::Tok;
use crate::entity::EntityKind;

/// "she" at token `tok` of paragraph `pi`, which no one named before can be: the relative of
/// that gender described just before ("his mother's arms", in this paragraph or the one
/// before), when exactly one person first named later in the article is described so.
pub(super) fn described_relative(
    cx: &Ctx<'_, '_>,
    pi: usize,
    tok: usize,
    g: Gender,
) -> Option<Ref> {
    let word = last_relative(cx, pi, tok, g)?;
    let here = cx.mentions.partition_point(|m| (m.para, m.t0) < (pi, tok));
    let named_before = |e: usize| cx.mentions[..here].iter().any(|m| m.entity == e);
    let mut fits = (0..cx.ents.len()).filter(|&e| {
        cx.ents[e].kind == EntityKind::Person
            && !named_before(e)
            && cx.descriptors[e].contains(&word)
    });
    match (fits.next(), fits.next()) {
        (Some(e), None) => Some((Who::Entity(e), 0.75)),
        _ => None,
    }
}

/// How far back, in tokens, a family word counts as "just before" the pronoun. Bounds the
/// look in a long paragraph of quotations, each of which asks (else quadratic time).
const LOOKBACK: usize = 300;

/// The last family word of gender `g` owned by someone ("his mother", "Matan's sister") in
/// the narration of paragraphs `pi - 1` and `pi` before token `tok`, within [`LOOKBACK`].
fn last_relative(cx: &Ctx<'_, '_>, pi: usize, tok: usize, g: Gender) -> Option<String> {
    let mut budget = LOOKBACK;
    for q in (pi.saturating_sub(1)..=pi).rev() {
        let p = &cx.paras[q];
        let end = if q == pi { tok } else { p.toks.len() };
        for j in (1..end).rev() {
            if budget == 0 {
                return None;
            }
            budget -= 1;
            let owned = p.toks[j - 1].kind == Tok::Possessive
                || matches!(cx.word(q, j - 1).as_str(), "his" | "her" | "their");
            if !owned || p.in_quote[j] {
                continue;
            }
            let w = cx.word(q, j);
            if LEX.kin.contains(w.as_str()) && LEX.gender_words.get(w.as_str()) == Some(&g) {
                return Some(w);
            }
        }
    }
    None
}
