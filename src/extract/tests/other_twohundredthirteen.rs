//! Speakers met in a two-hundred-and-thirteenth set of real reporting: a run of quoted
//! paragraphs each closed by "he said" after a person named only as an object or inside the
//! marks, a reply announced by "and they replied:" after words quoted as praise, and words
//! shared as the caption of a photo of someone else's belongings. The cases are made-up prose
//! in `other_twohundredthirteen.txt`; this runs them with the checks of `held_out_six` and
//! names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_two_hundred_and_thirteenth_speakers_holds() {
    let failures = failures(include_str!("other_twohundredthirteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
