//! Persons' names kept clear of titles and offices, things and bodies read as no person, a
//! contributor's credit line read as a name, and a given name that is also a ruler's title
//! after a trade word (pe83). The cases are made-up prose in `other_hundredtwentynine.txt`;
//! this runs them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredtwentynine_holds() {
    let failures = failures(include_str!("other_hundredtwentynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
