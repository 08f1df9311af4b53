//! Names of people, stop 53 (nx53): a country's or body's letters and a title glued before a
//! name ("UK Hostage Envoy A B", "UN Special Rapporteur A B") leave the person, the title
//! peeled off; a wealth word at a sentence's head is no part of a name; a news outlet named
//! by its short name ("told Fox", "told X" after "X news agency reported") is no person,
//! though a person's surname stays his; a name set off after a named gang ("the leader of the
//! 400 X gang, A B,") is the leader, not the gang. The cases are made-up prose in
//! `other_seventyone.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_three_names_holds() {
    let failures = failures(include_str!("other_seventyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
