//! General patterns of news prose, fifth pass (issue 14): offices an article calls former,
//! a title that belongs to the next name of a list, and the hostage cues and speakers a
//! sentence gives at a distance. One rule each, in made-up prose.

use super::*;

#[test]
fn a_courtesy_title_after_former_gives_no_office() {
    let x = run(&[
        "Former Governor Jane Whitcombe opened her campaign in Dayton.",
        "Governor Whitcombe told the crowd she would win.",
        "Sen. Ray Ortiz, a former mayor, introduced her.",
    ]);
    assert!(roles(&x, "Jane Whitcombe").is_empty(), "{:?}", x.entities);
    // An office held now is still read, though a former one is named beside it.
    assert_eq!(roles(&x, "Ray Ortiz"), vec![Role::Official]);
}

#[test]
fn a_title_before_the_next_name_of_a_list_is_that_names_own() {
    let x = run(&[
        "Pictured are former Ambassador Lena Marsh, Ohio Gov. Tom Reyes, and businessman Paul Kent.",
    ]);
    assert!(roles(&x, "Lena Marsh").is_empty(), "{:?}", x.entities);
    assert_eq!(roles(&x, "Tom Reyes"), vec![Role::Official]);
}

#[test]
fn what_is_done_to_the_first_name_of_a_list_is_done_to_all() {
    let x = run(&[
        "The bodies of Avi Kedem and Noam Tal were returned on Monday.",
        "The army named the hostages as Dana Levin and her two sons, Ido and Yoav, as well as Ezra Navon.",
    ]);
    for name in [
        "Avi Kedem",
        "Noam Tal",
        "Dana Levin",
        "Ido",
        "Yoav",
        "Ezra Navon",
    ] {
        assert_eq!(roles(&x, name), vec![Role::Hostage], "{name}");
    }
}

#[test]
fn a_relative_after_a_hostage_outside_such_a_list_is_no_hostage() {
    let x = run(&["Freed hostage Eli Navon and his brother, Sharon Navon, spoke."]);
    assert_eq!(roles(&x, "Eli Navon"), vec![Role::Hostage]);
    assert!(roles(&x, "Sharon Navon").is_empty());
}

#[test]
fn a_predicate_after_a_list_in_apposition_is_every_names() {
    let x = run(&["Two Thai workers, Somchai Wong and Kittisak Boon, were also freed."]);
    assert_eq!(roles(&x, "Somchai Wong"), vec![Role::Hostage]);
    assert_eq!(roles(&x, "Kittisak Boon"), vec![Role::Hostage]);
}

#[test]
fn a_family_word_in_the_next_paragraph_does_not_continue_a_list() {
    let x = run(&[
        "The bodies of Avi Kedem and Noam Tal were returned on Monday after a long wait for the families in the south.",
        "Noa Tal and her son, Gil Tal, spoke.",
    ]);
    assert_eq!(roles(&x, "Noam Tal"), vec![Role::Hostage]);
    assert!(roles(&x, "Gil Tal").is_empty(), "{:?}", x.entities);
}
