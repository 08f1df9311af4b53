//! The limits on carrying a speaker from one quotation to the next in a paragraph: the same
//! sentence or a sentence that is only quotation (`may_carry`), and no other person voiced
//! at a reporting verb in between (`voiced_between`).

use super::opens;
use crate::entity::EntityKind;
use crate::extract::attribution::{Ctx, Who, tok_at};
use crate::extract::governed::governed;
use crate::extract::lexicon::LEX;
use crate::extract::quotes::QuoteSpan;
use crate::extract::text::{Tok, is_capitalised};

/// How many tokens apart two quotations of one paragraph may be for the later to carry on
/// from the earlier (no paragraph of real prose comes near it): bounds the look between
/// them, which every quotation of a long unbroken transcript would otherwise take back to
/// its first one (quadratic time).
const CARRY_REACH: usize = 600;

/// Whether quotation `to` may take the speaker of quotation `from` (both of paragraph `pi`,
/// in either order): the same sentence, or a sentence that is only quotation.
pub(in crate::extract) fn may_carry(
    cx: &Ctx<'_, '_>,
    pi: usize,
    from: &QuoteSpan,
    to: &QuoteSpan,
) -> bool {
    let p = &cx.paras[pi];
    let (a, b) = (tok_at(p, from.open), tok_at(p, to.open));
    let (lo, hi) = (a.min(b), a.max(b));
    if hi - lo > CARRY_REACH {
        return false;
    }
    // A dash opens a clause, not a sentence: "he warned that if …—whether openly or '…'—his
    // faction '…'" is one sentence under one reporting verb.
    let after_dash = |i: usize| i > 0 && matches!(p.toks[i - 1].kind, Tok::Punct('—' | '–'));
    if !(lo + 1..hi).any(|i| opens(p, i) && !after_dash(i)) {
        return true;
    }
    // The sentence of `to`, outside its own quotation: its narration words.
    let (open, close) = (b, tok_at(p, to.outer_end(p.text)));
    let mut s = open;
    while s > 0 && !p.starts[open] && !opens(p, s) {
        s -= 1;
    }
    let mut e = close;
    while e < p.toks.len() && !p.starts[e] {
        e += 1;
    }
    (s..e).all(|i| p.in_quote[i] || !p.toks[i].is_word())
}

/// "'…,' says A. 'For governor,' says B. '…'": between two quotations of a paragraph,
/// another person (not `speaker`) named right at a reporting verb in narration speaks in
/// between, so the later words are not carried from the earlier ones. Vox pops string
/// voters so, and a few words too short to count as a quotation still have their speaker.
/// The last such person, if any.
pub(in crate::extract) fn voiced_between(
    cx: &Ctx<'_, '_>,
    pi: usize,
    from: &QuoteSpan,
    to: &QuoteSpan,
    speaker: Option<&Who>,
) -> Option<usize> {
    let p = &cx.paras[pi];
    let (a, b) = (tok_at(p, from.open), tok_at(p, to.open));
    let (lo, hi) = (a.min(b), a.max(b));
    if hi - lo > CARRY_REACH {
        return None;
    }
    let reports = |i: usize| i < p.toks.len() && !p.in_quote[i] && cx.reports(pi, i);
    (lo..hi).rev().find_map(|i| {
        let m = &cx.mentions[cx.at[pi][i].filter(|&m| cx.mentions[m].t0 == i)?];
        (!p.in_quote[i]
            && cx.ents[m.entity].kind == EntityKind::Person
            && speaker != Some(&Who::Entity(m.entity))
            && !bears(cx, speaker, p.toks[i].text(p.text), m.t1 - i)
            && !modifies(cx, pi, m.t1)
            && ((reports(m.t1) && !governed(cx, pi, i))
                || i.checked_sub(1).is_some_and(reports) && !reported_clause(cx, pi, i)))
        .then_some(m.entity)
    })
}

/// "She said Lee had called to concede. It was an 'extremely gracious call'": a name right
/// after a reporting verb that has its own subject just before it (a pronoun or a name)
/// opens the clause reported, and voices nothing; only "'…,' said Lee" is Lee speaking.
fn reported_clause(cx: &Ctx<'_, '_>, pi: usize, i: usize) -> bool {
    let p = &cx.paras[pi];
    let Some(s) = i.checked_sub(2) else {
        return false;
    };
    let person_ends = cx.at[pi][s].is_some_and(|m| {
        cx.mentions[m].t1 == s + 1 && cx.ents[cx.mentions[m].entity].kind == EntityKind::Person
    });
    !p.in_quote[s]
        && p.toks[s].is_word()
        && (matches!(cx.word(pi, s).as_str(), "he" | "she" | "they" | "we" | "i") || person_ends)
}

/// Whether a one-word mention is the surname the speaker bears: in "'…,' Moss said. '…'"
/// the mention may be linked to another Moss named earlier (a relative), yet the one who
/// spoke between the spans is the speaker already found, not a new voice.
fn bears(cx: &Ctx<'_, '_>, speaker: Option<&Who>, word: &str, len: usize) -> bool {
    let Some(Who::Entity(s)) = speaker else {
        return false;
    };
    len == 1 && cx.ents[*s].name.split_whitespace().last() == Some(word)
}

/// Whether a name ending before token `t1` only modifies the noun after it: "said Siegel's
/// niece Emily Roe", "said Schimel supporter Erik Roe" name Roe, not Siegel or Schimel, so
/// the modifier voices nothing between two of Roe's quotations.
fn modifies(cx: &Ctx<'_, '_>, pi: usize, t1: usize) -> bool {
    let p = &cx.paras[pi];
    p.toks.get(t1).is_some_and(|t| {
        t.kind == Tok::Possessive
            || (t.is_word()
                && !is_capitalised(t.text(p.text))
                && LEX.np_continuations.contains(cx.word(pi, t1).as_str()))
    })
}
