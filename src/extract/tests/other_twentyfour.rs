//! Names met in a third round of fresh real reporting (extract18z): a capitalised run whose
//! last word names its class (a theatre, a parkway, a trophy, a constitution, a ruler's court)
//! or whose form does ("Construction"), an office right after a known place, a party and an
//! office by its letters before a full name, initials in brackets after a run, a town set in
//! its region, an adjective that opens place names, a people's name alone, a short given name
//! and its full form, a given name already given in full, a lone given name in a list before
//! a serial comma. The cases are made-up prose in `other_twentyfour.txt`, each with its rule;
//! this runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_third_fresh_real_reporting_name_patterns_holds() {
    let failures = failures(include_str!("other_twentyfour.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
