//! Names in a list that take the role of the noun that introduces them: a plural noun that
//! sorts the items right after a colon, and the members a team led by someone includes. The
//! cases are made-up prose in `other_twohundredeight.txt`, each with its rule; this runs them
//! all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_two_hundred_eighth_set_holds() {
    let failures = failures(include_str!("other_twohundredeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
