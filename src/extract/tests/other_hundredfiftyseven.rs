//! A compound or elected office before a name, places named by their list or their lake, and
//! ships named by their prefix or noun (pn97). The cases are made-up prose in
//! `other_hundredfiftyseven.txt`; this runs them with the checks of `held_out_six` and names
//! each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfiftyseven_holds() {
    let failures = failures(include_str!("other_hundredfiftyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
