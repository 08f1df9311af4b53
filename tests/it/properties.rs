//! Property tests over random input: front matter, Markdown and quotation-heavy prose never
//! make dossier panic, and what it produces is UTF-8 HTML whose paragraph ids match the
//! plain text extraction read.

use dossier::extract::{Registry, extract_article};
use dossier::load::markdown::{self, Flavor, Format, Insertion};
use dossier::load::{LoadOptions, front, parse_article};
use proptest::prelude::*;
use std::path::Path;

/// Pieces of front matter, valid and not, to shuffle together.
const FRONT: &[&str] = &[
    "title: Talks resume",
    "title: 42",
    "title: \"quoted: yes\"",
    "title:",
    "title: [a, b",
    "date: 2025-03-05",
    "date: 2025-02-30",
    "date: tomorrow",
    "date: 2025-03-05T10:00:00Z",
    "tags: [talks, doha]",
    "tags: talks",
    "tags:\n  - a\n  - b",
    "draft: true",
    "draft: maybe",
    "summary: >\n  folded\n  text",
    "slug: ../../etc",
    "slug: ✓",
    "entities:\n  - name: Adam Boehler\n    roles: [negotiator]",
    "entities:\n  - roles: [x]",
    "extra: {a: 1}",
    "unknown: key",
    "\tindented: tab",
    "- list item",
    "&a anchor",
    "*a",
    "key: &x [1, 2]",
    "other: *x",
    "? complex\n: key",
    "%YAML 1.2",
    "...",
    "",
];

/// Prose with quotation marks, names, titles and Markdown, to shuffle together.
const PROSE: &[&str] = &[
    "\"We are ready,\" Abu Marzouk said.",
    "“It is over”, said White House Press Secretary Karoline Leavitt.",
    "Leavitt said: \"The talks go on.\"",
    "‘nested “quotes” here’",
    "\"unclosed quote",
    "”reversed“",
    "\"\"",
    "according to a source familiar with the details",
    "he added",
    "U.S. envoy Adam Boehler met al-Hayya in Doha.",
    "Sheikh Mohammed bin Abdulrahman Al Thani",
    "**bold \"quote,\"** said Trump's aide",
    "[link](/x/) and ![img](y.png)",
    "# Heading \"quoted\"",
    "- item \"one\"\n- item two",
    "> block \"quote\"",
    "```\ncode \"x\"\n```",
    "<b>raw</b>",
    "Oct. 7, 2023",
    "Gen. Smith",
    "A. B. Cohen",
    "🙂 emoji “quote” 🙂",
    "שלום \"עולם\"",
    "مرحبا «عالم»",
    "\u{200b}",
    "\r\n",
    "1. numbered\n2. list",
    "| a | b |\n|---|---|\n| \"c\" | d |",
    "footnote[^1]\n\n[^1]: note \"x\"",
    "---",
    "\n\n",
];

fn pieces(list: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(list), 0..max).prop_map(|v| v.join("\n"))
}

fn mixed_text() -> impl Strategy<Value = String> {
    prop_oneof![
        pieces(PROSE, 12),
        any::<String>(),
        "[\"“”‘’ a-zA-Z.,:;\\n]{0,200}"
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn front_matter_never_panics_and_errors_have_a_line(yaml in pieces(FRONT, 8), body in mixed_text()) {
        let text = format!("---\n{yaml}\n---\n{body}");
        let lines = text.lines().count().max(1);
        match front::split(&text).and_then(|s| front::parse(&s, true)) {
            Ok(f) => prop_assert!(!f.title.is_empty()),
            Err(e) => prop_assert!(e.line >= 1 && e.line <= lines + 1, "line {} of {}", e.line, lines),
        }
    }

    #[test]
    fn any_text_as_an_article_never_panics(text in any::<String>()) {
        let _ = parse_article(Path::new("a.md"), &text, Format::Markdown, LoadOptions::default());
        let _ = parse_article(Path::new("a.txt"), &text, Format::Text, LoadOptions::default());
    }

    #[test]
    fn html_ids_match_the_paragraphs_extraction_reads(body in mixed_text(), text_format in any::<bool>(), cuts in prop::collection::vec((0usize..20, 0usize..400, 0usize..400), 0..8)) {
        let format = if text_format { Format::Text } else { Format::Markdown };
        let paragraphs = markdown::paragraphs(&body, format, Flavor::default());
        // Random insertions, clamped into the paragraphs; bad ranges must be skipped, not panic.
        let insertions: Vec<Insertion> = cuts.iter().map(|&(p, a, b)| Insertion {
            paragraph: p, start: a.min(b), end: a.max(b), open: "<mark>".into(), close: "</mark>".into(), is_link: false,
        }).collect();
        let html = markdown::to_html(&body, format, Flavor::default(), "/repo/", &insertions);
        for i in 0..paragraphs.len() {
            prop_assert!(html.contains(&format!("id=\"p-{i}\"")), "p-{} missing", i);
        }
        prop_assert!(!html.contains(&format!("id=\"p-{}\"", paragraphs.len())), "an id beyond the paragraphs");
        prop_assert_eq!(html.matches("<mark>").count(), html.matches("</mark>").count());
    }

    #[test]
    fn extraction_never_panics_and_spans_stay_inside_their_paragraph(body in mixed_text()) {
        let paragraphs = markdown::paragraphs(&body, Format::Markdown, Flavor::default());
        let found = extract_article(&paragraphs, &[], &Registry::empty());
        for e in &found.entities {
            prop_assert!(!e.name.trim().is_empty());
            for m in &e.mentions {
                let p = &paragraphs[m.paragraph];
                prop_assert!(m.start <= m.end && m.end <= p.len() && p.is_char_boundary(m.start) && p.is_char_boundary(m.end));
            }
        }
        for q in &found.quotes {
            let p = &paragraphs[q.span.paragraph];
            prop_assert!(q.span.end <= p.len() && p.is_char_boundary(q.span.start) && p.is_char_boundary(q.span.end));
        }
    }
}
