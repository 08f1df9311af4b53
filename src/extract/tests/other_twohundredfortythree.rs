//! The lead's cases of stop 79. The sentence cases are made-up prose in
//! `other_twohundredfortythree.txt`, each with its rule, run with the checks of
//! `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_lead_case_of_stop_seventy_nine_holds() {
    let failures = failures(include_str!("other_twohundredfortythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
