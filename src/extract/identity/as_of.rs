//! The roles a person held at one article's date. The site's page of a person shows every
//! role the corpus gives them, each with its dated sentence; an article written before the
//! person took office did not report an official. A campaign story of 2024 about a
//! candidate who became president in 2025 is about a candidate: an office read only in
//! articles dated after this one is not carried back to it.
//!
//! Only the role of office moves with time this way. Having been held hostage, or having
//! negotiated, is read from events the later article reports and the earlier one may only
//! not have known about yet; and those roles stay true of the person afterwards.

use super::Identity;
use crate::entity::Role;

impl Identity {
    /// The roles of the person as of article `ai`, given each article's date (`None`: no
    /// date, which is never after another). A role the registry gives has no evidence and
    /// is always kept.
    pub fn roles_as_of<D: Ord>(&self, ai: usize, date: impl Fn(usize) -> Option<D>) -> Vec<Role> {
        let Some(now) = date(ai) else {
            return self.roles.clone();
        };
        let later = |bi: usize| bi != ai && date(bi).is_some_and(|d| d > now);
        let mut given = (self.evidence.iter())
            .filter(|(_, e)| e.role == Role::Official)
            .map(|(bi, _)| *bi)
            .peekable();
        let backdated = given.peek().is_some() && given.all(later);
        (self.roles.iter().copied())
            .filter(|&role| !(role == Role::Official && backdated))
            .collect()
    }
}
