//! A release from captivity owned by a name, or by a pronoun that can only point back to it:
//! "A's release from Gaza", "C, mother of A, broke down hours before his release", "A's wife
//! wept on seeing her husband after his release from Gaza".
//!
//! A release alone may be a prisoner's ("B's wife called for his release from prison"), so
//! when a possessive name owns it, it must be from Gaza or from captivity.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::roles::{word, word_back};
use super::super::text::Tok;
use crate::entity::Role;

/// Nouns of what happened to a captive, which a possessive may own.
const EVENTS: &[&str] = &[
    "release",
    "return",
    "homecoming",
    "captivity",
    "abduction",
    "liberation",
];

/// "the release from Gaza", "return from captivity": the event noun at `i` is followed by
/// "from" and the place or state of captivity ("from Hamas captivity", "from Russian
/// captivity" too).
pub(in crate::extract) fn from_captivity(p: &Para<'_>, i: usize) -> bool {
    let captive = |k: usize| word(p, k).is_some_and(|w| matches!(w.as_str(), "gaza" | "captivity"));
    let holder = |k: usize| {
        word(p, k).as_deref() == Some("hamas") || p.word_at(k).is_some_and(|w| LEX.is_demonym(w))
    };
    word(p, i).is_some_and(|w| EVENTS.contains(&w.as_str()))
        && word(p, i + 1).as_deref() == Some("from")
        && (captive(i + 2) || holder(i + 2) && word(p, i + 3).as_deref() == Some("captivity"))
}

/// Nouns that are a captive's own whatever the story: "A's abduction", "B's captivity".
const TAKEN: &[&str] = &["abduction", "kidnapping", "captivity"];

/// Words of a prison, whose release is a convict's ("called for his release from jail").
const JAIL: &[&str] = &[
    "prison",
    "prisons",
    "jail",
    "jailed",
    "prisoner",
    "prisoners",
    "detainee",
    "detainees",
    "custody",
    "sentence",
    "sentenced",
    "convicted",
];

/// The article speaks of prisons or prisoners outside quotation marks, so a release it
/// tells of may be a convict's.
pub(in crate::extract) fn jail_story(paras: &[Para<'_>]) -> bool {
    super::narrated(paras, |_, _, w| super::one_of(w, JAIL))
}

/// "Liat's release from Gaza", "A's return from captivity", "B's abduction": the name ending
/// at `t1` owns a release from captivity or a captive's own event right after it. A bare
/// "C's release" is a captive's only in a story of a kidnapping that speaks of no prison
/// (`captive_story`: "relieved at C's release"). The owner of an event "of" someone else
/// ("Hamas's release of A") is the actor, not the captive.
pub(in crate::extract) fn own_release(p: &Para<'_>, t1: usize, captive_story: bool) -> Vec<Role> {
    let owned = p.toks.get(t1).is_some_and(|t| t.kind == Tok::Possessive);
    if !owned || p.in_quote[t1] {
        return Vec::new();
    }
    let noun = word(p, t1 + 1).unwrap_or_default();
    let bare = word(p, t1 + 2).as_deref() != Some("of")
        && (TAKEN.contains(&noun.as_str()) || captive_story && noun == "release");
    if from_captivity(p, t1 + 1) || bare {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}

/// The pronoun of a family word's gender, or none for a word of either ("parents").
fn kin_gender(w: Option<&str>) -> Option<Option<&'static str>> {
    match w {
        Some("mother" | "wife" | "sister" | "daughter" | "grandmother" | "aunt") => {
            Some(Some("her"))
        }
        Some("father" | "husband" | "brother" | "son" | "grandfather" | "uncle") => {
            Some(Some("his"))
        }
        Some("parents" | "family" | "grandparents") => Some(None),
        _ => None,
    }
}

/// "C, mother of 25-year-old A, broke down hours before his release": the name at `l0`..`t1`
/// follows "KIN of" (past an age), or owns the family word ("A's (left) wife"), and later in
/// the sentence, with no one named between, a possessive of the other gender than the family
/// word ("his" after "mother") owns a release or a captivity. The relative cannot own it, so
/// the named one was the captive. After a possessive name the release must be from
/// captivity (see the module).
pub(in crate::extract) fn kin_of_release(
    p: &Para<'_>,
    l0: usize,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    let w = |k: usize| word_back(p, l0, k);
    let aged = w(1).is_some_and(|x| x.ends_with("-year-old"));
    let k = 1 + usize::from(aged);
    // "A's (left) wife": a bracketed aside of one word may stand between.
    let owned = p.toks.get(t1).is_some_and(|t| t.kind == Tok::Possessive);
    let bracket = owned && p.toks.get(t1 + 1).is_some_and(|t| t.is_punct('('));
    let kin_at = t1 + 1 + if bracket { 3 } else { 0 };
    let of = w(k).as_deref() == Some("of");
    let (gender, from) = if of {
        (kin_gender(w(k + 1).as_deref()), t1)
    } else if owned && (!bracket || p.toks.get(t1 + 3).is_some_and(|t| t.is_punct(')'))) {
        (kin_gender(word(p, kin_at).as_deref()), kin_at + 1)
    } else {
        return Vec::new();
    };
    let Some(gender) = gender else {
        return Vec::new();
    };
    let mut i = from;
    while i + 1 < p.toks.len() && i - from < 30 && !(i > from && p.starts[i]) {
        if person_at(i) {
            return Vec::new();
        }
        let x = word(p, i).unwrap_or_default();
        let owner = matches!(x.as_str(), "his" | "her") && Some(x.as_str()) != gender;
        let event = if !of {
            from_captivity(p, i + 1)
        } else {
            word(p, i + 1).is_some_and(|n| EVENTS.contains(&n.as_str()))
        };
        if owner && event && !p.in_quote[i] {
            return vec![Role::Hostage];
        }
        i += 1;
    }
    Vec::new()
}
