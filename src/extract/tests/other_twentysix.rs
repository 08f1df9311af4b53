//! Roles by class across every annotated set (extract20x). Which states mediate is a fact of
//! the dossier: a minister of a state that one article names as a mediator negotiates in the
//! articles that only give the title. The per-article cases are made-up prose in
//! `other_twentysix.txt`, run with the checks of `held_out_six`.

use super::held_out_six::failures;
use super::run;
use crate::entity::Role;
use crate::extract::identity;
use crate::extract::{ArticleExtraction, Registry};

#[test]
fn each_case_of_the_roles_met_across_the_sets_holds() {
    let failures = failures(include_str!("other_twentysix.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The merged roles of `name` over `articles`, and the rules of its negotiator evidence.
fn merged(articles: &[ArticleExtraction], name: &str) -> (Vec<Role>, Vec<(usize, &'static str)>) {
    let ids = identity::merge(articles, &Registry::empty());
    let id = ids.entities.iter().find(|e| e.name == name);
    let id = id.unwrap_or_else(|| panic!("{name} not merged"));
    let rules = (id.evidence.iter())
        .filter(|(_, e)| e.role == Role::Negotiator)
        .map(|(ai, e)| (*ai, e.rule))
        .collect();
    (id.roles.clone(), rules)
}

const TITLE_ONLY: &str = "Egyptian Foreign Minister Karim Fawzi said on Monday that the first \
     exchange could take place within days.";

#[test]
fn a_minister_of_a_state_another_article_names_as_mediator_negotiates() {
    let mediates = run(&[
        "Egypt and Jordan have mediated the indirect talks between the two sides since spring.",
    ]);
    let title = run(&[TITLE_ONLY]);
    let (roles, rules) = merged(&[mediates, title], "Karim Fawzi");
    assert_eq!(roles, vec![Role::Negotiator, Role::Official]);
    // The evidence points at both sentences: the title's and the one naming the mediator.
    assert!(rules.contains(&(1, "mediator")), "{rules:?}");
    assert!(rules.contains(&(0, "mediating state")), "{rules:?}");
}

#[test]
fn a_minister_of_a_state_no_article_names_as_mediator_does_not() {
    let sides = run(&["Talks between Egypt and Jordan over water rights resumed on Friday."]);
    let title = run(&[TITLE_ONLY]);
    let (roles, _) = merged(&[sides, title], "Karim Fawzi");
    assert_eq!(roles, vec![Role::Official]);
}

#[test]
fn only_a_diplomatic_office_of_the_mediating_state_negotiates() {
    let mediates = run(&["Mediators Egypt and Jordan said the sides were close to a deal."]);
    let other =
        run(&["Egyptian Health Minister Samir Wahba said hospitals were ready for the wounded."]);
    let (roles, _) = merged(&[mediates, other], "Samir Wahba");
    assert_eq!(roles, vec![Role::Official]);
}
