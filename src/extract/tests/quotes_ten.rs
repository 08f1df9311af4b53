//! Who a pronoun means after a sentence that names several people, as families' press
//! conferences are reported: the person who opens the sentence over a relative named in an
//! apposition or a reported clause, "he continued" after the last speaker, and a bare name
//! with a kinship apposition ("X, father of Y") as a person. The cases are made-up prose in
//! `quotes_ten.txt`, each with its rule; this runs them all with the checks of
//! `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_pronoun_patterns_holds() {
    let failures = failures(include_str!("quotes_ten.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
