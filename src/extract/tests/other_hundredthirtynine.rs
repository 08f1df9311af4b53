//! Counted lists and counted relatives (ro92): a list whose subject counts its names goes on
//! past a long apposition of one item, and relatives counted as the ones released name no
//! captive in the person they belong to. The cases are made-up prose in
//! `other_hundredthirtynine.txt`; this runs them with the checks of `held_out_six` and names
//! each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredthirtynine_holds() {
    let failures = failures(include_str!("other_hundredthirtynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
