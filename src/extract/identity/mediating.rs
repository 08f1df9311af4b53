//! Which states mediate is a fact about the whole dossier, not about one article: news says
//! once that "Egypt and Qatar mediate the talks" and elsewhere quotes "Qatar's prime minister"
//! or "Egypt's foreign minister" on the deal without saying it again. Each article gives the
//! states it plainly names as mediators (`roles::mediator`) and the diplomatic offices of
//! the other states its people hold ([`StateOffice`]); here the two meet, and the holder of
//! such an office becomes a negotiator, with evidence pointing at the title's sentence and at
//! the sentence of the other article that says the state mediates.
//!
//! Conservative by construction: only the offices that carry a state's diplomacy (head of
//! government, foreign minister, intelligence chief) are read, only a state some article
//! names as a mediator counts (not one it only says hosts the talks), and the evidence is weak, so it is weighed against the
//! articles that name the person like any inferred role (`keeps_role`).

use super::super::roles::mediator::{HOSTING, same_country};
use crate::extract::{ArticleExtraction, RoleEvidence, StateOffice};

/// The dossier's mediating states: each key with the first article (by index) and sentence
/// that names it as a mediator.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mediating(Vec<(String, usize, RoleEvidence)>);

impl Mediating {
    /// Adds the states article `ai` names as mediators (articles in corpus order).
    pub fn read(&mut self, ai: usize, x: &ArticleExtraction) {
        for (key, ev) in &x.mediators {
            // Hosting the talks counts in the host's own article only (`roles::mediator`).
            if ev.rule != HOSTING && !self.0.iter().any(|(k, _, _)| k == key) {
                self.0.push((key.clone(), ai, *ev));
            }
        }
    }

    /// The mediating states of a whole corpus, in corpus order.
    pub fn of<'a>(extraction: impl Iterator<Item = &'a ArticleExtraction>) -> Self {
        let mut m = Mediating::default();
        for (ai, x) in extraction.enumerate() {
            m.read(ai, x);
        }
        m
    }

    /// Each mediating state's key and the index of the article that first names it.
    pub fn sources(&self) -> impl Iterator<Item = (&str, usize)> {
        self.0.iter().map(|(k, ai, _)| (k.as_str(), *ai))
    }

    /// Negotiator evidence for the `offices` an entity holds ((article, office) pairs): the
    /// title's sentence, then the sentence that names its state a mediator.
    pub fn evidence(&self, offices: &[(usize, StateOffice)]) -> Vec<(usize, RoleEvidence)> {
        let mut out = Vec::new();
        for (ai, office) in offices {
            let Some((_, mi, mev)) = self
                .0
                .iter()
                .find(|(k, _, _)| same_country(&office.country, k))
            else {
                continue;
            };
            out.push((*ai, office.evidence));
            if !out.iter().any(|(a, e)| a == mi && e == mev) {
                out.push((*mi, *mev));
            }
        }
        out
    }
}
