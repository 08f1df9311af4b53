//! A title's plural before a list of names, and a detention told plainly in a story of a swap
//! (the lead's, stop 65). The cases are made-up prose in `other_hundredfortyseven.txt`; this
//! runs them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredfortyseven_holds() {
    let failures = failures(include_str!("other_hundredfortyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
