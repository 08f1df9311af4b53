//! Interviews written up as questions and answers, stop 50 (sp50): an interviewer's bare
//! question between two paragraphs of quotation alone leaves the answer after it with the
//! speaker of the answer before (`question`). The cases are made-up prose in
//! `other_sixtysix.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_interview_speakers_holds() {
    let failures = failures(include_str!("other_sixtysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
