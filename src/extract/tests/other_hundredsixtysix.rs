//! Persons and captives missed in real reporting (ro106): relatives named after "siblings",
//! a photographer's three-word credit, "al Qaeda" with a space, an illness named by a letter,
//! and a captive set off after "a … hostage," in mid-sentence.
//! The cases are made-up prose in `other_hundredsixtysix.txt`, each with its rule; this runs
//! them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_relatives_credits_illnesses_and_indefinite_captives_holds() {
    let failures = failures(include_str!("other_hundredsixtysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
