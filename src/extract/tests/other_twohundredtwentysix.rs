//! Helper ro149's cases on roles. The sentence cases are made-up prose in
//! `other_twohundredtwentysix.txt`, each with its rule, run with the checks of
//! `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_case_of_helper_ro_one_forty_nine_holds() {
    let failures = failures(include_str!("other_twohundredtwentysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
