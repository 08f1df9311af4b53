//! Speakers past a name inside a "whose" clause, a participle after an object and its
//! phrase, and a person a claim is sourced to through a statement (sp83). The cases are made-up prose in `other_hundredtwentyeight.txt`; this
//! runs them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredtwentyeight_holds() {
    let failures = failures(include_str!("other_hundredtwentyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
