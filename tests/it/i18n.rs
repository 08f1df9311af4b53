//! The interface in the dossier's language: with `language: fr` and a small `i18n/fr.yaml`,
//! the theme's words and every date come from the French table, the words it lacks stay
//! English, and a misspelt key is an error at its line.
use crate::common;

use crate::common::dossier::{dossier, dossier_ok, fixture, read, select, stderr};
use std::path::Path;

const FRENCH: &str = "\
months: [janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre]
date_format: \"%-d %B %Y\"
timeline: Chronologie
people: Personnes
latest_briefings: Dernières notes
search: Rechercher
";

fn french(root: &Path) {
    let config = read(&root.join("site.yaml")).replace("language: en", "language: fr");
    std::fs::write(root.join("site.yaml"), config).expect("write");
    std::fs::create_dir_all(root.join("i18n")).expect("mkdir");
    std::fs::write(root.join("i18n/fr.yaml"), FRENCH).expect("write");
}

fn texts(html: &scraper::Html, css: &str) -> Vec<String> {
    select(html, css)
        .iter()
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

#[test]
fn the_theme_speaks_the_dossiers_language() {
    let site = fixture("basic");
    french(site.path());
    dossier_ok(site.path(), &["build", "--quiet"]);
    let out = site.path().join("output");

    let home = common::dossier::html(&out.join("index.html"));
    let nav = texts(&home, "nav.site-nav a");
    assert!(nav.contains(&"Chronologie".to_string()), "{nav:?}");
    assert!(nav.contains(&"Personnes".to_string()), "{nav:?}");
    assert!(
        nav.contains(&"Places".to_string()),
        "a word the table lacks stays English: {nav:?}"
    );
    assert!(texts(&home, "h2").contains(&"Dernières notes".to_string()));
    assert_eq!(texts(&home, ".search-form button"), ["Rechercher"]);
    assert!(read(&out.join("index.html")).contains("<html lang=\"fr\">"));

    let article = common::dossier::html(&out.join("articles/envoy-in-doha/index.html"));
    assert_eq!(texts(&article, "article header time"), ["5 mars 2025"]);
    let timeline = common::dossier::html(&out.join("timeline/index.html"));
    assert!(texts(&timeline, "h2").contains(&"mars 2025".to_string()));
    assert_eq!(texts(&timeline, "h1"), ["Chronologie"]);
}

#[test]
fn a_misspelt_key_is_an_error_at_its_line() {
    let site = fixture("basic");
    french(site.path());
    std::fs::write(
        site.path().join("i18n/fr.yaml"),
        format!("{FRENCH}chronologie: Chronologie\n"),
    )
    .expect("write");
    let out = dossier(site.path(), &["build"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("i18n/fr.yaml:7:") && err.contains("`chronologie`"),
        "{err}"
    );
    assert!(!site.path().join("output").exists());
}
