//! Person cases of stop 79 (helper ps167). The sentence cases are made-up prose in
//! `other_twohundredfortyseven.txt`, each with its rule, run with the checks of
//! `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_person_case_of_stop_seventy_nine_ps167_holds() {
    let failures = failures(include_str!("other_twohundredfortyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
