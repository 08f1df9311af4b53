//! Speakers on real reporting, issue 14 patterns 4, 5, 6 and 8 (ex45a): who a quotation
//! said by a person goes to when the sentence around it is not a plain "X said". The cases
//! are made-up prose in `other_fortythree.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_speakers_said_by_a_person_holds() {
    let failures = failures(include_str!("other_fortythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
