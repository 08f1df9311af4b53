//! "…, the Malaysian prime minister said. He added that …": a pronoun that opens the
//! sentence after one whose reporting verb has a definite description for its subject goes
//! to the one the description points to, though someone else was named more lately. Also
//! whether a name is the subject of a reporting verb in narration (`says_in_narration`).

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

    /// Whether the name at token `tok` of `para` is the subject of a reporting verb later in
    /// its sentence, outside quotation marks, with no one else named between ("X, head nurse
    /// of the ward, said the patients were resting"): one who speaks in indirect speech.
    pub(super) fn says_in_narration(&self, para: usize, tok: usize) -> bool {
        let p = &self.paras[para];
        let Some(m) = self.at[para].get(tok).copied().flatten() else {
            return false;
        };
        let e = self.mentions[m].entity;
        for v in tok + 1..p.toks.len().min(tok + 20) {
            if p.starts[v] || p.in_quote[v] {
                return false;
            }
            if self.at[para][v].is_some_and(|o| self.mentions[o].entity != e) {
                return false;
            }
            if LEX.reporting_verbs.contains(self.word(para, v).as_str()) {
                return true;
            }
        }
        false
    }
}
