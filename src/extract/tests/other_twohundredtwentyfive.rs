//! Persons in real reporting (ps148). The sentence cases are made-up prose in
//! `other_twohundredtwentyfive.txt`, each with its rule, run with the checks of
//! `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_persons_case_of_real_reporting_holds() {
    let failures = failures(include_str!("other_twohundredtwentyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
