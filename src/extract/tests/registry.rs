//! The registry and front-matter hints: canonical names, aliases, kinds and roles that override guesses.

use super::*;
use crate::entity::EntitySpec;

#[test]
fn registry_kind_and_roles_override_guesses() {
    let reg = Registry::parse("- name: Edan Alexander\n  aliases: [Edan]\n  roles: [hostage]\n- name: Axios Pro\n  kind: organization\n").unwrap();
    let p = vec!["Negotiator Edan Alexander read Axios Pro. Edan smiled.".to_string()];
    let x = extract_article(&p, &[], &reg);
    let e = person(&x, "Edan Alexander").expect("found");
    assert_eq!(e.roles, [Role::Hostage]);
    assert!(e.known);
    assert_eq!(e.mentions.len(), 2);
    assert_eq!(kind_of(&x, "Axios Pro"), Some(EntityKind::Organization));
}

#[test]
fn front_matter_hints_act_like_registry_entries_for_their_article() {
    let hint = EntitySpec {
        name: "Bishara Bahbah".into(),
        roles: vec![Role::Negotiator],
        ..Default::default()
    };
    let p = vec!["Bishara Bahbah passed the messages.".to_string()];
    let x = extract_article(&p, &[hint], &Registry::empty());
    assert_eq!(roles(&x, "Bishara Bahbah"), [Role::Negotiator]);
    let y = extract_article(&p, &[], &Registry::empty());
    assert!(roles(&y, "Bishara Bahbah").is_empty());
}

#[test]
fn a_registry_alias_is_reported_under_the_canonical_name() {
    let reg = Registry::parse("- name: Steve Witkoff\n  aliases: [Witkoff]\n").unwrap();
    let p = vec!["“We are close,” Witkoff said.".to_string()];
    let x = extract_article(&p, &[], &reg);
    assert_eq!(quotes(&x), [("We are close,", Some("Steve Witkoff"))]);
}

#[test]
fn a_short_form_of_a_registered_name_joins_it() {
    let registry = Registry::parse("- name: Youssef Abu Hamdan\n  kind: person\n- name: Osama Abu Hamdan\n  kind: person\n").unwrap();
    let p: Vec<String> = ["Hamas spokesman Youssef Abu Hamdan spoke on Monday.", "Abu Hamdan said the talks were stalled."]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let x = extract_article(&p, &[], &registry);
    let people: Vec<(&str, usize)> = x.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| (e.name.as_str(), e.mentions.len())).collect();
    assert_eq!(people, [("Youssef Abu Hamdan", 2)]);
}
