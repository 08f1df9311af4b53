//! The lead's cases of stop 73. Words quoted from a plan, a draft or an agreement ("the
//! plan calls for '…'") are the text's, never the leader's named before it.
//! The cases are made-up prose in
//! `other_twohundredfour.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_leads_stop_seventy_three_holds() {
    let failures = failures(include_str!("other_twohundredfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
