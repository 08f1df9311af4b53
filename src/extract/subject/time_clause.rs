//! A clause of time or manner before a reporting verb ("… as he shouted", "… in which he
//! called"): it has a subject of its own, right after its conjunction. When that subject is
//! a pronoun and the main clause it hangs on opens with a person ("B was crying as he
//! shouted, '…'"), the pronoun is that person, not whoever spoke last.

use super::super::attribution::{Ctx, Who};
use super::super::gender::Gender;
use super::super::refer::Ref;
use crate::entity::EntityKind;

/// "… after he recited a statement in which he called the government '…'": "which" after a
/// preposition opens a relative clause that has a subject of its own, right after it.
pub(super) fn in_which(cx: &Ctx<'_, '_>, pi: usize, j: usize) -> bool {
    j >= 1
        && cx.word(pi, j) == "which"
        && matches!(
            cx.word(pi, j - 1).as_str(),
            "in" | "during" | "at" | "on" | "with" | "through"
        )
}

/// Segment `a..` holds a main clause, then "as", "while" or "when" at `j` and "he" or "she":
/// the person whose name opens the main clause (at the segment's start or after "and" or
/// "but"), with no one else named before the conjunction and a gender that does not clash.
pub(super) fn pronoun_of_main(cx: &Ctx<'_, '_>, pi: usize, a: usize, j: usize) -> Option<Ref> {
    if !matches!(cx.word(pi, j).as_str(), "as" | "while" | "when") {
        return None;
    }
    let g = match cx.word(pi, j + 1).as_str() {
        "he" => Gender::Male,
        "she" => Gender::Female,
        _ => return None,
    };
    let mi = (a..j).rev().find_map(|i| cx.at[pi][i])?;
    let m = cx.mentions[mi];
    // After "and", a clause joined on, not a second name of one subject ("A and B met").
    let opens = m.t0 == a
        || m.t0 >= a + 2
            && matches!(cx.word(pi, m.t0 - 1).as_str(), "and" | "but")
            && cx.at[pi][m.t0 - 2].is_none();
    let verb_follows = m.t1 < j && cx.at[pi][m.t1].is_none();
    let r = (Who::Entity(m.entity), 0.85);
    (opens
        && verb_follows
        && !m.in_quote
        && cx.ents[m.entity].kind == EntityKind::Person
        && cx.agrees(&r, g))
    .then_some(r)
}
