//! Role cases of stop 79 (helper ro164). The sentence cases are made-up prose in
//! `other_twohundredfortyfour.txt`, each with its rule, run with the checks of
//! `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_role_case_of_stop_seventy_nine_holds() {
    let failures = failures(include_str!("other_twohundredfortyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
