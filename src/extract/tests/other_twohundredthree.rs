//! Persons met in a two-hundred-and-third set of real reporting: a child named by a given name
//! after a word for a baby, a name closed by a work title's verb, an outlet named for its
//! region's politics, a route named for a person, and a place after "a native of". The cases
//! are made-up prose in `other_twohundredthree.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_two_hundred_and_third_persons_holds() {
    let failures = failures(include_str!("other_twohundredthree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
