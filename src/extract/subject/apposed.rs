//! The subject of a reporting verb that a comma separates from its clause ("X, a senior
//! official, told", "Rachel Goldberg-Polin, 55, whose son is held, said"): back over
//! appositions, ages and relative clauses to the name they describe, or to no one.

use super::head::{self, after_reported_clause, relative, relative_apposition, whole_head};
use super::scene::{INTRO, intro, parenthetical};
use super::{posted, speaker_kind};
use crate::entity::EntityKind;
use crate::extract::attribution::{Ctx, Who};
use crate::extract::candidate::{candidate, coordinated, in_comma_list};
use crate::extract::definite::definite_description;
use crate::extract::refer::Ref;

/// The speaker where the verb's own segment is empty: the clause's segments (`segs`, between
/// commas, from token `lo`) hold the name and what describes it. `quote_tok` is where the
/// quotation starts.
pub(super) fn apposed(
    cx: &Ctx<'_, '_>,
    pi: usize,
    lo: usize,
    segs: &[(usize, usize)],
    quote_tok: usize,
) -> Option<Ref> {
    let n = segs.len();
    // "X, a senior official, told", "Rachel Goldberg-Polin, 55, whose son is held, said":
    // back over appositions, ages and relative clauses to the name they describe.
    // The clause's first segment after any introductory phrase ("On Friday, …").
    let head = segs
        .iter()
        .map(|&(x, _)| x)
        .find(|&x| !INTRO.contains(&cx.word(pi, x).as_str()))
        .unwrap_or(lo);
    // "The ministry, in a post from spokeswoman A B, announced": the one who wrote it,
    // when no person heads the clause.
    if let Some(e) = segs[..n - 1]
        .iter()
        .find_map(|&(hs, he)| posted::posted_by(cx, pi, hs, he))
        && !segs[..n - 1].iter().any(|&(hs, he)| {
            cx.word(pi, hs) != "in"
                && (hs..he).any(|i| {
                    cx.at[pi][i].is_some_and(|mi| {
                        cx.ents[cx.mentions[mi].entity].kind == EntityKind::Person
                    })
                })
        })
    {
        return Some((Who::Entity(e), 0.9));
    }
    let listed = |k: usize| head::in_relative_list(cx, pi, &segs[..n - 1], k);
    for (k, &(hs, he)) in segs[..n - 1]
        .iter()
        .enumerate()
        .rev()
        .filter(|&(k, _)| !listed(k))
        .take(4)
    {
        if he <= hs || intro(cx, pi, hs) || relative_apposition(cx, pi, &segs[..n - 1], k) {
            continue;
        }
        // "Dana Voss of Citizens For Fair Maps, a group formed to …, said": a person
        // and the body they speak for, before an apposition about the body.
        if let Some(e) = head::of_body(cx, pi, hs, he) {
            return Some((Who::Entity(e), 0.9));
        }
        if let Some(mi) = cx.at[pi][he - 1]
            && cx.mentions[mi].t1 == he
            && speaker_kind(cx, mi)
            && (!parenthetical(cx, pi, hs, he) || whole_head(cx, pi, head, hs, mi))
        {
            // "A and B, the two envoys, said": a pair, no single speaker.
            if coordinated(cx, pi, mi, he) || in_comma_list(cx, pi, mi) {
                return Some((Who::Unnamed, 1.0));
            }
            return Some((Who::Entity(cx.mentions[mi].entity), 1.0));
        }
    }
    // "A said “…” and an official, speaking on condition of anonymity, said": the
    // subject after the conjunction, or no one — never A.
    if let Some((s, e)) = segs[..n - 1]
        .iter()
        .rev()
        .take(3)
        .find_map(|&(x, y)| after_reported_clause(cx, pi, x, y).map(|s| (s, y)))
    {
        return candidate(cx, pi, s, e, quote_tok).or(Some((Who::Unnamed, 1.0)));
    }
    // "The group, which has lobbied for those held by Hamas, said": a name inside a
    // relative clause is not the one who speaks; the clause's head is, or no one.
    let (a, b) = segs[n - 2];
    if relative(cx, pi, a) {
        // "'…,' the Israeli woman, who has lived in Sydney for 25 years, says": the
        // description that heads the clause, right before the relative clause, speaks.
        return segs
            .get(n.saturating_sub(3))
            .filter(|&&(ha, hb)| ha == head && hb > ha && cx.word(pi, ha) == "the")
            .and_then(|&(ha, hb)| definite_description(cx, pi, ha, hb, quote_tok));
    }
    candidate(cx, pi, a, b, quote_tok)
}
