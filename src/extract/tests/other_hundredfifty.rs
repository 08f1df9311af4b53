//! Captives told by the passive "was captured", a list of captives set off by dashes with
//! commas between its names, remains that "are those of" named captives, and the officers
//! of a party's Campaign Committee (ro96). The cases are made-up prose in
//! `other_hundredfifty.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfifty_holds() {
    let failures = failures(include_str!("other_hundredfifty.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
