//! "'…,' the Republican businessman said": a description that names a party means someone
//! the article described with that party ("Republican Jack Doe", "Doe, a Republican,"), never
//! simply whoever was named last, who may be a reporter or a rival. With no one described so,
//! the one described with the description's office, or the only person lately named, unless
//! the article gave them another party; else no one (a wrong speaker is worse than none).

use super::{Ref, descriptors::party_at};
use crate::extract::attribution::{Ctx, Who};
use crate::extract::lexicon::LEX;

/// How sure `last_described` is when everyone lately named is one person.
const ONLY_ONE: f32 = 0.75;

impl Ctx<'_, '_> {
    /// The reading of a description from token `a` to its head at `head` (paragraph `para`)
    /// that names a party before the head, for the office `office`; `None` when it names
    /// no party (the other rules read it).
    pub(in crate::extract) fn party_description(
        &self,
        para: usize,
        a: usize,
        head: usize,
        office: &str,
        demonym: Option<&str>,
    ) -> Option<Ref> {
        let p = &self.paras[para];
        let party = (a..head).find_map(|j| party_at(p, j))?;
        let fits = self.described_people(para, a, &party);
        let holds = |e: &usize| self.descriptors[*e].iter().any(|w| w == office);
        let both: Vec<usize> = fits.iter().copied().filter(holds).collect();
        Some(match (both.as_slice(), fits.as_slice()) {
            ([one], _) => (Who::Entity(*one), 0.9),
            ([], [one]) => (Who::Entity(*one), 0.8),
            // No one with the party: one holding the office, else the only person lately
            // named ("Dana Whitfield Ends Campaign … '…,' Democratic candidate told
            // supporters"), if of no other party; never one of several named last.
            ([], []) => match self
                .described_of(para, a, office, demonym)
                .or_else(|| self.last_described(para, a).filter(|r| r.1 >= ONLY_ONE))
            {
                Some((Who::Entity(e), sure)) if !self.of_a_party(e) => (Who::Entity(e), sure),
                _ => (Who::Unnamed, 1.0),
            },
            // Several fit: the latest, too unsure to publish.
            ([latest, ..], _) | ([], [latest, ..]) => (Who::Entity(*latest), 0.4),
        })
    }

    /// Whether the article described person `e` with some party.
    fn of_a_party(&self, e: usize) -> bool {
        self.descriptors[e]
            .iter()
            .any(|w| LEX.parties.values().any(|party| party == w))
    }
}
