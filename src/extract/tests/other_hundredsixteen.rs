//! Quotations and their speakers (sp70): a name after a verb that has a subject before it,
//! a verb of allegation before "that", a chant of a name, and a description owned by
//! another person that points back to the one just named. The cases are made-up prose in
//! `other_hundredsixteen.txt`; this runs them with the checks of `held_out_six` and names
//! each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredsixteen_holds() {
    let failures = failures(include_str!("other_hundredsixteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
