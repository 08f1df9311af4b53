//! The lead's rules of stop 64: an ambassador or envoy named with the charge of the office
//! ("Ambassador to Austria A") is the one a later "the diplomat" points back to; a dateline's
//! dash ends a sentence; "Former" opening a paragraph stays in the title. The cases
//! are made-up prose in `other_hundredthirtyone.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredthirtyone_holds() {
    let failures = failures(include_str!("other_hundredthirtyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// "Former Governor A rallied …" opening a paragraph: "Former" is no stop word dropped at the
/// sentence's start but the title's first word, so the description keeps it.
#[test]
fn a_word_of_tenure_opening_a_paragraph_stays_in_the_title() {
    let x = super::run(&[
        "Former Governor Paul Hendry rallied supporters in the county seat for two hours.",
        "\"We will take this state back,\" Hendry said.",
    ]);
    let hendry = super::person(&x, "Paul Hendry").expect("Paul Hendry is found");
    assert_eq!(hendry.description.as_deref(), Some("Former Governor"));
}
