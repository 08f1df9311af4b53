//! Roles, stop 54 (ro54): relatives set off by their own family apposition ("A and B, the
//! parents of hostage C,") are no captives and take nothing from the list they stand in,
//! while C takes nothing from their verb; captives named after an inverted sentence's
//! fronted participle of holding; one released or freed by an armed group that holds
//! captives (`data/captor_groups.txt`); a national of the reader's side held abroad, set off
//! before the name; and a priest set off after the object of "abducted" with clerical
//! titles. The cases are made-up prose in `other_seventyeight.txt`; this runs them with the
//! checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_four_roles_holds() {
    let failures = failures(include_str!("other_seventyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
