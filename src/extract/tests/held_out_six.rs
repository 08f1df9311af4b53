//! Patterns met in a sixth held-out set of real reporting (wire copy on talks, local election
//! copy), each in made-up prose: who has a spokesperson or an office still to come, a
//! newsroom's chief, a byline over the story, a name that owns an office held under it, a
//! surname that is also a title, a generational numeral, a possessive place name, and two
//! names before a plural body of office-holders.

use super::*;

#[test]
fn a_spokesperson_for_a_candidate_makes_no_official() {
    let article = [
        "Dana Whitfield leads the race for governor by four points.",
        "A spokesperson for Whitfield did not respond to a request for comment.",
    ];
    assert_eq!(roles_of(&article, "Dana Whitfield"), []);
}

#[test]
fn an_office_still_to_come_is_not_held() {
    let article = [
        "President-elect Carla Reyes met donors in Austin on Monday.",
        "Aides said the talks would wait until the Reyes administration takes office.",
        "Members of the incoming Reyes administration declined to comment.",
    ];
    assert_eq!(roles_of(&article, "Carla Reyes"), []);
}

#[test]
fn a_newsroom_chief_holds_no_office_and_the_head_of_a_service_does() {
    let article = [
        "Dan Ortiz is the Daily Ledger's Washington bureau chief.",
        "Ortiz reported that intelligence head Eli Raz flew to Rome on Sunday.",
    ];
    assert_eq!(roles_of(&article, "Dan Ortiz"), []);
    assert_eq!(roles_of(&article, "Eli Raz"), [Role::Official]);
}

#[test]
fn a_byline_is_no_headline() {
    // "News" is written in lower case below, which would make a title-case line a headline
    // whose capitalised words are not names.
    let article = [
        "By Mira Kessel, Coast Daily News",
        "The news agency said the ferry would run again on Friday.",
    ];
    assert!(people(&run(&article)).contains(&"Mira Kessel"));
}

#[test]
fn a_name_that_owns_an_office_under_it_is_a_person_without_it() {
    let article = [
        "Ana Ruiz, Lopez's labor secretary, conceded on Tuesday.",
        "Sara B. King, Hale's education secretary, conceded too.",
    ];
    let x = run(&article);
    for name in ["Lopez", "Hale", "Sara B. King"] {
        assert!(people(&x).contains(&name), "{name}: {:?}", people(&x));
    }
    assert_eq!(roles_of(&article, "Hale"), []);
}

#[test]
fn a_generational_numeral_closes_a_name() {
    let article = ["Tom Hale III, who ran the county for eight years, endorsed her."];
    assert!(people(&run(&article)).contains(&"Tom Hale III"));
}

#[test]
fn a_possessive_before_county_is_a_place_name() {
    let article = ["Dale Hunt, former Prince Edward's County executive, left the race."];
    let x = run(&article);
    assert!(!people(&x).contains(&"Edward"), "{:?}", people(&x));
    assert!(people(&x).contains(&"Dale Hunt"));
}

#[test]
fn two_names_before_a_plural_body_of_office_holders_are_officials() {
    let article = ["The talks have drawn pressure from both the Hale and Dunn administrations."];
    assert_eq!(roles_of(&article, "Hale"), [Role::Official]);
    assert_eq!(roles_of(&article, "Dunn"), [Role::Official]);
}

#[test]
fn a_name_with_and_without_its_generational_suffix_is_one_person() {
    let article = [
        "Ray Dunn Jr. opened the rally in Dayton.",
        "\"Ray Dunn was here before any of us,\" Mia Torres said.",
    ];
    let x = run(&article);
    let dunns: Vec<&str> = people(&x)
        .into_iter()
        .filter(|n| n.contains("Dunn"))
        .collect();
    assert_eq!(dunns, ["Ray Dunn Jr."]);
}

#[test]
fn a_given_name_that_is_a_common_word_leaves_the_title_after_it_a_title() {
    let article = ["Special Envoy to the region Sam Reed spoke to the crowd."];
    let x = run(&article);
    assert!(!people(&x).contains(&"Special Envoy"), "{:?}", people(&x));
    assert!(people(&x).contains(&"Sam Reed"));
}

#[test]
fn a_noun_of_voice_a_person_owns_names_the_speaker() {
    let article = [
        "Mayor Ana Lopez spoke on Monday.",
        "The vote comes after Lopez's warning last week that the city would face \"a very hard winter without it.\"",
    ];
    let who = speaker_of(&article, "a very hard winter");
    assert_eq!(who.as_deref(), Some("Ana Lopez"));
    // Another person named between the owner and the quotation leaves it to other sieves.
    let article = [
        "Lopez's warning came after Tom Hale said the plan was \"a very hard sell for the council.\"",
    ];
    let who = speaker_of(&article, "a very hard sell");
    assert_eq!(who.as_deref(), Some("Tom Hale"));
}

#[test]
fn names_handed_over_along_with_a_group_are_hostages_with_their_ages() {
    let article = [
        "Two hostages were handed over along with Thai citizens Somchai Kaew, 36, Niran Boon, 35, and Pra Suk, 27.",
    ];
    for name in ["Somchai Kaew", "Niran Boon", "Pra Suk"] {
        assert_eq!(roles_of(&article, name), [Role::Hostage], "{name}");
    }
}

#[test]
fn a_name_owning_a_decision_or_a_visit_is_a_person() {
    let article =
        ["Talks resumed after Varga's decision to return and before Varga's visit to Rome."];
    assert!(people(&run(&article)).contains(&"Varga"));
}

#[test]
fn a_demonym_that_is_a_given_name_opens_a_name() {
    let article = [
        "Christian Moreau, a spokesman for the aid agency, said the convoy had left.",
        "Christian Democrats in the city council opposed the plan.",
    ];
    let x = run(&article);
    assert!(people(&x).contains(&"Christian Moreau"), "{:?}", people(&x));
    assert!(!people(&x).contains(&"Moreau"));
}

#[test]
fn a_demonym_before_a_title_stays_a_demonym() {
    let x = run(&["French Foreign Minister Paul Roux met the families on Sunday."]);
    assert!(people(&x).contains(&"Paul Roux"), "{:?}", people(&x));
    assert_eq!(people(&x).len(), 1, "{:?}", people(&x));
}
