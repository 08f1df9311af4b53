//! Speakers met in fresh real reporting (extract15w): "Pro Tem" inside an office's title, a
//! misspelt "Prime Minster", a trailing attribution whose apposition runs past the look
//! ahead, a body named "… Conference", and "he said" after a list of names. The cases are made-up prose in
//! `other_nineteen.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_fresh_real_reporting_speaker_patterns_holds() {
    let failures = failures(include_str!("other_nineteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
