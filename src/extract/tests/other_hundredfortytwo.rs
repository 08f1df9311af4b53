//! A list of three or more names with a captive in it is a list of captives (the lead's, stop
//! 65). The cases are made-up prose in `other_hundredfortytwo.txt`; this runs them with the
//! checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfortytwo_holds() {
    let failures = failures(include_str!("other_hundredfortytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
