//! Patterns met in the lead's blind set of stop 33 (Edan Alexander's release, the envoys'
//! trips to Egypt, the February releases), annotated before any run: an apposition that
//! opens with another person's possessive ("X, Trump's special envoy,"), a capitalised word
//! closing an office's name, clock times and regional demonyms taken for names, and a
//! relative's given name that is also a place. The cases are made-up prose in
//! `held_out_fifteen.txt`, run as `held_out_six` runs its own.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_fifteenth_held_out_patterns_holds() {
    let failures = failures(include_str!("held_out_fifteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
