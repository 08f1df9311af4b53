//! Each kind of bad article: a non-zero exit, a message naming the file and the line in that
//! file, and the previous `output/` left byte for byte as it was.

use crate::common::dossier::*;

/// Builds the fixture once, adds `name` with `bytes`, builds again, and checks the failure.
/// Returns the error output.
fn fails_cleanly(name: &str, bytes: &[u8], expected_location: &str) -> String {
    let site = fixture("basic");
    dossier_ok(site.path(), &["build", "--quiet"]);
    let before = snapshot(&site.path().join("output"));
    std::fs::write(site.path().join("content/articles").join(name), bytes).unwrap();
    let out = dossier(site.path(), &["build"]);
    let err = stderr(&out);
    assert!(!out.status.success(), "a bad {name} must fail the build");
    assert!(
        err.contains(expected_location),
        "expected `{expected_location}` in:\n{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        before,
        snapshot(&site.path().join("output")),
        "output/ changed after a failed build"
    );
    err
}

#[test]
fn unterminated_front_matter_is_reported_at_its_opening_line() {
    let err = fails_cleanly(
        "open.md",
        b"---\ntitle: Open\ndate: 2025-01-01\n\nBody text.\n",
        "content/articles/open.md:1:",
    );
    assert!(err.contains("not closed"), "{err}");
}

#[test]
fn malformed_yaml_is_reported_at_its_line_in_the_file() {
    fails_cleanly(
        "bad-yaml.md",
        b"---\ntitle: [unclosed\ndate: 2025-01-01\n---\nBody\n",
        "content/articles/bad-yaml.md:2:",
    );
}

#[test]
fn a_missing_date_is_named() {
    let err = fails_cleanly(
        "no-date.md",
        b"---\ntitle: Undated\n---\nBody\n",
        "content/articles/no-date.md:2:",
    );
    assert!(err.contains("date"), "{err}");
}

#[test]
fn a_mistyped_field_is_reported_at_its_line() {
    let err = fails_cleanly(
        "tags.md",
        b"---\ntitle: Tags as a mapping\ndate: 2025-01-01\ntags: { talks: doha }\n---\nBody\n",
        "content/articles/tags.md:4:",
    );
    assert!(err.contains("mapping"), "{err}");
}

#[test]
fn rejects_an_impossible_date_with_its_line() {
    let err = fails_cleanly(
        "feb.md",
        b"---\ntitle: February\n\ndate: 2025-02-30\n---\nBody\n",
        "content/articles/feb.md:4:",
    );
    assert!(err.contains("2025-02-30"), "{err}");
}

#[test]
fn two_articles_with_one_slug_name_both_files() {
    let err = fails_cleanly(
        "copy.md",
        b"---\ntitle: Copy\ndate: 2025-01-02\nslug: envoy-in-doha\n---\nBody\n",
        "envoy-in-doha",
    );
    assert!(
        err.contains("2025-03-05-envoy-in-doha.md") && err.contains("copy.md"),
        "{err}"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_named_with_its_line() {
    let err = fails_cleanly(
        "latin1.md",
        b"---\ntitle: Caf\xe9\ndate: 2025-01-01\n---\n",
        "content/articles/latin1.md:2:",
    );
    assert!(err.contains("UTF-8"), "{err}");
}

#[test]
fn an_empty_file_is_an_error() {
    let err = fails_cleanly("empty.md", b"", "content/articles/empty.md:1:");
    assert!(err.contains("empty"), "{err}");
}

#[test]
fn every_bad_file_is_listed_at_once() {
    let site = fixture("basic");
    let dir = site.path().join("content/articles");
    std::fs::write(dir.join("a.md"), b"").unwrap();
    std::fs::write(dir.join("b.md"), b"---\ntitle: B\n---\n").unwrap();
    let err = stderr(&dossier(site.path(), &["build"]));
    assert!(err.contains("a.md:1:") && err.contains("b.md:2:"), "{err}");
}
