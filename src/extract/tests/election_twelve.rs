//! Speakers met in real reporting of US election campaigns: a pronoun after a woman and a man
//! named only as objects, a second quotation joined by "and then said" after a phrase about
//! someone else, a boast as a reporting verb, a paragraph of quotation after one that opens
//! with "Her", "you said" in a question, a casino as a venue, and ", X said" closing a
//! sentence that a quotation opens. The cases are made-up prose in `election_twelve.txt`,
//! each with its rule; this runs them all with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_election_speaker_patterns_holds() {
    let failures = failures(include_str!("election_twelve.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
