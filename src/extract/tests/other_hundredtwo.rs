//! Names in a list take the role of the noun that introduces the list (ro59a): a list after
//! "Others are", after "identified the Americans as", after a foreign state's release of
//! prisoners in an exchange, and a relative clause on the captives of a release that is not
//! the negotiator's. The cases are made-up prose in `other_hundredtwo.txt`; this runs them
//! with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredtwo_holds() {
    let failures = failures(include_str!("other_hundredtwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
