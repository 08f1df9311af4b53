//! Speakers on real reporting, round 3 (ex41b): a line of fact between a speaker's
//! quotation paragraphs, the clause after "told reporters that", a name after a verb's
//! particle ("to knock out X"), a string of voices in one paragraph, the same words
//! quoted twice, and "his spokesman" as an unnamed source. The cases are made-up prose
//! in `other_thirtysix.txt`; this runs them with the checks of `held_out_six` and names
//! each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_round_three_speakers_holds() {
    let failures = failures(include_str!("other_thirtysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
