//! Quotation attribution met in real reporting of US election campaigns: a quotation that
//! opens its sentence and a later "she said" for the same speaker, a verb of thanks that
//! carries the words it credits, and a market named in a capitalised run that is no person
//! to take "he said". The cases are made-up prose in `election_ten.txt`, each with its rule;
//! this runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_election_attribution_patterns_holds() {
    let failures = failures(include_str!("election_ten.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
