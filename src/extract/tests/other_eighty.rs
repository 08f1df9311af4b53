//! A statement quoted over several paragraphs, each opening a quotation it leaves open, with
//! its attribution only in the last, stop 54 (lead): Nigerian police copy and wire copy quote a
//! press note this way. The cases are made-up prose in `other_eighty.txt`; this runs them with
//! the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_four_continued_statements_holds() {
    let failures = failures(include_str!("other_eighty.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
