//! Places that read like two-word names, stop 49 (t49a): a town named by a plural landscape
//! noun ("Chippewa Falls", "Hampton Roads", "Cedar Rapids") and a place a lower-case country
//! division introduces ("the department of La Guajira", "the state of Minas Gerais") are no
//! persons. The cases are made-up prose in `other_sixtytwo.txt`; this runs them with the
//! checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_nine_places_holds() {
    let failures = failures(include_str!("other_sixtytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
