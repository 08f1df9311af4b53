//! The index at the size of a large dossier: 10,000 articles of about 500 words, 500 people and
//! 10,000 quotations, generated. The index must fit in few files, and one query must fetch
//! only some shards and, JavaScript included, stay within 300 kB once the host compresses it.
use crate::common;

use crate::common::query;

use dossier::search;

/// Pagefind's published figure for a site of this size, and our budget.
const BUDGET: usize = 300_000;

#[test]
fn ten_thousand_articles_make_few_files_and_one_query_stays_within_300_kb() {
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
    let chunks = manifest["chunks"].as_array().unwrap().len();
    eprintln!("{} files: {shards} shards, {chunks} chunks", files.len());
    // The index's share of a site that must fit in 20,000 files, beside 10,000 article pages.
    assert!(files.len() <= 1_500, "{} index files", files.len());
    assert!(shards > 100, "{shards} shards");
    for query in [
        "negotiating",
        "Adam Boehler",
        "ceasefire talks in Doha",
        "hostage families",
        "k",
    ] {
        let payload = query::payload_for_query(&files, query).unwrap();
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
        let gzip = common::index::gzip_bytes(&files, &payload);
        eprintln!(
            "{query:?}: {} files ({fetched_shards} of {shards} shards, {fetched_chunks} of {chunks} chunks), {} bytes raw, {gzip} gzip",
            payload.files.len(),
            payload.raw_bytes,
        );
        assert!(
            (1..=4).contains(&fetched_shards),
            "{query:?} fetches {fetched_shards} shards"
        );
        assert!(fetched_chunks <= query::PAGE);
        assert!(gzip <= BUDGET, "{query:?} transfers {gzip} bytes");
        assert!(
            !query::search(&files, query).unwrap().is_empty(),
            "{query:?} finds nothing"
        );
    }
}
