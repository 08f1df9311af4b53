//! Patterns met in real reporting of US election campaigns (rallies, debates, concessions):
//! a sentence ending in a colon that announces its subject's words, a gerund whose clause
//! ends before the quotation, verbs of criticism, "his past remarks" owning a partial
//! quotation; and words that look like names but are not people (state demonyms, party tags
//! "(R-Town)", "Town, Ind.", studios, a university called by its first word). The cases are made-up prose in `election_eight.txt`, each with its rule; this
//! runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_election_patterns_holds() {
    let failures = failures(include_str!("election_eight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
