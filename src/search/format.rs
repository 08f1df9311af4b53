//! The files the browser reads, and how the index is cut into them.
//!
//! The manifest, `search/index.json`, is one object: `format` ([`FORMAT`]), `docs` (how many
//! documents), `fields` (`[[name, boost], …]`), `chunkDocs`, `expandShards` (see
//! [`Limits::expand_shards`]), `gzip` (every file has a `.gz` twin) and `build` (a hash of the
//! files, which the runtime appends as `?v=` so a cached older shard is never mixed in). Then
//! either `lengths`, `terms` (`{term: postings}`) and `store` (`[result data, …]`) for a
//! one-file index, or `chunks` (how many) and `shards` (`[boundary, …]`): shard `N` is
//! `search/s/N.json`, `{term: postings}`; chunk `N` is `search/d/N.json`, `[result data, …]`.
//!
//! A term's postings are written as `"term":[[F,d,c,l,d,c,l,…],…]`: one array per field `F`
//! (an index into the manifest's `fields`), then for each document holding the term the gap
//! from the previous document id (the first is absolute), the term's count in that field, and
//! the field's length in terms. A small index, all in the manifest, leaves the lengths out of
//! the postings (`[F,d,c,d,c,…]`) and lists them once per document in `lengths` instead.
//! A document's result data is `[kind,url,title,date,snippet]`.
//!
//! Shards are runs of terms in UTF-16 order, closed once they reach [`Limits::shard_bytes`];
//! the manifest lists for each shard the shortest prefix of its first term that sorts after
//! the previous shard's last term, so the runtime finds a term's shard by binary search and a
//! prefix's shards as the following run of boundaries that start with it.

use super::index::{Inverted, TermPostings, js_order};
use super::{DocKind, Limits, SearchDoc};
use crate::output::{OutputError, Sink};
use flate2::Compression;
use flate2::write::GzEncoder;
use rayon::prelude::*;
use std::cmp::Ordering;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

/// The manifest's `format`, changed whenever the runtime could no longer read older files.
pub const FORMAT: &str = "dossier-search/1";

/// Paths of the files, relative to `output/`.
pub(crate) const MANIFEST: &str = "search/index.json";

pub(crate) fn shard_path(n: usize) -> String {
    format!("search/s/{n}.json")
}

pub(crate) fn chunk_path(n: usize) -> String {
    format!("search/d/{n}.json")
}

/// Writes every file of the index and its `.gz` twin, sorted by path.
pub(crate) fn write(docs: &[SearchDoc], inv: Inverted, limits: &Limits) -> Vec<(PathBuf, Vec<u8>)> {
    let memory = crate::output::Memory::default();
    // Memory takes every file, so there is no error to pass on.
    let _ = write_into(docs, inv, limits, &memory);
    memory.into_files()
}

/// Files (shards, chunks) handed to the sink together: small enough to bound memory, large
/// enough to compress in parallel.
const BATCH: usize = 256;

/// Writes the index files into `sink` as they are made: shards and chunks in batches, the
/// manifest (which names a hash of all of them) last.
pub(crate) fn write_into(
    docs: &[SearchDoc],
    inv: Inverted,
    limits: &Limits,
    sink: &dyn Sink,
) -> Result<(), OutputError> {
    write_parts(docs.len(), stores(docs, limits), inv, limits, sink)
}

/// Each document's result data, as JSON.
pub(crate) fn stores(docs: &[SearchDoc], limits: &Limits) -> Vec<String> {
    docs.par_iter()
        .map(|d| store_json(d, limits.snippet_chars))
        .collect()
}

/// [`write_into`] from the result data already made, so the caller can let go of the
/// documents (and their full texts) first.
pub(crate) fn write_parts(
    doc_count: usize,
    store: Vec<String>,
    inv: Inverted,
    limits: &Limits,
    sink: &dyn Sink,
) -> Result<(), OutputError> {
    let docs_len = doc_count;
    let terms: Vec<String> = inv
        .terms
        .par_iter()
        .map(|(t, p)| term_json(t, p, true))
        .collect();
    let total: usize = terms.iter().chain(&store).map(|s| s.len() + 1).sum();

    let mut head = String::new();
    let _ = write!(
        head,
        "{{\"format\":{},\"docs\":{},\"fields\":{},\"chunkDocs\":{},\"expandShards\":{},\"gzip\":true",
        json_str(FORMAT),
        docs_len,
        fields_json(&inv.fields),
        limits.chunk_docs.max(1),
        limits.expand_shards.max(1),
    );
    // The build id lets the runtime ask for this build's shards and not a cached older one.
    let mut hash = Fnv::default();
    let tail = if total <= limits.single_file_bytes {
        // One file: each document's field lengths once, instead of in every posting.
        let terms: Vec<String> = inv
            .terms
            .iter()
            .map(|(t, p)| term_json(t, p, false))
            .collect();
        format!(
            ",\"lengths\":{},\"terms\":{{{}}},\"store\":[{}]}}",
            lengths_json(docs_len, &inv),
            terms.join(","),
            store.join(",")
        )
    } else {
        let cuts = shard_cuts(&terms, limits.shard_bytes);
        let bounds: Vec<String> = cuts
            .iter()
            .map(|range| match range.start {
                0 => json_str(""),
                i => json_str(&separator(&inv.terms[i - 1].0, &inv.terms[i].0)),
            })
            .collect();
        // The postings are all in `terms` now; let them go before the files are made.
        drop(inv);
        let chunks: Vec<&[String]> = store.chunks(limits.chunk_docs.max(1)).collect();
        let count = chunks.len();
        let shards = cuts.iter().enumerate().map(|(n, range)| {
            (
                shard_path(n),
                format!("{{{}}}", terms[range.clone()].join(",")),
            )
        });
        let data = chunks
            .into_iter()
            .enumerate()
            .map(|(n, chunk)| (chunk_path(n), format!("[{}]", chunk.join(","))));
        let mut files = shards.chain(data).peekable();
        while files.peek().is_some() {
            let batch: Vec<(String, String)> = files.by_ref().take(BATCH).collect();
            for (path, text) in &batch {
                hash.feed(path.as_bytes());
                hash.feed(text.as_bytes());
            }
            batch
                .into_par_iter()
                .try_for_each(|(path, text)| emit(sink, path, text))?;
        }
        format!(",\"chunks\":{count},\"shards\":[{}]}}", bounds.join(","))
    };
    hash.feed(tail.as_bytes());
    let manifest = format!("{head},\"build\":\"{:016x}\"{tail}", hash.0);
    emit(sink, MANIFEST.to_string(), manifest)
}

/// Hands a file and its `.gz` twin to the sink.
fn emit(sink: &dyn Sink, path: String, text: String) -> Result<(), OutputError> {
    sink.put(PathBuf::from(format!("{path}.gz")), gzip(text.as_bytes()))?;
    sink.put(PathBuf::from(path), text.into_bytes())
}

/// Where shards end: runs of terms whose JSON reaches `target` bytes, never splitting a term.
fn shard_cuts(terms: &[String], target: usize) -> Vec<std::ops::Range<usize>> {
    let mut cuts = Vec::new();
    let (mut start, mut size) = (0, 0);
    for (i, term) in terms.iter().enumerate() {
        size += term.len() + 1;
        if size >= target {
            cuts.push(start..i + 1);
            (start, size) = (i + 1, 0);
        }
    }
    if start < terms.len() || cuts.is_empty() {
        cuts.push(start..terms.len());
    }
    cuts
}

/// The shortest prefix of `first` that sorts after `last` (JavaScript order); `first` sorts
/// after `last`, so `first` itself always qualifies.
pub(crate) fn separator(last: &str, first: &str) -> String {
    for (i, c) in first.char_indices() {
        let prefix = &first[..i + c.len_utf8()];
        if js_order(prefix, last) == Ordering::Greater {
            return prefix.to_string();
        }
    }
    first.to_string()
}

/// `"term":[[F,d,c,l,…],…]`, or without the field lengths `l` when the manifest carries them.
fn term_json(term: &str, postings: &TermPostings, with_len: bool) -> String {
    let mut s = json_str(term);
    s.push_str(":[");
    let mut num = itoa::Buffer::new();
    for (i, (field, list)) in postings.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push('[');
        s.push_str(num.format(*field));
        let mut prev = 0;
        for p in list {
            let triple = [p.doc - prev, p.count, p.len];
            for n in &triple[..if with_len { 3 } else { 2 }] {
                s.push(',');
                s.push_str(num.format(*n));
            }
            prev = p.doc;
        }
        s.push(']');
    }
    s.push(']');
    s
}

/// `[[length of field 0, of field 1, …], …]` per document, 0 where a field has no terms.
fn lengths_json(docs: usize, inv: &Inverted) -> String {
    let fields = inv.fields.len();
    let mut lengths = vec![0u32; docs * fields];
    for (_, per_field) in &inv.terms {
        for (f, postings) in per_field {
            for p in postings {
                lengths[p.doc as usize * fields + usize::from(*f)] = p.len;
            }
        }
    }
    let rows: Vec<String> = lengths
        .chunks(fields.max(1))
        .map(|row| {
            let row: Vec<String> = row.iter().map(u32::to_string).collect();
            format!("[{}]", row.join(","))
        })
        .collect();
    format!("[{}]", rows.join(","))
}

fn store_json(doc: &SearchDoc, snippet_chars: usize) -> String {
    let date = doc
        .date
        .as_deref()
        .map_or_else(|| "null".to_string(), json_str);
    format!(
        "[{},{},{},{},{}]",
        json_str(doc.kind.as_str()),
        json_str(&doc.url),
        json_str(&doc.title),
        date,
        json_str(&snippet(doc, snippet_chars)),
    )
}

/// The text shown under a result: the field that best says what the document is, cut at a
/// word boundary. Stored whole so the runtime can highlight the query's words in it without
/// fetching the document's full text.
pub(crate) fn snippet(doc: &SearchDoc, max_chars: usize) -> String {
    let order: &[&str] = match doc.kind {
        DocKind::Article => &["summary", "body", "text"],
        DocKind::Quotation => &["text", "body"],
        _ => &["description", "roles", "aliases", "body"],
    };
    let text = order
        .iter()
        .find_map(|name| {
            doc.fields
                .iter()
                .find(|(n, t)| n == name && !t.trim().is_empty())
                .map(|(_, t)| t.as_str())
        })
        .unwrap_or("");
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for word in words {
        let extra = usize::from(!out.is_empty()) + word.chars().count();
        if out.chars().count() + extra > max_chars {
            if out.is_empty() {
                out = word.chars().take(max_chars).collect();
            }
            out.push('…');
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn fields_json(fields: &[(&'static str, f64)]) -> String {
    let list: Vec<String> = fields
        .iter()
        .map(|(name, boost)| format!("[{},{boost}]", json_str(name)))
        .collect();
    format!("[{}]", list.join(","))
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::with_capacity(bytes.len() / 3), Compression::default());
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

/// FNV-1a, 64 bits: stable across Rust releases, unlike `DefaultHasher`.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn feed(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_separator_is_the_shortest_prefix_after_the_last_term() {
        assert_eq!(separator("boehler", "doha"), "d");
        assert_eq!(separator("negoti", "negotiat"), "negotia");
        assert_eq!(separator("hamas", "hayya"), "hay");
    }

    #[test]
    fn shards_close_at_the_target_and_keep_the_rest() {
        let terms: Vec<String> = ["aaaa", "bbbb", "cccc", "dddd", "e"]
            .map(String::from)
            .to_vec();
        assert_eq!(shard_cuts(&terms, 10), vec![0..2, 2..4, 4..5]);
    }

    #[test]
    fn snippets_end_at_a_word_with_an_ellipsis() {
        let doc = SearchDoc {
            kind: DocKind::Article,
            url: String::new(),
            title: String::new(),
            date: None,
            fields: vec![("body", "one two  three\nfour".into())],
        };
        assert_eq!(snippet(&doc, 9), "one two…");
        assert_eq!(snippet(&doc, 100), "one two three four");
    }
}
