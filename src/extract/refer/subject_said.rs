//! "…, the Malaysian prime minister said. He added that …": a pronoun that opens the
//! sentence after one whose reporting verb has a definite description for its subject goes
//! to the one the description points to, though someone else was named more lately.

use super::super::attribution::{Ctx, Who};
use super::super::gender::Gender;
use super::super::lexicon::LEX;
use super::Ref;
use crate::entity::EntityKind;

impl Ctx<'_, '_> {
    /// The person the described subject of the sentence before points to, when the pronoun
    /// at token `tok` of `para` opens its sentence and the description is sure of them.
    pub(super) fn described_sayer(&self, para: usize, tok: usize, gender: Gender) -> Option<Ref> {
        let p = &self.paras[para];
        if !p.starts.get(tok).copied().unwrap_or(false) || tok == 0 {
            return None;
        }
        let s0 = (0..tok).rev().find(|&k| p.starts[k] && !p.in_quote[k])?;
        let verb = (s0 + 1..tok).find(|&v| {
            !p.in_quote[v] && LEX.reporting_verbs.contains(self.word(para, v).as_str())
        })?;
        let the = (verb.saturating_sub(4)..verb).find(|&j| self.word(para, j) == "the")?;
        if (the..verb).any(|j| self.at[para][j].is_some() || p.in_quote[j]) {
            return None;
        }
        match crate::extract::candidate::candidate(self, para, the, verb, verb)? {
            (Who::Entity(e), sure)
                if sure >= crate::extract::SPEAKER_THRESHOLD
                    && self.ents[e].kind == EntityKind::Person
                    && self.genders[e].is_none_or(|g| g == gender) =>
            {
                Some((Who::Entity(e), sure.min(0.9)))
            }
            _ => None,
        }
    }
}
