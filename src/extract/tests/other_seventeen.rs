//! Speakers met in real reporting of hostages and of US campaigns (extract15y): a short
//! description after the reporting verb ("remarked the Oberlinite", "said the challenger"),
//! "shared" as a reporting verb only with nothing after it, a paragraph of quotation after
//! one about "the envoy", a clause of time with an office held then ("when X, then the
//! governor, …"), a quotation right after a person's possessive, and a given name ending in
//! "ed" that is no participle. The cases are made-up prose in `other_seventeen.txt`, each
//! with its rule; this runs them all with the checks of `held_out_six` and names each that
//! fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_seventeenth_round_of_speaker_patterns_holds() {
    let failures = failures(include_str!("other_seventeen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
