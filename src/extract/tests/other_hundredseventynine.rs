//! Persons, roles and speakers in official-visit and local election copy (stop 79): a surname
//! the article gave both an office-holder and a companion of no office goes, bare, to the
//! office-holder; the one put in the place of a dismissed office-holder takes the post.
//! The cases are made-up prose in `other_hundredseventynine.txt`, each with its rule; this
//! runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_shared_surname_holds() {
    let failures = failures(include_str!("other_hundredseventynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
