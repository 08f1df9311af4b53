//! Person cases of stop 77 (helper ps154). The sentence cases are made-up prose in
//! `other_twohundredthirtyone.txt`, each with its rule, run with the checks of
//! `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_person_case_of_stop_seventy_seven_holds() {
    let failures = failures(include_str!("other_twohundredthirtyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
