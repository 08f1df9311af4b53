//! The one identity rule across articles (`identity::merge`): names merged across articles, and roles
//! weighed against the articles that name a person.

use crate::entity::Role;
use crate::extract::identity::{Identities, keeps_role, merge};
use crate::extract::{ArticleExtraction, Registry, extract_article};

fn corpus(articles: &[&str]) -> (Vec<ArticleExtraction>, Identities) {
    let xs: Vec<ArticleExtraction> = articles
        .iter()
        .map(|a| extract_article(&[a.to_string()], &[], &Registry::empty()))
        .collect();
    let ids = merge(&xs, &Registry::empty());
    (xs, ids)
}

fn roles_of(ids: &Identities, name: &str) -> Vec<Role> {
    ids.entities
        .iter()
        .find(|e| e.name == name)
        .map(|e| e.roles.clone())
        .unwrap_or_default()
}

#[test]
fn a_role_found_in_one_article_holds_in_another() {
    let (xs, ids) = corpus(&[
        "U.S. envoy Steve Witkoff arrived in Doha.",
        "Netanyahu met Witkoff on Sunday. Steve Witkoff said little.",
    ]);
    let w = xs[1]
        .entities
        .iter()
        .position(|e| e.name == "Steve Witkoff")
        .expect("found");
    let id = ids.of[1][w].expect("merged");
    assert!(ids.entities[id].roles.contains(&Role::Negotiator));
    assert_eq!(
        ids.entities[id].evidence[0].0, 0,
        "the evidence names article 0"
    );
}

#[test]
fn a_lone_surname_is_the_one_person_of_the_corpus_with_it() {
    let (xs, ids) = corpus(&[
        "U.S. envoy Steve Witkoff arrived in Doha.",
        "Netanyahu met Witkoff on Sunday.",
    ]);
    let w = xs[1].entities.iter().position(|e| e.name == "Witkoff");
    let id = ids.of[1][w.expect("found")].expect("merged");
    assert_eq!(ids.entities[id].name, "Steve Witkoff");
}

#[test]
fn a_given_name_introduced_as_a_relative_stays_in_its_family() {
    let (xs, ids) = corpus(&[
        "Freed hostage Noam Keret returned to his kibbutz on Monday.",
        "Mourners filled the hall. \"He was brave,\" said the fallen soldier's uncle, Noam, at the graveside.",
    ]);
    let n = xs[1].entities.iter().position(|e| e.name == "Noam");
    let id = ids.of[1][n.expect("found")].expect("merged");
    assert_eq!(ids.entities[id].name, "Noam");
    assert!(ids.entities[id].roles.is_empty());
}

#[test]
fn a_weak_role_read_once_among_many_plain_mentions_is_dropped() {
    let mut articles = vec!["The Trump administration wants to shift from negotiating."];
    articles.extend(["President Donald Trump spoke in Riyadh."; 4]);
    let (_, ids) = corpus(&articles);
    assert_eq!(roles_of(&ids, "Donald Trump"), [Role::Official]);
}

#[test]
fn a_weak_role_read_in_a_third_of_the_articles_is_kept() {
    let (_, ids) = corpus(&[
        "Ron Dermer held talks with Hamas mediators in Cairo.",
        "Ron Dermer flew home.",
        "Ron Dermer spoke to Netanyahu.",
    ]);
    assert_eq!(roles_of(&ids, "Ron Dermer"), [Role::Negotiator]);
}

#[test]
fn the_rule_weighs_strong_and_weak_evidence_differently() {
    assert!(keeps_role(1, 1, 10));
    assert!(!keeps_role(1, 1, 11));
    assert!(keeps_role(0, 1, 3));
    assert!(!keeps_role(0, 1, 4));
}

#[test]
fn a_short_form_of_the_given_name_is_the_same_person_and_a_different_name_is_not() {
    let (_, ids) = corpus(&[
        "Mediator Daniel Okafor flew to Accra on Monday.",
        "Dan Okafor met the families. Dan Okafor said little.",
        "Dana Okafor, a nurse, treated the wounded.",
    ]);
    let okafors: Vec<&str> = ids
        .entities
        .iter()
        .map(|e| e.name.as_str())
        .filter(|n| n.ends_with("Okafor"))
        .collect();
    assert_eq!(okafors.len(), 2, "{okafors:?}");
    assert!(okafors.contains(&"Dana Okafor"));
    let dan = okafors.iter().find(|n| n.starts_with("Dan")).copied();
    assert!(
        roles_of(&ids, dan.unwrap_or_default()).contains(&Role::Negotiator),
        "the mediator's role holds under either name"
    );
}

#[test]
fn hostage_and_office_exclude_each_other_and_the_side_fewer_articles_give_goes() {
    let (_, ids) = corpus(&[
        "Sailors were freed by pirates, and Dana Roth was released from captivity with them.",
        "Harbour minister Dana Roth spoke in Haifa.",
        "Harbour minister Dana Roth met the crews.",
    ]);
    assert_eq!(roles_of(&ids, "Dana Roth"), [Role::Official]);
    let (_, ids) = corpus(&[
        "Minister Eli Sade spoke in Haifa.",
        "Eli Sade was released from captivity on Monday.",
        "Eli Sade, who was held in Gaza for a year, met his family.",
    ]);
    assert_eq!(roles_of(&ids, "Eli Sade"), [Role::Hostage]);
}

#[test]
fn an_article_that_calls_a_person_former_does_not_take_the_office_other_articles_give() {
    let (xs, ids) = corpus(&[
        "Former Governor Dana Ortiz spoke to supporters at a rally in Tucson on Friday.",
        "Governor Dana Ortiz signed the budget on Monday.",
        "Dana Ortiz, who was held hostage in Gaza for a year, spoke to reporters.",
    ]);
    let at = |ai: usize| {
        let ei = (xs[ai].entities.iter())
            .position(|e| e.name == "Dana Ortiz")
            .expect("found");
        (
            ids.of[ai][ei].expect("merged"),
            xs[ai].entities[ei].left_office,
        )
    };
    let (id, left) = at(0);
    let ortiz = &ids.entities[id];
    assert!(ortiz.roles.contains(&Role::Official), "{:?}", ortiz.roles);
    assert!(left, "the rally story calls her former");
    // The rally story reported a former governor, whatever the budget story says.
    assert!(!ortiz.roles_in(0, left).contains(&Role::Official));
    assert!(ortiz.roles_in(1, at(1).1).contains(&Role::Official));
    assert!(ortiz.roles_in(2, at(2).1).contains(&Role::Official));
    // Only the office is undone: the hostage role another article reads still holds.
    assert_eq!(
        ortiz.roles.contains(&Role::Hostage),
        ortiz.roles_in(0, left).contains(&Role::Hostage)
    );
}
