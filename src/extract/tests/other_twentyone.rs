//! Names met in fresh real reporting on other stories (extract16z): titles of works in
//! running text, an office or occupation capitalised before a full name ("County Sheriff"),
//! an office with its rank ("Sr. Manager"), "Pacific Islander", a broadcaster's letters
//! before a city, a place after "archbishop of". The cases are made-up prose in
//! `other_twentyone.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_fresh_real_reporting_name_patterns_holds() {
    let failures = failures(include_str!("other_twentyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
