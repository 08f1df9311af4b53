//! Roles that exclude each other across articles: a captive holds no office and conducts no
//! talks while held, so a person read as a hostage in some articles and as an official or
//! negotiator in others was misread in one set of them ("Hostages Freed as Trump Lands" makes
//! no hostage of a president). The side fewer articles give is dropped; a tie keeps both,
//! since nothing then says which reading is wrong.

use crate::entity::Role;

/// Drops from `roles` the side (hostage, or official and negotiator) that fewer articles give;
/// `articles(role)` counts the articles whose evidence gives `role`.
pub(super) fn exclusive(roles: &mut Vec<Role>, articles: impl Fn(Role) -> usize) {
    let office = |r: Role| r == Role::Official || r == Role::Negotiator;
    if !roles.contains(&Role::Hostage) || !roles.iter().any(|&r| office(r)) {
        return;
    }
    let held = articles(Role::Hostage);
    let acting = roles
        .iter()
        .filter(|&&r| office(r))
        .map(|&r| articles(r))
        .max();
    match acting {
        Some(a) if a > held => roles.retain(|&r| r != Role::Hostage),
        Some(a) if a < held => roles.retain(|&r| !office(r)),
        _ => {}
    }
}
