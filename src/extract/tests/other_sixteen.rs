//! Names met in fresh real reporting on other stories (a trial, a strike, a football loan, a
//! council budget, election copy, a bank): a public figure's bare surname, live-blog
//! furniture, an interjection, a brand, places that read like names ("St. Augustine", "Big
//! Horn Country", "Marrick Green", "Pellow county"), a union of workers, a councillor's title,
//! an adverb in a heading, a team's nickname, a club's short name, a particle after a place
//! that is a given name, and a company. The cases are made-up prose in `other_sixteen.txt`,
//! each with its rule; this runs them all with the checks of `held_out_six` and names each
//! that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_the_other_story_name_patterns_holds() {
    let failures = failures(include_str!("other_sixteen.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
