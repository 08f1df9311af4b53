//! Speakers in election-night copy (sp57a): an office cut short before a name, a gerund
//! inside a reported clause, a crowd that is only where the words went, a crowd's chant of
//! a name, and a shared clip's "A on the topic:" caption. The cases are made-up prose in
//! `other_ninetyfour.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_ninetyfour_holds() {
    let failures = failures(include_str!("other_ninetyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
