//! Roles met in a two-hundred-and-first set of real reporting: two leaders who sign a deal
//! after an opening phrase of time or with an aside between them and the verb, and a freed
//! captive introduced by how they came out (rescued, freed early in a truce). The cases are
//! made-up prose in `other_twohundredone.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_two_hundred_and_first_roles_holds() {
    let failures = failures(include_str!("other_twohundredone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
