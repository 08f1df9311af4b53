//! Speakers missed or mistaken in real reporting (sp103): a participle after a quotation, a
//! name and its verb after a quotation with no comma, and a pronoun after the people the
//! subject's sentence names through "his friend" or "his brother".
//! The cases are made-up prose in `other_hundredseventy.txt`, each with its rule; this runs
//! them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_quotation_speakers_holds() {
    let failures = failures(include_str!("other_hundredseventy.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
