//! Helper sp147's cases on quotations and speakers. The sentence cases are made-up prose in
//! `other_twohundredtwentyfour.txt`, each with its rule, run with the checks of
//! `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_case_of_helper_sp147_holds() {
    let failures = failures(include_str!("other_twohundredtwentyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
