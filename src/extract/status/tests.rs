use super::*;

fn person(name: &str, paragraphs: &[&str]) -> FoundEntity {
    let mentions = paragraphs
        .iter()
        .enumerate()
        .flat_map(|(pi, p)| {
            p.match_indices(name).map(move |(at, _)| Span {
                paragraph: pi,
                start: at,
                end: at + name.len(),
            })
        })
        .collect();
    FoundEntity {
        name: name.into(),
        kind: EntityKind::Person,
        roles: Vec::new(),
        evidence: Vec::new(),
        aliases: Vec::new(),
        description: None,
        mentions,
        known: false,
        relative: false,
        left_office: false,
        offices: Vec::new(),
    }
}

/// (name, kind, when, sentence) of each event in `paragraphs` for the people `names`.
fn read(names: &[&str], paragraphs: &[&str]) -> Vec<(String, StatusKind, When, String)> {
    let owned: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
    let people: Vec<FoundEntity> = names.iter().map(|n| person(n, paragraphs)).collect();
    events(&owned, &people)
        .into_iter()
        .map(|e| {
            let s = &owned[e.sentence.paragraph][e.sentence.start..e.sentence.end];
            (people[e.entity].name.clone(), e.kind, e.when, s.to_string())
        })
        .collect()
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn a_release_with_an_explicit_date_keeps_the_date_and_sentence() {
    let got = read(
        &["Noa Adler"],
        &["Talks went on. Noa Adler was released on 12 May 2025 after 584 days. She is home."],
    );
    assert_eq!(
        got,
        vec![(
            "Noa Adler".into(),
            StatusKind::Released,
            When::Date(date("2025-05-12")),
            "Noa Adler was released on 12 May 2025 after 584 days.".into()
        )]
    );
}

#[test]
fn a_weekday_resolves_to_the_latest_such_day_up_to_the_article() {
    let got = read(
        &["Eli Moran"],
        &["The army said Eli Moran was killed on Tuesday."],
    );
    assert_eq!(got[0].1, StatusKind::Killed);
    assert_eq!(got[0].2, When::Weekday(Weekday::Tue));
    // 2025-10-09 is a Thursday: the Tuesday before is the 7th; a Thursday is the day itself.
    assert_eq!(got[0].2.resolve(date("2025-10-09")), date("2025-10-07"));
    assert_eq!(
        When::Weekday(Weekday::Thu).resolve(date("2025-10-09")),
        date("2025-10-09")
    );
}

#[test]
fn a_day_without_a_year_is_never_after_the_article() {
    assert_eq!(
        When::MonthDay(12, 30).resolve(date("2025-03-01")),
        date("2024-12-30")
    );
    let got = read(
        &["Ada Cohen"],
        &["Ada Cohen was abducted on Oct. 7 from her home."],
    );
    assert_eq!(got[0].1, StatusKind::Taken);
    assert_eq!(got[0].2, When::MonthDay(10, 7));
}

#[test]
fn each_name_takes_the_nearest_cue() {
    let got = read(
        &["Tal Bar", "Omer Shem"],
        &["Tal Bar was freed while Omer Shem is still held in Gaza."],
    );
    let kinds: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
    assert_eq!(
        kinds,
        vec![
            ("Tal Bar", StatusKind::Released),
            ("Omer Shem", StatusKind::Held)
        ]
    );
}

#[test]
fn remains_and_declared_dead_are_their_own_events() {
    let got = read(
        &["Ran Gal", "Lior Dan"],
        &[
            "The remains of Ran Gal were returned to Israel on Monday.",
            "Lior Dan was declared dead by the army.",
        ],
    );
    assert_eq!(got[0].1, StatusKind::RemainsReturned);
    assert_eq!(got[1].1, StatusKind::DeclaredDead);
}

#[test]
fn negation_modals_and_other_senses_give_no_event() {
    let got = read(
        &["Gil Or"],
        &[
            "Gil Or has not been released.",
            "Gil Or is expected to be freed next week.",
            "Hamas released a video of Gil Or.",
            "Gil Or held talks with the mediators.",
        ],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_list_after_the_cue_gives_each_name_the_event() {
    let got = read(
        &["Ben Ari", "Dov Lev"],
        &["Freed on Saturday were Ben Ari and Dov Lev."],
    );
    assert_eq!(got.len(), 2);
    assert!(got.iter().all(|g| g.1 == StatusKind::Released));
    assert!(got.iter().all(|g| g.2 == When::Weekday(Weekday::Sat)));
}
