//! Speakers of hostage and detainee reporting (sp57b): a name after a pronoun's verb read as
//! an object, and a body's message posted by a named spokesperson. The cases are made-up prose
//! in `other_ninetyfive.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_ninetyfive_holds() {
    let failures = failures(include_str!("other_ninetyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
