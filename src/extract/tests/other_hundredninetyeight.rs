//! Sitting judges of a state's courts named in a list after a plural of their office ("the
//! party's justices A, B and C", "three justices on the court: A, B and C"), and the third
//! party a deal was signed before ("signed in the presence of A", "Watched on by B, the
//! signing of the accord …"), who brokered it. The cases are
//! made-up prose in `other_hundredninetyeight.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_listed_justices_and_witnessed_signings_holds() {
    let failures = failures(include_str!("other_hundredninetyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
