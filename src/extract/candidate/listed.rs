//! A name in a list of people set off by commas: "the two men, identified as A, of Turkey,
//! and B, told", "A's great aunt, B, and cousin, C, said". The verb after such a list is no
//! single one's, so no one of them is its speaker.

use super::super::attribution::Ctx;
use super::super::text::is_capitalised;
use crate::entity::EntityKind;

/// Whether person mention `mi` is one of such a list: each name perhaps with a short
/// apposition of its own, the last joined by "and".
pub(in crate::extract) fn in_comma_list(cx: &Ctx<'_, '_>, pi: usize, mi: usize) -> bool {
    let m = cx.mentions[mi];
    let n = cx.paras[pi].toks.len();
    (m.t0.saturating_sub(10)..m.t0).any(|i| listed_pair(cx, pi, i, m.t0))
        || (m.t1 + 2..n.min(m.t1 + 8)).any(|j| listed_pair(cx, pi, m.t1, j))
}

/// A person named right before the comma at `comma`, and another at `name` after ", and"
/// (or after ", and cousin,": a relation of a word or two set off before the second name),
/// with at most three words of apposition between and nothing quoted or reported.
fn listed_pair(cx: &Ctx<'_, '_>, pi: usize, comma: usize, name: usize) -> bool {
    let p = &cx.paras[pi];
    let person = |o: usize| cx.ents[cx.mentions[o].entity].kind == EntityKind::Person;
    let lower = |j: usize| p.toks[j].is_word() && !is_capitalised(p.toks[j].text(p.text));
    let and_at = if name >= 1 && cx.word(pi, name - 1) == "and" {
        Some(name - 1)
    } else if name >= 4 && p.toks[name - 1].is_punct(',') {
        (name - 4..name - 2).find(|&k| cx.word(pi, k) == "and" && (k + 1..name - 1).all(lower))
    } else {
        None
    };
    let Some(and_at) = and_at.filter(|&k| k > comma) else {
        return false;
    };
    p.toks[comma].is_punct(',')
        && p.toks[and_at - 1].is_punct(',')
        && cx.at[pi][name].is_some_and(|o| cx.mentions[o].t0 == name && person(o))
        && cx.at[pi][comma.saturating_sub(1)]
            .is_some_and(|o| cx.mentions[o].t1 == comma && person(o))
        && (comma + 1..and_at).all(|j| !p.in_quote[j] && !cx.reports(pi, j))
        && (comma + 1..and_at - 1)
            .filter(|&j| p.toks[j].is_word())
            .count()
            <= 3
}
