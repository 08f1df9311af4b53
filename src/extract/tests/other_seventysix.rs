//! A body's name followed by "Headquarters", and a private go-between meeting an armed group
//! about a deal, stop 53 (rq53): "the … Forum Headquarters" speaks as the Forum, and "met with
//! Hamas in Doha about the proposal" negotiates. The cases are made-up prose in
//! `other_seventysix.txt`; this runs them with the checks of `held_out_six` and names each that
//! fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_three_bodies_and_go_betweens_holds() {
    let failures = failures(include_str!("other_seventysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
