//! The `official` role outside the hostage story (ex42d): an office sought ("candidate for",
//! "running to become") or no longer held ("former state Rep.", "deceased Mayor", "the former
//! Labour first minister") is not held; a title after "against" or a copula in a fronted
//! clause is another's or a predicate; trade-union officers hold no public office; councillors
//! and treasurers do; a headline's office is not shared with a caption's names. The cases are
//! made-up prose in `held_out_twentynine.txt`, run with the checks of `held_out_six`.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_official_role_outside_hostage_stories_holds() {
    let failures = failures(include_str!("held_out_twentynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
