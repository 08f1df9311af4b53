//! Speakers met in a two-hundred-and-second set of real reporting: "she said" in a run of one
//! woman's quotations, past people named in between only as objects or of the other gender;
//! "the statement read" after "In a statement, X said".
//! The cases are made-up prose in `other_twohundredtwo.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_two_hundred_second_speakers_holds() {
    let failures = failures(include_str!("other_twohundredtwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
