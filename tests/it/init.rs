//! Getting started: the README's first screen installs dossier and starts a dossier, and
//! `dossier init` publishes nothing made up: built as `init` left it, a new dossier has no
//! articles and nobody in it; the samples still show the formats, and work once the user
//! keeps them (the article published, the registry's example entry uncommented).
use crate::common;

use crate::common::dossier::{dossier_ok, read};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A new dossier made by `dossier init`, in a temporary folder.
fn new_dossier() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    dossier_ok(dir.path(), &["init", "mine"]);
    let root = dir.path().join("mine");
    (dir, root)
}

fn json(path: &Path) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The one article `init` writes.
fn sample_article(root: &Path) -> PathBuf {
    let articles: Vec<PathBuf> = std::fs::read_dir(root.join("content/articles"))
        .expect("content/articles")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(articles.len(), 1, "{articles:?}");
    articles[0].clone()
}

/// The entity pages of a section: its sub-folders (the section's own index.html aside).
fn entity_pages(output: &Path, section: &str) -> Vec<String> {
    std::fs::read_dir(output.join(section))
        .map(|dir| {
            dir.map(|e| e.expect("entry"))
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_new_dossier_builds_with_no_articles_and_no_people() {
    let (_dir, root) = new_dossier();
    let config = read(&root.join("site.yaml"));
    assert!(
        config.contains(&format!(
            "base_url: {}\n",
            dossier::cli::init::PLACEHOLDER_BASE_URL
        )),
        "deploy knows the address init writes: {config}"
    );
    let out = dossier_ok(&root, &["build"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("Built 0 articles"), "{said}");
    let output = root.join("output");
    for section in ["people", "organizations", "places", "articles"] {
        assert_eq!(
            entity_pages(&output, section),
            Vec::<String>::new(),
            "{section}"
        );
    }
    assert_eq!(
        json(&output.join("api/entities.json")),
        serde_json::json!([])
    );
    let quotes = json(&output.join("api/quotes.json"));
    for list in ["speakers", "descriptions", "articles"] {
        assert_eq!(quotes[list], serde_json::json!([]), "{list}");
    }
    for entry in walkdir::WalkDir::new(&output) {
        let entry = entry.expect("readable");
        if entry.file_type().is_file() {
            let bytes = std::fs::read(entry.path()).expect("read");
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                !text.contains("Jane Example") && !text.contains("Welcome to your dossier"),
                "{} publishes a sample",
                entry.path().display()
            );
        }
    }
}

#[test]
fn the_sample_article_is_a_draft_that_shows_the_format() {
    let (_dir, root) = new_dossier();
    let text = read(&sample_article(&root));
    for key in ["title:", "date:", "summary:", "tags:", "draft: true"] {
        assert!(text.contains(&format!("\n{key}")), "{key} missing:\n{text}");
    }
    let out = dossier_ok(&root, &["build", "--drafts"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Built 1 article"));
    let quotes = json(&root.join("output/api/quotes.json"));
    let speaker = quotes["articles"][0]["quotes"][0][2]
        .as_u64()
        .expect("a speaker");
    assert_eq!(
        quotes["speakers"][speaker as usize], "people/jane-example",
        "{quotes}"
    );
}

/// Kept by the user, the samples become a published article and a registry entry that
/// extraction uses.
#[test]
fn kept_samples_publish_the_article_and_the_registry_entry() {
    let (_dir, root) = new_dossier();
    let article = sample_article(&root);
    let text = read(&article).replace("draft: true", "draft: false");
    std::fs::write(&article, text).expect("publish the sample");
    let registry = root.join("content/entities.yaml");
    let uncommented: String = read(&registry)
        .lines()
        .map(|line| match line.strip_prefix("# ") {
            Some(entry) if entry.starts_with("- ") || entry.starts_with("  ") => entry,
            _ => line,
        })
        .map(|line| format!("{line}\n"))
        .collect();
    std::fs::write(&registry, uncommented).expect("keep the example entry");

    dossier_ok(&root, &["build"]);
    let output = root.join("output");
    assert_eq!(entity_pages(&output, "people"), vec!["jane-example"]);
    let entities = json(&output.join("api/entities.json"));
    let jane = &entities[0];
    assert_eq!(jane["name"], "Jane Example");
    assert_eq!(jane["in_registry"], true, "{jane}");
    assert_eq!(jane["affiliation"], "Ministry of Foreign Affairs", "{jane}");
    assert_eq!(jane["roles"], serde_json::json!(["official"]), "{jane}");
}

/// The README's first screen installs this package and starts a dossier, before the
/// contributor commands; its other ways to install name this package and its repository.
#[test]
fn the_readme_installs_this_package_from_its_repository() {
    let readme = common::dossier::read(&common::dossier::repo().join("README.md"));
    let at = |text: &str| {
        readme
            .find(text)
            .unwrap_or_else(|| panic!("the README lacks `{text}`"))
    };
    let install = at(&format!(
        "cargo install --locked {}",
        env!("CARGO_PKG_NAME")
    ));
    let first_screen = [
        install,
        at("dossier init mydossier"),
        at("cd mydossier && dossier serve"),
        at("cargo run --release -- build"),
        at("cargo test"),
    ];
    assert!(first_screen.is_sorted(), "{first_screen:?}");
    at(&format!(
        "cargo install --locked --git {}",
        env!("CARGO_PKG_REPOSITORY")
    ));
    at("cargo install --locked --path .");
    at(&format!("{}/releases", env!("CARGO_PKG_REPOSITORY")));
}
