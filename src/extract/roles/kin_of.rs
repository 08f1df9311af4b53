//! A person named only as the one whose relative speaks: "A, mother of B, said …", "the
//! father of C and D". Reporting on captives quotes their families, and a family member is
//! introduced by the captive's name ("the sister of Carmel Gat"); so in an article about
//! captives, a name that follows a family word and "of" is a captive's, when nothing else in
//! the article gives that person a role. An official ("the wife of President A") keeps
//! only the office, and an article that speaks of no captives gives no one anything here.
//! A relative's lone surname that a captive shares is no evidence of the relative's role
//! ([`lone_kin_surnames`]).

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::people::{Entity, Mention};
use super::word;
use crate::entity::EntityKind;

/// Family words that stand for a relation rather than a household ("the family of A" names
/// no captive's relative in particular; "a partner of A" is as often a business partner).
fn relation(w: &str) -> bool {
    LEX.kin.contains(w) && !matches!(w, "family" | "families" | "partner")
}

/// The name at `l0` follows "KIN of": "mother of B", "the parents of B".
pub(super) fn kin_object(p: &Para<'_>, l0: usize) -> bool {
    l0 >= 2
        && !p.in_quote[l0]
        && word(p, l0 - 1).as_deref() == Some("of")
        && word(p, l0 - 2).is_some_and(|w| relation(&w))
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
pub(super) fn introduced_as_kin(p: &Para<'_>, l0: usize) -> bool {
    let k = if l0 >= 1 && p.toks[l0 - 1].is_punct(',') {
        l0 - 1
    } else {
        l0
    };
    k >= 2
        && word(p, k - 1).is_some_and(|w| relation(&w))
        && (matches!(word(p, k - 2).as_deref(), Some("his" | "her" | "their"))
            || p.toks[k - 2].kind == super::super::text::Tok::Possessive)
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
    let mut kin_in_full = vec![false; ents.len()];
    for m in mentions.iter().filter(|m| m.t1 > m.t0 + 1) {
        kin_in_full[m.entity] |= introduced_as_kin(&paras[m.para], m.t0);
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
pub(super) fn named_kin_are_captives(
    paras: &[Para<'_>],
    kin_named: &[Option<(usize, usize)>],
    found: &mut [super::Found],
) {
    for (f, at) in found.iter_mut().zip(kin_named) {
        if let Some((para, t)) = *at
            && f.evidence.is_empty()
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
