//! Speaker cases of helper sp162. The sentence cases are made-up prose in
//! `other_twohundredfortyone.txt`, each with its rule, run with the checks of
//! `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_speaker_case_of_helper_sp162_holds() {
    let failures = failures(include_str!("other_twohundredfortyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
