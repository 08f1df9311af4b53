//! Names met in a fresh set of real reporting on other stories (a council row, an election
//! abroad, a court ruling, a hospital, a cup final) and in the misses left on earlier sets: an
//! office in lower case before a bare name, "Miss", towns that open with "Fort", businesses,
//! schools, hospitals and hangars named by their last word, one name spelt two ways, a title's
//! gender, a first name a family word introduces, party lines joined by "and", "Pro Tem", an
//! account's name, a union, an irregular past tense. The cases are made-up prose in
//! `other_eighteen.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_eighteenth_name_patterns_holds() {
    let failures = failures(include_str!("other_eighteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
