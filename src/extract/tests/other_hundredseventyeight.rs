//! Persons in local election copy (stop 73): writers' names run together on the byline's
//! line, a business named by its kind, a person's name that modifies a structure's noun, a
//! coalition's name with its cause after "United for", and an outlet named by its town alone
//! on its line under the byline.
//! The cases are made-up prose in `other_hundredseventyeight.txt`, each with its rule; this
//! runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_election_persons_holds() {
    let failures = failures(include_str!("other_hundredseventyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
