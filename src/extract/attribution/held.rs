//! The `held sign` sieve: lettering a named person holds up is that person's writing. "Dana
//! Roe held a sign reading '…'" quotes what Dana Roe shows the world; "protesters carried
//! banners reading '…'" names no one, and stays the `lettering` of no speaker.

use super::{Ctx, Who, tok_at};
use crate::entity::EntityKind;
use crate::extract::lexicon::LEX;
use crate::extract::quotes::{QuoteSpan, lettered, listed};
use crate::extract::refer::Ref;
use crate::extract::subject::intro;

/// Verbs of holding up a thing with words on it (`data/holding_verbs.txt`).
const HOLDING: &str = include_str!("../data/holding_verbs.txt");

fn holding(w: &str) -> bool {
    listed(HOLDING, w)
}

/// The person who holds the lettering quotation `q` is printed on: only the plain shape, a
/// person's name as the clause's subject (opening the sentence, or after an introductory
/// phrase and its comma) or "he"/"she" opening a clause, a verb of holding, a determiner, at
/// most one word more, the thing and "reading" (or "that said") right before the quotation.
pub(super) fn holder(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let mut j = tok_at(p, q.open);
    while j > 0 && (p.toks[j - 1].is_punct(',') || p.toks[j - 1].is_punct(':')) {
        j -= 1;
    }
    // "reading" / "that read" / "which read".
    j = j.checked_sub(1)?;
    // "a sign that said '…'": "said" only after "that" or "which", as `said_on_object` has it.
    let said = matches!(cx.word(pi, j).as_str(), "said" | "says");
    if !matches!(cx.word(pi, j).as_str(), "reading" | "read" | "reads") && !said {
        return None;
    }
    if j > 0 && matches!(cx.word(pi, j - 1).as_str(), "that" | "which") {
        j -= 1;
    } else if said {
        return None;
    }
    let thing = j.checked_sub(1)?;
    if !lettered(&cx.word(pi, thing)) {
        return None;
    }
    // "a sign", "a handwritten sign", "up a sign".
    let det = (thing.saturating_sub(2)..thing)
        .rev()
        .find(|&k| matches!(cx.word(pi, k).as_str(), "a" | "the" | "his" | "her"))?;
    let mut v = det.checked_sub(1)?;
    if cx.word(pi, v) == "up" {
        v = v.checked_sub(1)?;
    }
    if !holding(&cx.word(pi, v)) || v == 0 {
        return None;
    }
    // "…, in which he held up a sign that said '…'": "he" or "she" as the subject of a
    // clause of its own (opening the sentence, or after "which", "and", "then" or a comma)
    // is the one the pronoun points back to.
    let w = cx.word(pi, v - 1);
    if matches!(w.as_str(), "he" | "she") {
        let opens = v == 1
            || p.starts[v - 1]
            || p.toks[v - 2].is_punct(',')
            || matches!(
                cx.word(pi, v - 2).as_str(),
                "which" | "and" | "then" | "whom"
            );
        let g = LEX.gender_words.get(w.as_str()).copied()?;
        let r = opens.then(|| cx.pronoun(pi, v - 1, g)).flatten()?;
        return matches!(r.0, Who::Entity(e) if cx.ents[e].kind == EntityKind::Person)
            .then_some((r.0, r.1.min(0.9)));
    }
    let mi = cx.at[pi][v - 1]?;
    let m = cx.mentions[mi];
    if m.t1 != v || cx.ents[m.entity].kind != EntityKind::Person {
        return None;
    }
    // The name opens its clause: the sentence, or after "On the helicopter, …".
    let opens = p.starts[m.t0]
        || m.t0 > 0 && p.toks[m.t0 - 1].is_punct(',') && {
            let s = (0..m.t0 - 1).rev().find(|&k| p.starts[k]).unwrap_or(0);
            intro(cx, pi, s) && !(s..m.t0 - 1).any(|k| p.toks[k].is_punct(','))
        };
    opens.then_some((Who::Entity(m.entity), 0.9))
}
