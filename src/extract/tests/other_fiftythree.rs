//! Persons and roles on real reporting, stop 48 (pr48): the divisions of a state in a
//! precinct table ("Howard Twp") and the people of a place in the plural ("New Yorkers"
//! opening a sentence) are no persons, an armed group that rules ("the ruling Taliban") is an
//! organisation, and a public figure's surname before a capitalised office ("The Biden
//! Administration") names that figure, and a prosecutor titled before a name ("Naples prosecutor
//! A") holds an office, a former one not, and the head of a delegation negotiates.
//! The cases are made-up prose in `other_fiftythree.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_eight_persons_and_roles_holds() {
    let failures = failures(include_str!("other_fiftythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
