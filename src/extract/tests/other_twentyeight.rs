//! Speakers by class across the annotated reporting (extract20y): a pronoun goes back to the
//! main clause's subject, not to a name inside a clause opened by "after" or "where", nor to
//! the object of a participle or of a verb after "to"; skipping a person of the other gender,
//! to the one the story follows; and an office written as its initials ("the VC") is the
//! person who holds it. The cases are made-up prose in `other_twentyeight.txt`, each with its
//! rule; this runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_speakers_by_class_holds() {
    let failures = failures(include_str!("other_twentyeight.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
