//! Persons in local election copy (stop 73): writers' names run together on the byline's
//! line, a business named by its kind, a person's name that modifies a structure's noun, a
//! coalition's name with its cause after "United for", and an outlet named by its town alone
//! on its line under the byline.
//! The cases are made-up prose in `other_hundredseventyeight.txt`, each with its rule; this
//! runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;
use super::*;

#[test]
fn each_case_of_the_election_persons_holds() {
    let failures = failures(include_str!("other_hundredseventyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The front matter's `source:` names the outlet though a known town opens its name: alone
/// on its line under the byline it is the outlet, no person.
#[test]
fn an_outlet_that_a_known_town_opens_is_the_source_not_a_person() {
    let registry = Registry::empty();
    let hints = article_hints(&[], Some("Trenton Capital-Herald"), &registry);
    let paras: Vec<String> = [
        "Maria Kessler",
        "Trenton Capital-Herald",
        "TRENTON — Voters in the county backed the school levy by a wide margin on Tuesday.",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let x = extract_article(&paras, &hints, &registry);
    assert_eq!(
        kind_of(&x, "Trenton Capital-Herald"),
        Some(EntityKind::Organization),
        "{:?}",
        people(&x)
    );
}
