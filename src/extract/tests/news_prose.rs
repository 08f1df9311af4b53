//! More general patterns of news prose (issue 14, second pass), one rule each, in made-up
//! prose: events and outlets that are no people, photo credits glued to a caption, names
//! listed after a family word, given names of international reporting, and quotations whose
//! speaker is carried by a pronoun, an open quotation or a verb of encouragement.

use super::*;

#[test]
fn an_event_named_for_a_place_names_the_place_and_no_one() {
    let x = run(&[
        "Candidates crossed the state on the eve of the Iowa Caucuses, and the Virginia Gubernatorial Debate was held a week later.",
    ]);
    assert!(people(&x).is_empty(), "{:?}", people(&x));
    assert_eq!(kind_of(&x, "Iowa"), Some(EntityKind::Place));
}

#[test]
fn a_credit_glued_to_a_caption_is_split_from_the_name() {
    let x = run(&[
        "Adam Boehler spoke to reporters.",
        "Adam BoehlerREUTERS/Leah Millis",
    ]);
    let names = people(&x);
    assert!(names.contains(&"Adam Boehler"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("REUTERS")), "{names:?}");
}

#[test]
fn a_quantifier_opening_a_sentence_is_no_name() {
    let x = run(&["Numerous mentions of the deal drew cheers from the crowd."]);
    assert!(people(&x).is_empty(), "{:?}", people(&x));
}

#[test]
fn every_name_of_a_list_after_a_family_word_is_a_person() {
    let x = run(&[
        "Eli Sharabi met his brother Sharon and his sisters Osnat and Hila at the hospital.",
    ]);
    let names = people(&x);
    assert!(names.contains(&"Hila"), "{names:?}");
    assert!(names.contains(&"Osnat"), "{names:?}");
}

#[test]
fn hebrew_and_arabic_given_names_tell_a_gender() {
    use crate::extract::gender::Gender;
    assert_eq!(LEX.given_names.get("einav"), Some(&Gender::Female));
    assert_eq!(LEX.given_names.get("avinatan"), Some(&Gender::Male));
    assert_eq!(LEX.given_names.get("ariel"), Some(&Gender::Male));
    let x = run(&[
        "Einav Zangauker waited at the base with Ofer Calderon on Monday.",
        "“We never stopped believing,” she said.",
    ]);
    assert_eq!(speaker(&x, "We never"), Some("Einav Zangauker"));
}

#[test]
fn a_paragraph_that_goes_on_about_the_speaker_by_pronoun_keeps_the_speaker() {
    let x = run(&[
        "“The talks were useful,” said Adam Boehler, the US envoy.",
        "His work has focused on the American captives. “I focused on getting our people home.”",
    ]);
    assert_eq!(speaker(&x, "I focused"), Some("Adam Boehler"));
    // Someone else named in the paragraph: no carrying over.
    let y = run(&[
        "“The talks were useful,” said Adam Boehler, the US envoy.",
        "His counterpart Ron Dermer was less sure. “We will see what comes of it.”",
    ]);
    assert_ne!(speaker(&y, "We will see"), Some("Adam Boehler"));
}

#[test]
fn a_pronoun_of_the_other_gender_stops_the_carrying() {
    let x = run(&[
        "“The talks were useful,” said Adam Boehler, the US envoy.",
        "She was not convinced. “It is too early to celebrate.”",
    ]);
    assert_eq!(speaker(&x, "It is too early"), None);
}

#[test]
fn a_quotation_left_open_keeps_the_speaker_and_the_confidence_over_paragraphs() {
    let x = run(&[
        "Meirav Leshem Gonen spoke first. Turning to President Donald Trump, she said, “We call on you to act.”",
        "“Support us until the first and the last one is home.",
        "“We ask you: leave no one behind.”",
    ]);
    assert_eq!(speaker(&x, "We ask you"), Some("Meirav Leshem Gonen"));
    let sure = |t: &str| {
        x.quotes
            .iter()
            .find(|q| q.text.starts_with(t))
            .map(|q| q.confidence)
    };
    assert_eq!(
        sure("We ask you"),
        sure("Support us"),
        "an open quotation runs on as sure"
    );
}

#[test]
fn encouraging_a_crowd_introduces_a_quotation() {
    let x = run(&[
        "Vice President Kamala Harris took the stage, encouraging the crowd, “Don’t wait to vote. Do it now.”",
    ]);
    assert_eq!(speaker(&x, "Don’t wait"), Some("Kamala Harris"));
}

#[test]
fn a_name_inside_an_apposition_of_post_is_not_the_subject() {
    let x = run(&[
        "Dan Kleban, co-founder of Maine Beer Company, announced on Tuesday that he was ending his campaign and “endorsing the governor fully.”",
    ]);
    assert_eq!(speaker(&x, "endorsing the governor"), Some("Dan Kleban"));
}

#[test]
fn a_title_in_quotation_marks_names_no_one() {
    let x = run(&["The band played its hit song, “I Will Wait,” before Kamala Harris spoke."]);
    assert_eq!(people(&x), ["Kamala Harris"]);
}

#[test]
fn a_us_city_is_a_place() {
    let x = run(&["Speaking to a packed gym in Milwaukee, Kamala Harris vowed to fight on."]);
    assert_eq!(kind_of(&x, "Milwaukee"), Some(EntityKind::Place));
    assert_eq!(people(&x), ["Kamala Harris"]);
}

#[test]
fn an_incumbent_holds_the_office() {
    let x = run(&["The incumbent, Raphael Warnock, faced Herschel Walker in the runoff."]);
    assert_eq!(roles(&x, "Raphael Warnock"), [Role::Official]);
    assert!(roles(&x, "Herschel Walker").is_empty());
}

#[test]
fn a_speaker_named_in_the_sentence_after_the_quotation_speaks() {
    let x = run(&[
        "“We are close to the end of this war.” Speaking to reporters in Doha, Majed al-Ansari stressed the point again.",
    ]);
    assert_eq!(speaker(&x, "We are close"), Some("Majed al-Ansari"));
    // A pronoun in the next sentence could mean anyone: no guess.
    let y = run(&[
        "Majed al-Ansari and Ron Dermer met on Monday.",
        "“We are close to the end of this war.” Speaking to reporters, he stressed the point.",
    ]);
    assert_eq!(speaker(&y, "We are close"), None);
}
