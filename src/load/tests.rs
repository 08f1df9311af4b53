//! Unit tests of the load stage: reading, classifying and assembling files.

use super::read::text_from_bytes;
use super::*;

#[test]
fn a_file_that_is_not_utf8_is_named_with_its_line() {
    let e = text_from_bytes(Path::new("a.md"), b"---\ntitle: A\n\xff\n".to_vec()).unwrap_err();
    assert!(e.to_string().starts_with("a.md:3:"), "{e}");
}

#[test]
fn an_empty_file_is_an_error() {
    let e = text_from_bytes(Path::new("a.md"), b"  \n".to_vec()).unwrap_err();
    assert!(e.to_string().contains("empty"), "{e}");
}

#[test]
fn a_bom_is_dropped() {
    let t = text_from_bytes(Path::new("a.md"), "\u{feff}---\n".as_bytes().to_vec()).unwrap();
    assert_eq!(t, "---\n");
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let text = "---\ntitle: A\ndate: 2025-01-01\ndraft: true\n---\nBody\n";
    let p = Path::new("content/articles/a.md");
    assert!(
        parse_article(p, text, Format::Markdown, LoadOptions::default())
            .unwrap()
            .is_none()
    );
    let with = LoadOptions {
        drafts: true,
        ..LoadOptions::default()
    };
    assert!(
        parse_article(p, text, Format::Markdown, with)
            .unwrap()
            .is_some()
    );
}

#[test]
fn classification_follows_the_folders() {
    assert!(matches!(
        classify(Path::new("articles/x/y.md")),
        Kind::Article(Format::Markdown)
    ));
    assert!(matches!(
        classify(Path::new("articles/y.txt")),
        Kind::Article(Format::Text)
    ));
    assert!(matches!(
        classify(Path::new("pages/about.md")),
        Kind::Page(_)
    ));
    assert!(matches!(
        classify(Path::new("entities.yaml")),
        Kind::Registry
    ));
    assert!(matches!(
        classify(Path::new("articles/photo.jpg")),
        Kind::Asset
    ));
}
