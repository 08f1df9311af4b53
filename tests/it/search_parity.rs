//! The browser runtime and the Rust index agree: the same text gives the same terms in
//! `search.js` as in elasticlunr-rs's pipeline, and the same query the same ranked results.
use crate::common;

use crate::common::query;

use crate::common::index::fixture_docs;
use dossier::search::{self, Limits};
use serde_json::Value;
use std::path::Path;

fn js_terms(texts: &[String]) -> Vec<Vec<String>> {
    let out = common::node::run("pipeline.js", &[], &serde_json::to_string(texts).unwrap());
    serde_json::from_str(&out).unwrap()
}

fn assert_same_terms(texts: &[String]) {
    let js = js_terms(texts);
    assert_eq!(js.len(), texts.len());
    let mut differ = Vec::new();
    for (text, js) in texts.iter().zip(&js) {
        let rust = search::analyze(text);
        if &rust != js {
            differ.push(format!("{text:?}: rust {rust:?}, js {js:?}"));
        }
    }
    assert!(
        differ.is_empty(),
        "{} of {} differ:\n{}",
        differ.len(),
        texts.len(),
        differ.join("\n")
    );
}

#[test]
fn search_js_makes_the_same_terms_as_elasticlunr_rs_for_every_listed_word() {
    let list = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/search/words.txt"),
    )
    .unwrap();
    let words: Vec<String> = list
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(String::from)
        .collect();
    assert!(words.len() >= 200, "only {} words", words.len());
    // Each word alone, then all of them as one text, as a document body would be.
    let mut texts = words.clone();
    texts.push(words.join(" "));
    assert_same_terms(&texts);
}

#[test]
fn search_js_makes_the_same_terms_as_elasticlunr_rs_for_generated_words() {
    // Letters, the suffixes the stemmer cares about, apostrophes, separators and multi-byte
    // characters (some with equal adjacent UTF-8 bytes), in random combination.
    let parts = [
        "a",
        "e",
        "i",
        "o",
        "u",
        "y",
        "b",
        "c",
        "l",
        "s",
        "t",
        "z",
        "ss",
        "ll",
        "ing",
        "ed",
        "eed",
        "ies",
        "ational",
        "tion",
        "ousness",
        "alli",
        "ic",
        "ent",
        "ate",
        "ive",
        "'",
        "'s",
        "\u{2019}s",
        "-",
        " ",
        "_",
        "0",
        "9",
        "é",
        "ß",
        "İ",
        "Σ",
        "\u{0924}",
        "\u{00a0}",
        "😀",
        ".",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let texts: Vec<String> = (0..3000)
        .map(|_| (0..1 + next(6)).map(|_| parts[next(parts.len())]).collect())
        .collect();
    assert_same_terms(&texts);
}

/// Runs `queries` through the runtime under Node against the files in `dir`.
fn js_search(dir: &Path, queries: &[&str]) -> Vec<Value> {
    let out = common::node::run(
        "search.js",
        &[dir.to_str().unwrap()],
        &serde_json::to_string(queries).unwrap(),
    );
    serde_json::from_str(&out).unwrap()
}

fn assert_same_results(docs: &[dossier::search::SearchDoc], limits: &Limits, queries: &[&str]) {
    let files = search::build_with(docs, limits);
    let dir = tempfile::tempdir().unwrap();
    for (path, bytes) in &files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    let js = js_search(dir.path(), queries);
    for (query, js) in queries.iter().zip(js) {
        let rust = query::search(&files, query).unwrap();
        let js_hits = js["hits"].as_array().unwrap();
        assert_eq!(
            js_hits.len(),
            rust.len(),
            "{query:?}: js finds {} documents, rust {}",
            js_hits.len(),
            rust.len()
        );
        for (i, (hit, js_hit)) in rust.iter().zip(js_hits).enumerate() {
            let (doc, score) = (
                js_hit[0].as_u64().unwrap() as u32,
                js_hit[1].as_f64().unwrap(),
            );
            assert!(
                (score - hit.score).abs() <= 1e-9 * hit.score.abs(),
                "{query:?} #{i}: js score {score}, rust {}",
                hit.score
            );
            // Equal scores may differ in the last bit between Math.log and f64::ln.
            if doc != hit.doc {
                assert!(
                    (score - hit.score).abs() <= 1e-9 * hit.score,
                    "{query:?} #{i}: js doc {doc}, rust {}",
                    hit.doc
                );
            }
        }
        // The runtime finds each shown result's data in its chunk as the Rust reader does.
        let rust_urls: Vec<Value> = rust
            .iter()
            .take(query::PAGE)
            .map(|h| query::result_data(&files, h.doc).unwrap()[1].clone())
            .collect();
        assert_eq!(
            js["urls"].as_array().unwrap(),
            &rust_urls,
            "{query:?}: the runtime shows other results"
        );
        let payload = query::payload_for_query(&files, query).unwrap();
        let js_read: Vec<&str> = js["read"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap())
            .collect();
        let mut rust_read: Vec<&str> = payload
            .files
            .iter()
            .skip(2)
            .map(|p| p.to_str().unwrap())
            .collect();
        let mut js_sorted = js_read.clone();
        js_sorted.sort();
        rust_read.sort();
        assert_eq!(
            js_sorted, rust_read,
            "{query:?}: the runtime reads other files than payload_for_query counts"
        );
    }
}

const QUERIES: &[&str] = &[
    "Boehler",
    "Adam Boehler",
    "negotiating",
    "negotiations",
    "the authority to talk to anyone",
    "talks in Doha",
    "al-Hayya",
    "Al Thani",
    "Qatar's",
    "hostage families ceasefire",
    "nothing-matches-this",
    "the of and",
    "q",
    "ta",
];

#[test]
fn search_js_ranks_a_small_index_as_the_rust_scorer_does() {
    assert_same_results(&fixture_docs(), &Limits::default(), QUERIES);
}

#[test]
fn search_js_ranks_a_sharded_index_as_the_rust_scorer_does() {
    let mut docs = fixture_docs();
    docs.extend(common::synthetic::dossier(300));
    let limits = Limits {
        single_file_bytes: 0,
        shard_bytes: 8192,
        chunk_bytes: 2048,
        ..Limits::default()
    };
    let mut queries = QUERIES.to_vec();
    queries.extend([
        "Omar Hayya3",
        "ceasefire",
        "k",
        "zel",
        "kaloren mediators",
        "hostages' release",
    ]);
    assert_same_results(&docs, &limits, &queries);
}
