//! The subject of a verb phrase that stands after a comma: "Gallego, a veteran, toured the
//! dam but said she '…'" — the segment before the verb opens with the verb phrase, so the
//! subject is the name that ends an earlier segment, back over appositions, ages and
//! participle phrases (`subject::parenthetical`).

use super::attribution::{Ctx, Who};
use super::refer::Ref;
use super::subject::{INTRO, parenthetical};
use super::text::is_capitalised;
use crate::entity::EntityKind;

/// A segment that opens with a lower-case word other than a determiner or pronoun: the verb
/// phrase of a clause whose subject came before a comma ("Gallego, a veteran, praised … but
/// said she '…'").
pub(super) fn predicate(cx: &Ctx<'_, '_>, pi: usize, a: usize) -> bool {
    let p = &cx.paras[pi];
    let w = cx.word(pi, a);
    let lower = p
        .toks
        .get(a)
        .is_some_and(|t| t.is_word() && !is_capitalised(t.text(p.text)));
    lower
        && !matches!(
            w.as_str(),
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "one"
                | "some"
                | "he"
                | "she"
                | "they"
                | "it"
                | "who"
                | "which"
                | "that"
                | "and"
                | "but"
        )
}

/// The subject of a clause among the segments before its verb phrase: the last one, back
/// over appositions, ages and participle phrases, that ends with a name.
pub(super) fn main_subject(cx: &Ctx<'_, '_>, pi: usize, segs: &[(usize, usize)]) -> Option<Ref> {
    for &(hs, he) in segs.iter().rev().take(4) {
        if he <= hs || INTRO.contains(&cx.word(pi, hs).as_str()) {
            continue;
        }
        if parenthetical(cx, pi, hs, he) {
            continue;
        }
        let mi = cx.at[pi][he - 1]?;
        let m = cx.mentions[mi];
        // "… the scandal when Sanford, then the governor, vanished before surfacing to say
        // he was '…'": a clause of time opened right before the name has it as subject.
        let opens = m.t0 == hs
            || m.t0 > hs
                && matches!(
                    cx.word(pi, m.t0 - 1).as_str(),
                    "when" | "while" | "after" | "before" | "because" | "since" | "although"
                );
        return (m.t1 == he && opens && cx.ents[m.entity].kind == EntityKind::Person)
            .then_some((Who::Entity(m.entity), 0.9));
    }
    None
}

/// A verb whose object is the one spoken to: a verb of telling (`data/addressing_verbs.txt`),
/// or "wrote" opening a segment ("…, in the letter, wrote the premier that …"). After a
/// quotation "'…,' wrote Smith" names the writer, so "wrote" is not in the shared list.
pub(super) fn addresses(w: &str) -> bool {
    w == "wrote" || super::attribution::addresses(w)
}

/// The end of the object noun phrase that starts at `a`: a name, or words up to the first
/// pronoun, name or "that" that opens the clause after it ("told the premier she was …").
pub(super) fn past_object(cx: &Ctx<'_, '_>, pi: usize, a: usize, b: usize) -> usize {
    if let Some(mi) = cx.at[pi].get(a).copied().flatten()
        && cx.mentions[mi].t0 == a
    {
        return cx.mentions[mi].t1.min(b);
    }
    (a..b)
        .find(|&i| {
            cx.at[pi][i].is_some()
                || matches!(
                    cx.word(pi, i).as_str(),
                    "he" | "she" | "they" | "i" | "we" | "that"
                )
        })
        .unwrap_or(b)
}

/// "The masked man, speaking with an accent, identifies Sotloff and says that '…'": a
/// segment that opens on a verb phrase and reaches the reporting verb through "and" is one
/// predicate of two joined ones, and a name inside it is the first verb's object, never the
/// speaker. The speaker is the clause's subject before the comma: a person named there, or
/// else someone unnamed ("the masked man": a description there may mean anyone).
/// `end` is the reporting verb's position once adverbs and auxiliaries are stepped back
/// over; `segs` are the clause's segments, the last one ending at `end`.
pub(super) fn joined_object(
    cx: &Ctx<'_, '_>,
    pi: usize,
    segs: &[(usize, usize)],
    end: usize,
) -> Option<Ref> {
    let n = segs.len();
    let (a, b) = *segs.last()?;
    let named_inside = (a + 1..b).any(|i| cx.at[pi][i].is_some());
    if n < 2 || b != end || b < a + 3 || !named_inside || !predicate(cx, pi, a) {
        return None;
    }
    // A finite verb opens the segment ("identifies", "thanked"), then "and" before the verb.
    let w = cx.word(pi, a);
    let finite = w.ends_with('s') || w.ends_with("ed");
    if !finite || cx.word(pi, b - 1) != "and" || INTRO.contains(&w.as_str()) {
        return None;
    }
    main_subject(cx, pi, &segs[..n - 1]).or(Some((Who::Unnamed, 1.0)))
}
