//! What reading roles found for one person of an article: the roles, the sentence that gave
//! each (strong evidence, a title or a list's noun, before weak, a predicate), and what
//! describes the person.

use super::mediator;
use crate::entity::Role;
use crate::extract::Para;
use crate::extract::evidence::{RoleEvidence, sentence_of};

/// What roles' reading found for one person entity.
#[derive(Debug, Clone, Default)]
pub(crate) struct Found {
    pub roles: Vec<Role>,
    /// The first sentence that gave each role, strong evidence before weak.
    pub evidence: Vec<RoleEvidence>,
    /// An apposition or lower-case title that describes the person, when no title did.
    pub description: Option<String>,
    /// The first mention introduces the person as someone's relative ("his father, Alon").
    pub relative: bool,
    /// Diplomatic offices of states this article does not name as mediators (see
    /// `mediator`), for the corpus merge.
    pub offices: Vec<mediator::StateOffice>,
    /// The article says the person was held in a prison of the reader's own side ("who spent
    /// 17 years in an American prison"): a convict traded for captives, whom "the release
    /// of" makes no captive.
    pub convict: bool,
    /// Every office the article gives the person it calls former (`only_past`): what
    /// other articles say of an office held then is not carried into this one.
    pub left_office: bool,
    /// An apposition that gave an office stands in a sentence that says it is held now
    /// ("now", "currently"): it outlasts a former title (`settle`).
    pub office_now: bool,
}

/// Words that put an office in the present, against a former title elsewhere.
const NOW: &[&str] = &["now", "currently"];

impl Found {
    /// Records that `roles` came from the sentence of token `t` by `rule`.
    pub(in crate::extract) fn add(
        &mut self,
        p: &Para<'_>,
        para: usize,
        t: usize,
        roles: &[Role],
        rule: &'static str,
    ) {
        let strong = !matches!(
            rule,
            "predicate" | "office" | "list predicate" | "description" | "kin of"
        );
        for &role in roles {
            if role == Role::Official && rule == "apposition" {
                let (start, end) = sentence_of(p, t);
                let sentence = p.text[start..end].to_lowercase();
                self.office_now |= sentence
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| NOW.contains(&w));
            }
            let known = self.evidence.iter().position(|e| e.role == role);
            if known.is_some_and(|i| self.evidence[i].strong || !strong) {
                continue;
            }
            let ev = RoleEvidence::in_sentence(p, para, t, role, rule, strong);
            match known {
                Some(i) => self.evidence[i] = ev,
                None => self.evidence.push(ev),
            }
        }
    }

    /// The roles, once every sentence is read: each role with evidence, once. A person whose
    /// every office the article puts in the past (`only_past`) is no official by a title,
    /// nor by a list it stands in ("party leaders including former President A") or a
    /// predicate that tells the same past ("former Mayor B … B was mayor in 2013"), nor by
    /// an apposition that restates the office without saying it is held now ("former Rep. C
    /// … C, a one-term congresswoman,").
    pub(super) fn settle(&mut self, only_past: bool) {
        self.left_office = only_past;
        if only_past {
            let now = self.office_now;
            self.evidence.retain(|e| {
                !(e.role == Role::Official
                    && (matches!(e.rule, "title" | "list" | "predicate")
                        || e.rule == "apposition" && !now))
            });
        }
        if self.convict {
            self.evidence.retain(|e| e.role != Role::Hostage);
        }
        self.roles = self.evidence.iter().map(|e| e.role).collect();
        self.roles.sort();
        self.roles.dedup();
    }
}
