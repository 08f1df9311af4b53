//! Persons and roles on real reporting, round 47 (ex47b): a member of a service capitalised
//! before a name ("former US Marine A B", "ex-Marine C D", "retired Navy SEAL E F") describes
//! the person and is no part of the name; a seat of government named by its building ("the
//! Kremlin said") is an organisation. The cases are made-up prose in `other_fiftyone.txt`;
//! this runs them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_round_forty_seven_persons_holds() {
    let failures = failures(include_str!("other_fiftyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
