//! Role and name readings of hostage-story copy, stop 55 (ro55c): a demonym that opens the
//! clause after a list of mediating states is no mediator, and more. The cases are made-up
//! prose in `other_eightyseven.txt`; this runs them with the checks of `held_out_six` and
//! names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_five_roles_and_names_holds() {
    let failures = failures(include_str!("other_eightyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
