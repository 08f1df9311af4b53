//! Patterns met in a twelfth held-out set of real reporting (briefs with lists of freed
//! hostages, a live post, profiles of released captives and non-US outlets), annotated before
//! any run: a list whose subject points back to the paragraph before, "official" as an
//! adjective before a thing. The cases are made-up prose in `held_out_twelve.txt`, run as
//! `held_out_six` runs its own.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_twelfth_held_out_patterns_holds() {
    let failures = failures(include_str!("held_out_twelve.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
