//! Persons named with a generational suffix after a comma or with a body's "Member" before
//! them, and speakers named by a long title or only after their description (pe56). The
//! cases are made-up prose in `other_ninetythree.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_ninetythree_holds() {
    let failures = failures(include_str!("other_ninetythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
