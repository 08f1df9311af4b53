//! Cases of helper ro146 (roles on real reporting). The sentence cases are made-up prose in
//! `other_twohundredtwentythree.txt`, each with its rule, run with the checks of
//! `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_case_of_helper_ro146_holds() {
    let failures = failures(include_str!("other_twohundredtwentythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
