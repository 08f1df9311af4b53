//! The speakers of stop 75. A one-word place that is the surname of someone named in full
//! speaks when it stands as a reporting verb's subject; words quoted as a second predicate
//! after an inner clause's object are the outer speaker's. The cases are made-up prose in
//! `other_twohundredsix.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_speakers_stop_seventy_five_holds() {
    let failures = failures(include_str!("other_twohundredsix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
