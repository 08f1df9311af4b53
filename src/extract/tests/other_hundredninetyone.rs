//! Roles from a set on talks, a hospital and an election. The one invited or urged to
//! negotiations is told what others want of them, not what they did; a name inside a
//! quotation is no side of "talks with"; "on his behalf" may stand inside "participated in
//! the negotiations"; a country's delegates are its delegation; an ombudsman, a county
//! executive and a presidential aide hold an office; a term closed with years is an office
//! held before. The cases are made-up prose in `other_hundredninetyone.txt`, each with its
//! rule; this runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_invited_quoted_and_closed_terms_holds() {
    let failures = failures(include_str!("other_hundredninetyone.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
