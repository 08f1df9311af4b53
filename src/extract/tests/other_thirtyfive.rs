//! Persons on real reporting, round three (ex41a): honorifics before a name, and people news
//! names by one word only (a vox-pop speaker who "gave her name as" it, a bystander set off by
//! commas after "a passer-by", a list of given names). The cases are made-up prose in
//! `other_thirtyfive.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_persons_round_three_holds() {
    let failures = failures(include_str!("other_thirtyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
