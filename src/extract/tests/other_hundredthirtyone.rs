//! The lead's rules of stop 64: an ambassador or envoy named with the charge of the office
//! ("Ambassador to Austria A") is the one a later "the diplomat" points back to. The cases
//! are made-up prose in `other_hundredthirtyone.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredthirtyone_holds() {
    let failures = failures(include_str!("other_hundredthirtyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
