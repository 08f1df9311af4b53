//! A quotation standing as a sentence of its own right after a sentence of narration that
//! brings a person in as its subject: "'…,' said A, 50, flying to Naples with his family.
//! B, 35, from London, was on the same flight. '…'" is B's. Vox-pop and court copy
//! introduce each new voice so, by name and a word on who they are, and then let them speak;
//! the speaker of the quotation before is not carried over them (`before::may_carry`).
//!
//! Only a person named there for the first time is taken as sure. One named before may be
//! the one spoken about ("Smith sat in the dock. '…'"), so the quotation is left unclear,
//! unless that person is the one who spoke last.

use super::Para;
use super::attribution::{Ctx, Who, tok_at};
use super::lexicon::LEX;
use super::quotes::QuoteSpan;
use super::refer::Ref;
use super::text::{Tok, is_capitalised};
use crate::entity::EntityKind;

/// How far past the quotation the next sentence's start is looked for.
const LOOK: usize = 8;
/// How sure the speaker is when the sentence before names them for the first time.
const NEW: f32 = 0.7;
/// How sure when they were named before: below the threshold, published as unclear.
const NAMED_BEFORE: f32 = 0.5;

fn ends_sentence(p: &Para<'_>, i: usize) -> bool {
    !p.in_quote[i] && matches!(p.toks[i].kind, Tok::Punct('.' | '!' | '?'))
}

/// See the module's comment. `floor` is the end of the paragraph's previous quotation.
pub(super) fn introduced(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan, floor: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    if open == 0 || !ends_sentence(p, open - 1) {
        return None;
    }
    // The quotation is its whole sentence: no narration after it before the next sentence,
    // which starts within a few tokens (a bounded look, so a paragraph-long line of
    // quotations stays linear).
    let close = tok_at(p, q.outer_end(p.text));
    let end = (close..p.toks.len().min(close + LOOK))
        .find(|&i| p.starts[i])
        .or((close + LOOK >= p.toks.len()).then_some(p.toks.len()))?;
    if (close..end).any(|i| p.toks[i].is_word() && !p.in_quote[i]) {
        return None;
    }
    let mut s0 = open - 1;
    while s0 > floor && !ends_sentence(p, s0 - 1) {
        s0 -= 1;
    }
    if !p.starts[s0] || (s0..open).any(|i| p.in_quote[i] || cx.reports(pi, i)) {
        return None;
    }
    // The subject opens the sentence, past a title ("Nurse Anna Hill").
    let mut s = s0;
    while s < open && cx.at[pi][s].is_none() && LEX.is_title(p.toks[s].text(p.text)) {
        s += 1;
    }
    let m = cx.mentions[cx.at[pi].get(s).copied().flatten()?];
    let e = m.entity;
    if m.t0 != s || cx.ents[e].kind != EntityKind::Person {
        return None;
    }
    let person_other = |i: usize| {
        cx.at[pi][i].is_some_and(|k| {
            let n = cx.mentions[k].entity;
            n != e && cx.ents[n].kind == EntityKind::Person
        })
    };
    // Past appositions between commas (", 35, from London,").
    let mut v = m.t1;
    while p.toks.get(v).is_some_and(|t| t.is_punct(',')) {
        let c = (v + 1..open.min(v + 12)).find(|&i| p.toks[i].is_punct(','))?;
        v = c + 1;
    }
    while matches!(
        cx.word(pi, v).as_str(),
        "also" | "had" | "has" | "have" | "then" | "later" | "now" | "still"
    ) {
        v += 1;
    }
    // An active verb or a copula, not a passive ("was arrested", "has been freed"): the
    // subject of a passive has something done to them and is what the quotation is about.
    let verb = p.toks.get(v).filter(|t| t.is_word())?;
    if is_capitalised(verb.text(p.text)) {
        return None;
    }
    if matches!(
        cx.word(pi, v).as_str(),
        "was" | "were" | "is" | "are" | "be" | "been"
    ) {
        let next = cx.word(pi, v + 1);
        if next == "been" || next.ends_with("ed") || next.ends_with("en") {
            return None;
        }
    }
    // Another person named in the sentence may be the one who speaks.
    if (s0..open).any(person_other) {
        return None;
    }
    if cx.first_named(e) == Some((m.para, m.t0)) {
        Some((Who::Entity(e), NEW))
    } else if cx.spoken.borrow().last() == Some(&e) {
        None
    } else {
        Some((Who::Entity(e), NAMED_BEFORE))
    }
}
