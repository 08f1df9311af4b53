//! Persons met in a two-hundredth set of real reporting: a full name written again with its
//! surname's last letter dropped. The cases are made-up prose in `other_twohundred.txt`; this
//! runs them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_two_hundredth_persons_holds() {
    let failures = failures(include_str!("other_twohundred.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
