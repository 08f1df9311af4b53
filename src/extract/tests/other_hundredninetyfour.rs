//! The lead's cases of stop 72. "Ms and Mrs Keller" names both bearers of a shared surname,
//! so a later "Mrs Keller" is still the one no "Ms" named. A delegation said to be made of
//! freed hostages (or of relatives) negotiates nothing: its members take what it is made of.
//! The cases are made-up prose in
//! `other_hundredninetyfour.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_leads_stop_seventy_two_holds() {
    let failures = failures(include_str!("other_hundredninetyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
