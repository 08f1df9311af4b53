//! "Still, Dorsey's faction is staying, but he warned …": a pronoun that opens a clause joined
//! by "but" or "and" goes back to the person who owns the subject of the clause before it,
//! in the same sentence, not to someone named in an earlier sentence.

use super::super::attribution::{Ctx, Who};
use super::super::gender::Gender;
use super::Ref;
use crate::entity::EntityKind;
use crate::extract::text::Tok;

impl Ctx<'_, '_> {
    /// The owner of the sentence's subject, for a "but he" or "and she" at token `tok` of
    /// `para`: a person named with a possessive that opens the sentence (or its main clause,
    /// after an introductory phrase and its comma), when no other person is named between
    /// it and the pronoun and nothing says the owner is of the other gender.
    pub(super) fn subject_owner(&self, para: usize, tok: usize, gender: Gender) -> Option<Ref> {
        let p = &self.paras[para];
        let conj = tok.checked_sub(1)?;
        if !matches!(self.word(para, conj).as_str(), "but" | "and" | "yet") {
            return None;
        }
        let start = (0..=conj).rev().find(|&k| p.starts[k] && !p.in_quote[k])?;
        let person = |m: usize| self.ents[self.mentions[m].entity].kind == EntityKind::Person;
        let first = (start..conj).find_map(|i| self.at[para][i].filter(|&m| person(m)))?;
        let m = self.mentions[first];
        let opens = m.t0 == start
            || p.toks[m.t0 - 1].is_punct(',')
                && (start..m.t0 - 1).all(|i| p.toks[i].is_word() && !p.in_quote[i]);
        let owns = p.toks.get(m.t1).is_some_and(|t| t.kind == Tok::Possessive);
        let alone = (m.t1..conj).all(|i| {
            self.at[para][i].is_none_or(|o| !person(o) || self.mentions[o].entity == m.entity)
        });
        let fits = self.genders[m.entity].is_none_or(|g| g == gender);
        (opens && owns && alone && fits && !m.in_quote).then_some((Who::Entity(m.entity), 0.9))
    }
}
