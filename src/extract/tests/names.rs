//! Names: people found without a registry, titles, particles, surnames, credits.

use super::*;

#[test]
fn a_title_before_a_name_is_a_description_not_part_of_the_name() {
    let x = run(&["White House Press Secretary Karoline Leavitt spoke on Tuesday."]);
    let p = person(&x, "Karoline Leavitt").expect("found");
    assert_eq!(
        p.description.as_deref(),
        Some("White House Press Secretary")
    );
    assert_eq!(kind_of(&x, "White House"), Some(EntityKind::Organization));
}

#[test]
fn names_with_particles_are_one_name() {
    let x = run(&[
        "Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Khalil al-Hayya and Mousa Abu Marzouk in Doha.",
    ]);
    let names = people(&x);
    for n in [
        "Mohammed bin Abdulrahman Al Thani",
        "Khalil al-Hayya",
        "Mousa Abu Marzouk",
    ] {
        assert!(names.contains(&n), "{n} in {names:?}");
    }
}

#[test]
fn a_possessive_is_folded_into_the_name() {
    let text = "President Donald Trump spoke. Trump’s envoy flew to Doha.";
    let x = run(&[text]);
    let p = person(&x, "Donald Trump").expect("found");
    assert_eq!(p.mentions.len(), 2);
    let last = p.mentions[1];
    assert_eq!(&text[last.start..last.end], "Trump");
}

#[test]
fn a_surname_goes_to_the_latest_full_name() {
    let x = run(&[
        "Edan Alexander was freed on Monday.",
        "Adi Alexander, Edan's father, thanked the mediators. Alexander said he had not slept.",
    ]);
    assert_eq!(
        person(&x, "Adi Alexander").map(|p| p.mentions.len()),
        Some(2)
    );
    assert_eq!(
        person(&x, "Edan Alexander").map(|p| p.mentions.len()),
        Some(2)
    );
}

#[test]
fn a_surname_goes_to_a_relative_introduced_after_the_namesake() {
    let x = run(&[
        "Edan Alexander has been held in Gaza since October 2023.",
        "His father, Adi Alexander, said the family was hopeful.",
        "\"We wake up every day thinking this could be the day,\" Alexander said.",
    ]);
    assert_eq!(
        quotes(&x),
        [(
            "We wake up every day thinking this could be the day,",
            Some("Adi Alexander")
        )]
    );
}

#[test]
fn a_surname_skips_a_name_inside_another_persons_description() {
    let x = run(&[
        "Vicky Cohen, the mother of hostage Nimrod Cohen, spoke on Tuesday.",
        "\"They tell us every week that a deal is close,\" Cohen said.",
    ]);
    assert_eq!(
        quotes(&x),
        [(
            "They tell us every week that a deal is close,",
            Some("Vicky Cohen")
        )]
    );
}

#[test]
fn a_surname_skips_a_namesake_introduced_only_as_a_relative() {
    let x = run(&[
        "Ruby Chen spoke outside the UN. Chen's son, Itay Chen, was killed on Oct. 7.",
        "\"We will not stop,\" Chen said.",
    ]);
    assert_eq!(quotes(&x), [("We will not stop,", Some("Ruby Chen"))]);
}

#[test]
fn a_coordinated_surname_is_shared() {
    let x = run(&["He was reunited with his parents, Adi and Yael Alexander, at the base."]);
    let names = people(&x);
    assert!(
        names.contains(&"Adi Alexander") && names.contains(&"Yael Alexander"),
        "{names:?}"
    );
}

#[test]
fn a_family_plural_names_no_one_new() {
    let x = run(&["Adi Alexander spoke. Witkoff met the Alexanders at the base."]);
    assert!(!people(&x).iter().any(|n| n.contains("Alexanders")));
}

#[test]
fn months_weekdays_and_sentence_openers_are_not_people() {
    let x = run(&[
        "In January, talks resumed. However, on Wednesday nothing moved. Following March, Although Hamas agreed.",
    ]);
    assert!(people(&x).is_empty(), "{:?}", people(&x));
}

#[test]
fn places_and_organisations_are_not_people() {
    let x = run(&[
        "The Prime Minister’s Office told Fox News and the Jerusalem Post that Israel Hayom was wrong about Doha, Qatar.",
        "The Hostages and Missing Families Forum and the Qatari Foreign Ministry spoke in Gaza City.",
    ]);
    assert!(people(&x).is_empty(), "{:?}", people(&x));
    assert_eq!(kind_of(&x, "Doha"), Some(EntityKind::Place));
    assert_eq!(kind_of(&x, "Fox News"), Some(EntityKind::Organization));
    assert_eq!(
        kind_of(&x, "Hostages and Missing Families Forum"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn a_photo_credit_is_a_person_without_a_role_and_an_organisation() {
    let x = run(&["The envoy speaks in Washington, March 5, 2025. REUTERS/Kevin Lamarque"]);
    assert!(person(&x, "Kevin Lamarque").is_some_and(|p| p.roles.is_empty()));
    assert_eq!(kind_of(&x, "Reuters"), Some(EntityKind::Organization));
}

#[test]
fn a_credit_in_capitals_is_title_cased() {
    let x = run(&["Leavitt at the podium. (credit: KEVIN LAMARQUE/REUTERS)"]);
    assert!(person(&x, "Kevin Lamarque").is_some(), "{:?}", people(&x));
}

#[test]
fn a_byline_is_a_person_without_a_role() {
    let x = run(&["By Dana Levi", "The envoy held talks with Hamas."]);
    assert!(person(&x, "Dana Levi").is_some_and(|p| p.roles.is_empty()));
}

#[test]
fn a_one_word_place_after_a_title_can_be_a_first_name() {
    let x = run(&["Defense Minister Israel Katz warned Hamas."]);
    assert!(person(&x, "Israel Katz").is_some(), "{:?}", people(&x));
}

#[test]
fn short_capitals_before_a_surname_are_initials() {
    let x = run(&["Vice President JD Vance praised the envoy."]);
    assert!(person(&x, "JD Vance").is_some(), "{:?}", people(&x));
}

#[test]
fn social_platforms_and_slogans_are_not_people() {
    let x = run(&[
        "Trump wrote on Truth Social and on X. Crowds chanted \"Bring Them Home Now\" in Tel Aviv.",
    ]);
    assert!(
        people(&x)
            .iter()
            .all(|n| !n.contains("Social") && !n.contains("Bring"))
    );
}

#[test]
fn a_bare_surname_with_a_reporting_verb_is_a_person() {
    let x = run(&["Netanyahu said the war would go on. Critics blamed Smotrich for the delay."]);
    let names = people(&x);
    assert!(
        names.contains(&"Netanyahu") && names.contains(&"Smotrich"),
        "{names:?}"
    );
}

#[test]
fn a_family_word_makes_a_first_name_a_person() {
    let x = run(&["Einav Zangauker, whose son Matan is held in Gaza, spoke."]);
    assert!(person(&x, "Matan").is_some_and(|p| p.roles == [Role::Hostage]));
}

#[test]
fn a_place_word_can_sit_inside_a_photographers_name() {
    let x = run(&["Families rally. (Photo: Marc Israel Sellem/The Jerusalem Post)"]);
    assert!(
        person(&x, "Marc Israel Sellem").is_some(),
        "{:?}",
        people(&x)
    );
}

#[test]
fn a_known_name_in_capitals_is_one_organisation() {
    let x = run(&["Leavitt speaks. (credit: MARC ISRAEL SELLEM/THE JERUSALEM POST)"]);
    assert_eq!(
        kind_of(&x, "Jerusalem Post"),
        Some(EntityKind::Organization)
    );
    assert!(
        person(&x, "Marc Israel Sellem").is_some(),
        "{:?}",
        people(&x)
    );
}

#[test]
fn a_caption_verb_makes_a_bare_surname_a_person() {
    let x = run(&["Netanyahu speaks in Jerusalem."]);
    assert_eq!(people(&x), ["Netanyahu"]);
}

#[test]
fn a_surname_skips_a_captive_named_as_someones_child() {
    let x = run(&[
        "Vicky Cohen, the mother of hostage Nimrod Cohen, spoke. “We are still waiting,” Cohen said.",
    ]);
    assert_eq!(quotes(&x), [("We are still waiting,", Some("Vicky Cohen"))]);
}

#[test]
fn a_compound_ending_in_a_lower_case_word_is_not_part_of_a_name() {
    let x = run(&["Israeli-born Edan Alexander met Hamas-run media."]);
    assert_eq!(people(&x), ["Edan Alexander"]);
}

#[test]
fn the_agency_in_a_dateline_is_an_organisation() {
    let x = run(&["BEIRUT (Example Wire) — Hamas official Osama Hamdan spoke on Saturday."]);
    assert_eq!(kind_of(&x, "Example Wire"), Some(EntityKind::Organization));
    assert_eq!(people(&x), ["Osama Hamdan"]);
}

#[test]
fn a_first_name_does_not_reach_ahead_to_a_later_full_name() {
    let x = run(&[
        "Sheikh Mohammed spoke first.",
        "Later, Mohammed Sinwar was killed.",
    ]);
    assert_eq!(
        person(&x, "Mohammed Sinwar").map(|p| p.mentions.len()),
        Some(1)
    );
}

#[test]
fn capitals_for_emphasis_are_not_organisations() {
    let x = run(&[
        "\"Release ALL of the Hostages now, or it is OVER for you,\" Donald Trump wrote. \"IT WILL ONLY GET WORSE.\"",
        "The IDF said CNN had the footage.",
    ]);
    for word in ["ALL", "OVER", "WORSE", "GET", "IT"] {
        assert_eq!(kind_of(&x, word), None, "{word} is emphasis, not a name");
    }
    assert_eq!(kind_of(&x, "CNN"), Some(EntityKind::Organization));
}

#[test]
fn a_capitalised_abstract_noun_ends_no_name() {
    let x = run(&[
        "\"This is the first step toward a Strong, Durable and Everlasting Peace,\" Donald Trump wrote.",
    ]);
    assert_eq!(people(&x), ["Donald Trump"]);
}

#[test]
fn a_generational_suffix_closes_a_name_even_after_a_title_word() {
    let x =
        run(&["The speaker compared his crowd to Martin Luther King Jr.’s march on Washington."]);
    let names = people(&x);
    assert!(
        names.iter().any(|n| n.starts_with("Martin Luther King Jr")),
        "{names:?}"
    );
    assert!(!names.iter().any(|n| n.starts_with("Jr")), "{names:?}");
}

#[test]
fn a_run_after_an_indefinite_article_with_no_noun_after_it_is_no_person() {
    let x = run(&[
        "The president said the sun rose on a Holy Land that is finally at peace. Mayor Jane Porter attended a Joe Biden rally.",
    ]);
    let names = people(&x);
    assert!(!names.contains(&"Holy Land"), "{names:?}");
    assert!(names.contains(&"Joe Biden"), "{names:?}");
}
