//! Captives named after a family word in an abduction's object, by a bare possessive
//! release, or as "the N victims" of a count told before, and a diplomat's office (ro57).
//! The cases are made-up prose in `other_ninetysix.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_ninetysix_holds() {
    let failures = failures(include_str!("other_ninetysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
