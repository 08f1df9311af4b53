//! Persons on real reporting, round four (ex42a), from sets no rule was fitted to: storms and
//! public bodies that read like names (a storm the weather service named, a body named for a
//! nation, a firm named for its field, a region before "region"). The cases are made-up prose
//! in `other_thirtyseven.txt`; this runs them with the checks of `held_out_six` and names
//! each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_persons_round_four_holds() {
    let failures = failures(include_str!("other_thirtyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
