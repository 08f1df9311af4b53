//! Speakers met in real reporting of other stories (labour and trade talks, a court case) and
//! of US campaigns: "Sens." before two names, a name opening a reported clause after "he
//! said", "the GOP challenger", "replying:", "made the point
//! that", "while calling X a '…'", a colon after a crowd's voice and a bare title with no
//! name. The cases are made-up prose in `other_thirteen.txt`, each with its rule; this runs
//! them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_other_story_speaker_patterns_holds() {
    let failures = failures(include_str!("other_thirteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
