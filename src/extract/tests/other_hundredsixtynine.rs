//! Offices that are no public ones, or no longer held, in real reporting (ro108): a company's
//! head office joined to its CEO, an office an actor plays, a film director named by his trade,
//! and a known holder's courtesy title in an article dated after the term.
//! The text cases are made-up prose in `other_hundredsixtynine.txt`, each with its rule; this
//! runs them all with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;
use super::*;

#[test]
fn each_case_of_the_offices_not_held_holds() {
    let failures = failures(include_str!("other_hundredsixtynine.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn dated(paras: &[&str], date: &str) -> ArticleExtraction {
    let p: Vec<String> = paras.iter().map(|s| s.to_string()).collect();
    let day = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
    extract_dated(&p, &[], &Registry::empty(), day)
}

fn roles_in(x: &ArticleExtraction, name: &str) -> Vec<Role> {
    let p = person(x, name);
    p.unwrap_or_else(|| panic!("no person {name:?} in {:?}", people(x)))
        .roles
        .clone()
}

#[test]
fn a_bare_title_after_the_term_is_a_courtesy() {
    // Years after the term, "President" before a known holder's name is a courtesy.
    let para = "The county's water rules, first drafted under President Barack Obama, were eased by \
                the next administration.";
    assert_eq!(roles_in(&dated(&[para], "2023-05-02"), "Barack Obama"), []);
    // During the term the same title is the office held.
    assert_eq!(
        roles_in(&dated(&[para], "2012-05-02"), "Barack Obama"),
        [Role::Official]
    );
    // Between two terms a title alone yields too ...
    let quote = "“We will bring the old policies back. President Trump trusts me with that,” the \
                 candidate told the crowd.";
    assert_eq!(roles_in(&dated(&[quote], "2022-07-15"), "Trump"), []);
    // ... but not a title that names a body, an office that may be held meanwhile.
    let party = "Otzma Yehudit chairman Itamar Ben Gvir condemned the deal.";
    assert_eq!(
        roles_in(&dated(&[party], "2025-02-01"), "Itamar Ben Gvir"),
        [Role::Official]
    );
}
