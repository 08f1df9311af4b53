//! Persons this round found, missed or read wrongly (pn97): an office capitalised before a
//! name whose surname has a particle or whose office noun is also a given name, and a body's
//! remit after its cue word read as a person. The cases are made-up prose in
//! `other_hundredfiftythree.txt`; this runs them with the checks of `held_out_six` and names
//! each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfiftythree_holds() {
    let failures = failures(include_str!("other_hundredfiftythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
