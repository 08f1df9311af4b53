//! Speakers met in a fresh set of real reporting on talks and summits: a leader's
//! counterparts named after his possessive are not the "he" who speaks next, and a name
//! inside words reported without quotation marks ("B is informed, he added") is not who a
//! later title ("the official said") points back to. The cases are made-up prose in
//! `other_hundredninetytwo.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_hundred_ninety_second_speaker_patterns_holds() {
    let failures = failures(include_str!("other_hundredninetytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
