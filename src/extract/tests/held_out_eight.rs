//! Patterns met in an eighth held-out set of real reporting (wire copy, a live blog, briefs
//! and non-US outlets on the hostage talks): a headline's clause after "as", a list's shared
//! predicate running on after "and", a nickname in brackets inside a full name, a gerund
//! opening a sentence, a brand spelled with an inner capital, a heading led by "A", and a
//! partner named in apposition. The cases are made-up prose in `held_out_eight.txt`, run as
//! `held_out_six` runs its own.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_eighth_held_out_patterns_holds() {
    let failures = failures(include_str!("held_out_eight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
