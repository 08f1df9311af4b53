//! Unit tests of `quotes`: which spans are quotations, and where they open and close.

use super::*;

fn texts(s: &str) -> Vec<&str> {
    spans(s).into_iter().map(|q| &s[q.start..q.end]).collect()
}

#[test]
fn curly_and_straight_marks_both_open_and_close() {
    assert_eq!(
        texts("He said “we are ready,” and she said \"not yet, no.\""),
        ["we are ready,", "not yet, no."]
    );
}

#[test]
fn an_unclosed_quotation_runs_to_the_paragraph_end() {
    let s = "“We will not stop until every hostage is home. ";
    let q = spans(s);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].close, None);
    assert!(q[0].opens_paragraph);
    assert_eq!(
        &s[q[0].start..q[0].end],
        "We will not stop until every hostage is home."
    );
}

#[test]
fn nested_single_marks_stay_inside() {
    assert_eq!(
        texts("“He told me ‘go home’ and left,” she said."),
        ["He told me ‘go home’ and left,"]
    );
}

#[test]
fn a_statement_whose_inner_paragraphs_lost_their_marks_runs_on_to_its_closing_mark() {
    let paras: Vec<String> = [
        "The office said: \"The convoy left at noon.",
        "The families have been told.",
        "We will say more when we can.\"",
        "The roads stayed closed overnight.",
    ]
    .map(String::from)
    .to_vec();
    let mut s: Vec<Vec<QuoteSpan>> = paras.iter().map(|p| spans(p)).collect();
    run_on(&paras, &mut s);
    let texts: Vec<Vec<&str>> = s
        .iter()
        .zip(&paras)
        .map(|(qs, p)| qs.iter().map(|q| &p[q.start..q.end]).collect())
        .collect();
    assert_eq!(texts[1], ["The families have been told."]);
    assert_eq!(texts[2], ["We will say more when we can."]);
    assert!(texts[3].is_empty());
    // With no closing mark after them, the paragraphs after an unclosed quotation are
    // narration.
    let mut s: Vec<Vec<QuoteSpan>> = paras[..2].iter().map(|p| spans(p)).collect();
    run_on(&paras[..2], &mut s);
    assert!(s[1].is_empty());
}

#[test]
fn scare_quotes_and_titles_are_not_quotations() {
    assert!(!is_quotation("bridge"));
    assert!(!is_quotation("bridge proposal"));
    assert!(!is_quotation("Face the Nation"));
    assert!(!is_quotation("Face the Nation,"));
    assert!(is_quotation("more than welcome"));
    assert!(is_quotation("We Are Ready."));
}

#[test]
fn words_shouted_in_capitals_are_a_quotation() {
    assert!(is_quotation("TOTAL AND FINAL AGREEMENT"));
    assert!(!is_quotation("Meet the Press"));
}

#[test]
fn a_programme_after_its_networks_possessive_keeps_its_full_stop_inside() {
    let p = "she said on KNTV’s “Morning Line With Dana.” Earlier: “We Are Ready.”";
    let s = spans(p);
    assert!(!is_quotation_in(p, &s[0]));
    assert!(is_quotation_in(p, &s[1]));
}

#[test]
fn a_title_after_a_noun_for_its_kind_keeps_its_full_stop_inside() {
    let p = "Vance told the network’s talk show “Meet the Voters.” Then: “We Are Ready.”";
    let s = spans(p);
    assert!(!is_quotation_in(p, &s[0]));
    assert!(is_quotation_in(p, &s[1]));
    let p = "she wrote in her memoir \"The Long Night Home.\"";
    assert!(!is_quotation_in(p, &spans(p)[0]));
    // A colon after the noun opens speech: "said on the show: '…'".
    let p = "he said on the show: \"We Are Ready.\"";
    assert!(is_quotation_in(p, &spans(p)[0]));
}

#[test]
fn a_name_given_by_a_verb_of_naming_keeps_its_full_stop_inside() {
    let p = "under a plan they deemed \"The Iowa 10,000.\" Later: \"We Are Ready.\"";
    let s = spans(p);
    assert!(!is_quotation_in(p, &s[0]));
    assert!(is_quotation_in(p, &s[1]));
    let p = "a drive the campaign called \"Operation Red Wall.\"";
    assert!(!is_quotation_in(p, &spans(p)[0]));
}

#[test]
fn typewriter_pairs_are_double_marks_and_stay_out_of_the_text() {
    assert_eq!(
        texts("\"We will hold the line,'' she said. ``Not one step back.''"),
        ["We will hold the line,", "Not one step back."]
    );
    let s = "He praised ``a fight against 'the old guard.''' Then he left.";
    assert_eq!(texts(s), ["a fight against 'the old guard.'"]);
    let q = spans(s);
    assert_eq!(&s[q[0].outer_end(s)..], " Then he left.");
}

#[test]
fn stray_marks_do_not_panic() {
    for s in [
        "”",
        "“",
        "\"",
        "a ” b “",
        "“”",
        "\"\"\"",
        "x“y”z",
        "''",
        "'''",
        "``''",
        "a'' b``",
    ] {
        for q in spans(s) {
            assert!(s.is_char_boundary(q.start) && s.is_char_boundary(q.end));
        }
    }
}
