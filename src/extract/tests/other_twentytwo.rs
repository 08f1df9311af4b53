//! Names met in a second round of fresh real reporting (extract17z): a compass word and one
//! more word where a place stands ("in North Fairview"), a place word first ("City Hall"), a
//! hotel or venue named by the noun after it, an employer after an occupation and "at", a lone
//! capitalised office after a title or "the", a capitalised plural of a noun for people. The
//! cases are made-up prose in `other_twentytwo.txt`, each with its rule; this runs them all
//! with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_second_fresh_real_reporting_name_patterns_holds() {
    let failures = failures(include_str!("other_twentytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
