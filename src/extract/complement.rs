//! A quotation that is the complement of "was": what someone's words were. "His brother told
//! the paper that Ariel's last message had been, '…'" and "Moti said one of the first things
//! his grandson told him was, '…'" quote Ariel and the grandson, not the one reporting them:
//! the sentence's reporting verb ("told", "said") only relays words whose owner the subject
//! of the copula names — a possessive before a noun of voice, or the subject of "told him"
//! inside a noun phrase of things said. This sieve runs before `leading`, which would give
//! the quotation to the relayer.

use super::attribution::{Ctx, Who, tok_at};
use super::lexicon::LEX;
use super::quotes::QuoteSpan;
use super::refer::Ref;
use super::text::{Tok, is_capitalised};
use crate::entity::EntityKind;

/// Nouns for what a person said or wrote, as the subject of "was" before a quotation.
const VOICE: &[&str] = &[
    "message",
    "messages",
    "words",
    "text",
    "reply",
    "answer",
    "response",
    "note",
    "plea",
    "request",
    "instruction",
    "instructions",
    "advice",
    "promise",
    "greeting",
];

/// Nouns for what was said that a relative clause "X told him" follows ("the first thing X
/// told him was").
const SAID_THINGS: &[&str] = &["thing", "things", "words", "word", "what", "message"];

/// How sure the owner of the words is.
const SURE: f32 = 0.85;

/// The speaker of quotation `q` of paragraph `pi` when it follows "was", "were", "is" or
/// "had been" whose subject names the owner of the words: see the module's comment.
pub(super) fn voice_complement(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    let mut c = open;
    while c > 0 && matches!(p.toks[c - 1].kind, Tok::Punct(',' | ':')) {
        c -= 1;
    }
    let cop = c.checked_sub(1)?;
    let mut s = cop;
    match cx.word(pi, cop).as_str() {
        "was" | "were" | "is" => {}
        "been" if cop > 0 && matches!(cx.word(pi, cop - 1).as_str(), "had" | "has" | "have") => {
            s = cop - 1;
        }
        _ => return None,
    }
    let k = s.checked_sub(1)?;
    if p.in_quote[k] || !p.toks[k].is_word() {
        return None;
    }
    let person = |i: usize, end: usize| {
        let m = cx.mentions[cx.at[pi].get(i).copied().flatten()?];
        (m.t1 == end && cx.ents[m.entity].kind == EntityKind::Person).then_some(m.entity)
    };
    // "Ariel's last message had been": a possessive, at most two plain words, the noun.
    if VOICE.contains(&cx.word(pi, k).as_str()) {
        let j = (k.saturating_sub(3)..k)
            .rev()
            .find(|&j| p.toks[j].kind == Tok::Possessive)?;
        let plain =
            (j + 1..k).all(|i| p.toks[i].is_word() && !is_capitalised(p.toks[i].text(p.text)));
        let e = person(j.checked_sub(1)?, j).filter(|_| plain)?;
        return Some((Who::Entity(e), SURE));
    }
    // "the first things his grandson told him was": a verb of telling, perhaps its object.
    let mut v = k;
    if matches!(
        cx.word(pi, v).as_str(),
        "him" | "her" | "them" | "us" | "me"
    ) {
        v = v.checked_sub(1)?;
    }
    if !matches!(
        cx.word(pi, v).as_str(),
        "told" | "said" | "wrote" | "texted"
    ) {
        return None;
    }
    let end = v;
    let (start, who) = if let Some(e) = end.checked_sub(1).and_then(|i| person(i, end)) {
        let m = cx.mentions[cx.at[pi][end - 1]?];
        (m.t0, Some((Who::Entity(e), SURE)))
    } else {
        // "his grandson": a family word owned by a pronoun, the one the article gave it.
        let kin = end.checked_sub(1)?;
        let owner = kin.checked_sub(1)?;
        let word = cx.word(pi, kin);
        if !LEX.kin.contains(word.as_str())
            || !matches!(cx.word(pi, owner).as_str(), "his" | "her" | "their")
        {
            return None;
        }
        // With no one the article gave that word, the words still are not the relayer's.
        let found = cx.described(pi, owner, &word);
        (
            owner,
            Some(found.map_or((Who::Unnamed, 1.0), |(w, sure)| (w, sure.min(SURE)))),
        )
    };
    let noun = start.checked_sub(1)?;
    SAID_THINGS
        .contains(&cx.word(pi, noun).as_str())
        .then_some(who)
        .flatten()
}
