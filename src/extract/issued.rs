//! "President A issued a terse statement condemning B. ¶ '…,' the statement said.": a
//! statement (or a letter, a post) that speaks as "the statement" is the words of the one
//! person the article just said issued it. Read only from the sentence that tells of the
//! issuing, in this paragraph or the one before; with two people in that sentence before its
//! verb, no one. The issuer may be set off from the verb by a relative clause in commas.
//! "In a statement, Minister A said …" issues one too: the sentence's one person, the
//! subject of its reporting verb.

use super::attribution::{Ctx, Who};
use super::lexicon::LEX;
use super::refer::Ref;
use crate::entity::EntityKind;

/// Verbs that put a statement out ("issued a statement", "released a letter").
const ISSUING: &[&str] = &[
    "issued",
    "released",
    "published",
    "posted",
    "sent",
    "wrote",
    "signed",
    "delivered",
    "put",
];

/// Whether `head` is a thing written that can be issued: "statement" or a message word
/// (`data/written_messages.txt`).
pub(super) fn issuable(head: &str) -> bool {
    head == "statement" || LEX.written_messages.contains(head)
}

/// The person who issued "the `head`" speaking at token `at` of paragraph `pi`: the one
/// person named before an issuing verb whose object, within four words, is that head.
pub(super) fn issuer(cx: &Ctx<'_, '_>, pi: usize, at: usize, head: &str) -> Option<Ref> {
    for q in (pi.saturating_sub(1)..=pi).rev() {
        let p = &cx.paras[q];
        let end = if q == pi { at } else { p.toks.len() };
        if let Some(r) = said_in(cx, q, end, head) {
            return Some(r);
        }
        let Some(obj) = (0..end)
            .rev()
            .find(|&i| !p.in_quote[i] && cx.word(q, i) == head && issued(cx, q, i))
        else {
            continue;
        };
        let start = (0..=obj).rev().find(|&k| p.starts[k]).unwrap_or(0);
        let verb = (start..obj).find(|&k| ISSUING.contains(&cx.word(q, k).as_str()))?;
        // The subject right before the verb, past one adverb ("Trump later issued"): not
        // "Netanyahu's office issued", whose issuer is the office.
        let mut k = verb.checked_sub(1)?;
        let w = cx.word(q, k);
        if k > start && (w.ends_with("ly") || matches!(w.as_str(), "also" | "later" | "then")) {
            k -= 1;
        }
        // "A, who is visiting Washington, D.C., released a statement": past a relative
        // clause set off by commas, to the name it is said of.
        if p.toks[k].is_punct(',')
            && let Some(j) = (start + 2..k).find(|&j| {
                matches!(cx.word(q, j).as_str(), "who" | "whose") && p.toks[j - 1].is_punct(',')
            })
        {
            k = j - 2;
        }
        let subject = cx.at[q][k].map(|m| cx.mentions[m].entity)?;
        let person = |e: usize| cx.ents[e].kind == EntityKind::Person;
        let alone = (start..verb)
            .filter_map(|j| cx.at[q][j])
            .map(|m| cx.mentions[m].entity)
            .all(|e| e == subject || !person(e));
        return (person(subject) && alone).then_some((Who::Entity(subject), 0.8));
    }
    None
}

/// The word at `i` is the object of an issuing verb at most four words before it ("issued a
/// terse statement", "put out a statement").
fn issued(cx: &Ctx<'_, '_>, q: usize, i: usize) -> bool {
    let p = &cx.paras[q];
    (i.saturating_sub(4)..i).any(|k| {
        let w = cx.word(q, k);
        ISSUING.contains(&w.as_str())
            && (w != "put" || cx.word(q, k + 1) == "out")
            && (k + 1..i).all(|j| !p.starts[j] && cx.at[q][j].is_none())
    })
}

/// "In a statement, Foreign Minister A said …": the sentence that opens on "in a `head`,"
/// (before token `end` of paragraph `q`) and whose subject, the one person named before its
/// reporting verb, issued it.
fn said_in(cx: &Ctx<'_, '_>, q: usize, end: usize, head: &str) -> Option<Ref> {
    let p = &cx.paras[q];
    let at = (2..end).rev().find(|&i| {
        !p.in_quote[i]
            && cx.word(q, i) == head
            && cx.word(q, i - 2) == "in"
            && p.starts[i - 2]
            && matches!(cx.word(q, i - 1).as_str(), "a" | "an")
            && p.toks.get(i + 1).is_some_and(|t| t.is_punct(','))
    })?;
    let verb = (at + 2..end)
        .take_while(|&k| k == at + 2 || !p.starts[k])
        .find(|&k| cx.at[q][k].is_none() && LEX.reporting_verbs.contains(cx.word(q, k).as_str()))?;
    let subject = cx.at[q][verb.checked_sub(1)?].map(|m| cx.mentions[m].entity)?;
    let person = |e: usize| cx.ents[e].kind == EntityKind::Person;
    let alone = (at + 2..verb)
        .filter_map(|j| cx.at[q][j])
        .all(|m| cx.mentions[m].entity == subject || !person(cx.mentions[m].entity));
    (person(subject) && alone).then_some((Who::Entity(subject), 0.8))
}
