//! A name in a sentence that opens with a partitive of captives is one of them: "Out of the
//! 59 hostages still held, five are Americans, though only A is believed alive", "Of the
//! captives freed on Sunday, B was the youngest". News counts a group of captives first and
//! then picks out the one it names, so the name takes the group's role.
//!
//! Read conservatively: the opening phrase must end at its comma with the captives' noun as
//! its head ("Of the hostage families, C said" counts families), nothing may own the group
//! ("Of the relatives of the hostages"), and the name must stand bare in the clause after
//! the comma: no office before it, no preposition or family word, no reporting verb before
//! or after it (the source who counts the captives is none of them).
//!
//! The same count picks one out mid-sentence: "one of the freed hostages, A, a nurse with
//! the charity, said". There the name must stand right after the phrase's comma and close
//! its own apposition with a comma or the sentence's end, and the words between "of" and the
//! captives' noun may only be an article, a number, a nationality or a captivity participle
//! ("the negotiators who freed the hostages" counts negotiators). "the mother of one of the
//! hostages, B" names the mother, so nothing may own the "one".

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::seized::CALLINGS;
use super::word;
use crate::entity::Role;

/// Plural nouns of captives that head a partitive phrase.
const CAPTIVES: &[&str] = &["hostages", "captives", "abductees"];

/// Words that may follow the head noun inside the phrase: a participle, a relative or a
/// preposition that modifies the captives ("the hostages still held in Gaza", "those who came
/// home"), never a second noun ("hostage families").
const MODIFIERS: &[&str] = &[
    "still",
    "held",
    "freed",
    "released",
    "returned",
    "taken",
    "kidnapped",
    "abducted",
    "who",
    "that",
    "remaining",
    "in",
    "from",
    "by",
    "on",
    "set",
    "due",
    "named",
    "believed",
    "being",
    "so",
    "to",
    "yet",
    "already",
    "recently",
    "alive",
    "known",
    "listed",
    "seized",
];

/// Words right before a name that make it no captive picked out of the group: a preposition's
/// object, a reporting verb's subject or object.
const NOT_BEFORE: &[&str] = &[
    "of",
    "for",
    "with",
    "by",
    "to",
    "from",
    "about",
    "said",
    "says",
    "told",
    "according",
    "than",
    "and",
    "'s",
];

/// Hostage when the name at `t0..t1` (its title run opening at `l0`) is the apposition of
/// "one of the (freed) hostages," right before it.
pub(super) fn one_of_captives(p: &Para<'_>, l0: usize, t0: usize, t1: usize) -> Vec<Role> {
    let w = |i: usize| word(p, i).unwrap_or_default();
    // An age may stand before the name: "One of the released hostages, 25-year-old A, …".
    let aged = l0 >= 1 && w(l0 - 1).ends_with("-year-old");
    let l0 = if aged { l0 - 1 } else { l0 };
    // "One of the hostages, Rabbi A,": an honorific or a calling is no title of the name's
    // own, only says who the captive is.
    let called = (l0..t0).all(|k| {
        p.word_at(k)
            .is_some_and(|x| CALLINGS.contains(&x.trim_end_matches('.')))
            || p.toks[k].is_punct('.')
    });
    if p.in_quote[t0] || l0 < 5 || (l0 != t0 && !aged && !called) || !p.toks[l0 - 1].is_punct(',') {
        return Vec::new();
    }
    let comma = l0 - 1;
    // The name closes its apposition: a comma, the sentence's end, or the paragraph's end.
    let closed = match p.toks.get(t1) {
        None => true,
        Some(t) => t.is_punct(',') || t.is_punct('.') || p.starts[t1],
    };
    if !closed {
        return Vec::new();
    }
    // The captives' noun, then only modifiers up to the comma ("hostages freed on Sunday,").
    let Some(head) = (comma.saturating_sub(6)..comma)
        .rev()
        .find(|&i| CAPTIVES.contains(&w(i).as_str()))
    else {
        return Vec::new();
    };
    let tail_ok = head + 1 == comma
        || (MODIFIERS.contains(&w(head + 1).as_str())
            && (head + 1..comma).all(|i| p.toks[i].is_word()));
    if !tail_ok {
        return Vec::new();
    }
    // Back from the noun: article, numbers, nationalities, participles, then "one of".
    let mut i = head;
    while i > 0 && head - i < 5 {
        let x = w(i - 1);
        let pre = matches!(x.as_str(), "the" | "those" | "these")
            || MODIFIERS.contains(&x.as_str())
            || LEX.is_number_word(&x)
            || p.word_at(i - 1).is_some_and(|y| LEX.is_demonym(y));
        if !pre {
            break;
        }
        i -= 1;
    }
    let opens = i >= 2 && w(i - 1) == "of" && matches!(w(i - 2).as_str(), "one" | "another");
    let owned = i >= 3 && w(i - 3) == "of";
    if opens && !owned && !p.in_quote[head] {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}

/// Hostage when the sentence of the name at `t0..t1` (its title run opening at `l0`) opens
/// with a partitive of captives and the name stands bare after the phrase's comma.
pub(super) fn partitive_captive(p: &Para<'_>, l0: usize, t0: usize, t1: usize) -> Vec<Role> {
    let w = |i: usize| word(p, i).unwrap_or_default();
    if p.in_quote[t0] {
        return Vec::new();
    }
    let s = p.sentence_start(l0);
    let k = match w(s).as_str() {
        "of" | "among" | "amongst" => s + 1,
        "out" if w(s + 1) == "of" => s + 2,
        _ => return Vec::new(),
    };
    // The phrase's comma, within a few words of the opener and before the name.
    let Some(comma) = (k..l0.min(k + 12)).find(|&i| p.toks[i].is_punct(',')) else {
        return Vec::new();
    };
    let Some(head) = (k..comma).find(|&i| CAPTIVES.contains(&w(i).as_str())) else {
        return Vec::new();
    };
    let owned = (k..head).any(|i| w(i) == "of" || !p.toks[i].is_word());
    let headed = head + 1 == comma || MODIFIERS.contains(&w(head + 1).as_str());
    if owned || !headed {
        return Vec::new();
    }
    // A nationality may stand before the name ("only Israeli-American A"); an office may not.
    let bare = (l0..t0).all(|i| p.word_at(i).is_some_and(|x| LEX.is_demonym(x)));
    let before = w(l0 - 1);
    let free = !NOT_BEFORE.contains(&before.as_str())
        && !LEX.kin.contains(before.as_str())
        && !p.toks[l0 - 1].is_punct('(');
    let after = w(t1);
    let speaks = LEX.reporting_verbs.contains(after.as_str())
        || matches!(
            p.toks.get(t1).map(|t| t.kind),
            Some(super::super::text::Tok::Possessive)
        );
    if bare && free && !speaks {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}
