//! Person cases of helper ps163. The sentence cases are made-up prose in
//! `other_twohundredfortytwo.txt`, each with its rule, run with the checks of
//! `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_person_case_of_ps_one_sixty_three_holds() {
    let failures = failures(include_str!("other_twohundredfortytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
