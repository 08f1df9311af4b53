//! A name in the middle of a list governed by a preposition read as the one a later "he"
//! means (sp58). The cases are made-up prose in `other_ninetyeight.txt`; this runs them with
//! the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_ninetyeight_holds() {
    let failures = failures(include_str!("other_ninetyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
