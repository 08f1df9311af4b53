//! Speakers and quotations in court, wire and brief copy (stop 77): court papers that speak
//! are no one's words, a curly opening mark with a stray space after it still opens a
//! quotation, and bulleted items after a lead-in ending on a colon keep its speaker.
//! The cases are made-up prose in `other_hundredseventyseven.txt`, each with its rule; this
//! runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_court_wire_and_brief_speakers_holds() {
    let failures = failures(include_str!("other_hundredseventyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
