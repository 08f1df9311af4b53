//! The shipped word lists: role cues, "former" offices, given names and demonyms.

use crate::entity::Role;
use crate::extract::gender::Gender;
use crate::extract::lexicon::LEX;

#[test]
fn a_hostage_envoy_is_a_negotiator_not_a_hostage() {
    let r = LEX.roles_in("Trump's hostage envoy");
    assert!(r.contains(&Role::Negotiator) && !r.contains(&Role::Hostage));
}

#[test]
fn a_plural_is_not_cut_short_by_a_singular_phrase() {
    assert_eq!(LEX.roles_in("Former hostages"), vec![Role::Hostage]);
}

#[test]
fn a_former_office_is_no_office_but_a_former_hostage_was_one() {
    assert!(LEX.roles_in("former Prime Minister").is_empty());
    assert!(LEX.roles_in("ex-president").is_empty() || LEX.roles_in("ex president").is_empty());
    assert_eq!(LEX.roles_in("former hostages"), vec![Role::Hostage]);
    assert!(LEX.roles_in("former House Speaker").is_empty());
    assert!(LEX.roles_in("former U.N. Ambassador").is_empty());
    assert!(LEX.roles_in("former Florida Gov.").is_empty());
    assert!(LEX.roles_in("the attorney general candidate").is_empty());
    assert!(LEX.roles_in("the next U.S. Senator").is_empty());
    assert_eq!(
        LEX.roles_in("former hostages met Minister"),
        vec![Role::Hostage, Role::Official]
    );
}

#[test]
fn cues_match_whole_words_only() {
    assert!(LEX.roles_in("the presidential palace").is_empty());
    assert_eq!(LEX.roles_in("the President"), vec![Role::Official]);
}

#[test]
fn given_names_and_family_words_tell_a_gender() {
    assert_eq!(LEX.given_names.get("karoline"), Some(&Gender::Female));
    assert_eq!(LEX.given_names.get("khalil"), Some(&Gender::Male));
    assert_eq!(LEX.gender_words.get("mother"), Some(&Gender::Female));
    assert_eq!(LEX.gender_words.get("his"), Some(&Gender::Male));
}

#[test]
fn compound_demonyms_are_demonyms() {
    assert!(LEX.is_demonym("American-Israeli"));
    assert!(LEX.is_demonym("Qatari"));
    assert!(!LEX.is_demonym("Alexander"));
}
