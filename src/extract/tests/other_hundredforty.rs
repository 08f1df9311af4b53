//! A relative clause that tells a person's captivity from being held to the release, and
//! the jail story that reads like it (ro93). The cases are made-up prose in
//! `other_hundredforty.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredforty_holds() {
    let failures = failures(include_str!("other_hundredforty.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
