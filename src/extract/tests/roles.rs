//! Roles from the words around each mention.

use super::*;

#[test]
fn an_envoy_is_a_negotiator_and_an_official() {
    let x = run(&["U.S. envoy Steve Witkoff arrived in Doha."]);
    assert_eq!(
        roles(&x, "Steve Witkoff"),
        [Role::Negotiator, Role::Official]
    );
}

#[test]
fn a_hostage_envoy_is_not_a_hostage() {
    let x = run(&["The talks were led by Trump’s hostage envoy Adam Boehler."]);
    assert!(!roles(&x, "Adam Boehler").contains(&Role::Hostage));
}

#[test]
fn an_apposition_gives_a_role() {
    let x = run(&["Mousa Abu Marzouk, a senior Hamas political official in Qatar, spoke."]);
    assert_eq!(roles(&x, "Mousa Abu Marzouk"), [Role::Official]);
}

#[test]
fn a_relative_takes_no_role_from_the_hostage_beside_them() {
    let x = run(&[
        "Adi Alexander, the father of hostage Edan Alexander, spoke. The mother of hostage Matan Angrest, Anat Angrest, pleaded.",
    ]);
    assert!(roles(&x, "Adi Alexander").is_empty());
    assert!(roles(&x, "Anat Angrest").is_empty());
    assert_eq!(roles(&x, "Edan Alexander"), [Role::Hostage]);
    assert_eq!(roles(&x, "Matan Angrest"), [Role::Hostage]);
}

#[test]
fn names_after_a_colon_share_the_clause_before_it() {
    let x = run(&[
        "Four hostages are believed to be dead: Itay Chen, Gad Haggai, Judi Weinstein and Omer Neutra.",
    ]);
    for n in ["Itay Chen", "Gad Haggai", "Judi Weinstein", "Omer Neutra"] {
        assert_eq!(roles(&x, n), [Role::Hostage], "{n}");
    }
}

#[test]
fn a_list_shares_the_title_before_it() {
    let x = run(&["Former hostages Keith Siegel, Sagui Dekel-Chen and Omer Shem Tov spoke."]);
    assert_eq!(roles(&x, "Omer Shem Tov"), [Role::Hostage]);
}

#[test]
fn a_list_after_among_them_shares_the_noun_before_it() {
    let x = run(&["Trump met eight former hostages, among them Iair Horn and Eli Sharabi."]);
    assert_eq!(roles(&x, "Eli Sharabi"), [Role::Hostage]);
}

#[test]
fn what_a_person_underwent_gives_a_role_in_any_predicate() {
    let x = run(&["Keith Siegel was released from captivity in February."]);
    assert_eq!(roles(&x, "Keith Siegel"), [Role::Hostage]);
}

#[test]
fn a_noun_in_an_object_gives_no_role() {
    let x = run(&["Prime Minister Benjamin Netanyahu dispatched a negotiating team to Cairo."]);
    assert_eq!(roles(&x, "Benjamin Netanyahu"), [Role::Official]);
}

#[test]
fn a_predicate_about_a_list_is_the_lists() {
    let x = run(&["Steve Smith and Adam Boehler held talks with Hamas in Doha."]);
    assert!(roles(&x, "Steve Smith").contains(&Role::Negotiator));
}

#[test]
fn leading_a_delegation_makes_a_negotiator() {
    let x = run(&["A Hamas delegation led by Khalil al-Hayya arrived in Cairo."]);
    assert_eq!(roles(&x, "Khalil al-Hayya"), [Role::Negotiator]);
}

#[test]
fn a_body_only_an_office_holder_has_makes_an_official() {
    let x = run(&["Netanyahu's office said the talks were over."]);
    assert_eq!(roles(&x, "Netanyahu"), [Role::Official]);
}

#[test]
fn an_office_before_the_comma_describes_the_name_after_it() {
    let x = run(&["The government's coordinator for hostages, Gal Hirsch, met the families."]);
    assert_eq!(roles(&x, "Gal Hirsch"), [Role::Negotiator, Role::Official]);
}

#[test]
fn a_name_after_a_preposition_takes_no_role_from_the_predicate() {
    let x = run(&["The administration of President Donald Trump has held talks with Hamas."]);
    assert_eq!(roles(&x, "Donald Trump"), [Role::Official]);
}

#[test]
fn ages_and_dashes_do_not_break_a_list() {
    let x = run(&[
        "Hamas released three hostages — Eli Sharabi, 52, Ohad Ben Ami, 56, and Or Levy, 34 — on Saturday.",
    ]);
    for n in ["Eli Sharabi", "Ohad Ben Ami", "Or Levy"] {
        assert_eq!(roles(&x, n), [Role::Hostage], "{n}");
    }
}

#[test]
fn the_release_of_a_person_makes_a_hostage() {
    let x = run(&["The release of Yarden Bibas followed a week later."]);
    assert_eq!(roles(&x, "Yarden Bibas"), [Role::Hostage]);
}

#[test]
fn an_office_owned_by_someone_still_describes_the_name_after_it() {
    let x = run(&["Witkoff's deputy, Morgan Ortagus, said talks went on."]);
    assert_eq!(roles(&x, "Morgan Ortagus"), [Role::Official]);
    assert!(person(&x, "Witkoff").is_some());
}

#[test]
fn a_title_run_before_the_comma_describes_the_name_after_it() {
    let x = run(&[
        "Israeli PM Benjamin Netanyahu met Donald Trump’s Middle East envoy, Steve Witkoff, on Sunday.",
    ]);
    assert_eq!(roles(&x, "Benjamin Netanyahu"), [Role::Official]);
    assert_eq!(
        roles(&x, "Steve Witkoff"),
        [Role::Negotiator, Role::Official]
    );
}

#[test]
fn an_ex_hostage_is_a_hostage() {
    let x = run(&["Ex-hostage Eli Sharabi spoke in New York."]);
    assert_eq!(roles(&x, "Eli Sharabi"), [Role::Hostage]);
}

#[test]
fn leading_the_negotiations_makes_a_negotiator() {
    let x = run(&[
        "Israeli minister Avi Kern, who is leading the negotiations on the second phase, flew to Cairo.",
    ]);
    assert_eq!(roles(&x, "Avi Kern"), [Role::Negotiator, Role::Official]);
}

#[test]
fn an_office_of_a_named_body_before_a_name_is_a_title() {
    let x = run(&[
        "Doha, Qatar: official spokesperson for the Ministry of Foreign Affairs (MoFA) Dr. Karim al-Nasser said the talks would resume.",
    ]);
    assert_eq!(roles(&x, "Karim al-Nasser"), [Role::Official]);
}

#[test]
fn a_known_office_holder_is_an_official_in_the_years_of_the_office() {
    let paras = vec![
        "Biden said the talks would go on.".to_string(),
        "Former prime minister Naftali Bennett met Netanyahu.".to_string(),
    ];
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let x = extract_dated(&paras, &[], &Registry::empty(), day("2023-06-01"));
    assert_eq!(roles(&x, "Biden"), [Role::Official]);
    let ev = &x
        .entities
        .iter()
        .find(|e| e.name == "Biden")
        .unwrap()
        .evidence;
    assert_eq!(ev[0].rule, "office holder");
    assert_eq!(ev[0].paragraph, 0);
    // A son is matched by his own name, not by the surname he shares.
    let son = vec!["Hunter Biden did not comment.".to_string()];
    let son = extract_dated(&son, &[], &Registry::empty(), day("2023-06-01"));
    assert!(roles(&son, "Hunter Biden").is_empty());
    // "Former" out of office, whatever the data says of another year.
    assert!(roles(&x, "Naftali Bennett").is_empty());
    assert_eq!(roles(&x, "Netanyahu"), [Role::Official]);
    // Out of office on the article's date, or with no date at all.
    let later = extract_dated(&paras, &[], &Registry::empty(), day("2026-01-10"));
    assert!(roles(&later, "Biden").is_empty());
    assert!(roles(&extract_article(&paras, &[], &Registry::empty()), "Biden").is_empty());
    // Roles the writer gives (front matter or registry) are kept as given.
    let given = [EntitySpec {
        name: "Biden".into(),
        roles: vec![Role::Negotiator],
        ..EntitySpec::default()
    }];
    let x = extract_dated(&paras, &given, &Registry::empty(), day("2023-06-01"));
    assert_eq!(roles(&x, "Biden"), [Role::Negotiator]);
}
