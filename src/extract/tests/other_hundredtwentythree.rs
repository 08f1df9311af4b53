//! Speakers named before an apposition that another person owns, with its closing comma
//! missing (sp81). The cases are made-up prose in `other_hundredtwentythree.txt`; this runs
//! them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredtwentythree_holds() {
    let failures = failures(include_str!("other_hundredtwentythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
