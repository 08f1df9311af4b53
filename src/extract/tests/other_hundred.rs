//! Honorifics and name particles, an office whose portfolio follows "on the", a speaker the
//! quotation itself names, the names listed after a verb that takes a person, and the later
//! writers of a byline in capitals (sp58b). The cases are made-up prose in
//! `other_hundred.txt`; this runs them with the checks of `held_out_six` and names each that
//! fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundred_holds() {
    let failures = failures(include_str!("other_hundred.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
