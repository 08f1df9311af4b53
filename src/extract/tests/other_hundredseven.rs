//! Roles and names on a story's own reporting (helper ro60b, stop 60): a relative clause
//! after a name's apposition, about the name even when the name is an object. The cases are
//! made-up prose in `other_hundredseven.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredseven_holds() {
    let failures = failures(include_str!("other_hundredseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
