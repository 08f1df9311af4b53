//! Speakers on real reporting, stop 41 round 2 (ex44a), fitted on sets no rule had seen: a
//! body's name before the words of an office and its holder only says where the office is
//! held; verbs of voice from campaign copy; a participle after "despite"; the subject of a
//! free relative ("what X called"); a definite head for a source the article left unnamed; a
//! subordinate clause right after a quotation; clefts and clauses after "but"; an inverted
//! verb after words with no stop; a verb form after a possessive that only modifies a noun; a
//! fronted pronoun that tells which bearer of a shared surname speaks; a predicate joined by
//! "but"; a given name of either sex across languages; words quoted all in capitals; more
//! participles of voice; a noun of voice owned across a word of description, and over
//! unnamed sources that only report the claim. The cases are made-up prose in
//! `other_fortyone.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_one_speakers_holds() {
    let failures = failures(include_str!("other_fortyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
