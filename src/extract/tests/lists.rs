//! Names in a list take the role of the noun, clause, colon or heading that introduces it.

use super::*;

#[test]
fn names_after_a_linking_verb_take_the_role_of_its_subject() {
    let x = run(&[
        "The first group of those released included Alon Ohel, Matan Angrest and Gali and Ziv Berman. Among those rescued was Maksim Kharkin.",
    ]);
    for n in [
        "Alon Ohel",
        "Matan Angrest",
        "Gali Berman",
        "Ziv Berman",
        "Maksim Kharkin",
    ] {
        assert_eq!(roles(&x, n), [Role::Hostage], "{n}");
    }
}

#[test]
fn a_later_list_with_the_same_head_noun_takes_the_same_role() {
    let x = run(&[
        "The first group of those freed included Alon Ohel. The second group included Bar Kuperstein and Evyatar David.",
    ]);
    assert_eq!(roles(&x, "Evyatar David"), [Role::Hostage]);
}

#[test]
fn relatives_in_the_subject_give_no_role() {
    let x = run(&["Among the hostages' relatives at the rally were Yael Alexander and Ruby Chen."]);
    assert!(roles(&x, "Yael Alexander").is_empty());
}

#[test]
fn names_listed_under_a_heading_take_its_role() {
    let x = run(&[
        "Hostages released on Monday:",
        "Alon Ohel, 24, from Lavon",
        "Eitan Mor, 25",
        "The army said all were in good condition. Yosef Levi, a doctor, examined them.",
    ]);
    assert_eq!(roles(&x, "Alon Ohel"), [Role::Hostage]);
    assert_eq!(roles(&x, "Eitan Mor"), [Role::Hostage]);
    assert!(roles(&x, "Yosef Levi").is_empty());
}

#[test]
fn a_colon_list_goes_on_across_nationality_age_kin_and_date() {
    let x = run(&[
        "Militants had freed just three captives before the truce: U.S. citizens Mara Olsen, 61, and her son, Tomas Olsen, 30, on March 2 and Germans Lena Vogt, 44, on March 9. Piet Vogt thanked the mediators.",
    ]);
    for n in ["Mara Olsen", "Tomas Olsen", "Lena Vogt"] {
        assert_eq!(roles(&x, n), [Role::Hostage], "{n}");
    }
    assert!(roles(&x, "Piet Vogt").is_empty());
}

#[test]
fn a_colon_list_goes_on_past_a_singular_group_noun() {
    let x = run(&[
        "Three bodies are still held in Gaza: Avi Tal, Sgt. Dov Ron and Eli Bar, as well as a Thai foreign worker, Niran Suksai.",
    ]);
    assert_eq!(roles(&x, "Niran Suksai"), [Role::Hostage]);
}

#[test]
fn relatives_taken_along_with_a_hostage_are_hostages() {
    let x = run(&[
        "Noa Brenner, 7, was kidnapped along with her mother, Dalia Brenner, and grandmother Ruth Adler.",
        "Avi Brenner spoke to reporters along with his brother, Gil Brenner.",
    ]);
    assert_eq!(roles(&x, "Dalia Brenner"), [Role::Hostage]);
    assert_eq!(roles(&x, "Ruth Adler"), [Role::Hostage]);
    assert!(roles(&x, "Gil Brenner").is_empty());
}
