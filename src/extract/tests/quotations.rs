//! Quotations and who said them: the attribution sieves, one behaviour each.

use super::*;

#[test]
fn a_quote_before_its_attribution_goes_to_the_named_speaker() {
    let x = run(&["Karoline Leavitt spoke.", "“We are ready,” Leavitt said."]);
    assert_eq!(quotes(&x), [("We are ready,", Some("Karoline Leavitt"))]);
}

#[test]
fn an_inverted_attribution_names_the_speaker_after_the_verb() {
    let x = run(&["\"We want the hostages out, all of them,\" said Steve Witkoff."]);
    assert_eq!(quotes(&x)[0].1, Some("Steve Witkoff"));
}

#[test]
fn an_apposition_between_name_and_verb_is_skipped() {
    let x = run(&[
        "“We are prepared for dialogue,” Abu Marzouk, a senior Hamas official in Qatar, told the NYT.",
    ]);
    assert_eq!(quotes(&x)[0].1, Some("Abu Marzouk"));
}

#[test]
fn the_subject_of_the_verb_speaks_not_the_name_nearest_the_quote() {
    let x = run(&[
        "Press Secretary Karoline Leavitt noted that Adam Boehler “does have the authority to talk to anyone.”",
    ]);
    assert_eq!(quotes(&x)[0].1, Some("Karoline Leavitt"));
}

#[test]
fn a_pronoun_goes_to_the_last_person_named_outside_quotes() {
    let x = run(&[
        "Ofir Akunis spoke to Fox News.",
        "“Instead of pressuring Israel, President Trump is pressuring Hamas,” he added.",
    ]);
    assert_eq!(quotes(&x)[0].1, Some("Ofir Akunis"));
}

#[test]
fn a_pronoun_prefers_the_subject_over_a_later_object() {
    let x = run(&[
        "Einav Zangauker recalled her last talk with Netanyahu. “He told me to be patient,” she said.",
    ]);
    assert_eq!(quotes(&x)[0].1, Some("Einav Zangauker"));
}

#[test]
fn a_split_quote_is_two_spans_with_one_speaker() {
    let x = run(&["“I think we are close,” Witkoff said, “but we have been close before.”"]);
    assert_eq!(
        quotes(&x),
        [
            ("I think we are close,", Some("Witkoff")),
            ("but we have been close before.", Some("Witkoff"))
        ]
    );
}

#[test]
fn a_second_span_in_the_paragraph_keeps_the_speaker() {
    let x =
        run(&["“They can talk with Hamas,” Akunis said. “I think this is the right thing to do.”"]);
    assert_eq!(quotes(&x)[1].1, Some("Akunis"));
}

#[test]
fn a_quote_continued_into_the_next_paragraph_keeps_its_speaker() {
    let x = run(&[
        "“At the end of the day, I understand,” Boehler said. “But the president wants them home.",
        "“If that means sitting across the table, so be it.”",
    ]);
    let q = quotes(&x);
    assert_eq!(q.len(), 3);
    assert!(q.iter().all(|(_, s)| *s == Some("Boehler")), "{q:?}");
}

#[test]
fn an_anonymous_source_has_no_speaker_and_keeps_its_words() {
    let x = run(&[
        "An Israeli source familiar with the details told Israel Hayom that “this is a very problematic move.”",
    ]);
    let q = &x.quotes[0];
    assert_eq!(q.speaker, None);
    assert!(q.anonymous);
    assert_eq!(
        q.speaker_description.as_deref(),
        Some("An Israeli source familiar with the details")
    );
}

#[test]
fn an_organisation_statement_goes_to_the_organisation_or_no_one() {
    let x = run(&[
        "The Prime Minister’s Office released a statement, saying, “Israel has expressed its position to the United States.”",
        "“We will negotiate under fire,” the statement said.",
    ]);
    let q = quotes(&x);
    assert_eq!(q[0].1, Some("Prime Minister's Office"));
    assert_eq!(q[1].1, None);
    assert!(!x.quotes[1].anonymous);
}

#[test]
fn according_to_names_the_speaker() {
    let x = run(&["Hamas is “not serious about a deal,” according to Majed al-Ansari."]);
    assert_eq!(quotes(&x)[0].1, Some("Majed al-Ansari"));
}

#[test]
fn a_colon_introduced_quote_goes_to_the_subject() {
    let x =
        run(&["Steve Witkoff told Fox News on Monday: “We put a bridge proposal on the table.”"]);
    assert_eq!(quotes(&x)[0].1, Some("Steve Witkoff"));
}

#[test]
fn a_participle_takes_the_subject_of_its_clause() {
    let x = run(&[
        "President Donald Trump, for his part, posted a warning, writing that Hamas should “release all of the hostages now.”",
    ]);
    assert_eq!(quotes(&x)[0].1, Some("Donald Trump"));
}

#[test]
fn a_definite_description_points_back_to_the_last_person() {
    let x = run(&[
        "Sen. Lindsey Graham backed the talks. “Hamas is a terrorist group,” the South Carolina Republican said.",
    ]);
    assert_eq!(quotes(&x)[0].1, Some("Lindsey Graham"));
}

#[test]
fn a_relative_pronoun_is_the_name_before_it() {
    let x = run(&[
        "The remarks drew a reply from Yair Lapid, who accused them of holding the hostages “hostage to their survival.”",
    ]);
    assert_eq!(quotes(&x)[0].1, Some("Yair Lapid"));
}

#[test]
fn a_partial_quote_of_three_words_counts_and_a_scare_quote_does_not() {
    let x = run(&[
        "Ofir Akunis said the talks were “more than welcome” and the “bridge” plan was fine.",
    ]);
    assert_eq!(quotes(&x), [("more than welcome", Some("Ofir Akunis"))]);
}

#[test]
fn a_title_of_a_work_is_not_a_quotation() {
    let x = run(&[
        "Witkoff, speaking on CBS News' \"Face the Nation,\" said he had a \"very good feeling\" about it.",
    ]);
    assert_eq!(quotes(&x), [("very good feeling", Some("Witkoff"))]);
}

#[test]
fn a_paragraph_of_quotation_alone_follows_the_speaker_before_it() {
    let x = run(&[
        "Netanyahu said the army would keep fighting:",
        "“We will bring every hostage home.”",
    ]);
    assert_eq!(quotes(&x)[0].1, Some("Netanyahu"));
}

#[test]
fn a_verb_without_a_speaking_subject_yields_to_an_earlier_one() {
    let x = run(&[
        "Khalil al-Hayya said the group had responded with “amendments that protect our people.”",
    ]);
    assert_eq!(quotes(&x)[0].1, Some("Khalil al-Hayya"));
}

#[test]
fn families_speaking_together_are_no_one_person() {
    let x = run(&[
        "Gershon Baskin said both sides were stalling.",
        "The families of the hostages said in a statement that they were “running out of time.”",
    ]);
    assert_eq!(quotes(&x)[0].1, None);
}

#[test]
fn the_forum_said_goes_to_the_forum_named_before() {
    let x = run(&[
        "The Hostages and Missing Families Forum, which speaks for most families, met on Sunday.",
        "\"Only an agreement can bring them all back,\" the forum said in a statement.",
        "\"Time is running out,\" the statement added.",
    ]);
    assert_eq!(
        quotes(&x),
        [
            (
                "Only an agreement can bring them all back,",
                Some("Hostages and Missing Families Forum")
            ),
            ("Time is running out,", None),
        ]
    );
}

#[test]
fn an_unnamed_lawmaker_is_an_anonymous_source() {
    let x = run(&[
        "\"Israel was a spectator today,\" an Israeli opposition lawmaker said, asking not to be named.",
    ]);
    assert_eq!(x.quotes.len(), 1);
    assert!(x.quotes[0].anonymous && x.quotes[0].speaker.is_none());
    assert_eq!(
        x.quotes[0].speaker_description.as_deref(),
        Some("an Israeli opposition lawmaker")
    );
}

#[test]
fn after_the_verb_a_relative_named_after_the_comma_speaks() {
    let x = run(&[
        "“It broke our hearts,” said Michal Levy's sister-in-law, Tal Levy, speaking to reporters.",
    ]);
    assert_eq!(quotes(&x)[0].1, Some("Tal Levy"));
}

#[test]
fn she_goes_to_the_earlier_subject_past_a_man_named_only_as_an_object() {
    let x = run(&[
        "Speaking at the rally, Tzofit Harel, whose son was taken, said: “We waited too long.”",
        "Turning to President Donald Trump, she said, “Please finish the job.”",
    ]);
    assert_eq!(
        quotes(&x)[1],
        ("Please finish the job.", Some("Tzofit Harel"))
    );
}

#[test]
fn she_stays_unattributed_when_a_man_named_in_between_is_a_subject() {
    let x = run(&[
        "Speaking at the rally, Tzofit Harel, whose son was taken, said: “We waited too long.”",
        "President Donald Trump thanked the families. “Please finish the job,” she said.",
    ]);
    assert_eq!(quotes(&x)[1].1, None);
}
