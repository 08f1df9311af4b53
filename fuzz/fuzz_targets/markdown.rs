//! Any text as an article body: HTML rendering with insertions never panics, keeps one
//! `id="p-N"` per paragraph, and never lets a `<script>` through.
#![no_main]

use dossier::load::markdown::{Flavor, Format, Insertion, paragraphs, to_html};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let paras = paragraphs(text, Format::Markdown, Flavor::default());
    let insertions: Vec<Insertion> = paras
        .iter()
        .enumerate()
        .filter(|(_, p)| p.len() > 3)
        .map(|(i, p)| Insertion { paragraph: i, start: 1, end: p.len() / 2, open: "<b>".into(), close: "</b>".into(), is_link: false })
        .collect();
    let html = to_html(text, Format::Markdown, Flavor::default(), "/", &insertions);
    for i in 0..paras.len() {
        assert!(html.contains(&format!("id=\"p-{i}\"")));
    }
    assert!(!html.to_ascii_lowercase().contains("<script"), "a script survived sanitising");
});
