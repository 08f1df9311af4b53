//! Real reporting on a ceasefire's diplomacy, freed captives' families and a primary night:
//! an office written as initials the article spells out, a caption credited to an agency's
//! photo between a minister's quotations, a sentence that only says someone spoke before the
//! words it announces, and two quoted phrases under one attribution.
//! The cases are made-up prose in `other_hundredeightyfive.txt`, each with its rule; this
//! runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_spelled_offices_agency_captions_and_announcing_sentences_holds() {
    let failures = failures(include_str!("other_hundredeightyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
