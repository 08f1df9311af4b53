//! Cases of stop 209: an agentless "was quoted as saying" after the words, and "she said"
//! after one who opened the paragraph in indirect speech. The cases are made-up prose in
//! `other_twohundrednine.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_two_hundred_nine_holds() {
    let failures = failures(include_str!("other_twohundrednine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
