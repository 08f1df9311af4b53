//! Hostages told by a verb of being carried off from a place, and by a release shared with a
//! relative described by age (ro80). The cases are made-up prose in
//! `other_hundredtwentyfour.txt`; this runs them with the checks of `held_out_six` and names
//! each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredtwentyfour_holds() {
    let failures = failures(include_str!("other_hundredtwentyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
