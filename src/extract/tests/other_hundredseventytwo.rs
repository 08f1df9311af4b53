//! Officials told by an apposition whose relative clause opens with a verb of saying ("A, a
//! state lawmaker who denied …,"), the administrator of a public agency (not of a hospital
//! or a network), a rights chief who holds no government office, and a German given name
//! before a surname that is also a demonym.
//! The cases are made-up prose in `other_hundredseventytwo.txt`, each with its rule; this runs
//! them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_officials_by_apposition_and_agency_holds() {
    let failures = failures(include_str!("other_hundredseventytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
