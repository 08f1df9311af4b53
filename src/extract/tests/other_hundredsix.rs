//! Hostage roles in reporting on other hostage and detainee stories (ro60a): a name apposed
//! to "one of the freed hostages", and a "who were released" clause that is a predicate's
//! object's, not its subject's. The cases are made-up prose in `other_hundredsix.txt`;
//! this runs them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredsix_holds() {
    let failures = failures(include_str!("other_hundredsix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
