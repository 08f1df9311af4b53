//! A caption that closes on its photo credit, a report's source before an unnamed official,
//! words shared by two people in one deed, "alleged that", a chant of one name, and prose
//! on a placard (sp71). The cases are made-up prose in `other_hundredtwentyone.txt`; this
//! runs them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredtwentyone_holds() {
    let failures = failures(include_str!("other_hundredtwentyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
