//! Speakers against the name nearest the verb (sp90): a relative's apposition whose closing
//! comma is missing, and words a speaker says he told another. The cases are made-up prose in
//! `other_hundredthirtytwo.txt`; this runs them with the checks of `held_out_six` and names
//! each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredthirtytwo_holds() {
    let failures = failures(include_str!("other_hundredthirtytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
