//! Patterns of real reporting (issue 14), one rule each, in made-up prose: titles that belong
//! to their own noun phrase, negotiating by deed, descriptions and pronouns that point back,
//! the subject over a later name, forms of names, and more ways news attributes a quotation.
//! Lists are tested in `lists`, the cross-article merge in `corpus`.

use super::*;

// 1. Lists.

#[test]
fn names_after_a_participle_subject_are_hostages() {
    let x = run(&["The seven freed in the first group were Alon Ohel, Omri Miran and Eitan Mor."]);
    assert_eq!(roles(&x, "Eitan Mor"), [Role::Hostage]);
}

#[test]
fn a_relative_clause_about_an_object_still_gives_its_role() {
    let x = run(&[
        "Mourners attended the funeral of soldier Daniel Perez, who was killed on Oct 7, 2023 and whose body was kidnapped.",
        "Hamas identified the bodies as Oded Lifshitz and another man.",
    ]);
    assert_eq!(roles(&x, "Daniel Perez"), [Role::Hostage]);
    assert_eq!(roles(&x, "Oded Lifshitz"), [Role::Hostage]);
}

// 2. A title belongs to its own noun phrase.

#[test]
fn a_title_goes_to_its_own_name_not_to_the_owner_of_the_next() {
    let x = run(&[
        "The team was led by envoy Steve Witkoff and included Marco Rubio's adviser, Michael Needham.",
    ]);
    assert_eq!(
        roles(&x, "Steve Witkoff"),
        [Role::Negotiator, Role::Official]
    );
    assert!(roles(&x, "Marco Rubio").is_empty());
    assert!(
        roles(&x, "Michael Needham").is_empty(),
        "an adviser holds no office"
    );
}

#[test]
fn a_relative_of_an_office_holder_is_a_person_with_no_office() {
    let x = run(&["Trump's son-in-law, Jared Kushner, flew in on Wednesday."]);
    assert!(person(&x, "Trump").is_some());
    assert!(roles(&x, "Jared Kushner").is_empty());
}

#[test]
fn a_former_office_holder_is_not_an_official() {
    let x = run(&["Former Prime Minister Naftali Bennett criticised the deal."]);
    assert!(roles(&x, "Naftali Bennett").is_empty());
}

// 3. Negotiator from what people do.

#[test]
fn carrying_proposals_and_joining_talks_make_a_negotiator() {
    let x = run(&[
        "Egyptian official Hassan Rashad carried proposals between the delegations. David Barnea joined the talks in Doha. Bishara Bahbah relayed messages to Hamas.",
    ]);
    for n in ["Hassan Rashad", "David Barnea", "Bishara Bahbah"] {
        assert!(roles(&x, n).contains(&Role::Negotiator), "{n}");
    }
}

// 4. Descriptions point back.

#[test]
fn the_prime_minister_is_the_one_described_so_and_two_ministers_are_unclear() {
    let x = run(&[
        "Prime Minister Benjamin Netanyahu met Michal Cohen, the mother of a soldier held in Gaza.",
        "\"We will not rest,\" the prime minister said.",
        "\"He looked me in the eye,\" the mother said.",
        "Defense Minister Israel Katz and Finance Minister Bezalel Smotrich attended. \"The army is ready,\" the minister said.",
    ]);
    assert_eq!(speaker(&x, "We will not rest"), Some("Benjamin Netanyahu"));
    assert_eq!(speaker(&x, "He looked me"), Some("Michal Cohen"));
    assert_eq!(speaker(&x, "The army is ready"), None);
}

#[test]
fn of_two_ministers_the_one_the_last_paragraph_followed_is_described() {
    let x = run(&[
        "Finance Minister Omri Lavi said his party would back the plan.",
        "The vote was delayed for three hours over Defense Minister Yael Dor's demands.",
        "\"We will not sit quietly,\" the minister said in a statement.",
    ]);
    assert_eq!(speaker(&x, "We will not sit quietly"), Some("Yael Dor"));
}

#[test]
fn a_description_no_one_had_goes_to_the_subject_of_the_paragraph_before() {
    let x = run(&[
        "Dana Reyes, the Democratic nominee, was asked on Friday about Governor Tom Hale's turnout figures.",
        "\"Give me a break,\" the former senator replied.",
    ]);
    assert_eq!(speaker(&x, "Give me a break"), Some("Dana Reyes"));
}

#[test]
fn a_vice_president_is_not_the_president() {
    let x = run(&[
        "Donald Trump spoke about Vice President Kamala Harris's rallies.",
        "\"Give me a break,\" the president said.",
    ]);
    assert_ne!(speaker(&x, "Give me a break"), Some("Kamala Harris"));
}

#[test]
fn the_official_after_an_unnamed_official_is_that_source() {
    let x = run(&[
        "Senior Hamas official Mousa Abu Marzouk spoke on Monday. A Hamas official, speaking on condition of anonymity, said the text was being studied.",
        "\"There is no decision yet,\" the official said.",
    ]);
    assert_eq!(speaker(&x, "There is no decision"), None);
    assert!(x.quotes[0].anonymous);
}

// 5. Pronouns agree in gender.

#[test]
fn she_said_skips_back_over_a_man_to_the_woman() {
    let x = run(&[
        "Einav Zangauker, the mother of Matan Zangauker, called him from the base just hours before his release.",
        "\"You are coming home,\" she told him.",
    ]);
    assert_eq!(speaker(&x, "You are coming home"), Some("Einav Zangauker"));
}

#[test]
fn she_said_after_an_unknown_woman_and_a_man_is_unclear() {
    let x = run(&[
        "Noy Ashkenazi read the names aloud. David Cohen stood beside her.",
        "\"We have waited long enough,\" she said.",
    ]);
    let q = &x.quotes[0];
    assert_eq!(q.speaker, None);
    assert_eq!(q.unclear.as_deref(), Some("Noy Ashkenazi"));
    assert!(q.confidence < SPEAKER_THRESHOLD);
}

#[test]
fn the_wife_of_a_named_husband_is_a_woman() {
    let x = run(&[
        "Among the speakers was Lishay Miran-Lavi, whose husband Omri Miran was abducted from Nahal Oz.",
        "\"Omri has been gone for 560 days,\" she told the crowd.",
    ]);
    assert_eq!(speaker(&x, "Omri has been"), Some("Lishay Miran-Lavi"));
}

#[test]
fn he_after_an_unnamed_source_is_that_source() {
    let x = run(&[
        "Khalil al-Hayya arrived in Cairo. The source added that the group was ready. He pointed to \"a decision backed by the Arab League.\"",
    ]);
    assert_eq!(x.quotes[0].speaker, None);
    assert!(x.quotes[0].anonymous);
}

// 6. The subject wins over a name that follows.

#[test]
fn the_subject_wins_over_an_organisation_named_after_the_quotation() {
    let x = run(&[
        "\"We accept the outline,\" said Basem Naim, adding that Hamas had asked for guarantees.",
        "\"There is a window now,\" Witkoff said. Hamas did not reply.",
    ]);
    assert_eq!(speaker(&x, "We accept"), Some("Basem Naim"));
    assert_eq!(speaker(&x, "There is a window"), Some("Witkoff"));
}

#[test]
fn an_organisation_inside_a_title_names_the_person_after_it() {
    let x =
        run(&["\"Europe will not stand aside,\" European Council President Antonio Costa said."]);
    assert_eq!(speaker(&x, "Europe will"), Some("Antonio Costa"));
    assert_eq!(
        kind_of(&x, "European Council"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn an_inverted_said_after_a_comma_names_the_speaker_after_it() {
    let x = run(&[
        "Trump should reject the plan, said Basem Naim, calling for a full deal: \"It is not about Hamas.\"",
    ]);
    assert_eq!(speaker(&x, "It is not about"), Some("Basem Naim"));
}

#[test]
fn criticising_someone_for_saying_gives_the_quotation_to_that_someone() {
    let x = run(&[
        "Kamala Harris hammered Donald Trump for calling the riot \"a day of love\" on Wednesday.",
    ]);
    assert_eq!(speaker(&x, "a day of love"), Some("Donald Trump"));
}

// 7. Names.

#[test]
fn first_names_before_a_shared_surname_are_each_a_person() {
    let x = run(&["Shiri, Ariel and Kfir Bibas were abducted from Nir Oz."]);
    for n in ["Shiri Bibas", "Ariel Bibas", "Kfir Bibas"] {
        assert!(person(&x, n).is_some(), "{n} in {:?}", people(&x));
    }
}

#[test]
fn an_editorial_bracket_joins_the_name() {
    let x =
        run(&["\"[Prime Minister Benjamin] Netanyahu has promised us answers,\" a relative said."]);
    assert_eq!(people(&x), ["Benjamin Netanyahu"]);
}

#[test]
fn an_honorific_with_a_surname_is_the_person_named_before() {
    let x = run(&["Steve Witkoff landed in Doha. Mr Witkoff did not give a date."]);
    assert_eq!(people(&x), ["Steve Witkoff"]);
}

#[test]
fn shows_hotels_towers_and_towns_are_not_people() {
    let x = run(&[
        "Envoys met at the Ritz-Carlton. Witkoff later told Face the Nation he was hopeful. Supporters gathered at Trump Tower and in Grand Rapids, Michigan.",
        "Trump quipped that \"the deal is very close.\"",
    ]);
    assert_eq!(people(&x), ["Witkoff", "Trump"]);
    assert_eq!(speaker(&x, "the deal is"), Some("Trump"));
}

#[test]
fn a_short_surname_that_is_a_common_word_still_ends_a_name() {
    let x = run(&["Avinatan Or was freed on Monday."]);
    assert_eq!(people(&x), ["Avinatan Or"]);
}

// 8. More ways news attributes a quotation.

#[test]
fn a_speaker_label_with_a_colon_attributes_without_a_verb() {
    let x = run(&[
        "Ruby Chen, the father of Itay Chen, spoke to us.",
        "Chen: \"I have to be hopeful. There is no other choice.\"",
        "2. SOUNDBITE (English) Glenn Hughes, resident of Indian Land, South Carolina:",
        "\"I don't like the way things have been going.\"",
    ]);
    assert_eq!(speaker(&x, "I have to be"), Some("Ruby Chen"));
    assert_eq!(speaker(&x, "I don't like"), Some("Glenn Hughes"));
}

#[test]
fn a_dash_after_the_quotation_names_the_speaker() {
    let x = run(&["\"Nobody wants this more than we do.\" — Ruby Chen, father of Itay Chen"]);
    assert_eq!(speaker(&x, "Nobody wants"), Some("Ruby Chen"));
}

#[test]
fn words_between_the_name_and_the_verb_are_skipped() {
    let x = run(&[
        "Asked about a deal, Sen. Ted Cruz (R-Texas) scoffed: \"Not with these people.\"",
        "Rachel Goldberg-Polin, 55, whose son Hersh was killed in captivity, said the government had \"run out of excuses.\"",
    ]);
    assert_eq!(speaker(&x, "Not with"), Some("Ted Cruz"));
    assert_eq!(speaker(&x, "run out of"), Some("Rachel Goldberg-Polin"));
}

#[test]
fn a_quotation_is_announced_by_the_sentence_before_it() {
    let x = run(&[
        "Dr al-Ansari stressed that the treaty stands. \"The relationship has always been strong.\"",
    ]);
    assert_eq!(speaker(&x, "The relationship"), Some("al-Ansari"));
    assert_eq!(x.quotes[0].rule, "sentence before");
}

#[test]
fn a_spokesmans_quotation_goes_to_the_spokesman() {
    let x = run(&["\"It is the last chance,\" the envoy's spokesman, Michael Kessler, said."]);
    assert_eq!(speaker(&x, "It is the last"), Some("Michael Kessler"));
}

#[test]
fn a_long_title_before_the_name_is_read_through() {
    let x = run(&[
        "\"Qatar will keep mediating,\" stressed HE Adviser to the Prime Minister and Official Spokesperson for the Ministry of Foreign Affairs Dr Majed al-Ansari.",
    ]);
    assert_eq!(speaker(&x, "Qatar will"), Some("Majed al-Ansari"));
}

#[test]
fn a_second_sentence_with_its_own_narration_keeps_no_speaker() {
    let x = run(&[
        "The correspondent Guy Azriel said, \"This is a matter between the Americans and Hamas.\" The only message from Jerusalem remains, \"We are adhering to the five conditions.\"",
    ]);
    assert_eq!(speaker(&x, "We are adhering"), None);
}

#[test]
fn a_word_in_scare_quotes_opens_no_sentence() {
    let x = run(&[
        "Ellen Holly is a volunteer.",
        "She thinks the “garbage” comment about Trump supporters was a misspeak but says she is seeing fatigue.",
        "“A lot of Republicans are done with Trump.”",
    ]);
    assert_eq!(x.quotes[0].speaker.as_deref(), Some("Ellen Holly"));
}

// 9. Headlines.

#[test]
fn a_headline_in_title_case_names_only_people_the_article_names() {
    let x = run(&[
        "Clinton Wins Backing of Unions in Key States",
        "Hillary Clinton won the backing of three unions whose members are in key states.",
    ]);
    assert_eq!(people(&x), ["Hillary Clinton"]);
}

// Evidence and confidence.

#[test]
fn every_role_keeps_its_sentence_and_every_quotation_its_sieve() {
    let text =
        "Talks resumed. US envoy Adam Boehler met Hamas in Doha. \"We are close,\" Boehler said.";
    let x = run(&[text]);
    let e = person(&x, "Adam Boehler").expect("found");
    let ev = e
        .evidence
        .iter()
        .find(|v| v.role == Role::Negotiator)
        .expect("evidence");
    assert_eq!(
        &text[ev.start..ev.end],
        "US envoy Adam Boehler met Hamas in Doha."
    );
    assert_eq!((ev.rule, ev.strong), ("title", true));
    assert_eq!(
        (x.quotes[0].rule, x.quotes[0].confidence),
        ("trailing", 1.0)
    );
}
