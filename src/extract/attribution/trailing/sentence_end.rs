//! The sentence that closes on ", X said" after a quotation that opened it: the attribution
//! at the end covers the whole sentence, and its clause may run past the verb with whom and
//! where it was told.

use super::super::{Ctx, Who, tok_at};
use crate::entity::EntityKind;
use crate::extract::quotes::QuoteSpan;
use crate::extract::refer::Ref;
use crate::extract::subject::{after_verb, subject};
use crate::extract::text::Tok;

/// "'All hell will break out' if the hostages are not freed, Trump said.": a quotation that
/// opens its sentence, a clause of narration after it, and the sentence closing on ", X said"
/// (or ", said X"). The attribution at the end covers the whole sentence, the quotation too.
/// The attribution may also close a clause that a comma ends ("'We need deadlines' for a
/// deal, Witkoff said, adding that …"). Only when nothing else is quoted before it, and
/// within 40 tokens.
pub(super) fn sentence_end(
    cx: &Ctx<'_, '_>,
    pi: usize,
    q: &QuoteSpan,
    start: usize,
    stop: usize,
) -> Option<Ref> {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    if !(p.starts[open] || short_subject_before(cx, pi, open)) || start >= stop {
        return None;
    }
    let limit = stop.min(start + 40);
    let stops = |i: usize| {
        p.in_quote[i]
            || (i > start && p.starts[i])
            || matches!(p.toks[i].kind, Tok::Punct('.' | ';' | '!' | '?'))
    };
    // "'…' at stake, said A, '…'": the next quotation may end the narration after it.
    let end = (start..limit)
        .find(|&i| stops(i))
        .or((limit == stop && stop < p.toks.len()).then_some(stop))?;
    let full_stop = end < stop && !p.in_quote[end] && (!p.starts[end] || p.toks[end].is_punct('.'));
    // Each clause a comma opens, up to the comma or full stop that closes it.
    let mut clauses = (start..end)
        .filter(|&i| p.toks[i].is_punct(','))
        .filter_map(|comma| {
            let close = (comma + 1..end)
                .find(|&i| !p.toks[i].is_word())
                .unwrap_or(end);
            let closed = if close == end {
                full_stop
            } else {
                p.toks[close].is_punct(',')
            };
            closed.then_some((comma, close))
        });
    if let Some(r) = verb_alone(cx, pi, start, end, full_stop) {
        return Some((r.0, r.1 * 0.9));
    }
    let found = clauses.find_map(|(comma, close)| {
        let words = close - comma - 1;
        if (5..=7).contains(&words) && cx.reports(pi, comma + 1) && person_ends(cx, pi, close) {
            return after_verb(cx, pi, comma + 2, close, q.open);
        }
        if !(2..=4).contains(&words) {
            return told_at_end(cx, pi, comma, close, end, full_stop, q.open);
        }
        if cx.reports(pi, close - 1) {
            subject(cx, pi, comma + 1, close - 1, q.open)
        } else if cx.reports(pi, comma + 1) {
            named_last(cx, pi, close, end, full_stop)
                .or_else(|| after_verb(cx, pi, comma + 2, close, q.open))
        } else {
            None
        }
    })?;
    Some((found.0, found.1 * 0.9))
}

/// "'Every hour puts their lives' at stake, said army spokesman A B, '…'": an inverted
/// attribution whose title makes it longer than four words is still the clause's when it
/// ends on a person's name (`sentence_end`).
fn person_ends(cx: &Ctx<'_, '_>, pi: usize, close: usize) -> bool {
    cx.at[pi][close - 1].is_some_and(|mi| {
        let m = cx.mentions[mi];
        m.t1 == close && !m.in_quote && cx.ents[m.entity].kind == EntityKind::Person
    })
}

/// "'The raiders phoned us from the coast' and one spoke French, he told reporters in Lyon
/// on Monday.": the closing clause of the sentence may run past its verb, with whom it was
/// told and where and when, when it is only a pronoun or a short name, a reporting verb, and
/// words up to the full stop with no comma. Those words may be many ("she told cheering
/// supporters shortly after 9 p.m. in what was called a hastily rewritten speech"): what
/// follows the verb says where and to whom, and never names another speaker of the
/// quotation, so up to 24 are read (the sentence itself is read to 40 tokens).
fn told_at_end(
    cx: &Ctx<'_, '_>,
    pi: usize,
    comma: usize,
    close: usize,
    end: usize,
    full_stop: bool,
    open: usize,
) -> Option<Ref> {
    if close != end || !full_stop || close - comma - 1 > 24 {
        return None;
    }
    let v = (comma + 2..(comma + 4).min(close)).find(|&i| cx.reports(pi, i))?;
    let p = &cx.paras[pi];
    let pronoun = matches!(cx.word(pi, comma + 1).as_str(), "he" | "she");
    let named = cx.at[pi][comma + 1].is_some_and(|mi| {
        let m = cx.mentions[mi];
        m.t0 == comma + 1 && m.t1 == v
    });
    let words = (comma + 1..v).all(|i| p.toks[i].is_word());
    ((pronoun && v == comma + 2 || named) && words)
        .then(|| subject(cx, pi, comma + 1, v, open))
        .flatten()
}

/// "'…' to free him, said the father, A B.": a description after the verb that the sentence
/// names in an apposition closing it; the person named there speaks, whoever the description
/// alone would point back to.
fn named_last(
    cx: &Ctx<'_, '_>,
    pi: usize,
    close: usize,
    end: usize,
    full_stop: bool,
) -> Option<Ref> {
    let p = &cx.paras[pi];
    let m = cx.mentions[cx.at[pi].get(close + 1).copied().flatten()?];
    let whole = p.toks[close].is_punct(',') && full_stop && m.t0 == close + 1 && m.t1 == end;
    (whole && !m.in_quote && cx.ents[m.entity].kind == EntityKind::Person)
        .then_some((Who::Entity(m.entity), 1.0))
}

/// "Its adoption '…' in the peace process, X said.": a quotation that opens its sentence
/// but for a short subject it completes (two or three words, no one named, no verb of
/// saying), attributed at the sentence's end as one that opens it.
fn short_subject_before(cx: &Ctx<'_, '_>, pi: usize, open: usize) -> bool {
    let p = &cx.paras[pi];
    let Some(s) = (open.saturating_sub(3)..open).find(|&i| p.starts[i] && !p.in_quote[i]) else {
        return false;
    };
    open > s
        && (s..open).all(|i| {
            p.toks[i].is_word() && !p.in_quote[i] && cx.at[pi][i].is_none() && !cx.reports(pi, i)
        })
}

/// "'…' in the peace process, chief negotiator A B, also known as C D, said.": the sentence
/// closes on a reporting verb alone after a comma, and the subject is the name that opened
/// the clause before it, with its apposition between commas. Only a name that a comma opens
/// and a person's, within 16 tokens of the verb.
fn verb_alone(
    cx: &Ctx<'_, '_>,
    pi: usize,
    start: usize,
    end: usize,
    full_stop: bool,
) -> Option<Ref> {
    let p = &cx.paras[pi];
    let v = end.checked_sub(1)?;
    if !full_stop || v <= start + 2 || !p.toks[v - 1].is_punct(',') || !cx.reports(pi, v) {
        return None;
    }
    let c = (v.saturating_sub(16).max(start)..v - 1).find(|&i| p.toks[i].is_punct(','))?;
    // The first name after that comma, closed by the comma that opens its apposition: a
    // name inside the apposition ("also known as C D") is the same person's other name.
    // A body before the name only says whose officer ("chief ELN negotiator A B").
    let person = |n: usize| cx.ents[cx.mentions[n].entity].kind == EntityKind::Person;
    let m = (c + 1..v - 1).find_map(|i| cx.at[pi][i].filter(|&n| person(n)))?;
    let m = cx.mentions[m];
    let apposed = m.t1 < v - 1 && p.toks[m.t1].is_punct(',');
    let plain = (c + 1..m.t0).all(|i| p.toks[i].is_word());
    (apposed && plain && !m.in_quote).then_some((Who::Entity(m.entity), 1.0))
}
