//! Speakers and persons met in real reporting at stop 48 (the lead's own fixes beside the
//! helpers'): a title whose portfolio runs on to its holder's name ("Minister of Culture X
//! said") is that person speaking, never an unnamed minister. The cases are made-up prose in
//! `other_fiftyfour.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_eight_holds() {
    let failures = failures(include_str!("other_fiftyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
