//! Dead captives named by what news says of their remains ("the caskets are said to be those
//! of A and B", "identified as that of C", "his body had been held in Gaza"), children listed
//! with bracketed ages, and a list, one name joined by a family word, that joins the sides'
//! negotiators. The cases are made-up prose in `other_hundredninetyfive.txt`; this runs them
//! with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_remains_ages_and_joined_negotiators_holds() {
    let failures = failures(include_str!("other_hundredninetyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
