//! The index at the size of a large dossier: 10,000 articles of about 500 words, 500 people and
//! 10,000 quotations, generated. One query must fetch only some shards and, JavaScript
//! included, stay within 300 kB.

mod common;

use dossier::search;

/// Pagefind's published figure for a site of this size, and our budget.
const BUDGET: usize = 300_000;

#[test]
fn one_query_on_ten_thousand_articles_fetches_few_shards_and_stays_within_300_kb() {
    let docs = common::synthetic::dossier(10_000);
    let start = std::time::Instant::now();
    let files = search::build(&docs);
    // Reported, not asserted: speed is the benchmark's to judge.
    eprintln!("{} documents indexed in {:?}", docs.len(), start.elapsed());
    let manifest: serde_json::Value =
        serde_json::from_slice(&common::index::text(&files, "search/index.json")).unwrap();
    let shards = manifest["shards"]
        .as_array()
        .expect("a large dossier is sharded")
        .len();
    let chunks = manifest["chunks"].as_u64().unwrap() as usize;
    assert!(shards > 100, "{shards} shards");
    for query in [
        "negotiating",
        "Adam Boehler",
        "ceasefire talks in Doha",
        "hostage families",
        "k",
    ] {
        let payload = search::payload_for_query(&files, query).unwrap();
        let fetched_shards = payload
            .files
            .iter()
            .filter(|p| p.starts_with("search/s"))
            .count();
        let fetched_chunks = payload
            .files
            .iter()
            .filter(|p| p.starts_with("search/d"))
            .count();
        eprintln!(
            "{query:?}: {} files ({fetched_shards} of {shards} shards, {fetched_chunks} of {chunks} chunks), {} bytes raw, {} gzip",
            payload.files.len(),
            payload.raw_bytes,
            payload.gzip_bytes
        );
        assert!(
            (1..=4).contains(&fetched_shards),
            "{query:?} fetches {fetched_shards} shards"
        );
        assert!(fetched_chunks <= search::PAGE);
        assert!(
            payload.gzip_bytes <= BUDGET,
            "{query:?} transfers {} bytes",
            payload.gzip_bytes
        );
        assert!(
            !search::search(&files, query).unwrap().is_empty(),
            "{query:?} finds nothing"
        );
    }
}
