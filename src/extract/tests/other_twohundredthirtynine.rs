//! Person cases of helper ps160 (eval-ub persons). The sentence cases are made-up prose in
//! `other_twohundredthirtynine.txt`, each with its rule, run with the checks of
//! `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_person_case_of_helper_ps160_holds() {
    let failures = failures(include_str!("other_twohundredthirtynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
