//! Roles met in a two-hundred-and-fifth set of real reporting on captives: a relative who
//! leads the protests for captives is neither a captive nor an office-holder, and a captive
//! named after "the other hostage" among those whose remains came back is one, and so are
//! those captors show off "before releasing them". The cases are made-up prose in
//! `other_twohundredfive.txt`; this runs them with the checks of `held_out_six` and names
//! each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_two_hundred_and_fifth_roles_holds() {
    let failures = failures(include_str!("other_twohundredfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
