//! Runs read as persons that are no one (a national capital for its government, a place
//! whose inner capital is written plain, a company closed by "Communications", a yearly
//! "Meetings", a plural for people opening a quotation), a surname respelt with an accent,
//! and a photographer after a "Photo:" label. The cases are made-up prose in
//! `other_twohundredseven.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_two_hundred_seventh_set_holds() {
    let failures = failures(include_str!("other_twohundredseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
