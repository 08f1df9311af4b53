//! "A's speech followed a rally speech from B to his supporters, where he told them …": a
//! pronoun that opens a relative clause of place or time after a speech is the one who gave
//! it, named after "from" or "by" right after the speech's noun, not someone named earlier.

use super::super::attribution::{Ctx, Who};
use super::super::gender::Gender;
use super::Ref;
use crate::entity::EntityKind;

/// Nouns for words given before an audience.
const SPEECHES: &[&str] = &[
    "speech", "address", "remarks", "speeches", "sermon", "eulogy",
];

impl Ctx<'_, '_> {
    /// The speaker of the speech a "where he" or "in which she" at token `tok` of `para`
    /// goes back to, when it is the nearest person named in that sentence.
    pub(super) fn speech_giver(&self, para: usize, tok: usize, gender: Gender) -> Option<Ref> {
        let p = &self.paras[para];
        let rel = tok.checked_sub(1)?;
        let relative = match self.word(para, rel).as_str() {
            "where" => true,
            "which" => rel > 0 && matches!(self.word(para, rel - 1).as_str(), "in" | "during"),
            _ => false,
        };
        if !relative {
            return None;
        }
        let start = (0..=rel).rev().find(|&k| p.starts[k] && !p.in_quote[k])?;
        let person = |m: usize| self.ents[self.mentions[m].entity].kind == EntityKind::Person;
        let m = (start..rel)
            .rev()
            .find_map(|i| self.at[para][i].filter(|&m| person(m)))?;
        let (e, t0) = (self.mentions[m].entity, self.mentions[m].t0);
        let owned = t0 >= 2
            && matches!(self.word(para, t0 - 1).as_str(), "from" | "by")
            && (t0.saturating_sub(4)..t0 - 1)
                .any(|i| SPEECHES.contains(&self.word(para, i).as_str()));
        let fits = self.genders[e].is_none_or(|g| g == gender);
        (owned && fits).then_some((Who::Entity(e), 0.8))
    }
}
