//! A person named only as the one whose relative speaks: "A, mother of B, said …", "the
//! father of C and D". Reporting on captives quotes their families, and a family member is
//! introduced by the captive's name ("the sister of Carmel Gat"); so in an article about
//! captives, a name that follows a family word and "of" is a captive's, when nothing else in
//! the article gives that person a role. An official ("the wife of President A") keeps
//! only the office, and an article that speaks of no captives gives no one anything here.
//! A relative's lone surname that a captive shares is no evidence of the relative's role
//! ([`lone_kin_surnames`]).
//!
//! A name set off by its own family apposition ("A and B, the parents of hostage C,") is a
//! relative: the list or delegation it stands in gives it nothing, and it is never the
//! captive its relation names. Only C is the captive, and what follows C's closing comma is
//! the relatives' predicate, not C's ([`kin_apposition_after`], [`in_kin_apposition`]).

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::people::{Entity, Mention};
use super::super::text::Tok;
use super::word;
use crate::entity::EntityKind;

/// Family words that stand for a relation rather than a household ("the family of A" names
/// no captive's relative in particular; "a partner of A" is as often a business partner).
fn relation(w: &str) -> bool {
    LEX.kin.contains(w) && !matches!(w, "family" | "families" | "partner")
}

/// The name at `l0` follows "KIN of": "mother of B", "the parents of B". Counted relatives
/// ("Those released included three relatives of B") are the people the sentence is about —
/// the captives themselves, not a relative speaking for B — so B is no one's captive there.
pub(super) fn kin_object(p: &Para<'_>, l0: usize) -> bool {
    l0 >= 2
        && !p.in_quote[l0]
        && word(p, l0 - 1).as_deref() == Some("of")
        && word(p, l0 - 2).is_some_and(|w| relation(&w))
        && !(l0 >= 3 && word(p, l0 - 3).is_some_and(|w| counted(&w)))
}

/// A count of two or more before a family word: "three relatives", "2 cousins".
fn counted(w: &str) -> bool {
    w != "one"
        && (LEX.is_number_word(w) || (!w.is_empty() && w.chars().all(|c| c.is_ascii_digit())))
}

/// Rules that read a name's place in the sentence around it, not what is said of the name
/// itself: a relative set off by a family apposition, and the captive inside it, take
/// nothing from them in that paragraph.
const OUTER_RULES: &[&str] = &[
    "list",
    "list predicate",
    "list apposition",
    "delegation",
    "sides",
    "kin of",
];

/// Determiners and owners that may open a family apposition: "the parents of", "his wife".
fn opens_kin(w: &str) -> bool {
    matches!(w, "the" | "his" | "her" | "their")
}

/// After the name ending at `t1`, a comma and a family noun phrase that ends in "of": ", the
/// parents of", ", mother and brother of", ", the wife and son of". The name is a relative.
pub(super) fn kin_apposition_after(p: &Para<'_>, t1: usize) -> bool {
    if !p.toks.get(t1).is_some_and(|t| t.is_punct(',')) || p.in_quote[t1] {
        return false;
    }
    let mut k = t1 + 1;
    if word(p, k).is_some_and(|w| opens_kin(&w)) {
        k += 1;
    }
    if !word(p, k).is_some_and(|w| relation(&w)) {
        return false;
    }
    k += 1;
    while word(p, k).as_deref() == Some("and") && word(p, k + 1).is_some_and(|w| relation(&w)) {
        k += 2;
    }
    word(p, k).as_deref() == Some("of")
}

/// The name whose title starts at `l0` follows "KIN of" inside a family apposition set off
/// after another name: C in "A and B, the parents of hostage C,".
pub(super) fn in_kin_apposition(
    p: &Para<'_>,
    l0: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    if !kin_object(p, l0) {
        return false;
    }
    let mut k = l0 - 2;
    while k > 0 && word(p, k - 1).is_some_and(|w| relation(&w) || w == "and" || opens_kin(&w)) {
        k -= 1;
    }
    k >= 2 && p.toks[k - 1].is_punct(',') && person_at(k - 2)
}

/// Only ", and" stands between the name ending at `end` and the next from `l0`. After the
/// one captive of a family apposition ("D, mother of hostage A, and Captain E") it closes the
/// apposition: E is the next item of the list of relatives and speakers, not a second
/// captive ("the mother of A and B" has no comma).
pub(super) fn comma_and(p: &Para<'_>, end: usize, l0: usize) -> bool {
    l0 == end + 2 && p.toks[end].is_punct(',') && word(p, end + 1).as_deref() == Some("and")
}

/// The apposition read after a captive inside a family apposition is the relatives' verb
/// phrase ("…, the parents of hostage C, met the envoy"), unless it opens as a noun phrase
/// or a relative clause of C's own ("C, a soldier,", "C, who was taken").
pub(super) fn apposition_is_outer(apposition: Option<&str>) -> bool {
    apposition
        .and_then(|a| a.split_whitespace().next())
        .is_some_and(|w| {
            let w = w.to_lowercase();
            !(matches!(w.as_str(), "a" | "an" | "the" | "who" | "whose" | "one")
                || w.starts_with(|c: char| c.is_ascii_digit())
                || LEX.is_number_word(&w))
        })
}

/// Drops, for each (entity, paragraph) in `outer`, the evidence that paragraph gave by the
/// rules of the sentence around the name (`OUTER_RULES`).
pub(super) fn drop_outer_roles(found: &mut [super::Found], outer: &[(usize, usize)]) {
    for &(e, para) in outer {
        found[e]
            .evidence
            .retain(|v| !(v.paragraph == para && OUTER_RULES.contains(&v.rule)));
    }
}

/// The article speaks of captives outside quotations.
pub(super) fn about_captives(paras: &[Para<'_>]) -> bool {
    paras.iter().any(|p| {
        (0..p.toks.len()).any(|i| {
            !p.in_quote[i]
                && p.word_at(i).is_some_and(|w| {
                    w.eq_ignore_ascii_case("hostages")
                        || w.eq_ignore_ascii_case("hostage")
                        || w.eq_ignore_ascii_case("captives")
                        || w.eq_ignore_ascii_case("captivity")
                })
        })
    })
}

/// The name at `l0` is introduced as someone's relative: "his father, Alon,", "the soldier's
/// mother Ruth", "their son, Kfir". Such a lone given name is that family's member, not a
/// namesake another article names in full.
///
/// A describing word may stand between the owner and the family word ("her 80-year-old
/// father, Haim,", "his three children"), and the name may be a later member of a list of
/// lone given names after it ("his children - Yahli, Noam and Alma").
pub(super) fn introduced_as_kin(p: &Para<'_>, l0: usize) -> bool {
    let l0 = first_of_given_names(p, l0);
    let k = if l0 >= 1 && matches!(p.toks[l0 - 1].kind, Tok::Punct(',' | '-' | '–' | '—' | ':'))
    {
        l0 - 1
    } else {
        l0
    };
    if k < 2 || !word(p, k - 1).is_some_and(|w| relation(&w)) {
        return false;
    }
    // Back over at most four describing words: an age, a count, "late", "young".
    let mut o = k - 2;
    for _ in 0..4 {
        let describes = p.toks[o].is_punct('-')
            || word(p, o).is_some_and(|w| {
                LEX.is_number_word(&w)
                    || w.chars().next().is_some_and(|c| c.is_ascii_digit())
                    || matches!(
                        w.as_str(),
                        "year"
                            | "years"
                            | "old"
                            | "late"
                            | "young"
                            | "younger"
                            | "older"
                            | "elder"
                            | "eldest"
                            | "youngest"
                            | "little"
                            | "baby"
                            | "beloved"
                    )
            });
        if !describes || o == 0 {
            break;
        }
        o -= 1;
    }
    matches!(word(p, o).as_deref(), Some("his" | "her" | "their"))
        || p.toks[o].kind == Tok::Possessive
}

/// The first of a list of lone given names that the lone name at `l0` closes ("Yahli, Noam,
/// and Alma" from "Alma"); `l0` itself when the name is no lone word or stands first.
fn first_of_given_names(p: &Para<'_>, l0: usize) -> usize {
    let lone = |i: usize| {
        p.word_at(i).is_some_and(super::super::text::is_capitalised)
            && p.word_at(i + 1)
                .is_none_or(|w| !super::super::text::is_capitalised(w))
            && i >= 1
            && p.word_at(i - 1).is_none_or(|w| w == "and")
    };
    if !lone(l0) {
        return l0;
    }
    let mut i = l0;
    loop {
        let mut j = i;
        let mut seps = 0;
        while j >= 1 && (p.toks[j - 1].is_punct(',') || word(p, j - 1).as_deref() == Some("and")) {
            j -= 1;
            seps += 1;
        }
        if seps == 0 || seps > 2 || j == 0 || !lone(j - 1) {
            return i;
        }
        i = j - 1;
    }
}

/// Where the noun phrase of a name introduced by an owner's family word begins: "her mother
/// A" begins at "her". Otherwise `l0`, the name's own start.
pub(super) fn kin_phrase_start(p: &Para<'_>, l0: usize) -> usize {
    let k = if l0 >= 1 && p.toks[l0 - 1].is_punct(',') {
        l0 - 1
    } else {
        l0
    };
    let owned = k >= 2
        && word(p, k - 1).is_some_and(|w| relation(&w))
        && matches!(word(p, k - 2).as_deref(), Some("his" | "her" | "their"));
    if owned { k - 2 } else { l0 }
}

/// After the name ending at `t1`, a comma and an owner's family word that closes the
/// apposition: ", Or's brother,", ", her son.". The name is a relative, as after "his
/// brother" before it.
fn owned_kin_after(p: &Para<'_>, t1: usize) -> bool {
    if !p.toks.get(t1).is_some_and(|t| t.is_punct(',')) || p.in_quote[t1] {
        return false;
    }
    let k = if word(p, t1 + 1).is_some_and(|w| opens_kin(&w) && w != "the") {
        t1 + 2
    } else if p
        .toks
        .get(t1 + 2)
        .is_some_and(|t| t.kind == Tok::Possessive)
    {
        t1 + 3
    } else {
        return false;
    };
    word(p, k).is_some_and(|w| relation(&w)) && p.toks.get(k + 1).is_none_or(|t| !t.is_word())
}

/// For each mention: a lone surname of a person named in full elsewhere in the article as
/// someone's relative ("his brother Ilay David"), which another named person of the article
/// shares ("Evyatar David"). Reporting on captives names the captive by surname alone ("David,
/// 24, is one of those taken captive"), so such a mention may be the captive's, and the
/// relative takes no role from it.
pub(super) fn lone_kin_surnames(
    paras: &[Para<'_>],
    ents: &[Entity],
    mentions: &[Mention],
) -> Vec<bool> {
    // Introduced as kin by the full name, or by the given name alone ("His mother, Yael, …
    // Yael Alexander said").
    let mut kin_in_full = vec![false; ents.len()];
    for m in mentions {
        let p = &paras[m.para];
        let full = m.t1 > m.t0 + 1;
        kin_in_full[m.entity] |= introduced_as_kin(p, m.t0)
            || full && (kin_apposition_after(p, m.t1) || owned_kin_after(p, m.t1));
    }
    let mut last: Vec<String> = ents
        .iter()
        .filter(|e| e.kind == EntityKind::Person && e.name.contains(' '))
        .filter_map(|e| e.name.rsplit(' ').next())
        .map(str::to_lowercase)
        .collect();
    last.sort();
    let shared: Vec<&String> = last
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| &w[0])
        .collect();
    mentions
        .iter()
        .map(|m| {
            kin_in_full[m.entity]
                && m.t1 == m.t0 + 1
                && paras[m.para]
                    .word_at(m.t0)
                    .is_some_and(|w| shared.contains(&&w.to_lowercase()))
        })
        .collect()
}

/// In a story about captives, a person named as the one a relative belongs to ("the mother of
/// Oren Katzir") with no role from anything else is the captive the relative speaks for.
/// `kin_named` holds, per entity, where it was first named so.
/// `relative` marks those set off as relatives themselves ("…; and D, the mother of hostage
/// E"), never the captive.
pub(super) fn named_kin_are_captives(
    paras: &[Para<'_>],
    kin_named: &[Option<(usize, usize)>],
    relative: &[bool],
    found: &mut [super::Found],
) {
    for ((f, at), &rel) in found.iter_mut().zip(kin_named).zip(relative) {
        if let Some((para, t)) = *at
            && f.evidence.is_empty()
            && !rel
            && !killed_after(&paras[para], t)
        {
            f.add(
                &paras[para],
                para,
                t,
                &[crate::entity::Role::Hostage],
                "kin of",
            );
        }
    }
}

/// Words after "who were killed" that put the killing in captivity ("murdered in captivity",
/// "killed while held in Gaza"): the relatives then speak for a captive after all.
const CAPTIVE_DEATH: &[&str] = &[
    "captivity",
    "captive",
    "captives",
    "hostage",
    "hostages",
    "held",
    "abducted",
    "kidnapped",
    "gaza",
];

/// The names from `t` run, through more names, ages and "and", into ", who was killed" or ",
/// who were murdered by Hamas": "relatives of A and B, who were murdered by Hamas, filed
/// suit". Families of those killed in an attack sue and speak as captives' families do; a
/// person said to be killed, and not in captivity, is no captive.
pub(super) fn killed_after(p: &Para<'_>, t: usize) -> bool {
    let end = p.sentence_end(t).min(t + 16);
    let Some(who) = (t..end).find(|&k| word(p, k).as_deref() == Some("who")) else {
        return false;
    };
    // Only names, numbers, "and" and commas between: the clause is the names' own.
    let names_only = (t..who).all(|k| {
        let tok = &p.toks[k];
        !tok.is_word()
            || word(p, k).as_deref() == Some("and")
            || p.word_at(k)
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    });
    let killed = who >= 1
        && p.toks[who - 1].is_punct(',')
        && matches!(word(p, who + 1).as_deref(), Some("was" | "were"))
        && matches!(
            word(p, who + 2).as_deref(),
            Some("killed" | "murdered" | "slain")
        );
    let sentence = p.sentence_end(t);
    let in_captivity = (who + 3..sentence.min(who + 9))
        .any(|k| word(p, k).is_some_and(|w| CAPTIVE_DEATH.contains(&w.as_str())));
    names_only && killed && !in_captivity
}
