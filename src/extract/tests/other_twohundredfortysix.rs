//! Person cases of stop 79 (helper ps166). The sentence cases are made-up prose in
//! `other_twohundredfortysix.txt`, each with its rule, run with the checks of
//! `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_person_case_of_stop_seventy_nine_holds() {
    let failures = failures(include_str!("other_twohundredfortysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
