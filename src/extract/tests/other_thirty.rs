//! Classes of person errors that recur across the annotated real sets (extract20z): a second
//! spelling of a name taken for a second person, a byline or a credit in capitals, a family's
//! given names listed without surnames, and a capitalised pair with no sign of a person. The
//! cases are made-up prose in `other_thirty.txt`, each with its rule; this runs them all
//! with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_recurring_person_classes_holds() {
    let failures = failures(include_str!("other_thirty.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
