//! Captives released in swaps and talks abroad, named in a list after a fronted adjunct or
//! after a group said to be released, and the offices and outlets around them, stop 55
//! (ro55b), from prisoner-swap and detained-abroad copy. The cases are made-up prose in
//! `other_eightysix.txt`; this runs them with the checks of `held_out_six` and names each that
//! fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_five_swaps_and_detentions_holds() {
    let failures = failures(include_str!("other_eightysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
