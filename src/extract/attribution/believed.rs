//! The `believed` sieve: a few words quoted as what someone holds a thing to be, in a
//! relative clause ("the cameras, which the director believes are 'one of the weak points'",
//! "what she considers 'a historic chance'"). A verb of thinking is no reporting verb, so no
//! other sieve reads it; the words are the thinker's.

use super::{Ctx, Who, tok_at};
use crate::entity::EntityKind;
use crate::extract::lexicon::LEX;
use crate::extract::quotes::QuoteSpan;
use crate::extract::refer::Ref;
use crate::extract::text::Tok;

/// Verbs of holding a view, in the forms news writes them.
const THINKS: &[&str] = &[
    "believes",
    "believe",
    "believed",
    "thinks",
    "think",
    "thought",
    "considers",
    "consider",
    "considered",
    "feels",
    "felt",
    "deems",
    "deemed",
    "regards",
    "regarded",
    "sees",
    "saw",
];

/// How sure: the verb and the relative pronoun leave no one else to hold the view.
const SURE: f32 = 0.9;

/// The thinker of quotation `q` of paragraph `pi`: "which|that|what NAME (or he/she) THINKS
/// [is|are|was|were|as|to be] '…'", the quotation right after.
pub(super) fn believed(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    let mut v = open.checked_sub(1)?;
    if cx.word(pi, v) == "be" && v >= 1 && cx.word(pi, v - 1) == "to" {
        v -= 2;
    } else if matches!(
        cx.word(pi, v).as_str(),
        "is" | "are" | "was" | "were" | "as"
    ) {
        v = v.checked_sub(1)?;
    }
    if !THINKS.contains(&cx.word(pi, v).as_str()) {
        return None;
    }
    let last = v.checked_sub(1)?;
    let relative = |i: usize| matches!(cx.word(pi, i).as_str(), "which" | "that" | "what");
    if let Some(mi) = cx.at[pi][last] {
        let m = cx.mentions[mi];
        // Back over a title or a short description ("curator", "the museum's head").
        let mut j = m.t0;
        while j > 0 && m.t0 - j < 4 && !relative(j - 1) && cx.at[pi][j - 1].is_none() && {
            let t = &p.toks[j - 1];
            t.is_word() || t.kind == Tok::Possessive
        } {
            j -= 1;
        }
        let person = cx.ents[m.entity].kind == EntityKind::Person;
        return (person && !m.in_quote && m.t1 == v && j >= 1 && relative(j - 1))
            .then_some((Who::Entity(m.entity), SURE));
    }
    let w = cx.word(pi, last);
    let g = LEX.gender_words.get(w.as_str()).copied()?;
    (matches!(w.as_str(), "he" | "she") && last >= 1 && relative(last - 1))
        .then(|| cx.pronoun(pi, last, g))
        .flatten()
}
