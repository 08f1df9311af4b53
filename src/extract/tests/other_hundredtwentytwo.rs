//! A speaker named before a long apposition with a relative clause, then "told" an outlet; an
//! office "of" a named holder speaking; and a reply "with" quoted words inside an earlier
//! verb's "that" clause (sp80). The cases are made-up prose in `other_hundredtwentytwo.txt`;
//! this runs them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_other_hundredtwentytwo_holds() {
    let failures = failures(include_str!("other_hundredtwentytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
