//! The last name of a comma list is no single speaker (the lead, stop 69): "the two
//! hijackers, identified as A, of X, and B, told an official they '…'" speaks for the pair,
//! so no one of them is named. "thanked A and the Egyptian President B": the article before
//! a title run leaves B governed by "and", an object as A is, so a paragraph of quotation
//! after the sentence goes to its subject. "…, demanding '…'" reports as "urging" does, and
//! "X touted …. '…'" as "boasted" does. A dash opens a clause, not a sentence, so a quotation
//! after one carries on from the quotation before it. "Pope Leo XIV" is one name, and "World
//! War II" an event. "Union leader A said his negotiators …" gives A no office. A namesake
//! named only in "the shooting deaths of B and C X" leaves a bare "X said" to A.
//! The cases are made-up prose in `other_hundredseventyfive.txt`, each with its rule; this runs
//! them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_last_name_of_a_comma_list_holds() {
    let failures = failures(include_str!("other_hundredseventyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
