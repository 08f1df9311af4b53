//! Speaker and role cases of stop 79 (helper sr168). The sentence cases are made-up prose in
//! `other_twohundredfortyeight.txt`, each with its rule, run with the checks of
//! `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_speaker_and_role_case_of_stop_seventy_nine_holds() {
    let failures = failures(include_str!("other_twohundredfortyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
