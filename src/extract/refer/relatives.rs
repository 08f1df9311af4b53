//! Who an article brings in as someone's relative or friend ("Ruth Cohen, the mother of
//! hostage Eli Cohen"; "his father, Adi"): such a person speaks for a family, and never holds
//! the office a later title names ("The US president says …", `Ctx::last_described`).

use crate::entity::EntityKind;
use crate::extract::Para;
use crate::extract::lexicon::LEX;
use crate::extract::people::{Entity, Mention};
use crate::extract::text::Tok;

/// Words that open a description before its head ("the", "a", "his", "54-year-old").
const OPENERS: &[&str] = &["the", "a", "an", "his", "her", "their", "whose", "one"];

/// Per entity: whether the article introduces that person by a family tie or as a friend,
/// in a word right before the name ("his mother Yael", "mother, Yael") or as the head of an
/// apposition after it (", the mother of …", ", a close friend of …").
pub(crate) fn relatives(paras: &[Para<'_>], ents: &[Entity], mentions: &[Mention]) -> Vec<bool> {
    let mut out = vec![false; ents.len()];
    for (k, m) in mentions.iter().enumerate() {
        if ents[m.entity].kind != EntityKind::Person || m.in_quote || out[m.entity] {
            continue;
        }
        let p = &paras[m.para];
        let word = |i: usize| {
            p.toks
                .get(i)
                .filter(|t| t.is_word())
                .map(|t| t.text(p.text).to_lowercase())
        };
        let before =
            m.t0.checked_sub(1 + usize::from(m.t0 >= 1 && p.toks[m.t0 - 1].is_punct(',')));
        let left = before.and_then(word).is_some_and(|w| tie(&w));
        // ", Edan's father,": the head comes after the last possessive.
        let apposed = p.toks.get(m.t1).is_some_and(|t| t.is_punct(','))
            && !inside_apposition(p, mentions, k)
            && {
                let (from, end) = apposition_words(p, m.t1 + 1, (m.t1 + 8).min(p.toks.len()));
                (from..end)
                    .map_while(word)
                    .find(|w| {
                        !OPENERS.contains(&w.as_str()) && !w.ends_with("-old") && !modifier(w)
                    })
                    .is_some_and(|w| tie(&w))
            };
        out[m.entity] = left || apposed;
    }
    out
}

/// A family word or "friend" (`data/kin.txt`), one person's: not "families" or "relatives",
/// which a reporter's own description can hold ("who met the families").
fn tie(w: &str) -> bool {
    (LEX.kin.contains(w)
        && !matches!(
            w,
            "family" | "families" | "relatives" | "parents" | "partner"
        ))
        || matches!(w, "friend" | "neighbour" | "neighbor" | "classmate")
}

/// A word before a relation's head that leaves it a relation ("a close friend", "the late
/// father", "her younger brother").
fn modifier(w: &str) -> bool {
    matches!(
        w,
        "close"
            | "longtime"
            | "late"
            | "younger"
            | "older"
            | "elder"
            | "eldest"
            | "youngest"
            | "best"
            | "childhood"
            | "grieving"
    )
}

/// The words of an apposition opening at token `start`, up to its first punctuation or
/// `limit`: `(from, end)`, where `from` is past the last possessive (", Edan's father," →
/// "father"; ", the president's son-in-law," → "son-in-law"), whose noun is the name's own.
pub(super) fn apposition_words(p: &Para<'_>, start: usize, limit: usize) -> (usize, usize) {
    let mut from = start;
    let mut end = start;
    while end < limit && !matches!(p.toks[end].kind, Tok::Punct(_)) {
        if p.toks[end].kind == Tok::Possessive {
            from = end + 1;
        }
        end += 1;
    }
    (from, end)
}

/// "Ruth Cohen, the mother of hostage Eli Cohen, spoke …": a name inside the apposition
/// that renames the person before it (mention `k`, after that person's comma with no
/// punctuation between) ends that apposition; the words after its comma describe no one.
pub(super) fn inside_apposition(p: &Para<'_>, mentions: &[Mention], k: usize) -> bool {
    let m = mentions[k];
    k.checked_sub(1)
        .map(|j| mentions[j])
        .filter(|n| n.para == m.para && n.t1 < m.t0)
        .is_some_and(|n| {
            p.toks[n.t1].is_punct(',')
                && (n.t1 + 1..m.t0).all(|i| p.toks[i].is_word() && !p.starts[i])
        })
}

/// "Mr Biden, who his father said …", "the envoy, whom aides describe as …", "A, whose son
/// …": a relative clause opening at token `i` whose relative pronoun is not its subject —
/// another noun phrase ("his father", "aides") does the clause's verb, so nothing in it
/// describes, or speaks for, the name before it.
pub(in crate::extract) fn object_relative(p: &Para<'_>, i: usize) -> bool {
    let word = |j: usize| {
        p.toks
            .get(j)
            .filter(|t| t.is_word())
            .map(|t| t.text(p.text).to_lowercase())
    };
    match word(i).as_deref() {
        Some("whom" | "whose") => true,
        Some("who") => word(i + 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "his"
                    | "her"
                    | "their"
                    | "its"
                    | "the"
                    | "a"
                    | "an"
                    | "my"
                    | "our"
                    | "your"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
            )
        }),
        _ => false,
    }
}
