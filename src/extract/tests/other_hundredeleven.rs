//! Roles of other stories' captives (ro62): a list of names after a sentence counting
//! nationals held abroad. The cases are made-up prose in `other_hundredeleven.txt`; this runs
//! them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredeleven_holds() {
    let failures = failures(include_str!("other_hundredeleven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
