//! The index files: what goes in, how it is split, and that it is elasticlunr's index.
use crate::common;

use crate::common::query;

use crate::common::index::{Files, Postings, fixture_docs, gzip_len, json, postings};
use dossier::search::{self, Limits};
use serde_json::Value;
use std::collections::BTreeMap;

/// Walks an elasticlunr-rs inverted-index trie into term -> doc -> (count, field length).
fn walk(
    node: &Value,
    prefix: &str,
    field: &str,
    doc_info: &Value,
    out: &mut BTreeMap<String, BTreeMap<u64, (u64, u64)>>,
) {
    for (key, child) in node.as_object().unwrap() {
        match key.as_str() {
            "docs" => {
                for (doc, tf) in child.as_object().unwrap() {
                    let tf = tf["tf"].as_f64().unwrap();
                    let count = (tf * tf).round() as u64;
                    let len = doc_info[doc][field].as_u64().unwrap();
                    out.entry(prefix.to_string())
                        .or_default()
                        .insert(doc.parse().unwrap(), (count, len));
                }
            }
            "df" => {}
            ch => walk(child, &format!("{prefix}{ch}"), field, doc_info, out),
        }
    }
}

#[test]
fn the_index_holds_exactly_what_elasticlunr_rs_indexes() {
    let docs = common::synthetic::dossier(300);
    let one_file = Limits {
        single_file_bytes: usize::MAX,
        ..Limits::default()
    };
    let sharded = Limits {
        single_file_bytes: 0,
        shard_bytes: 4096,
        ..Limits::default()
    };
    for limits in [one_file, sharded] {
        let files = search::build_with(&docs, &limits);
        assert_eq!(
            json(&files, "search/index.json").get("shards").is_some(),
            limits.single_file_bytes == 0
        );
        assert_eq!(postings(&files), elasticlunr_postings(&files, &docs));
    }
}

/// What elasticlunr-rs's own `Index` holds for `docs`, with the fields the manifest lists.
fn elasticlunr_postings(files: &Files, docs: &[dossier::search::SearchDoc]) -> Postings {
    let manifest = json(files, "search/index.json");
    let names: Vec<&str> = manifest["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f[0].as_str().unwrap())
        .collect();
    let mut reference = elasticlunr::Index::new(&names);
    for (i, doc) in docs.iter().enumerate() {
        let values: Vec<String> = names
            .iter()
            .map(|n| {
                doc.fields
                    .iter()
                    .filter(|(f, _)| f == n)
                    .map(|(_, t)| t.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect();
        reference.add_doc(&i.to_string(), &values);
    }
    let reference: Value = serde_json::from_str(&reference.to_json()).unwrap();
    assert_eq!(manifest["docs"], reference["documentStore"]["length"]);
    let mut theirs: Postings = BTreeMap::new();
    for name in &names {
        let mut map = BTreeMap::new();
        walk(
            &reference["index"][name]["root"],
            "",
            name,
            &reference["documentStore"]["docInfo"],
            &mut map,
        );
        theirs.insert(name.to_string(), map);
    }
    theirs
}

#[test]
fn a_small_dossier_is_one_small_file() {
    let docs = common::synthetic::dossier(100);
    let files = search::build(&docs);
    let paths: Vec<&str> = files.iter().map(|(p, _)| p.to_str().unwrap()).collect();
    assert_eq!(paths, ["search/index.json"]);
    let manifest = json(&files, "search/index.json");
    assert!(manifest["terms"].is_object() && manifest["store"].is_array());
    assert!(manifest.get("shards").is_none());
    // 100 articles of 500 words, 5 people and 100 quotations: about 260 kB of JSON.
    let (raw, gz) = (files[0].1.len(), gzip_len(&files[0].1));
    assert!(
        raw < 300_000 && gz < 70_000,
        "100 articles take {raw} bytes, {gz} gzipped"
    );
}

#[test]
fn every_kind_of_document_is_found_by_its_fields() {
    let docs = fixture_docs();
    let files = search::build(&docs);
    let urls = |q: &str| -> Vec<String> {
        query::search(&files, q)
            .unwrap()
            .iter()
            .map(|h| docs[h.doc as usize].url.clone())
            .collect()
    };
    assert_eq!(urls("Boehler")[0], "people/adam-boehler/");
    assert!(urls("Boehler").contains(&"articles/boehler-doha/".to_string()));
    assert_eq!(urls("Doha talks")[0], "articles/boehler-doha/");
    assert_eq!(urls("authority anyone")[0], "articles/boehler-doha/#p-4");
    assert!(
        urls("the authority to talk to anyone")[..2]
            .contains(&"articles/boehler-doha/#p-4".to_string())
    );
    assert!(
        urls("negotiating").contains(&"organizations/hamas/".to_string()),
        "stemmed: negotiating finds negotiations"
    );
    assert_eq!(urls("Qatar")[0], "places/qatar/");
    assert!(
        urls("the of and").is_empty(),
        "stop words alone find nothing"
    );
    assert!(urls("").is_empty());
}

#[test]
fn result_data_carries_kind_url_title_date_and_a_snippet() {
    let docs = fixture_docs();
    for limits in [
        Limits::default(),
        Limits {
            single_file_bytes: 0,
            shard_bytes: 200,
            chunk_bytes: 300,
            ..Limits::default()
        },
    ] {
        let files = search::build_with(&docs, &limits);
        let quote = query::result_data(&files, 4).unwrap();
        assert_eq!(
            quote,
            serde_json::json!([
                "quotation",
                "articles/boehler-doha/#p-4",
                "Karoline Leavitt",
                null,
                "Adam Boehler does have the authority to talk to anyone."
            ])
        );
        let article = query::result_data(&files, 0).unwrap();
        assert_eq!(article[3], "2025-03-05");
        assert_eq!(article[4], "The US envoy met Hamas officials in Doha.");
    }
}

#[test]
fn shard_boundaries_send_every_term_to_exactly_one_shard() {
    let docs = common::synthetic::dossier(200);
    let files = search::build_with(
        &docs,
        &Limits {
            shard_bytes: 8192,
            ..Limits::default()
        },
    );
    let manifest = json(&files, "search/index.json");
    let bounds: Vec<String> = manifest["shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_str().unwrap().to_string())
        .collect();
    assert!(bounds.len() > 10, "{} shards", bounds.len());
    assert_eq!(bounds[0], "");
    let utf16 = |s: &str| s.encode_utf16().collect::<Vec<u16>>();
    for pair in bounds.windows(2) {
        assert!(
            utf16(&pair[0]) < utf16(&pair[1]),
            "boundaries out of order: {pair:?}"
        );
    }
    let mut total = 0;
    for (n, bound) in bounds.iter().enumerate() {
        let shard = json(&files, &format!("search/s/{n}.json"));
        let terms = shard.as_object().unwrap();
        assert!(!terms.is_empty(), "shard {n} is empty");
        for term in terms.keys() {
            // The shard the runtime would pick: the last boundary at or before the term.
            let pick = bounds
                .iter()
                .rposition(|b| utf16(b) <= utf16(term))
                .unwrap();
            assert_eq!(
                pick, n,
                "term {term:?} is in shard {n} but boundaries send it to {pick}"
            );
        }
        let first = terms.keys().map(|t| utf16(t)).min().unwrap();
        assert!(
            first.starts_with(&utf16(bound)),
            "boundary {bound:?} is not a prefix of its shard's first term"
        );
        total += terms.len();
    }
    assert_eq!(
        total,
        postings(&files)
            .values()
            .flat_map(|t| t.keys())
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    );
}

#[test]
fn result_data_chunks_hold_their_documents_in_order() {
    let docs = common::synthetic::dossier(200);
    let files = search::build_with(
        &docs,
        &Limits {
            single_file_bytes: 0,
            chunk_bytes: 8192,
            ..Limits::default()
        },
    );
    let manifest = json(&files, "search/index.json");
    let sizes: Vec<usize> = manifest["chunks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap() as usize)
        .collect();
    assert!(sizes.len() > 3, "{sizes:?}");
    assert_eq!(sizes.iter().sum::<usize>(), docs.len());
    let mut docs = docs.iter();
    for (n, size) in sizes.iter().enumerate() {
        let chunk = json(&files, &format!("search/d/{n}.json"));
        assert_eq!(chunk.as_array().unwrap().len(), *size, "chunk {n}");
        for record in chunk.as_array().unwrap() {
            assert_eq!(record[1], docs.next().unwrap().url.as_str());
        }
    }
}

#[test]
fn the_same_documents_give_the_same_bytes_on_any_number_of_threads() {
    let docs = common::synthetic::dossier(400);
    let limits = Limits {
        single_file_bytes: 0,
        ..Limits::default()
    };
    let many = search::build_with(&docs, &limits);
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap()
        .install(|| search::build_with(&docs, &limits));
    assert!(many.len() > 10);
    assert!(many == one, "builds differ");
    assert!(search::build_with(&docs, &limits) == many);
}

#[test]
fn shards_and_chunks_are_cut_by_size_and_a_common_term_is_a_shard_of_its_own() {
    let limit = 4096;
    let files: Files = search::build_with(
        &common::synthetic::dossier(300),
        &Limits {
            single_file_bytes: 0,
            shard_bytes: limit,
            chunk_bytes: limit,
            ..Limits::default()
        },
    );
    assert!(files.len() > 20, "{} files", files.len());
    let mut alone = Vec::new();
    for (path, bytes) in &files {
        let path = path.to_str().unwrap();
        assert!(path.ends_with(".json"), "{path}: only plain JSON, no twins");
        let items = match json(&files, path) {
            Value::Object(terms) => terms.len(),
            Value::Array(records) => records.len(),
            _ => panic!("{path}"),
        };
        // Braces or brackets, and a comma per item but the last.
        assert!(
            items == 1 || bytes.len() <= limit + 1,
            "{path}: {items} items in {} bytes",
            bytes.len()
        );
        if path.starts_with("search/s/") && items == 1 {
            alone.push(
                json(&files, path)
                    .as_object()
                    .unwrap()
                    .keys()
                    .next()
                    .unwrap()
                    .clone(),
            );
        }
    }
    // "talks" is the most common word of the synthetic dossier.
    assert!(alone.contains(&"talk".to_string()), "{alone:?}");
    let talks = query::payload_for_query(&files, "talks").unwrap();
    let shard = talks
        .files
        .iter()
        .find(|p| p.starts_with("search/s"))
        .unwrap();
    assert_eq!(
        json(&files, shard.to_str().unwrap())
            .as_object()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_short_prefix_expands_within_its_own_shard_only() {
    let docs = common::synthetic::dossier(300);
    let files = search::build_with(
        &docs,
        &Limits {
            shard_bytes: 4096,
            ..Limits::default()
        },
    );
    let one_letter = query::payload_for_query(&files, "z").unwrap();
    let shards = one_letter
        .files
        .iter()
        .filter(|p| p.starts_with("search/s"))
        .count();
    assert_eq!(shards, 1, "{:?}", one_letter.files);
    let word = query::payload_for_query(&files, "ceasefire").unwrap();
    assert!(
        word.files
            .iter()
            .filter(|p| p.starts_with("search/s"))
            .count()
            >= 1
    );
}

#[test]
fn damaged_or_missing_index_files_are_errors_that_name_the_file() {
    let limits = Limits {
        single_file_bytes: 0,
        shard_bytes: 300,
        chunk_bytes: 300,
        ..Limits::default()
    };
    let files = search::build_with(&fixture_docs(), &limits);
    let without = |path: &str| -> Files {
        files
            .iter()
            .filter(|(p, _)| p.to_str() != Some(path))
            .cloned()
            .collect()
    };
    let replaced = |path: &str, bytes: &[u8]| -> Files {
        files
            .iter()
            .map(|(p, b)| {
                (
                    p.clone(),
                    if p.to_str() == Some(path) {
                        bytes.to_vec()
                    } else {
                        b.clone()
                    },
                )
            })
            .collect()
    };
    let shard = query::payload_for_query(&files, "Boehler")
        .unwrap()
        .files
        .into_iter()
        .find(|p| p.starts_with("search/s"))
        .unwrap();
    let shard = shard.to_str().unwrap();
    let cases: Vec<(Files, &str)> = vec![
        (without("search/index.json"), "search/index.json is missing"),
        (
            replaced("search/index.json", b"{not json"),
            "search/index.json is not valid",
        ),
        (
            replaced(
                "search/index.json",
                br#"{"docs":1,"fields":[],"chunkDocs":1,"shards":[]}"#,
            ),
            "",
        ),
        (without(shard), "is missing"),
    ];
    for (files, message) in cases {
        match query::search(&files, "Boehler") {
            Err(e) => assert!(e.to_string().contains(message), "{e}"),
            Ok(hits) => assert!(message.is_empty() && hits.is_empty(), "{hits:?}"),
        }
    }
}
