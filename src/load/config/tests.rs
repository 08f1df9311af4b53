//! site.yaml: what is read, what is refused and how it is said.

use super::*;

fn parse(text: &str) -> Result<SiteConfig, ConfigError> {
    SiteConfig::parse(text, Path::new("site.yaml"))
}

#[test]
fn a_minimal_config_gets_the_default_topics() {
    let c = parse("title: T\nbase_url: https://x.github.io/repo\n").unwrap();
    assert_eq!(c.base_url, "https://x.github.io/repo/");
    assert_eq!(c.topics.len(), 3);
    assert_eq!(c.topics[2].slug, "reactions");
}

#[test]
fn an_unknown_key_is_named_with_its_line() {
    let err = parse("title: T\nbase_ulr: /\n").unwrap_err().to_string();
    assert!(err.starts_with("site.yaml:2:"), "{err}");
    assert!(err.contains("base_ulr"), "{err}");
}

#[test]
fn a_topic_needs_a_role_or_quotes() {
    let err = parse("title: T\ntopics:\n  - { name: X, slug: x }\n")
        .unwrap_err()
        .to_string();
    assert!(err.contains("site.yaml:2:"), "{err}");
    assert!(err.contains("exactly one"), "{err}");
}

#[test]
fn a_bad_address_or_theme_is_named_with_its_line() {
    for (yaml, line, word) in [
        (
            "title: T\nbase_url: \"https://x.org/\\nDisallow: /\"\n",
            2,
            "line breaks",
        ),
        (
            "title: T\n\nbase_url: javascript:alert(1)//\n",
            3,
            "https://",
        ),
        ("title: T\nbase_url: example.org/foo\n", 2, "no scheme"),
        (
            "title: T\ncname: \"x.org\\nevil.org\"\n",
            2,
            "bare host name",
        ),
        ("title: T\ntheme: ../../elsewhere\n", 2, "themes/"),
        ("title: T\ntheme: /etc\n", 2, "themes/"),
        ("title: T\nlimits: { article_mb: 0 }\n", 2, "at least 1"),
    ] {
        let err = parse(yaml).unwrap_err().to_string();
        assert!(
            err.starts_with(&format!("site.yaml:{line}:")),
            "{yaml:?}: {err}"
        );
        assert!(err.contains(word), "{yaml:?}: {err}");
    }
}

#[test]
fn addresses_are_kept_in_their_parsed_form() {
    let c =
        parse("title: T\nbase_url: https://Example.org/a\ncname: Dossier.Example.org\n").unwrap();
    assert_eq!(c.base_url, "https://example.org/a/");
    assert_eq!(c.cname.as_deref(), Some("dossier.example.org"));
    assert_eq!(c.limits.article_bytes(), 5_000_000);
}

#[test]
fn declared_roles_replace_the_built_in_ones_for_topics() {
    let c = parse(
        "title: T\nroles:\n  - { name: candidate, cues: [candidate, nominee] }\n  - { name: official }\ntopics:\n  - { name: Candidates, slug: candidates, role: candidate }\n",
    )
    .unwrap();
    assert_eq!(c.roles[0].name.as_str(), "candidate");
    assert_eq!(c.topics[0].role, Some(c.roles[0].name));
    let err = parse(
        "title: T\nroles: [{ name: official }]\ntopics:\n  - { name: H, slug: h, role: hostage }\n",
    )
    .unwrap_err()
    .to_string();
    assert!(err.starts_with("site.yaml:3:"), "{err}");
    assert!(
        err.contains("`hostage` is not one of this dossier's roles (official)"),
        "{err}"
    );
    let defaults = parse("title: T\n").unwrap();
    assert_eq!(defaults.roles.len(), 3);
}

#[test]
fn a_topic_cannot_take_a_reserved_folder() {
    let err = parse("title: T\ntopics:\n  - { name: X, slug: people, quotes: true }\n")
        .unwrap_err()
        .to_string();
    assert!(err.contains("used by dossier"), "{err}");
}
