//! Persons found or wrongly found (pe57): a service noun with no name after it, the first of
//! two Spanish surnames standing alone, and the armed groups' leaders named by the surname
//! alone. The cases are made-up prose in `other_ninetyseven.txt`; this runs them with the
//! checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_ninetyseven_holds() {
    let failures = failures(include_str!("other_ninetyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
