//! The benchmark's corpus generator (`bench/newsgen`, a crate of its own): the same seed
//! writes the same bytes, another seed other bytes, and what it writes is a dossier that builds.

use dossier::entity::EntitySpec;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Command, Output};

fn dossier(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .output()
        .expect("the dossier binary runs")
}

fn generate(dir: &Path, articles: usize, seed: u64, hugo: Option<&Path>) {
    newsgen::generate(&newsgen::Options {
        articles,
        seed,
        out: dir.to_path_buf(),
        hugo: hugo.map(Path::to_path_buf),
    })
    .expect("the corpus is written");
}

/// Every file under `dir`, by relative path, with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

#[test]
fn the_same_seed_writes_the_same_bytes_and_another_seed_other_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b, c) = (
        tmp.path().join("a"),
        tmp.path().join("b"),
        tmp.path().join("c"),
    );
    generate(&a, 120, 42, Some(&tmp.path().join("ha")));
    generate(&b, 120, 42, Some(&tmp.path().join("hb")));
    generate(&c, 120, 43, None);
    let (fa, fb, fc) = (files(&a), files(&b), files(&c));
    assert!(fa.len() > 120, "{} files", fa.len());
    assert!(fa == fb, "two runs with seed 42 differ");
    assert_eq!(files(&tmp.path().join("ha")), files(&tmp.path().join("hb")));
    let same = fa.iter().filter(|(k, v)| fc.get(*k) == Some(v)).count();
    assert!(
        same <= 3,
        "seeds 42 and 43 share {same} files (only site.yaml-like files may match)"
    );
}

#[test]
fn a_generated_corpus_of_200_articles_builds_and_checks_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("d");
    generate(&dir, 200, 7, None);
    let all = files(&dir);
    let articles: Vec<&String> = all
        .keys()
        .filter(|k| k.starts_with("content/articles/"))
        .collect();
    assert_eq!(articles.len(), 200);
    assert!(
        articles.iter().any(|p| p.ends_with(".txt")),
        "no .txt article"
    );
    assert!(
        articles.iter().any(|p| p.matches('/').count() > 2),
        "no article in a nested folder"
    );
    let drafts = all
        .iter()
        .filter(|(k, v)| k.starts_with("content/articles/") && contains(v, "\ndraft: true\n"))
        .count();
    let root = dir.to_string_lossy().into_owned();
    let built = dossier(&["build", "--quiet", "--root", &root]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let pages = std::fs::read_dir(dir.join("output/articles"))
        .unwrap()
        .flatten();
    assert_eq!(pages.filter(|e| e.path().is_dir()).count(), 200 - drafts);
    let checked = dossier(&["check", "--root", &root]);
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stderr)
    );
}

fn contains(bytes: &[u8], needle: &str) -> bool {
    String::from_utf8_lossy(bytes).contains(needle)
}

#[test]
fn the_registry_is_valid_with_one_owner_per_name_or_alias() {
    let tmp = tempfile::tempdir().unwrap();
    generate(tmp.path(), 10, 3, None);
    let text = std::fs::read_to_string(tmp.path().join("content/entities.yaml")).unwrap();
    let entries: Vec<EntitySpec> = dossier::load::yaml::parse(&text, 1).unwrap();
    assert!(entries.len() > 100, "{} entries", entries.len());
    let mut names = BTreeSet::new();
    for e in &entries {
        for n in std::iter::once(&e.name).chain(&e.aliases) {
            assert!(names.insert(n.clone()), "`{n}` names two entries");
        }
    }
    dossier::extract::Registry::load(&tmp.path().join("content/entities.yaml")).unwrap();
}

#[test]
fn the_hugo_copy_has_every_article_with_its_people() {
    let tmp = tempfile::tempdir().unwrap();
    let hugo = tmp.path().join("hugo");
    generate(&tmp.path().join("d"), 30, 5, Some(&hugo));
    let pages = files(&hugo.join("content"));
    assert_eq!(pages.len(), 30);
    assert!(pages.keys().all(|k| k.ends_with(".md")));
    assert!(pages.values().all(|v| contains(v, "\npeople: [\"")));
}

#[test]
fn the_generator_refuses_a_folder_in_use_and_is_no_command_of_dossier() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("notes.txt"), "mine").unwrap();
    let refused = newsgen::generate(&newsgen::Options {
        articles: 5,
        seed: 1,
        out: tmp.path().to_path_buf(),
        hugo: None,
    });
    assert!(matches!(refused, Err(newsgen::Error::NotEmpty(_))));
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
    let gone = dossier(&["generate-corpus", "--articles", "5", "--out", "x"]);
    assert!(!gone.status.success());
    assert!(String::from_utf8_lossy(&gone.stderr).contains("unrecognized subcommand"));
}
