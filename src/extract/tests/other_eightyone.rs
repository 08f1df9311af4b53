//! Captives named by what an armed group does to them ("the gang freed the engineer A",
//! "the Taliban confirmed it was holding B"), by how long they were held in a story of a
//! kidnapping, after "including" a phrase of citizens held abroad, and in a list whose first
//! name carries its own body ("A of the aid programme and B … were kidnapped"), stop 54b
//! (roles). The cases are made-up prose in `other_eightyone.txt`; this runs them with the
//! checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_four_b_captor_objects_holds() {
    let failures = failures(include_str!("other_eightyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
