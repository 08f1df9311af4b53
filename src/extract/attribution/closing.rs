//! A few words quoted inside a sentence of reported speech whose attribution closes the
//! sentence: "Hamas wants a 'fair hostage exchange' as part of a deal, spokesman X said on
//! Tuesday", "the team will aim to 'eliminate all obstacles' to a settlement, X said, adding
//! …". Wire copy writes most partial quotations so; the words are the speaker's whose clause
//! ends the sentence, as long as nothing before the quotation in that sentence reports. A news
//! outlet there only passes the words on (`outlet`): they are left without a speaker.

use super::{Ctx, tok_at};
use crate::extract::lexicon::LEX;
use crate::extract::quotes::QuoteSpan;
use crate::extract::refer::Ref;
use crate::extract::subject::{after_verb, subject};
use crate::extract::text::Tok;

/// How far after the quotation the sentence may end, in tokens.
const REACH: usize = 40;

/// The speaker of the closing clause ", X said" or ", said X" of the sentence the quotation
/// `q` sits inside, when the quotation does not open the sentence and no reporting verb
/// stands before it in the sentence (then that verb's subject is the speaker, `leading`'s).
pub(super) fn closing_clause(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let close = q.close?;
    let open = tok_at(p, q.open);
    let first = (0..=open).rev().find(|&i| p.starts[i])?;
    if open == first || (first..open).any(|i| p.in_quote[i] || cx.reports(pi, i)) {
        return None;
    }
    let start = tok_at(p, close) + 1;
    // "He called X a '… for our state.' And Y, he said, was …": a full stop inside the
    // closing mark ends the sentence when a new one opens right after it; the clause after
    // belongs to the next sentence. ("'…?' A asked" still goes on.)
    if p.starts.get(start).copied().unwrap_or(false)
        && start >= 2
        && p.toks[start - 2].is_punct('.')
    {
        return None;
    }
    let stop = p.toks.len().min(start + REACH);
    // The sentence's end: a stop outside quotation marks, or the next sentence's start.
    let end = (start..stop).find(|&i| {
        !p.in_quote[i]
            && (i > start && p.starts[i]
                || matches!(p.toks[i].kind, Tok::Punct('.' | '!' | '?' | ';')))
    })?;
    let bare = |i: usize| !p.in_quote[i] && p.toks[i].is_punct(',');
    let commas: Vec<usize> = (start..end).filter(|&i| bare(i)).collect();
    commas.iter().enumerate().find_map(|(k, &comma)| {
        let close = commas.get(k + 1).copied().unwrap_or(end);
        if close < comma + 3 || (comma..close).any(|i| p.in_quote[i]) {
            return None;
        }
        // "…for endangering the 'life and health' of officers, though X has denied the
        // charges": a clause a subordinator opens says what someone else did or said; it
        // attributes nothing quoted before it.
        if LEX.subordinators.contains(cx.word(pi, comma + 1).as_str()) {
            return None;
        }
        // "…, X said" (on Tuesday, in a televised address …) or "…, said X": the verb
        // within a subject's length of the comma.
        let v = (comma + 1..close.min(comma + 10)).find(|&i| cx.reports(pi, i))?;
        let found = if v > comma + 1 {
            subject(cx, pi, comma + 1, v, q.open)
        } else {
            after_verb(cx, pi, v + 1, close, q.open)
        }?;
        // "officials met it with '…', the daily X said": an outlet passes the words on.
        if crate::extract::outlet::outlet_reported(cx, pi, comma + 1, v, &found) {
            return Some((super::Who::Unnamed, 1.0));
        }
        Some((found.0, found.1 * 0.9))
    })
}
