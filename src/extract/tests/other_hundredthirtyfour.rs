//! Roles in reporting on captives (ro90): a captive noun that is the object of an office's
//! purpose ("the command to return the hostages"), a relative named after a family
//! apposition's closing comma and "and", and captive siblings ("hostage brothers A and B").
//! The cases are made-up prose in `other_hundredthirtyfour.txt`; this runs them with the
//! checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredthirtyfour_holds() {
    let failures = failures(include_str!("other_hundredthirtyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
