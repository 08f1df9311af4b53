//! Quotations and their speakers met in real reporting: a pair governed past "both", a date
//! that runs on after a comma, a long apposition that names another, a spokesperson who is
//! no titled principal, a list inside a relative clause and an unnamed expert. The sentence
//! cases are made-up prose in `other_twohundredtwentyseven.txt`, each with its rule, run
//! with the checks of `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_case_of_quotations_and_speakers_holds() {
    let failures = failures(include_str!("other_twohundredtwentyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
