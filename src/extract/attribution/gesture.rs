//! A quotation that leads on into what its speaker did: "'…,' she smiled", "'…,' he took a
//! swipe at his rival", "'…,' Voss shrugged". Feature and campaign copy puts a gesture or
//! an action where the reporting verb would go; the one who does it, named or "he"/"she"
//! right after the closing comma, is the one who spoke. Only that tight shape: the comma
//! that leads on, then at once the subject and a verb in the past tense that is not one
//! of hearing or learning (then the subject is the listener: "'…,' he heard").
//!
//! The same holds, whatever the verb, for a sentence that opens on a participle of saying or
//! naming (`fronted`): "After calling the deal 'a historic day,' Trump left the stage" — the
//! fronted clause is what the main clause's subject said.

use super::{Ctx, tok_at};
use crate::entity::EntityKind;
use crate::extract::lexicon::LEX;
use crate::extract::quotes::QuoteSpan;
use crate::extract::refer::Ref;
use crate::extract::subject::subject;
use crate::extract::text::{is_capitalised, is_regular_past};

/// Irregular past tenses of what a speaker does while speaking; the regular ones are read
/// by their "-ed".
const IRREGULAR: &[&str] = &[
    "took", "gave", "made", "threw", "shot", "struck", "put", "went", "broke", "held",
];

/// Past tenses whose subject took the words in rather than gave them.
const TAKING_IN: &[&str] = &[
    "learned",
    "learnt",
    "heard",
    "overheard",
    "received",
    "read",
    "discovered",
    "noticed",
];

/// How sure a gesture is of its speaker, against a reporting verb.
const FACTOR: f32 = 0.9;

/// The speaker of a quotation closing on a comma and followed at once by "he"/"she"/"they"
/// or a person's name and a verb in the past tense that reports nothing (else `trailing`
/// has it).
pub(super) fn gesture(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let close = q.close?;
    let inner = p.text[q.start..q.end].trim_end_matches([' ', '\'', '’']);
    let mut start = tok_at(p, close) + 1;
    // "'…', he smiled": wire copy's comma outside the marks leads on the same way.
    let comma_after = p.toks.get(start).is_some_and(|t| t.is_punct(','));
    if comma_after {
        start += 1;
    }
    if !(inner.ends_with(',') || comma_after) || p.in_quote.get(start) != Some(&false) {
        return None;
    }
    let v = match cx.word(pi, start).as_str() {
        "he" | "she" | "they" => start + 1,
        _ => {
            let mi = cx.at[pi][start]?;
            let m = cx.mentions[mi];
            (m.t0 == start && cx.ents[m.entity].kind == EntityKind::Person).then_some(m.t1)?
        }
    };
    let t = p.toks.get(v)?;
    let w = cx.word(pi, v);
    let past = t.is_word()
        && !is_capitalised(t.text(p.text))
        && (is_regular_past(&w) || IRREGULAR.contains(&w.as_str()))
        && !TAKING_IN.contains(&w.as_str());
    if !past || p.in_quote[v] {
        return None;
    }
    subject(cx, pi, start, v, q.open).map(|(w, c)| (w, c * FACTOR))
}

/// Subordinators a fronted participle may follow ("After saying …, B …").
const FRONTING: &[&str] = &["after", "before", "while", "when", "upon", "in", "on"];

/// The speaker of a quotation inside a sentence-opening participle clause of saying or naming
/// ("Saying the vote was '…,' Mayor B cut the ribbon", "After calling it '…' and '…,' Trump
/// left"): the person or "he"/"she"/"they" right after the comma that closes the clause,
/// when a verb follows. Any other comma before that one, or a full stop, and no one.
pub(super) fn fronted(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let at = tok_at(p, q.open);
    let mut i = p.sentence_start(at);
    if FRONTING.contains(&cx.word(pi, i).as_str()) {
        i += 1;
    }
    let w = cx.word(pi, i);
    let saying = LEX.reporting_verbs.contains(w.as_str()) || LEX.naming_verbs.contains(w.as_str());
    if !(w.ends_with("ing") && saying && p.toks.get(i).is_some_and(|t| t.is_word()) && i < at) {
        return None;
    }
    // Where the clause ends: a comma outside quotation, or one inside a quotation's closing
    // marks; the subject is the first word after it.
    let mut k = i + 1;
    let start = loop {
        let t = p.toks.get(k)?;
        if (p.starts[k] || t.is_punct('.')) && !p.in_quote[k] {
            return None;
        }
        if t.is_punct(',') {
            let next_word = (k + 1..p.toks.len()).find(|&j| p.toks[j].is_word())?;
            let marks_only = (k + 1..next_word).all(|j| !p.toks[j].is_punct(','));
            if !p.in_quote[k] || marks_only && !p.in_quote[next_word] {
                break next_word;
            }
        }
        k += 1;
    };
    if start <= at {
        return None;
    }
    let v = match cx.word(pi, start).as_str() {
        "he" | "she" | "they" => start + 1,
        _ => {
            // Titles may stand before the name: "Mayor John Ruiz cut …".
            let j = (start..p.toks.len().min(start + 4)).find(|&j| cx.at[pi][j].is_some())?;
            let titled = (start..j).all(|x| is_capitalised(p.toks[x].text(p.text)));
            let m = cx.mentions[cx.at[pi][j]?];
            let person = cx.ents[m.entity].kind == EntityKind::Person;
            (titled && m.t0 == j && person).then_some(m.t1)?
        }
    };
    let verb = p
        .toks
        .get(v)
        .is_some_and(|t| t.is_word() && !is_capitalised(t.text(p.text)));
    if !verb || p.in_quote[v] {
        return None;
    }
    subject(cx, pi, start, v, q.open).map(|(w, c)| (w, c * FACTOR))
}
