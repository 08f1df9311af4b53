//! Any bytes as an article file: front matter splitting and parsing never panic, and every
//! error names a line inside the file.
#![no_main]

use dossier::load::{Format, LoadOptions, front, parse_article};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(e) = front::split(text).and_then(|s| front::parse(&s, true)) {
        assert!(e.line >= 1 && e.line <= text.lines().count() + 2, "line {} out of the file", e.line);
    }
    for format in [Format::Markdown, Format::Text] {
        let _ = parse_article(Path::new("fuzz.md"), text, format, LoadOptions::default());
    }
});
