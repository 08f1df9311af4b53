//! A surname that is also a known place ("Sheffield"), opening a sentence as its subject
//! after the article named someone in full with it, is that person, so a participle's
//! quotation later in the sentence is theirs; stop 55 (lead), from election copy. The cases
//! are made-up prose in `other_eightynine.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_five_place_surnames_holds() {
    let failures = failures(include_str!("other_eightynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
