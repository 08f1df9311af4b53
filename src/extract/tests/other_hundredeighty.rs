//! A rank or nationality before each name of a list that "the remains are those of" opens
//! keeps the list whole, so each name is a dead captive. Nationals a lead sentence counts and
//! tells were freed are the captives the list after it names, where a release in the story is
//! a captive's and never a prisoner's. A state's envoy to the United Nations is an official,
//! not a negotiator; a prosecuting attorney holds an office, and a deputy correspondent none.
//! "Judge" capitalised alone before a name is a court's office. The cases are made-up prose
//! in `other_hundredeighty.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_ranked_remains_freed_nationals_and_trial_offices_holds() {
    let failures = failures(include_str!("other_hundredeighty.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
