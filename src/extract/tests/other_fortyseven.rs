//! Persons and the hostage role on real reporting, stop 46 round 2 (ex46b), fitted on the
//! new set of real articles: each case of `other_fortyseven.txt` is made-up prose for one
//! general rule of news writing (its "## " line says which); this runs them with the checks
//! of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_six_persons_and_hostages_holds() {
    let failures = failures(include_str!("other_fortyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
