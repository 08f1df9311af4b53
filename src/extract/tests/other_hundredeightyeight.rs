//! State legislators titled by the short form US papers write before a name ("Del." for a
//! member of a House of Delegates), from election copy. The cases are made-up prose in
//! `other_hundredeightyeight.txt`; this runs them with the checks of `held_out_six` and names
//! each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_abbreviated_legislator_titles_holds() {
    let failures = failures(include_str!("other_hundredeightyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
