//! Roles met in the lead's fresh sets of stop 36 (released captives named by a ministry with
//! their ages, a rally of freed men's relatives, parents quoted by their child's name, a
//! mediating state's foreign minister). The cases are made-up prose in
//! `held_out_twenty.txt`, run as `held_out_six` runs its own.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_twentieth_held_out_patterns_holds() {
    let failures = failures(include_str!("held_out_twenty.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
