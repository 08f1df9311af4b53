//! People freed in an exchange between states, named in the words of the swap rather than of
//! captivity: "A, B and C were also part of the exchange", "the two Americans – A and B –
//! were exchanged for D", "E is among the Americans released", "the families of F and G …
//! the release of their loved ones", "the release of H and reporter I".
//!
//! A swap frees people on both sides, and the other side's are convicts and agents: a name
//! whose title makes it one ("convicted assassin A"; [`convict_title`]) takes nothing here,
//! and one traded *for* is the object, never the subject these rules read.
//!
//! A name traded for one a convict's title marks ("exchanged jailed star A for arms dealer
//! B") is the captive of the pair, whoever the subject ([`traded_for_convict`]).
//!
//! Who frees tells the sides apart: the reader's own side frees the convicts it traded
//! ("Washington released A in exchange for B": A is the convict, B the captive it got
//! back; [`own_side_freer`], [`for_own_side_release`]).

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::lists::UNDERGONE;
use super::super::roles::word;
use super::super::text::{Tok, is_capitalised};
use super::held::{CONVICT_TITLES, convict_title};

/// Nouns of an exchange of prisoners between sides.
const SWAPS: &[&str] = &["exchange", "swap", "trade", "deal"];

/// Words that end a list subject: a clause of its own, or a reporting verb.
const LIST_ENDS: &[&str] = &[
    "said", "says", "told", "who", "which", "that", "when", "after", "while", "because", "but",
    "for", "to", "with", "of",
];

/// A noun of people held for a crime ("prisoners", "detainees"); a regime's "political
/// prisoners" are its captives, so the callers look at the word before.
pub(in crate::extract) fn jailed(w: &str) -> bool {
    matches!(
        w,
        "prisoner" | "prisoners" | "detainee" | "detainees" | "inmates" | "convicts"
    )
}

/// The word at `i` is a noun of [`jailed`] people, and no "political" comes before it.
fn jailed_noun(p: &Para<'_>, i: usize) -> bool {
    word(p, i).is_some_and(|w| jailed(&w))
        && !(i > 0 && word(p, i - 1).as_deref() == Some("political"))
}

/// The apposition right after the name ending at `t1` (to its closing comma, at most eight
/// words, opened by an article or "who") calls the person a convict or an agent ("A, a
/// convicted spy,"); a list item after the comma is another person's.
fn convict_apposition(p: &Para<'_>, t1: usize) -> bool {
    p.toks.get(t1).is_some_and(|t| t.is_punct(','))
        && matches!(word(p, t1 + 1).as_deref(), Some("a" | "an" | "the" | "who"))
        && (t1 + 1..p.toks.len().min(t1 + 9))
            .take_while(|&i| !p.toks[i].is_punct(',') && !p.starts[i])
            .any(|i| word(p, i).is_some_and(|w| CONVICT_TITLES.contains(&w.as_str())))
}

/// "were also part of the historic exchange", "was exchanged for", "were swapped for": the
/// predicate of an exchange that opens at `i` (its auxiliary).
fn swap_predicate(p: &Para<'_>, i: usize) -> bool {
    let w = |k: usize| word(p, k).unwrap_or_default();
    if !matches!(w(i).as_str(), "were" | "was" | "are" | "is") {
        return false;
    }
    let v = i + 1 + usize::from(w(i + 1) == "also");
    if matches!(w(v).as_str(), "exchanged" | "swapped" | "traded") && w(v + 1) == "for" {
        return true;
    }
    w(v) == "part"
        && w(v + 1) == "of"
        && w(v + 2) == "the"
        && (v + 3..v + 6).any(|k| SWAPS.contains(&w(k).as_str()))
}

/// The name at `t0`..`t1` is in the subject of a swap predicate ([`swap_predicate`]): after
/// it, within the sentence, only other names of the list, their titles and appositions lie
/// before the predicate.
pub(in crate::extract) fn part_of_swap(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    if convict_title(p, t0) || convict_apposition(p, t1) || p.in_quote[t0] {
        return false;
    }
    let mut i = t1;
    while i < p.toks.len() && i - t1 < 45 && !(i > t1 && p.starts[i]) {
        if swap_predicate(p, i) {
            return true;
        }
        let w = word(p, i).unwrap_or_default();
        let aux = matches!(w.as_str(), "were" | "was" | "are" | "is" | "has" | "have");
        if aux || LIST_ENDS.contains(&w.as_str()) {
            return false;
        }
        i += 1;
    }
    false
}

/// "A, a former Navy SEAL, is among the Americans released", "B was among those freed": the
/// name ending at `t1` is one of a group of people freed, unless the group is of prisoners.
pub(in crate::extract) fn among_freed(p: &Para<'_>, t1: usize) -> bool {
    let w = |k: usize| word(p, k).unwrap_or_default();
    let mut i = t1;
    if p.toks.get(i).is_some_and(|t| t.is_punct(',')) {
        i += 1;
    }
    if !matches!(w(i).as_str(), "is" | "was" | "are" | "were") || w(i + 1) != "among" {
        return false;
    }
    let s = i + 2;
    let Some(v) = (s..p.toks.len().min(s + 5)).find(|&k| UNDERGONE.contains(&w(k).as_str())) else {
        return false;
    };
    // Only a group's words lie between: "the", "those", a count, a demonym, a plural noun.
    let group = (s..v).all(|k| p.toks[k].is_word() && !jailed_noun(p, k));
    group && v > s && !p.in_quote[t1]
}

/// "the families of A, B and C … the release of their loved ones": the name opening at `l0`
/// is in a list after "the families of" (or "relatives of"), and the sentence goes on to the
/// release or homecoming of "their loved ones", or to "their release". The list may stand in
/// apposition to the group it names ("the families of the two Americans, A and B,").
pub(in crate::extract) fn families_awaiting(
    p: &Para<'_>,
    l0: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    let w = |k: usize| word(p, k).unwrap_or_default();
    let mut i = l0;
    while i > 0
        && l0 - i < 30
        && !p.starts[i]
        && (person_at(i - 1) || p.toks[i - 1].is_punct(',') || w(i - 1) == "and")
    {
        i -= 1;
    }
    // "the families of the two Americans, A and B,": the list in apposition to the group.
    if i >= 3 && p.toks[i].is_punct(',') && w(i - 1) != "of" {
        let group = (i.saturating_sub(5)..i - 1)
            .rev()
            .take_while(|&j| p.toks[j + 1].is_word() && !person_at(j + 1) && !p.starts[j + 1])
            .find(|&j| w(j) == "of");
        if let Some(j) = group {
            i = j + 1;
        }
    }
    if i < 2 || w(i - 1) != "of" || !matches!(w(i - 2).as_str(), "families" | "relatives") {
        return false;
    }
    let mut k = l0;
    while k + 1 < p.toks.len() && !(k > l0 && p.starts[k]) {
        // "… confirmed their release": the release of the ones listed.
        let release = matches!(w(k + 1).as_str(), "release" | "freedom" | "homecoming");
        if w(k) == "their" && release {
            return true;
        }
        if w(k) == "loved" && w(k + 1) == "ones" && w(k.saturating_sub(1)) == "their" {
            let near = k.saturating_sub(4)..p.toks.len().min(k + 7);
            return near.clone().any(|j| {
                matches!(
                    w(j).as_str(),
                    "release" | "released" | "freed" | "freedom" | "home" | "homecoming"
                )
            });
        }
        k += 1;
    }
    false
}

/// "the release of A and reporter B", "the release of A and Wall Street Journal reporter B":
/// between the end of a list item at `end` and the next name at `t0` stand "and" and a title
/// of the next name's own that gives no role, no possessive and no relation: the list of
/// what was done goes on.
pub(in crate::extract) fn titled_item_gap(p: &Para<'_>, end: usize, t0: usize) -> bool {
    if t0 <= end + 1 || t0 - end > 7 || (end + 1..=t0).any(|i| p.starts[i]) {
        return false;
    }
    let mut i = end;
    if p.toks[i].is_punct(',') {
        i += 1;
    }
    if word(p, i).as_deref() != Some("and") || i + 1 >= t0 {
        return false;
    }
    let run = &p.text[p.toks[i + 1].start..p.toks[t0 - 1].end];
    let plain = (i + 1..t0).all(|k| {
        let t = p.toks[k];
        let x = t.text(p.text).to_lowercase();
        t.is_word()
            && t.kind != Tok::Possessive
            && (is_capitalised(t.text(p.text)) || !LEX.stopwords.contains(x.as_str()))
            && !LEX.kin.contains(x.as_str())
            && !CONVICT_TITLES.contains(&x.as_str())
    });
    plain && LEX.roles_in(run).is_empty()
}

/// The subject right before the freeing verb at `v` (past "has", "have" or "had") is a
/// state of the reader's side (`data/reader_side.txt`): it frees convicts, not captives
/// ("Washington released A", "the United States freed B").
pub(in crate::extract) fn own_side_freer(p: &Para<'_>, v: usize) -> bool {
    let mut k = v;
    if k > 0 && word(p, k - 1).is_some_and(|w| matches!(w.as_str(), "has" | "have" | "had")) {
        k -= 1;
    }
    k > 0
        && !p.in_quote[k - 1]
        && word(p, k - 1).is_some_and(|w| LEX.reader_places.contains(w.as_str()))
}

/// "Washington released A in exchange for B": the name at `l0` follows "in exchange for",
/// "in return for" or "in a swap for" after a freeing verb of the reader's side in the same
/// sentence, so it is the captive that side got back.
pub(in crate::extract) fn for_own_side_release(p: &Para<'_>, l0: usize) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    if l0 < 3 || w(l0 - 1) != "for" {
        return false;
    }
    let traded = matches!(w(l0 - 2).as_str(), "exchange" | "return" | "swap" | "trade")
        && (w(l0 - 3) == "in" || l0 >= 4 && w(l0 - 3) == "a" && w(l0 - 4) == "in");
    let s = p.sentence_start(l0);
    traded && (s..l0).any(|i| matches!(w(i).as_str(), "released" | "freed") && own_side_freer(p, i))
}

/// Verbs of trading one person for another.
const TRADE_VERBS: &[&str] = &["exchanged", "swapped", "traded"];

/// "have exchanged jailed US basketball star A for arms dealer B": the name at `t0`..`t1` is
/// the object of a trading verb (at most six words of title before it), "for" follows it,
/// and the next name after, within six tokens, has a convict's title (`convict_title`) that
/// the name itself lacks.
pub(in crate::extract) fn traded_for_convict(
    p: &Para<'_>,
    t0: usize,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    let traded = (t0.saturating_sub(7)..t0)
        .rev()
        .take_while(|&i| p.toks[i].is_word() && !p.starts[i + 1])
        .any(|i| TRADE_VERBS.contains(&word(p, i).unwrap_or_default().as_str()));
    if !traded || word(p, t1).as_deref() != Some("for") || convict_title(p, t0) || p.in_quote[t1] {
        return false;
    }
    (t1 + 1..(t1 + 8).min(p.toks.len()))
        .find(|&j| person_at(j))
        .is_some_and(|j| convict_title(p, j))
}
