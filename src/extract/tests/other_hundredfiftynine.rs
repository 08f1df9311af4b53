//! Captives named after a release or a swap in real reporting: a state "releasing" the names
//! after it, a colon list whose first item is a noun phrase set off before its name, the
//! handover of a person, a captive noun with a participle phrase set off before a name, and a
//! list (a caption's too, its positions in brackets, ended by "and others") whose sentence
//! goes on to "their release from captivity".
//! The cases are made-up prose in `other_hundredfiftynine.txt`, each with its rule; this runs
//! them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_captives_named_after_a_release_holds() {
    let failures = failures(include_str!("other_hundredfiftynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
