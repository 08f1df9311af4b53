//! Names and speakers met in the freshest real reporting (extract19y): a bare surname after a
//! quotation and its "said" in a debate story, a capitalised plural for people before a full
//! name, and a family name that is also a month. The cases are made-up prose in
//! `other_twentyfive.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_names_of_the_freshest_reporting_holds() {
    let failures = failures(include_str!("other_twentyfive.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
