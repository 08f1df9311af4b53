//! The roles a person held in one article. The site's page of a person shows every role the
//! corpus gives them, each with its sentence; but an article that calls the person the
//! *former* holder of every office it names ("former President Donald Trump", in a 2024
//! campaign story) did not report an official, whatever later articles say of an office
//! taken since. Such an article keeps the role of office only where its own sentences give
//! it.
//!
//! Only the role of office is undone this way: having been held hostage, or having
//! negotiated, stays true of the person afterwards.

use super::Identity;
use crate::entity::Role;

impl Identity {
    /// The roles of the person as article `ai` reports them, given whether that article
    /// calls every office it gives them former (`FoundEntity::left_office`).
    pub fn roles_in(&self, ai: usize, left_office: bool) -> Vec<Role> {
        let own = |role: Role| {
            self.evidence
                .iter()
                .any(|(bi, e)| *bi == ai && e.role == role)
        };
        (self.roles.iter().copied())
            .filter(|&role| !(left_office && role == Role::Official && !own(role)))
            .collect()
    }
}
