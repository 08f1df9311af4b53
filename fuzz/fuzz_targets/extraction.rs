//! Any text as article prose: extraction never panics and every span it reports lies inside
//! its paragraph, on character boundaries.
#![no_main]

use dossier::load::markdown::{Flavor, Format, paragraphs};
use dossier::extract::{Registry, extract_article};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for format in [Format::Markdown, Format::Text] {
        let paras = paragraphs(text, format, Flavor::default());
        let found = extract_article(&paras, &[], &Registry::empty());
        let spans = found
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().copied())
            .chain(found.quotes.iter().map(|q| q.span));
        for s in spans {
            let p = &paras[s.paragraph];
            assert!(s.start <= s.end && s.end <= p.len());
            assert!(p.is_char_boundary(s.start) && p.is_char_boundary(s.end));
        }
    }
});
