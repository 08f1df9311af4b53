//! The place or body after a seat's "of", stop 53 (lead): "the Governor of Zamfara", "the
//! Emir of Kontagora" name a state and an emirate, not people, while "an aide of Okonjo"
//! still names Okonjo; and the bare surname between the two spans of a split quotation is
//! the first span's speaker, even when a relative bearing it was named before; and police
//! ranks in letters ("SP A B") are no part of a name. The cases are made-up prose in
//! `other_seventyfour.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_three_seats_holds() {
    let failures = failures(include_str!("other_seventyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
