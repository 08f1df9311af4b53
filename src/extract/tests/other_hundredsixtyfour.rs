//! Real reporting on elections and on captives' home towns: a word of office by a name that
//! holds none (a church's secretary, a side's legal chief, the president of a rights group
//! set off before the name), a student's school year written before the name as a title, and
//! a word for a gathering that opens a caption.
//! The cases are made-up prose in `other_hundredsixtyfour.txt`, each with its rule; this runs
//! them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_officers_outside_government_and_school_years_and_gatherings_holds() {
    let failures = failures(include_str!("other_hundredsixtyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
