//! Roles from a description that refers back: "Jim Banks spoke on Tuesday. The Ohio senator
//! said …" makes Banks a senator, an official. News names a person once, then calls them by
//! what they are. So does a description that attributes a quotation ("“…,” the spokesperson
//! added"), the quotation taking the place of the sentence's opening.
//!
//! Read conservatively, since a wrong role spreads to every page of the person: the
//! description opens a sentence with "the", is singular, ends in a role word that no name
//! follows ("The Israeli minister Dana Roth" is a title, read elsewhere), and is followed by a
//! verb; the person is the only one named in the sentence right before it (same paragraph, or
//! the last sentence of the paragraph before). "The official" is left alone (often an unnamed
//! source) unless a rank and a named body qualify it ("the senior Hamas official"), and so is
//! a past office ("the former minister"). A name set off by a comma after the description
//! ("The chief negotiator in the talks, A, said") is the one it describes.

use super::Para;
use super::lexicon::LEX;
use super::people::{Entity, Mention};
use super::roles::{Found, word};
use super::text::is_capitalised;
use crate::entity::{EntityKind, Role};

/// Adds to `found` the roles descriptions give back to the person named just before them.
pub(super) fn back_references(
    paras: &[Para<'_>],
    ents: &[Entity],
    mentions: &[Mention],
    found: &mut [Found],
) {
    let people: Vec<&Mention> = mentions
        .iter()
        .filter(|m| ents[m.entity].kind == EntityKind::Person && !m.in_quote && !m.credit)
        .collect();
    for (pi, p) in paras.iter().enumerate() {
        for i in 0..p.toks.len() {
            if p.in_quote[i] || word(p, i).as_deref() != Some("the") {
                continue;
            }
            // "“…,” the spokesperson added.": after a quotation the description is its
            // speaker, and the sentence before the quotation names the one meant.
            let from = if p.starts[i] {
                i
            } else if i >= 1 && p.in_quote[i - 1] {
                (0..i).rev().find(|&k| !p.in_quote[k]).map_or(0, |k| k + 1)
            } else {
                continue;
            };
            let Some((end, roles)) = description(p, i, &people, pi) else {
                continue;
            };
            let says = word(p, end).is_some_and(|w| LEX.reporting_verbs.contains(w.as_str()));
            if from < i && !says {
                continue;
            }
            if let Some(e) = antecedent(paras, &people, pi, from, from < i) {
                found[e].add(p, pi, end - 1, &roles, "description");
            }
        }
    }
}

/// The description opening at "the" (token `i`): where it ends and the roles it gives.
fn description(
    p: &Para<'_>,
    i: usize,
    people: &[&Mention],
    pi: usize,
) -> Option<(usize, Vec<Role>)> {
    let named = |t: usize| people.iter().any(|m| m.para == pi && m.t0 <= t && t < m.t1);
    let mut j = i + 1;
    while j < p.toks.len() && j - i <= 5 && p.toks[j].is_word() && !named(j) {
        let w = p.toks[j].text(p.text);
        let l = w.to_lowercase();
        if !(is_capitalised(w) || LEX.is_title(w) || LEX.premodifiers.contains(l.as_str())) {
            break;
        }
        j += 1;
    }
    let last = word(p, j.checked_sub(1)?)?;
    // A verb must follow: a name there makes the phrase a title ("The minister Dana Roth").
    let verb = p
        .toks
        .get(j)
        .is_some_and(|t| t.is_word() && !is_capitalised(t.text(p.text)) && !named(j));
    // "The chief negotiator in peace talks, Otty Patiño, said": a name set off by a comma
    // after the rest of the noun phrase is the one described, not the person before.
    let apposed = (j..p.toks.len().min(j + 8))
        .take_while(|&k| !p.starts[k] || k == j)
        .find(|&k| !p.toks[k].is_word())
        .is_some_and(|k| p.toks[k].is_punct(',') && named(k + 1));
    if apposed {
        return None;
    }
    let text = &p.text[p.toks[i].start..p.toks[j - 1].end].to_lowercase();
    let past = ["former", "late", "then", "ex-"]
        .iter()
        .any(|w| text.contains(w));
    let roles: Vec<Role> = LEX.roles_in(text);
    let usable = j > i + 1
        && verb
        && !past
        && !last.ends_with('s')
        && (last != "official" || senior_of_body(p, i, j))
        && LEX.is_title(&last)
        && !roles.is_empty();
    usable.then_some((j, roles))
}

/// The one person named in the sentence before token `i` of paragraph `pi`, if only one is.
/// With `speaker`, that person must also be who speaks there ("…, Ansari said."), since a
/// description attributing a quotation goes on with the one quoted before ("the spokesperson
/// added"): "Hamas freed A. '…,' the minister said" makes no minister of A.
fn antecedent(
    paras: &[Para<'_>],
    people: &[&Mention],
    pi: usize,
    i: usize,
    speaker: bool,
) -> Option<usize> {
    // The sentence before: in this paragraph, else the last of the paragraph before.
    let (bp, end) = if i > 0 {
        (pi, i)
    } else {
        let b = pi.checked_sub(1)?;
        (b, paras[b].toks.len())
    };
    let p = &paras[bp];
    let start = (0..end)
        .rev()
        .find(|&k| p.starts[k] && !p.in_quote[k])
        .unwrap_or(0);
    let mut who = people
        .iter()
        .filter(|m| m.para == bp && m.t0 >= start && m.t0 < end)
        .map(|m| m.entity);
    let first = who.next()?;
    if !who.all(|e| e == first) {
        return None;
    }
    let says = |k: usize| word(p, k).is_some_and(|w| LEX.reporting_verbs.contains(w.as_str()));
    let speaks = people.iter().any(|m| {
        m.para == bp && m.t0 >= start && m.t0 < end && (says(m.t1) || m.t0 >= 1 && says(m.t0 - 1))
    });
    (!speaker || speaks).then_some(first)
}

/// "The senior Hamas official met …": "official" with a rank and a named body before it is
/// the person named just before, not an unnamed source (those come with "a": "a senior
/// Hamas official said").
fn senior_of_body(p: &Para<'_>, i: usize, j: usize) -> bool {
    let words: Vec<&str> = (i + 1..j.saturating_sub(1))
        .filter_map(|k| p.word_at(k))
        .collect();
    words
        .first()
        .is_some_and(|w| matches!(*w, "senior" | "top"))
        && words.iter().skip(1).any(|w| is_capitalised(w))
}
