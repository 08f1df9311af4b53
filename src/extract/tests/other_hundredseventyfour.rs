//! Speakers and persons in local election copy (stop 69): a relative brought in with the
//! subject's surname in a later paragraph leaves a bare surname to the subject.
//! The cases are made-up prose in `other_hundredseventyfour.txt`, each with its rule; this
//! runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_election_speakers_and_persons_holds() {
    let failures = failures(include_str!("other_hundredseventyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
