//! Names met in real reporting of US election campaigns: a verb that opens the words after a
//! colon before a surname, a race written as two surnames joined by a hyphen, and a full name
//! before "and" and an organisation's title. The cases are made-up prose in
//! `election_eleven.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_election_name_patterns_holds() {
    let failures = failures(include_str!("election_eleven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
