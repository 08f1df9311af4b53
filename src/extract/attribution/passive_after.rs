//! The passive attribution in the sentence after a quotation, the style of wire copy
//! translated from Ukrainian, Russian and other desks: "The talks 'cannot serve as an
//! excuse' for delay. This was stated by Foreign Minister X in a post on Monday."

use super::{Ctx, Who, tok_at};
use crate::entity::EntityKind;
use crate::extract::lexicon::LEX;
use crate::extract::quotes::QuoteSpan;
use crate::extract::refer::Ref;
use crate::extract::text::is_capitalised;

/// Verbs of saying that the passive "this was … by X" puts a speaker after.
const VERBS: &[&str] = &[
    "said",
    "stated",
    "reported",
    "announced",
    "noted",
    "declared",
    "written",
    "posted",
    "emphasized",
    "emphasised",
    "stressed",
    "voiced",
];

/// Words before the name that make the agent one who passed the words on, not one who said
/// them ("reported by journalist X").
const RELAYS: &[&str] = &[
    "journalist",
    "journalists",
    "correspondent",
    "reporter",
    "reporters",
    "outlet",
    "newspaper",
    "agency",
    "channel",
    "media",
];

/// "'…' to not increase pressure. This was reported by Foreign Minister X": a quotation in a
/// sentence of narration with no reporting verb of its own, and the next sentence of the
/// paragraph opening "This/That/It was stated (said, reported, …) by" and a person's name
/// (titles before it allowed). The last quotation of its sentence only; an organisation or a
/// journalist after "by" gives no one.
pub(super) fn passive_after(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    q.close?;
    let open = tok_at(p, q.open);
    let close = tok_at(p, q.outer_end(p.text));
    let n = p.toks.len();
    // The next sentence of narration opens "This was"; the quotation's sentence (back to its
    // start) has no reporting verb. The opening first: the look back is long in a paragraph
    // of many quotations.
    let next = (close..n.min(close + 60)).find(|&i| p.starts[i] && !p.in_quote[i])?;
    if !matches!(cx.word(pi, next).as_str(), "this" | "that" | "it")
        || !matches!(cx.word(pi, next + 1).as_str(), "was" | "is")
    {
        return None;
    }
    let start = (0..=open)
        .rev()
        .find(|&i| p.starts[i] && !p.in_quote[i])
        .unwrap_or(0);
    let quiet = (start..next)
        .filter(|&i| !p.in_quote[i])
        .all(|i| !cx.reports(pi, i))
        && (close..next).all(|i| !p.in_quote[i]);
    if !quiet {
        return None;
    }
    let mut v = next + 2;
    if cx.word(pi, v) == "also" {
        v += 1;
    }
    if !VERBS.contains(&cx.word(pi, v).as_str()) || cx.word(pi, v + 1) != "by" {
        return None;
    }
    // The name after "by", over the titles before it ("Foreign Minister X").
    let mut k = v + 2;
    while k < n.min(v + 9) && cx.at[pi][k].is_none() && p.toks[k].is_word() {
        if RELAYS.contains(&cx.word(pi, k).as_str()) {
            return None;
        }
        k += 1;
    }
    let mi = cx.at[pi].get(k).copied().flatten()?;
    let m = cx.mentions[mi];
    let titled = (v + 2..k).all(|i| {
        let w = cx.word(pi, i);
        LEX.titles.contains(w.as_str())
            || is_capitalised(p.toks[i].text(p.text))
            || matches!(w.as_str(), "the" | "of" | "for")
    });
    (m.t0 == k && titled && cx.ents[m.entity].kind == EntityKind::Person)
        .then_some((Who::Entity(m.entity), 0.9))
}
