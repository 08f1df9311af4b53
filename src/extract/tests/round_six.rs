//! General patterns of news prose, sixth pass (issue 14, on held-out reporting): offices held
//! before or sought, lists that name a group of their own members, an outlet after "the",
//! the subject a pronoun goes back to, and a passive verb's subject as no speaker. One rule
//! each, in made-up prose.

use super::*;

#[test]
fn a_former_envoy_to_the_un_holds_no_office_now() {
    let x = run(&["The poll puts former U.N. Ambassador Carla Denton second, ahead of the rest."]);
    assert!(roles(&x, "Carla Denton").is_empty(), "{:?}", x.entities);
}

#[test]
fn an_office_a_person_runs_for_is_not_one_held() {
    let x = run(&[
        "The senator withdrew her endorsement of the Democratic candidate for attorney general Owen Pratt.",
        "Mia Torres, the party's attorney general nominee, declined to comment.",
    ]);
    assert!(roles(&x, "Owen Pratt").is_empty(), "{:?}", x.entities);
    assert!(roles(&x, "Mia Torres").is_empty(), "{:?}", x.entities);
}

#[test]
fn a_state_assemblyman_holds_an_office() {
    let x = run(&["Dev Rao, the 41-year-old assemblyman from Albany, leads the field."]);
    assert_eq!(roles(&x, "Dev Rao"), vec![Role::Official]);
}

#[test]
fn a_campaign_spokesman_holds_no_office() {
    let x = run(&[
        "\"We are ready,\" Forward Action Inc. spokesman Lee Brandt said on Monday.",
        "Her campaign spokeswoman, Tess Ober, said the count would go on.",
    ]);
    assert!(roles(&x, "Lee Brandt").is_empty(), "{:?}", x.entities);
    assert!(roles(&x, "Tess Ober").is_empty(), "{:?}", x.entities);
}

#[test]
fn names_given_as_the_hostages_identified_share_their_role() {
    let x = run(&["The freed hostages were identified as Noa Brill and Elad Sasson."]);
    assert_eq!(roles(&x, "Noa Brill"), vec![Role::Hostage]);
    assert_eq!(roles(&x, "Elad Sasson"), vec![Role::Hostage]);
}

#[test]
fn a_list_goes_on_past_a_group_named_by_nationality() {
    let x = run(&[
        "The released hostages were named as Noa Brill, Elad Sasson, and Nepali nationals, including Ram Thapa and Bishnu Karki.",
    ]);
    for n in ["Noa Brill", "Elad Sasson", "Ram Thapa", "Bishnu Karki"] {
        assert_eq!(roles(&x, n), vec![Role::Hostage], "{n}: {:?}", x.entities);
    }
}

#[test]
fn a_name_after_the_is_an_outlet_not_a_person() {
    let x = run(&[
        "Writing for The Media Ledger, Ana Lindqvist described the crowd.",
        "Ana Lindqvist spoke to the Washington Courier before the rally.",
        "A spokesman told the Gulf Courier television channel that talks went on.",
    ]);
    assert_eq!(people(&x), vec!["Ana Lindqvist"], "{:?}", x.entities);
    assert_eq!(kind_of(&x, "Media Ledger"), Some(EntityKind::Organization));
}

#[test]
fn a_pronoun_goes_to_the_subject_when_everyone_named_since_is_an_object() {
    let x = run(&[
        "Senator Paul Avery took the stage to celebrate his win over Republican Mark Dole.",
        "The narrow victory over Dole was his third since 2020.",
        "He recalled his father's farm, \"where we learned to work before dawn.\"",
    ]);
    assert_eq!(speaker(&x, "where we learned"), Some("Paul Avery"));
}

#[test]
fn the_subject_of_a_passive_reporting_verb_is_no_speaker() {
    let x = run(&[
        "The release of Dana Shor was confirmed by the families' forum on Friday.",
        "\"We welcome the news of her return and will not rest until all are home.\"",
    ]);
    assert_eq!(speaker(&x, "We welcome"), None, "{:?}", x.quotes);
}
