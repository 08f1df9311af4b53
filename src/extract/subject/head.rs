//! The head of a clause before a reporting verb, against the relative clauses and
//! appositions that follow it: "The Forum, which has lobbied for those held by Hamas, said"
//! is the Forum speaking, never Hamas.

use super::super::attribution::Ctx;
use super::super::lexicon::LEX;
use super::super::text::is_capitalised;

/// A segment that opens a relative clause ("who …", "which …").
pub(super) fn relative(cx: &Ctx<'_, '_>, pi: usize, a: usize) -> bool {
    matches!(cx.word(pi, a).as_str(), "who" | "whose" | "which")
}

/// "The Hostages Forum, which …, said": the clause's first segment is the whole name (an
/// article before it at most), so it is the head the appositions describe, not one of them.
pub(super) fn whole_head(cx: &Ctx<'_, '_>, pi: usize, head: usize, hs: usize, mi: usize) -> bool {
    let t0 = cx.mentions[mi].t0;
    hs == head && (t0 == hs || t0 == hs + 1 && cx.word(pi, hs) == "the")
}

/// A segment that reads as an apposition: a lower-case title or an article and a title
/// ("senior vice president for …", "a spokesman for …"), not a clause.
pub(super) fn opens_apposition(cx: &Ctx<'_, '_>, pi: usize, a: usize) -> bool {
    let p = &cx.paras[pi];
    let lower = |i: usize| {
        p.toks
            .get(i)
            .is_some_and(|t| t.is_word() && !is_capitalised(t.text(p.text)))
    };
    lower(a)
        && (a..a + 4).any(|i| lower(i) && LEX.titles.contains(cx.word(pi, i).as_str()))
        && (a..a + 4)
            .take_while(|&i| lower(i))
            .all(|i| !LEX.reporting_verbs.contains(cx.word(pi, i).as_str()))
}
