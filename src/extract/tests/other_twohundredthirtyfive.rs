//! Person cases of helper ps157: a capitalised particle inside a surname two given names share
//! ("Raz and Ohad Ben Ami"), "Father" before a priest's full name, and a chamber's side before
//! the word for its leader or whip ("House Minority leader"). The cases are made-up prose in
//! `other_twohundredthirtyfive.txt`, run with the checks of `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_person_case_of_helper_ps157_holds() {
    let failures = failures(include_str!("other_twohundredthirtyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
