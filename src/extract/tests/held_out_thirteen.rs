//! Patterns met in a thirteenth held-out set of real reporting (wire copy on freed and dead
//! hostages, a UK live page, an Arab outlet's copy of an agency story, US local copy of talks),
//! annotated before any run: a fronted "Another hostage, A,", a delegation to head, and the
//! services and agencies that read as names. The cases are made-up prose in
//! `held_out_thirteen.txt`, run as `held_out_six` runs its own.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_thirteenth_held_out_patterns_holds() {
    let failures = failures(include_str!("held_out_thirteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
