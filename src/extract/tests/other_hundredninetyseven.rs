//! Persons met in fresh real reporting (stop 72, round 1): "H E" (His Excellency) before a
//! minister's name, a surname transliterated two ways in one article, a street after a
//! hyphenated house number, "Council Member" written as two words, a known outlet's name
//! opening a longer body ("the Guardian Angels"), and a programme one joined the army
//! "through". The cases are made-up prose in `other_hundredninetyseven.txt`, each with its
//! rule; this runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_persons_of_stop_seventy_two_holds() {
    let failures = failures(include_str!("other_hundredninetyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
