//! The lead's cases of stop 73: words quoted from a plan or read aloud from another's letter,
//! a caption over its own credit, a possessive owner before a family word, the dead who do
//! not speak, a relative clause missing its comma, lists whose predicate or apposition is
//! every name's, captivity dated or shared "along with", and a ministry with two remits.
//! The cases are made-up prose in
//! `other_twohundredfour.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_leads_stop_seventy_three_holds() {
    let failures = failures(include_str!("other_twohundredfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
