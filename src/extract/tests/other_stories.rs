//! Patterns met in real reporting on other stories than the example's (disasters, a strike,
//! election campaigns): unnamed bystanders who speak, punctuation outside the closing mark,
//! institutions written in lower case, news agencies and union locals, and "the father" for
//! the parent of a named child. The cases are made-up prose in `other_stories.txt`, each with
//! its rule; this runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_other_stories_patterns_holds() {
    let failures = failures(include_str!("other_stories.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
