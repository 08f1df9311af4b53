//! Patterns met in a fifth held-out set of real reporting (wire copy, live blogs, local
//! election copy), each in made-up prose: a verb of voice right before a quotation, present
//! tense in a scene, the residents of a place and a number that opens a title (no people),
//! a name particle, a surname that is also a known place, a plural title before a list of
//! names, and the late holder of an office.

use super::*;

#[test]
fn a_verb_right_before_a_quotation_is_its_attribution_even_with_no_one_to_name() {
    let x = run(&[
        "Ilan Sever hugged his two sons at the base.",
        "\"Did you think about me?\" Sever asked, and his wife whispers: \"Every single day.\"",
    ]);
    assert_eq!(speaker(&x, "Did you think about me?"), Some("Ilan Sever"));
    // Not the asker: the one who whispers is no one the article names.
    assert!(
        quotes(&x)
            .iter()
            .any(|(t, _)| t.starts_with("Every single day."))
    );
    assert_eq!(speaker(&x, "Every single day."), None, "{:?}", quotes(&x));
}

#[test]
fn a_participle_right_before_a_quotation_keeps_its_main_clause_subject() {
    let article = [
        "Rosa Lind thanked the crowd.",
        "She says it was \"a night to remember\", adding \"it has been a privilege to serve this town.\"",
    ];
    let who = speaker_of(&article, "it has been a privilege");
    assert_eq!(who.as_deref(), Some("Rosa Lind"));
}

#[test]
fn present_tense_verbs_of_voice_attribute_a_quotation() {
    let article = [
        "Dalia Moran ran to meet her son at the gate.",
        "\"You are home,\" she exclaims, holding him close. \"You are home.\"",
        "Across the hall, Tomer Moran laughs: \"I knew it.\"",
    ];
    let by = |q| speaker_of(&article, q);
    assert_eq!(by("You are home,").as_deref(), Some("Dalia Moran"));
    assert_eq!(by("I knew it.").as_deref(), Some("Tomer Moran"));
}

#[test]
fn the_residents_of_a_place_and_a_number_opening_a_title_are_no_people() {
    let x = run(&[
        "Dana Ruiz thanked New Yorkers and Rhode Islanders for their votes on Tuesday.",
        "Her rival mocked her \"Tale of Two Cities\" slogan.",
    ]);
    let names = people(&x);
    for not in ["New Yorkers", "Rhode Islanders", "Two Cities"] {
        assert!(!names.contains(&not), "{not}: {names:?}");
    }
    assert!(names.contains(&"Dana Ruiz"));
}

#[test]
fn a_lower_case_de_is_a_particle_inside_a_name() {
    let x = run(&[
        "Lucas Marin conceded the race to Democrat Paulo de Souza on Tuesday night.",
        "\"I called Mr. de Souza to congratulate him,\" Marin said.",
    ]);
    assert!(people(&x).contains(&"Paulo de Souza"), "{:?}", people(&x));
    assert!(!people(&x).contains(&"Paulo"));
}

#[test]
fn a_known_place_after_a_given_name_is_a_surname() {
    let x = run(&[
        "Nadia Jordan, who ran the city for a decade, endorsed the plan.",
        "Late on Wednesday Israel said the crossing would reopen.",
    ]);
    assert!(people(&x).contains(&"Nadia Jordan"), "{:?}", people(&x));
    assert_eq!(kind_of(&x, "Israel"), Some(EntityKind::Place));
    assert!(!people(&x).contains(&"Israel"));
}

#[test]
fn a_plural_title_before_names_is_a_title_not_a_first_name() {
    let article = ["The party won those states with Presidents Tom Hale and Ray Dunn, she said."];
    assert!(!people(&run(&article)).contains(&"Presidents Tom Hale"));
    assert_eq!(roles_of(&article, "Tom Hale"), [Role::Official]);
}

#[test]
fn the_late_holder_of_an_office_holds_it_no_longer() {
    let x = run(&["She now holds the seat of the late Sen. Walter Brandt in the Senate."]);
    assert!(people(&x).contains(&"Walter Brandt"));
    assert!(roles(&x, "Walter Brandt").is_empty());
    let late = crate::extract::lexicon::LEX.roles_in("late Tuesday, Senator");
    assert_eq!(late, [Role::Official]);
}

#[test]
fn a_name_used_as_a_modifier_does_not_end_an_apposition() {
    let article = [
        "Brett Holm, the council official who is leading the Reyes team's negotiations, spoke with the envoy twice a week.",
        "The envoy stood beside Sam Reed, President Ana Lopez's son-in-law and an architect of the plan.",
    ];
    let holm = roles_of(&article, "Brett Holm");
    assert_eq!(holm, [Role::Negotiator, Role::Official]);
    // The title before a possessive name is that name's own.
    assert_eq!(roles_of(&article, "Sam Reed"), []);
}

#[test]
fn a_participle_after_a_clause_joined_by_and_takes_that_clause_subject() {
    let article = [
        "Mr. Varga's speech was not all warm, however, and he took a jab at Mr. Stone's slogan, declaring to cheers: \"We are one city tonight.\"",
    ];
    let who = speaker_of(&article, "We are one city");
    assert_eq!(who.as_deref(), Some("Varga"));
}
