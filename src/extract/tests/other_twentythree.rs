//! Speakers met in fresh real reporting (extract18y): two people who share a surname told
//! apart by their honorifics, the agent of a passive that names the words, a crowd heading
//! its clause, a name standing alone after a quotation, a person "of" a body before an
//! apposition, a name before a finite verb after "said", an object pronoun that tells no
//! gender, the people someone spoke to who are no source, a relative named through a
//! possessive, and a body's name running on into a title and its holder. The cases are made-up prose in
//! `other_twentythree.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_speaker_patterns_of_fresh_reporting_holds() {
    let failures = failures(include_str!("other_twentythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
