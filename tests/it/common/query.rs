//! Searching the written files from Rust, exactly as `search.js` does in the browser: which
//! files a query fetches, and how elasticlunr.js would score what they hold. Tests use it to
//! check the index and the runtime against each other, and [`payload_for_query`] to see which
//! files one query fetches (the benchmark measures the same in Chromium, `bench/query.mjs`).
//! Like `search.js`, it reads the files as a second reader of their format: it knows their
//! paths and layout itself rather than asking the indexer.

use dossier::search::{RUNTIME_CSS, RUNTIME_JS, analyze};
use serde_json::Value;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Bound;
use std::path::{Path, PathBuf};

const MANIFEST: &str = "search/index.json";

fn shard_path(n: usize) -> String {
    format!("search/s/{n}.json")
}

fn chunk_path(n: usize) -> String {
    format!("search/d/{n}.json")
}

/// Compares as JavaScript compares strings (by UTF-16 code units), as the runtime does.
fn js_order(a: &str, b: &str) -> Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

/// Results shown at once; their result data is part of a query's payload.
pub const PAGE: usize = 10;

/// Why the index files could not be searched.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index file {0} is missing (was it built with dossier::search::build?)")]
    Missing(PathBuf),
    #[error("search index file {path} is not valid: {why}")]
    Invalid { path: PathBuf, why: String },
}

/// One result: a document (its position in the list given to `build`) and its score.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub doc: u32,
    pub score: f64,
}

/// What one query transfers: the files fetched, in order, and their total size as written.
/// (A host compresses them on the way; `bench/query.mjs` measures that in a browser.)
#[derive(Debug, Clone, PartialEq)]
pub struct Payload {
    pub files: Vec<PathBuf>,
    pub raw_bytes: usize,
}

struct Files<'a>(HashMap<&'a Path, &'a [u8]>);

impl Files<'_> {
    fn bytes(&self, path: &str) -> Result<&[u8], SearchError> {
        self.0
            .get(Path::new(path))
            .copied()
            .ok_or_else(|| SearchError::Missing(path.into()))
    }

    fn json(&self, path: &str) -> Result<Value, SearchError> {
        serde_json::from_slice(self.bytes(path)?).map_err(|e| invalid(path, e))
    }
}

fn invalid(path: &str, why: impl ToString) -> SearchError {
    SearchError::Invalid {
        path: path.into(),
        why: why.to_string(),
    }
}

/// The manifest, and the terms a query needs from wherever they live.
struct Index {
    docs: f64,
    fields: Vec<f64>,
    /// The first document of each result-data chunk, when the index is sharded.
    chunk_starts: Vec<u32>,
    expand_shards: usize,
    shards: Option<Vec<String>>,
    /// Field lengths per document, when the postings leave them out (a one-file index).
    lengths: Option<Vec<Vec<f64>>>,
    terms: BTreeMap<String, Value>,
    fetched: Vec<String>,
}

impl Index {
    fn open(files: &Files) -> Result<Index, SearchError> {
        let m = files.json(MANIFEST)?;
        let bad = |what: &str| invalid(MANIFEST, format!("no {what}"));
        let fields = m["fields"].as_array().ok_or_else(|| bad("fields"))?;
        let shards = m["shards"].as_array().map(|list| {
            list.iter()
                .map(|s| s.as_str().unwrap_or("").to_string())
                .collect()
        });
        let terms = match m["terms"].as_object() {
            Some(map) => map.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            None => BTreeMap::new(),
        };
        Ok(Index {
            docs: m["docs"].as_f64().ok_or_else(|| bad("docs"))?,
            fields: fields
                .iter()
                .map(|f| f[1].as_f64().unwrap_or(1.0))
                .collect(),
            chunk_starts: chunk_starts(&m),
            expand_shards: m["expandShards"].as_u64().unwrap_or(1) as usize,
            shards,
            lengths: m["lengths"].as_array().map(|rows| {
                rows.iter()
                    .map(|row| {
                        row.as_array().map_or(vec![], |r| {
                            r.iter().map(|l| l.as_f64().unwrap_or(0.0)).collect()
                        })
                    })
                    .collect()
            }),
            terms,
            fetched: vec![MANIFEST.to_string()],
        })
    }

    /// The shards holding `token` and the terms it expands to; only the token's own shard
    /// when the prefix spans more than `expandShards` (a one-letter query).
    fn shard_range(&self, bounds: &[String], token: &str) -> std::ops::Range<usize> {
        let lo = bounds
            .partition_point(|b| js_order(b, token) != Ordering::Greater)
            .max(1)
            - 1;
        let hi = lo
            + 1
            + bounds
                .get(lo + 1..)
                .unwrap_or_default()
                .iter()
                .take_while(|b| b.starts_with(token))
                .count();
        if hi - lo > self.expand_shards {
            lo..lo + 1
        } else {
            lo..hi
        }
    }

    /// Fetches the shards the tokens need, in the order `search.js` asks for them.
    fn load(
        &mut self,
        files: &Files,
        tokens: &[String],
    ) -> Result<Vec<(String, Vec<String>)>, SearchError> {
        let mut ranges = Vec::new();
        if let Some(bounds) = &self.shards {
            let mut wanted = BTreeSet::new();
            for token in tokens {
                let range = self.shard_range(bounds, token);
                wanted.extend(range.clone());
                ranges.push(range);
            }
            for n in wanted {
                let path = shard_path(n);
                let shard = files.json(&path)?;
                let map = shard
                    .as_object()
                    .ok_or_else(|| invalid(&path, "not an object"))?;
                self.terms
                    .extend(map.iter().map(|(k, v)| (k.clone(), v.clone())));
                self.fetched.push(path);
            }
        }
        // A token's expansion: the terms it prefixes, in its own shard range only, so that
        // what one token finds never depends on the shards another token fetched.
        let expansions = tokens
            .iter()
            .enumerate()
            .map(|(i, token)| {
                let keys = self
                    .terms
                    .range::<str, _>((Bound::Included(token.as_str()), Bound::Unbounded))
                    .take_while(|(k, _)| k.starts_with(token.as_str()))
                    .map(|(k, _)| k.clone())
                    .filter(|k| match (&self.shards, ranges.get(i)) {
                        (Some(bounds), Some(r)) => {
                            let n = bounds.partition_point(|b| js_order(b, k) != Ordering::Greater);
                            r.contains(&(n.max(1) - 1))
                        }
                        _ => true,
                    })
                    .collect::<Vec<_>>();
                (token.clone(), sorted_js(keys))
            })
            .collect();
        Ok(expansions)
    }

    /// Postings of `term` in field `f`: (doc, count, field length).
    fn postings(&self, term: &str, f: usize) -> Vec<(u32, f64, f64)> {
        let Some(per_field) = self.terms.get(term).and_then(Value::as_array) else {
            return vec![];
        };
        let Some((_, columns)) = per_field
            .iter()
            .filter(|pair| pair.get(0).and_then(Value::as_u64) == Some(f as u64))
            .find_map(|pair| super::index::field_postings(pair, self.lengths.is_none()))
        else {
            return vec![];
        };
        let mut doc = 0u64;
        (0..columns[0].len())
            .map(|i| {
                doc += columns[0][i];
                let len = match &self.lengths {
                    Some(lengths) => lengths
                        .get(doc as usize)
                        .and_then(|row| row.get(f))
                        .copied()
                        .unwrap_or(0.0),
                    None => columns[2][i] as f64,
                };
                (doc as u32, columns[1][i] as f64, len)
            })
            .collect()
    }
}

fn sorted_js(mut keys: Vec<String>) -> Vec<String> {
    keys.sort_by(|a, b| js_order(a, b));
    keys
}

/// JavaScript's `String.prototype.length`.
fn js_len(s: &str) -> f64 {
    s.encode_utf16().count() as f64
}

/// elasticlunr.js `fieldSearch` in OR mode with expansion, then `coordNorm`.
fn field_scores(
    index: &Index,
    f: usize,
    expansions: &[(String, Vec<String>)],
) -> BTreeMap<u32, f64> {
    let mut scores: Option<BTreeMap<u32, f64>> = None;
    let mut doc_tokens: BTreeMap<u32, usize> = BTreeMap::new();
    for (token, keys) in expansions {
        let mut token_scores: BTreeMap<u32, f64> = BTreeMap::new();
        for key in keys {
            let postings = index.postings(key, f);
            if postings.is_empty() {
                continue;
            }
            let idf = 1.0 + (index.docs / (postings.len() as f64 + 1.0)).ln();
            let penalty = if key == token {
                1.0
            } else {
                (1.0 - (js_len(key) - js_len(token)) / js_len(key)) * 0.15
            };
            for &(doc, count, len) in &postings {
                if key == token {
                    *doc_tokens.entry(doc).or_default() += 1;
                }
                let norm = if len != 0.0 { 1.0 / len.sqrt() } else { 1.0 };
                let score = count.sqrt() * idf * norm * penalty;
                *token_scores.entry(doc).or_insert(0.0) += score;
            }
        }
        scores = Some(match scores {
            None => token_scores,
            Some(mut acc) => {
                for (doc, s) in token_scores {
                    *acc.entry(doc).or_insert(0.0) += s;
                }
                acc
            }
        });
    }
    let mut scores = scores.unwrap_or_default();
    for (doc, score) in scores.iter_mut() {
        if let Some(&n) = doc_tokens.get(doc) {
            *score = *score * n as f64 / expansions.len() as f64;
        }
    }
    scores
}

fn run(files: &Files, query: &str) -> Result<(Index, Vec<Hit>), SearchError> {
    let tokens = analyze(query);
    let mut index = Index::open(files)?;
    let expansions = index.load(files, &tokens)?;
    let mut total: BTreeMap<u32, f64> = BTreeMap::new();
    if !tokens.is_empty() {
        for (f, boost) in index.fields.iter().enumerate() {
            for (doc, score) in field_scores(&index, f, &expansions) {
                *total.entry(doc).or_insert(0.0) += score * boost;
            }
        }
    }
    let mut hits: Vec<Hit> = total
        .into_iter()
        .map(|(doc, score)| Hit { doc, score })
        .collect();
    hits.sort_by(|a, b| {
        b.score
            .partial_cmp(&a.score)
            .unwrap_or(Ordering::Equal)
            .then(a.doc.cmp(&b.doc))
    });
    Ok((index, hits))
}

fn file_map(files: &[(PathBuf, Vec<u8>)]) -> Files<'_> {
    Files(
        files
            .iter()
            .map(|(p, b)| (p.as_path(), b.as_slice()))
            .collect(),
    )
}

/// Every document matching `query`, best first, scored as elasticlunr.js scores (OR over the
/// query's terms, prefix expansion, the fields' boosts). Ties go to the earlier document.
pub fn search(files: &[(PathBuf, Vec<u8>)], query: &str) -> Result<Vec<Hit>, SearchError> {
    run(&file_map(files), query).map(|(_, hits)| hits)
}

/// The first document of each chunk, from the manifest's `chunks` (documents per chunk).
fn chunk_starts(manifest: &Value) -> Vec<u32> {
    let sizes = manifest["chunks"].as_array().map_or(&[][..], Vec::as_slice);
    let mut next = 0;
    sizes
        .iter()
        .map(|n| {
            let start = next;
            next += n.as_u64().unwrap_or(0) as u32;
            start
        })
        .collect()
}

/// The chunk holding `doc`, and its place in that chunk.
fn chunk_of(starts: &[u32], doc: u32) -> (usize, usize) {
    let n = starts.partition_point(|&s| s <= doc).max(1) - 1;
    (n, (doc - starts.get(n).copied().unwrap_or(0)) as usize)
}

/// The result data of document `doc`: `[kind, url, title, date, snippet]`, made whole as the
/// runtime does: a URL written as a fragment alone takes the page and date of the nearest
/// document before it in the same file whose URL is whole.
pub fn result_data(files: &[(PathBuf, Vec<u8>)], doc: u32) -> Result<Value, SearchError> {
    let files = file_map(files);
    let m = files.json(MANIFEST)?;
    let (rows, at) = match m.get("store") {
        Some(store) => (store.clone(), doc as usize),
        None => {
            let (n, at) = chunk_of(&chunk_starts(&m), doc);
            (files.json(&chunk_path(n))?, at)
        }
    };
    let rows = rows.as_array().map_or(&[][..], Vec::as_slice);
    let mut row = rows.get(at).cloned().unwrap_or(Value::Null);
    let fragment = row[1]
        .as_str()
        .filter(|u| u.starts_with('#'))
        .map(str::to_string);
    if let Some(fragment) = fragment {
        let whole = rows[..at]
            .iter()
            .rev()
            .find(|r| r[1].as_str().is_some_and(|u| !u.starts_with('#')));
        if let Some(w) = whole {
            let page = w[1].as_str().unwrap_or("").split('#').next().unwrap_or("");
            row[1] = Value::String(format!("{page}{fragment}"));
            row[3] = w[3].clone();
        }
    }
    Ok(row)
}

/// What a reader's browser fetches to answer `query` on a fresh page: `static/search.js` and
/// `static/search.css`, the manifest, the shards the query's terms need, and the result-data
/// chunks of the first [`PAGE`] results.
pub fn payload_for_query(
    files: &[(PathBuf, Vec<u8>)],
    query: &str,
) -> Result<Payload, SearchError> {
    let map = file_map(files);
    let (index, hits) = run(&map, query)?;
    let mut fetched = index.fetched.clone();
    if index.shards.is_some() {
        let chunks: BTreeSet<usize> = hits
            .iter()
            .take(PAGE)
            .map(|h| chunk_of(&index.chunk_starts, h.doc).0)
            .collect();
        fetched.extend(chunks.into_iter().map(chunk_path));
    }
    let mut payload = Payload {
        files: vec!["static/search.js".into(), "static/search.css".into()],
        raw_bytes: RUNTIME_JS.len() + RUNTIME_CSS.len(),
    };
    for path in fetched {
        payload.raw_bytes += map.bytes(&path)?.len();
        payload.files.push(path.into());
    }
    Ok(payload)
}
