//! Inputs that must not break extraction: empty, odd Unicode, unbalanced marks, huge paragraphs.

use super::*;

fn check_spans(paras: &[String], x: &ArticleExtraction) {
    for s in x
        .entities
        .iter()
        .flat_map(|e| &e.mentions)
        .chain(x.quotes.iter().map(|q| &q.span))
    {
        let p = &paras[s.paragraph];
        assert!(s.start <= s.end && s.end <= p.len());
        assert!(p.is_char_boundary(s.start) && p.is_char_boundary(s.end));
    }
}

#[test]
fn odd_paragraphs_do_not_panic_and_spans_stay_on_char_boundaries() {
    let cases: Vec<String> = [
        "",
        " ",
        "“",
        "”",
        "\"",
        "\"\"\"\"",
        "“unclosed and long quotation that never ends",
        "’s ’ ' ‘ ’",
        "Al-",
        "al- bin Abu",
        "A. B. C. D.",
        "U.S.-Israeli-Qatari-Egyptian",
        "Ünïcödé Nâmé said “çà va bien, très bien.”",
        "日本語の文章です。「引用」と彼は言った。",
        "👍🏽 Netanyahu 👍🏽 said “🙂🙂🙂 ok ok ok”",
        "x\u{301}\u{301}\u{301} Adi\u{200d}Alexander",
        ", , , said said said",
        "said: “",
        "“,” he said.",
        "REUTERS/",
        "/Kevin",
        "By",
        "Sheikh",
        "The The The",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for c in &cases {
        let one = vec![c.clone()];
        check_spans(&one, &extract_article(&one, &[], &Registry::empty()));
    }
    check_spans(&cases, &extract_article(&cases, &[], &Registry::empty()));
}

#[test]
fn a_huge_paragraph_is_extracted() {
    let sentence = "“We are ready,” Steve Witkoff told Reuters in Doha, Qatar, on Oct. 7. ";
    let p = vec![sentence.repeat(20_000)];
    let x = extract_article(&p, &[], &Registry::empty());
    assert_eq!(x.quotes.len(), 20_000);
    check_spans(&p, &x);
}

#[test]
fn many_quotation_marks_without_words_are_handled() {
    let p = vec!["\" “ ” ".repeat(50_000), "“".repeat(10_000)];
    let x = extract_article(&p, &[], &Registry::empty());
    check_spans(&p, &x);
}
