//! A description heading a relative clause before the reporting verb, and descriptions whose
//! head noun tells a gender ("the woman", "the man") (sp59). The cases are made-up prose in
//! `other_hundredfour.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfour_holds() {
    let failures = failures(include_str!("other_hundredfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
