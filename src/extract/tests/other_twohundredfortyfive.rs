//! Quotation span and speaker cases of stop 79 (helper sp165). The sentence cases are
//! made-up prose in `other_twohundredfortyfive.txt`, each with its rule, run with the checks
//! of `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_quotation_case_of_stop_seventy_nine_holds() {
    let failures = failures(include_str!("other_twohundredfortyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
