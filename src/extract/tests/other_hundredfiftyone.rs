//! Roles in hostage stories outside the Gaza war (pn95): a U.S. attorney's office, "one of
//! the hostages" before a calling, the person urged to free a named captive, and a list
//! subject whose later item has its own descriptor. The cases are made-up prose in
//! `other_hundredfiftyone.txt`; this runs them with the checks of `held_out_six` and names
//! each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfiftyone_holds() {
    let failures = failures(include_str!("other_hundredfiftyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
