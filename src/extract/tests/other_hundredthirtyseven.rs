//! Speakers of a relative clause whose own subject follows "who", of a second clause joined
//! to a reported one by "and", and persons in a synagogue's name and a byline (sp93). The
//! cases are made-up prose in `other_hundredthirtyseven.txt`; this runs them with the checks
//! of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredthirtyseven_holds() {
    let failures = failures(include_str!("other_hundredthirtyseven.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
