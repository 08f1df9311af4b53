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

/// The English table, key by key, as the build reads it.
fn english() -> Vec<(String, serde_json::Value)> {
    let text = read(&common::dossier::repo().join("themes/default/i18n/en.yaml"));
    let table: std::collections::BTreeMap<String, serde_json::Value> =
        serde_saphyr::from_str(&text).expect("en.yaml");
    table.into_iter().collect()
}

/// The keys that are words (not the month and weekday lists or the date formats).
fn is_word(key: &str) -> bool {
    !matches!(key, "months" | "weekdays" | "date_format" | "month_format")
}

/// Every English phrase a page could show: each word's text between its `{name}` places (but
/// for a lone "to" or "of" between two places, too common to tell apart from the articles'
/// own), and every month and weekday name.
fn english_phrases() -> Vec<String> {
    let mut out = Vec::new();
    for (key, value) in english() {
        match value {
            serde_json::Value::Array(names) => {
                out.extend(names.iter().filter_map(|n| n.as_str().map(str::to_string)))
            }
            serde_json::Value::String(s) if is_word(&key) => {
                for part in s.split(['{', '}']).step_by(2) {
                    let part = part.trim_matches(|c: char| !c.is_alphanumeric());
                    let between = s.contains('{') && part.len() < 3;
                    if part.chars().any(char::is_alphabetic) && !between {
                        out.push(part.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// True when `phrase` occurs in `text` as whole words, case and all.
fn has_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A table that translates every word into a marker (`zq7`), keeping its `{name}` places; the
/// months and weekdays are Esperanto.
fn every_word_translated() -> String {
    let mut yaml = String::from(
        "months: [januaro, februaro, marto, aprilo, majo, junio, julio, aŭgusto, septembro, oktobro, novembro, decembro]\n\
         weekdays: [lundo, mardo, merkredo, ĵaŭdo, vendredo, sabato, dimanĉo]\n",
    );
    for (i, (key, value)) in english().into_iter().enumerate() {
        let Some(text) = value.as_str().filter(|_| is_word(&key)) else {
            continue;
        };
        let places: Vec<&str> = text.split(['{', '}']).skip(1).step_by(2).collect();
        let places: String = places.iter().map(|p| format!(" {{{p}}}")).collect();
        yaml.push_str(&format!("{key}: \"zq{i}{places}\"\n"));
    }
    yaml
}

/// A small dossier, written for this test, whose own text holds none of the English phrases
/// of the theme: whatever English a page shows comes from the theme.
fn harbour(root: &Path) {
    let write = |rel: &str, text: &str| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    };
    write(
        "site.yaml",
        "title: Haveno Dosiero\nbase_url: https://example.github.io/xx/\nlanguage: xx\n\
         topics:\n  - { name: Ostaĝoj, slug: ostagoj, role: hostage }\n\
         \x20 - { name: Perantoj, slug: perantoj, role: negotiator }\n\
         \x20 - { name: Reagoj, slug: reagoj, quotes: true }\n",
    );
    write(
        "content/entities.yaml",
        "- name: Arno Bell\n  kind: person\n  roles: [hostage]\n  status: released\n  nationality: [Malta]\n\
         - name: Petra Lind\n  kind: person\n  roles: [negotiator]\n",
    );
    write(
        "content/articles/envoy-lands.md",
        "---\ntitle: Envoy Lands in Valletta for Harbour Talks\ndate: 2025-03-05\n---\n\
         Mediator Petra Lind arrived in Valletta to meet the families who wait for news about the detained crew.\n\n\
         \u{201c}We will keep talking until every sailor is home,\u{201d} Lind said at the port.\n",
    );
    write(
        "content/articles/captain-freed.md",
        "---\ntitle: Captain Arno Bell Freed After Harbour Talks\ndate: 2025-03-12\ntags: [harbour]\n---\n\
         Captain Arno Bell, who was taken hostage at sea, was released on the quay in Valletta.\n\n\
         \u{201c}I want to thank everyone who worked for this,\u{201d} Bell told reporters.\n\n\
         Petra Lind, the mediator, said talks would continue for the remaining crew.\n",
    );
    write("i18n/xx.yaml", &every_word_translated());
}

/// What a reader sees or hears of a page: its text (not its scripts) and the attributes read
/// out or shown (labels, placeholders, titles, descriptions, and the words its scripts show).
fn shown(path: &Path) -> String {
    let page = common::dossier::html(path);
    let mut out = String::new();
    for node in page.root_element().descendants() {
        if let Some(text) = node.value().as_text() {
            let parent = node
                .parent()
                .and_then(|p| p.value().as_element().map(|e| e.name()));
            if !matches!(parent, Some("script" | "style")) {
                out.push_str(text);
                out.push('\n');
            }
        } else if let Some(el) = node.value().as_element() {
            for (name, value) in el.attrs() {
                // An address (og:url) is no word.
                let address = value.starts_with("http") || value.starts_with('/');
                if matches!(
                    name,
                    "aria-label" | "placeholder" | "title" | "alt" | "content"
                ) && !address
                {
                    out.push_str(value);
                    out.push('\n');
                } else if name.starts_with("data-i18n-") {
                    // What the script shows, without the names of the places it fills.
                    out.extend(value.split(['{', '}']).step_by(2));
                    out.push('\n');
                }
            }
        }
    }
    out
}

#[test]
fn with_every_word_translated_no_english_word_of_the_theme_is_left() {
    let site = tempfile::tempdir().expect("tempdir");
    harbour(site.path());
    let phrases = english_phrases();
    for rel in [
        "content/articles/envoy-lands.md",
        "content/articles/captain-freed.md",
        "content/entities.yaml",
        "site.yaml",
    ] {
        let text = read(&site.path().join(rel));
        let found: Vec<&String> = phrases.iter().filter(|p| has_phrase(&text, p)).collect();
        assert!(
            found.is_empty(),
            "the fixture's {rel} must not use the theme's English: {found:?}"
        );
    }
    dossier_ok(site.path(), &["build", "--quiet"]);
    let out = site.path().join("output");
    for page in [
        "index.html",
        "changes/index.html",
        "graph/index.html",
        "print/index.html",
        "print/ostagoj/index.html",
        "print/reagoj/index.html",
        "search/index.html",
        "ostagoj/index.html",
        "reagoj/index.html",
        "timeline/index.html",
        "people/arno-bell/index.html",
        "people/index.html",
        "articles/captain-freed/index.html",
        "tags/harbour/index.html",
        "404.html",
    ] {
        let text = shown(&out.join(page));
        let left: Vec<&String> = phrases.iter().filter(|p| has_phrase(&text, p)).collect();
        assert!(
            left.is_empty(),
            "{page} still shows English: {left:?}\n{text}"
        );
    }
    // Dates are written with the table's month names.
    let print = common::dossier::html(&out.join("print/index.html"));
    let lede = texts(&print, ".book-cover .lede").join(" ");
    assert!(lede.contains("12 marto 2025"), "{lede}");
    let changes = common::dossier::html(&out.join("changes/index.html"));
    assert!(
        texts(&changes, ".week h2")
            .iter()
            .all(|h| h.contains("marto 2025")),
        "{:?}",
        texts(&changes, ".week h2")
    );
}

#[test]
fn every_word_the_templates_and_scripts_use_is_in_the_english_table() {
    let keys: std::collections::BTreeSet<String> = english().into_iter().map(|(k, _)| k).collect();
    let theme = common::dossier::repo().join("themes/default");
    let mut used = Vec::new();
    for entry in std::fs::read_dir(theme.join("templates")).expect("templates") {
        let text = read(&entry.expect("entry").path());
        for part in text.split("t(key=\"").skip(1) {
            used.push(part.split('"').next().unwrap_or_default().to_string());
        }
        // The words a template hands its script: {% for key in ["a", "b"] %} data-i18n-{{ key }}.
        for part in text.split("{% for key in [").skip(1) {
            let list = part.split(']').next().unwrap_or_default();
            used.extend(
                list.split(',')
                    .map(|k| k.trim().trim_matches('"').to_string()),
            );
        }
    }
    let site = fixture("basic");
    dossier_ok(site.path(), &["build", "--quiet"]);
    let mut given = String::new();
    for page in [
        "search/index.html",
        "changes/index.html",
        "graph/index.html",
        "hostages/index.html",
        "reactions/index.html",
    ] {
        given.push_str(&read(&site.path().join("output").join(page)));
    }
    for script in ["search.js", "changes.js", "graph.js", "tables.js"] {
        let text = read(&theme.join("static").join(script));
        let words: Vec<String> = text
            .split("word(")
            .skip(1)
            .filter_map(|call| {
                let arg = call.split(',').nth(1)?.trim().split([')', ',']).next()?;
                let quoted = arg.starts_with(['"', '\'']);
                quoted.then(|| arg.trim_matches(['"', '\'']).to_string())
            })
            .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
            .collect();
        assert!(
            !words.is_empty() || script == "print.js",
            "{script} reads its words"
        );
        for w in &words {
            assert!(
                given.contains(&format!("data-i18n-{w}=")),
                "{script}: no page gives it `{w}`"
            );
        }
        used.extend(words);
    }
    for key in &used {
        // `t(key="kind_" ~ entity.kind)`: some word must start so.
        let known = match key.strip_suffix('_') {
            Some(_) => keys.iter().any(|k| k.starts_with(key.as_str())),
            None => keys.contains(key),
        };
        assert!(known, "`{key}` is not in themes/default/i18n/en.yaml");
    }
}

#[test]
fn the_search_page_says_no_results_in_the_dossiers_language() {
    let Some(mut b) = common::browser::Browser::launch() else {
        return;
    };
    let site = tempfile::tempdir().expect("tempdir");
    harbour(site.path());
    std::fs::write(
        site.path().join("i18n/xx.yaml"),
        "search_no_results: \"Neniu rezulto por «{query}».\"\n",
    )
    .expect("write");
    dossier_ok(site.path(), &["build", "--quiet"]);
    let server = common::server::Server::start(&site.path().join("output"), "/xx/");
    b.navigate(&format!("{}search/?q=zorblat", server.url()));
    b.wait_for("(document.getElementById('search-status')?.textContent || '').includes('zorblat')");
    assert_eq!(b.text("#search-status"), "Neniu rezulto por «zorblat».");
    assert!(b.exceptions().is_empty(), "{:?}", b.exceptions());
}
