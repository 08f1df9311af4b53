//! The lead's cases of stop 76. The sentence cases are made-up prose in
//! `other_twohundredtwentytwo.txt`, each with its rule, run with the checks of
//! `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_leads_stop_seventy_six_holds() {
    let failures = failures(include_str!("other_twohundredtwentytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
