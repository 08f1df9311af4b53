//! Words passed on are not the passer's (issue 14): an outlet that a lower-case word names
//! ("the daily X said") or that "As reported by X," names; one who tells what another said
//! ("'…,' as X had claimed he said"); a question about words someone used ("asked Y why he
//! used the phrase '…'") quotes Y. "Maris" is a man's given name in Thai, and "Agent" a title
//! that a long run of title words ends on. The cases are made-up prose in
//! `other_hundredeightyone.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_outlets_relayed_words_and_asked_phrases_holds() {
    let failures = failures(include_str!("other_hundredeightyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
