//! Roles by class across every annotated set (extract21x): a name that only owns a possessive
//! noun is the owner, not the office, and the office's apposition takes the talks; securing a
//! release is a negotiator's deed. The cases are made-up prose in `held_out_twentyfour.txt`,
//! run with the checks of `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_second_roles_round_holds() {
    let failures = failures(include_str!("held_out_twentyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
