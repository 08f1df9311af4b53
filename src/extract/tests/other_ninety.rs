//! Quotations that went to the wrong person: the one told after a verb of telling, and
//! others (sp55c). The cases are made-up prose in `other_ninety.txt`; this runs them with
//! the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_ninety_holds() {
    let failures = failures(include_str!("other_ninety.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
