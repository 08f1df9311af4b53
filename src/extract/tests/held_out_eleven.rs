//! Patterns met in an eleventh held-out set of real reporting (wire copy, a piece on the
//! envoys, statements and a non-US outlet on the hostage talks), annotated before any run: a
//! plural apposition after a pair of names, a headline that leaves its long prepositions in
//! lower case, and a compass word before a known place. The cases are made-up prose in
//! `held_out_eleven.txt`, run as `held_out_six` runs its own.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_eleventh_held_out_patterns_holds() {
    let failures = failures(include_str!("held_out_eleven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
