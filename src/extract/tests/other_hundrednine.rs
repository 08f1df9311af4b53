//! Quotations announced by a clause that names someone else before a colon, and an office
//! described with words its name lacks (sp61). The cases are made-up prose in
//! `other_hundrednine.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundrednine_holds() {
    let failures = failures(include_str!("other_hundrednine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
