//! Hostages of states, stop 49 (ho49): a person held in a foreign country or caught on a trip
//! ("A, who is held in Iran", "B, imprisoned in Belarus,", "C was detained … while on a
//! business trip"), the subject of a swap ("A, B and C were also part of the exchange",
//! "were exchanged for"), one "among the Americans released", a list whose families hear
//! of their loved ones' release, and "the release of A and reporter B"; convicts, agents and
//! ordinary crime stay out. The cases are made-up prose in `other_fiftysix.txt`; this runs
//! them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_nine_state_captives_holds() {
    let failures = failures(include_str!("other_fiftysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
