//! A quotation that leads on into what its speaker did: "'…,' she smiled", "'…,' he took a
//! swipe at his rival", "'…,' Voss shrugged". Feature and campaign copy puts a gesture or
//! an action where the reporting verb would go; the one who does it, named or "he"/"she"
//! right after the closing comma, is the one who spoke. Only that tight shape: the comma
//! that leads on, then at once the subject and a verb in the past tense that is not one
//! of hearing or learning (then the subject is the listener: "'…,' he heard").

use super::{Ctx, tok_at};
use crate::entity::EntityKind;
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
