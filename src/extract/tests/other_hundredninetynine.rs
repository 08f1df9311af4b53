//! Who speaks after a described speaker and across a statement quoted over paragraphs: "he"
//! opening the sentence after "…, the Chilean foreign minister said." is the minister, not
//! someone named since; and a paragraph left open before one whose quotation closes on its
//! attribution is that speaker's, not the one the paragraph before it was about. The cases
//! are made-up prose in `other_hundredninetynine.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_described_and_continued_speakers_holds() {
    let failures = failures(include_str!("other_hundredninetynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
