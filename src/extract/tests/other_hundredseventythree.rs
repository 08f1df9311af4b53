//! Speakers missed or mistaken in real reporting (sp104): an unnamed reporter at a press
//! conference, later "the reporter" or "he", never the official questioned nor the one named
//! last; "but he" after a clause whose subject a person owns; a given name whose sex differs
//! between languages; and "as X put it".
//! The cases are made-up prose in `other_hundredseventythree.txt`, each with its rule; this
//! runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_unnamed_questioner_and_owner_speakers_holds() {
    let failures = failures(include_str!("other_hundredseventythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
