//! Roles of captives in stories of other conflicts (ro81). The cases are made-up prose in
//! `other_hundredtwentyfive.txt`; this runs them with the checks of `held_out_six` and names
//! each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredtwentyfive_holds() {
    let failures = failures(include_str!("other_hundredtwentyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
