//! Hostages outside Gaza, stop 48 (ho48): a person held abroad or by a named captor ("A, who
//! had been detained in Afghanistan since 2024, was released", "still-detained B",
//! "wrongfully detained C") is a hostage; a detention on a warrant, by the police or a bare
//! "detained B" is not. The cases are made-up prose in `other_fiftyfive.txt`; this runs them
//! with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_eight_detainees_holds() {
    let failures = failures(include_str!("other_fiftyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
