//! "Prince Mohammed" after "Saudi Crown Prince Mohammed bin Salman", "King Salman" after
//! "Saudi King Salman bin Abdulaziz": a royal word and one given name are how news shortens a
//! royal's full name once it has been given with that title — the same person, not a second
//! one known as "Prince Mohammed".

use super::super::names::Candidate;
use super::keys::{full_form, name_words};
use crate::entity::EntityKind;

/// Royal words that stay before a lone given name (`split::person`).
const ROYAL: &[&str] = &["king", "queen", "prince", "princess"];

/// The given name to look up as a short form when `words` are a royal word and one name that
/// opens a full name of the article written with the same royal word in its title.
pub(super) fn royal_given(words: &[String], cands: &[Candidate]) -> Option<String> {
    let [royal, given] = words else { return None };
    if !ROYAL.contains(&royal.as_str()) {
        return None;
    }
    let titled_so = |c: &Candidate| {
        c.title
            .as_deref()
            .is_some_and(|t| t.split_whitespace().any(|w| w.eq_ignore_ascii_case(royal)))
    };
    cands
        .iter()
        .filter(|c| c.source.is_none() && c.kind == Some(EntityKind::Person) && titled_so(c))
        .map(|c| name_words(&full_form(c)))
        .any(|f| f.len() >= 2 && f.first() == Some(given))
        .then(|| given.clone())
}
