//! Person names, stop 54 (nx54): a Spanish compound surname joined by "de la" or "y", a
//! given name that is also a title after an office ("Foreign Minister Amir …"), and two
//! given names that stand for the full name they open. The cases are made-up prose in
//! `other_seventyseven.txt`; this runs them with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_fifty_four_person_names_holds() {
    let failures = failures(include_str!("other_seventyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
