//! Roles, stop 53 (ro53): a police rank written after "police" is an office, as "police
//! chief" is ("police inspector A told reporters"); a name after a partitive of captives is
//! one of them ("Of the hostages still held, … only A is believed alive"); a person held
//! abroad whose release the story tells is a captive ("A was wrongfully detained in Russia",
//! "freed in a prisoner swap"), and a convict traded for one is not. The cases are made-up
//! prose in `other_seventythree.txt`; this runs them with the checks of `held_out_six` and
//! names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_three_roles_holds() {
    let failures = failures(include_str!("other_seventythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
