//! A counterpart holds the other side's same post: "His Congolese counterpart, B, said …",
//! "Her Russian counterpart in Istanbul is B", "A's Qatari counterpart B". News names the
//! opposite number by the person it mirrors, so the counterpart takes that person's public
//! roles (official, negotiator) and nothing else: a captive has no counterpart.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::people::{Entity, Mention};
use super::super::text::Tok;
use super::{Found, word};
use crate::entity::{EntityKind, Role};

/// How many paragraphs back "his"/"her" may look for the person mirrored.
const REACH: usize = 2;

/// Gives each person named as someone's counterpart the official and negotiator roles that
/// person has. Read after every other rule, so the one mirrored has all its roles; only
/// roles read from other rules are copied, never ones this rule gave.
pub(super) fn counterparts(
    paras: &[Para<'_>],
    ents: &[Entity],
    mentions: &[Mention],
    found: &mut [Found],
) {
    let is_person = |e: usize| ents[e].kind == EntityKind::Person;
    let mut given = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        if !is_person(m.entity) || m.in_quote {
            continue;
        }
        let p = &paras[m.para];
        let Some((c, owner)) = counterpart_before(p, m.t0) else {
            continue;
        };
        let mirrored = match owner {
            // "A's counterpart": the person whose name ends at the possessive.
            Owner::Named(poss) => mentions[..k]
                .iter()
                .rev()
                .find(|x| x.para == m.para && x.t1 == poss && is_person(x.entity)),
            // "his counterpart": the person named last before, close by.
            Owner::Pronoun => mentions[..k]
                .iter()
                .rev()
                .take_while(|x| m.para - x.para <= REACH)
                .find(|x| is_person(x.entity) && x.entity != m.entity && !x.credit),
        };
        let Some(o) = mirrored.filter(|o| o.entity != m.entity) else {
            continue;
        };
        let roles: Vec<Role> = found[o.entity]
            .evidence
            .iter()
            .map(|e| e.role)
            .filter(|r| matches!(*r, Role::Official | Role::Negotiator))
            .collect();
        given.push((m.entity, m.para, c, roles));
    }
    for (e, para, t, roles) in given {
        found[e].add(&paras[para], para, t, &roles, "counterpart");
    }
}

/// Whose counterpart the name is: one named before a possessive, or a pronoun's.
enum Owner {
    /// The possessive token ending the owner's name.
    Named(usize),
    Pronoun,
}

/// The name at `t0` is called someone's counterpart: right after "counterpart" (past a comma
/// and a title of capitalised words: "his counterpart, Foreign Minister B"), or after "is" or
/// "was" in a sentence whose subject is the counterpart ("His counterpart in Istanbul is B").
/// Returns the token of "counterpart" and its owner.
fn counterpart_before(p: &Para<'_>, t0: usize) -> Option<(usize, Owner)> {
    let mut i = t0;
    // A capitalised title between: "counterpart, Foreign Minister B".
    while i > 0 && t0 - i < 4 && !p.starts[i] && capitalised(p, i - 1) {
        i -= 1;
    }
    if i > 0 && p.toks[i - 1].is_punct(',') {
        i -= 1;
    }
    let c = if word(p, i.checked_sub(1)?).as_deref() == Some("counterpart") {
        i - 1
    } else if matches!(word(p, i.checked_sub(1)?).as_deref(), Some("is" | "was")) {
        // "His Russian counterpart in Istanbul is B": up to four words after the noun.
        (i.saturating_sub(7)..i - 1)
            .rev()
            .take_while(|&k| !p.starts[k + 1] && p.toks[k].is_word())
            .find(|&k| word(p, k).as_deref() == Some("counterpart"))?
    } else {
        return None;
    };
    owner_of(p, c).map(|o| (c, o))
}

/// The owner before "counterpart" at `c`, past up to two nationality or plain words ("his
/// Congolese counterpart", "the minister's Qatari counterpart").
fn owner_of(p: &Para<'_>, c: usize) -> Option<Owner> {
    let mut k = c;
    while k > 0 && c - k <= 2 && !p.starts[k] {
        let t = &p.toks[k - 1];
        if t.kind == Tok::Possessive {
            return Some(Owner::Named(k - 1));
        }
        match word(p, k - 1).as_deref() {
            Some("his" | "her") => return Some(Owner::Pronoun),
            Some(w) if LEX.is_demonym(t.text(p.text)) || !LEX.stopwords.contains(w) => {}
            _ => return None,
        }
        k -= 1;
    }
    None
}

/// Token `i` is a capitalised word (a title's or a name's).
fn capitalised(p: &Para<'_>, i: usize) -> bool {
    p.word_at(i)
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
}
