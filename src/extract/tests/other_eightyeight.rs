//! Speakers named only through what describes them or what carries their words, sp55, from
//! election, wire and statement copy: a description that names a party ("the Republican
//! businessman said") means only someone the article described with that party. The cases
//! are made-up prose in `other_eightyeight.txt`; this runs them with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_sp55_descriptions_and_carriers_holds() {
    let failures = failures(include_str!("other_eightyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
