//! Persons met in fresh real reporting (eval-p): a home town after "from" and a full name, an
//! adverb in "-ly" opening reported words, an outlet's channel named by its beat, a family
//! word before a list of given names whose first is another person's surname, and a demonym
//! that is a common surname. The cases are made-up prose in `other_hundredninetythree.txt`,
//! each with its rule; this runs them all with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_eval_p_person_patterns_holds() {
    let failures = failures(include_str!("other_hundredninetythree.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
