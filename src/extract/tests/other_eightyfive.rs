//! Offices sought, left or another's in US election copy, stop 55 (ro55): candidates named
//! after "candidates for governor,", a former holder with a place of two words between
//! "former" and the office, a relative clause that ends in another's title, and the head of a
//! club or college. The cases are made-up prose in `other_eightyfive.txt`; this runs them
//! with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_five_offices_sought_and_others_holds() {
    let failures = failures(include_str!("other_eightyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
