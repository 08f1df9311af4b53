//! A truce that a third state brokered between two others: a country joined by a hyphen to
//! "mediated" or "brokered" names the mediating state, and a secretary of state is that
//! state's foreign minister, so a negotiator. The cases are made-up prose in
//! `other_hundredeightyfour.txt`; this runs them with the checks of `held_out_six` and
//! names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_a_state_brokered_truce_holds() {
    let failures = failures(include_str!("other_hundredeightyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
