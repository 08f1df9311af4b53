//! Quotations of an organisation given to a person, a speaker named by the apposition after
//! a description, and a venue's room read as a person (sp56). The cases are made-up prose in
//! `other_ninetyone.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_ninetyone_holds() {
    let failures = failures(include_str!("other_ninetyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
