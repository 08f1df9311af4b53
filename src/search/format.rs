//! The files the browser reads, and how the index is cut into them.
//!
//! The manifest, `search/index.json`, is one object: `format` ([`FORMAT`]), `docs` (how many
//! documents), `fields` (`[[name, boost], …]`), `expandShards` (see [`Limits::expand_shards`])
//! and `build` (a hash of the files, which the runtime appends as `?v=` so a cached older shard
//! is never mixed in). Then either `lengths`, `terms` (`{term: postings}`) and `store`
//! (`[result data, …]`) for a one-file index, or `shards` (`[boundary, …]`) and `chunks`
//! (`[documents in chunk 0, in chunk 1, …]`): shard `N` is `search/s/N.json`,
//! `{term: postings}`; chunk `N` is `search/d/N.json`, the result data of the documents that
//! follow those of the chunks before it, `[result data, …]`.
//!
//! A term's postings are written as `"term":[[F,"P"],…]`: one pair per field `F` (an index
//! into the manifest's `fields`) and its postings `P`, standard base64 (with padding) of a run
//! of unsigned LEB128 numbers (seven bits a byte, low bits first, the high bit set on every
//! byte but a number's last) in columns: for the `n` documents holding the term, first the `n`
//! gaps from the previous document id (the first is absolute), then the `n` counts of the term
//! in that field, then the `n` lengths of the field in terms. A small index, all in the
//! manifest, leaves the lengths column out and lists them once per document in `lengths`
//! instead. Columns of like numbers compress better than the numbers interleaved, and the
//! whole is about 40% smaller than decimal JSON numbers, and no larger once gzip-compressed.
//! A document's result data is `[kind,url,title,date,snippet]`; one that follows a document of
//! its page in the same file is written `[kind,"#fragment",title,null,snippet]` (see
//! `store.rs`).
//!
//! Shards are runs of terms in UTF-16 order and chunks runs of documents, each cut by size
//! ([`runs`]): a term or a document that would take a run past its limit starts the next one,
//! so a term with a long posting list (a word of nearly every article) is a shard of its own
//! and a query for it fetches nothing else, while rare terms share a shard. The manifest lists
//! for each shard the shortest prefix of its first term that sorts after the previous shard's
//! last term, so the runtime finds a term's shard by binary search and a prefix's shards as the
//! following run of boundaries that start with it.

use super::chunks::Store;
use super::index::{Inverted, TermPostings, js_order};
use super::store::{self, Stored, json_str};
use super::{Limits, SearchDoc};
use crate::write::{OutputError, Sink};
use rayon::prelude::*;
use std::cmp::Ordering;
use std::fmt::Write as _;
use std::path::PathBuf;

/// The manifest's `format`, changed whenever the runtime could no longer read older files.
pub const FORMAT: &str = "dossier-search/4";

/// Paths of the files, relative to `output/`.
pub(crate) const MANIFEST: &str = "search/index.json";

pub(crate) fn shard_path(n: usize) -> String {
    format!("search/s/{n}.json")
}

pub(crate) fn chunk_path(n: usize) -> String {
    format!("search/d/{n}.json")
}

/// Writes every file of the index, sorted by path.
pub(crate) fn write(docs: &[SearchDoc], inv: Inverted, limits: &Limits) -> Vec<(PathBuf, Vec<u8>)> {
    let memory = crate::write::Memory::default();
    let store = Store::Held(stores(docs, limits));
    // Memory takes every file, so there is no error to pass on.
    let _ = write_parts(docs.len(), store, inv, limits, &memory);
    memory.into_files().generated
}

/// Each document's result data, as JSON.
pub(crate) fn stores(docs: &[SearchDoc], limits: &Limits) -> Vec<Stored> {
    store::stored(docs, limits.snippet_chars)
}

/// Writes the index files into `sink` as they are made, from the result data already made
/// or written (so the caller can let go of the documents, and their full texts, first):
/// shards and chunks in batches, the manifest (which names a hash of all of them) last.
pub(crate) fn write_parts(
    docs_len: usize,
    store: Store,
    inv: Inverted,
    limits: &Limits,
    sink: &dyn Sink,
) -> Result<(), OutputError> {
    let mut head = String::new();
    let _ = write!(
        head,
        "{{\"format\":{},\"docs\":{},\"fields\":{},\"expandShards\":{}",
        json_str(FORMAT),
        docs_len,
        fields_json(&inv.fields),
        limits.expand_shards.max(1),
    );
    // With the chunks written the index is many files, whose terms always carry the field
    // lengths: each term's postings go as soon as its JSON is made.
    let (names, terms, inv) = match store {
        Store::Written { .. } => {
            let (names, postings): (Vec<String>, Vec<TermPostings>) = inv.terms.into_iter().unzip();
            let terms = (names.par_iter().zip(postings.into_par_iter()))
                .map(|(t, p)| term_json(t, &p, true))
                .collect();
            (names, terms, None)
        }
        Store::Held(_) => {
            let terms: Vec<String> = (inv.terms.par_iter())
                .map(|(t, p)| term_json(t, p, true))
                .collect();
            (Vec::new(), terms, Some(inv))
        }
    };
    let store_bytes = match &store {
        Store::Held(store) => store.iter().map(|s| s.len(false)).sum::<usize>(),
        Store::Written { bytes, .. } => *bytes,
    };
    let total = terms.iter().map(|s| s.len() + 1).sum::<usize>() + store_bytes;

    // The build id lets the runtime ask for this build's shards and not a cached older one.
    let mut hash = Fnv::default();
    let tail = match (&store, inv) {
        (Store::Held(store), Some(inv)) if total <= limits.single_file_bytes => {
            // One file: each document's field lengths once, instead of in every posting.
            let terms: Vec<String> = inv
                .terms
                .iter()
                .map(|(t, p)| term_json(t, p, false))
                .collect();
            format!(
                ",\"lengths\":{},\"terms\":{{{}}},\"store\":{}}}",
                lengths_json(docs_len, &inv),
                terms.join(","),
                store::array(store)
            )
        }
        (_, inv) => {
            let name = |i: usize| match &inv {
                Some(inv) => &inv.terms[i].0,
                None => &names[i],
            };
            let shards = runs(terms.len(), limits.shard_bytes, |i, _| terms[i].len() + 1);
            let bounds: Vec<String> = shards
                .iter()
                .map(|range| match range.start {
                    0 => json_str(""),
                    i => json_str(&separator(name(i - 1), name(i))),
                })
                .collect();
            // The postings are all in `terms` now; let them go before the files are made.
            drop(inv);
            let (chunks, written) = match &store {
                Store::Held(store) => {
                    let runs = runs(store.len(), limits.chunk_bytes, |i, first| {
                        store[i].len(first)
                    });
                    (runs.iter().map(|r| r.len()).collect(), &[][..])
                }
                Store::Written { sizes, hashes, .. } => (sizes.clone(), &hashes[..]),
            };
            let sizes: Vec<String> = chunks.iter().map(usize::to_string).collect();
            // Each file is made, hashed and handed over in parallel, then let go; the hashes,
            // in path order (shards, then chunks), make the build id. Chunks already written
            // are not made again.
            let held = match &store {
                Store::Held(_) => chunks.len(),
                Store::Written { .. } => 0,
            };
            let hashes = (0..shards.len() + held)
                .into_par_iter()
                .map(|n| {
                    let (path, text) = match (n.checked_sub(shards.len()), &store) {
                        (Some(c), Store::Held(store)) => {
                            let start: usize = chunks[..c].iter().sum();
                            (
                                chunk_path(c),
                                store::array(&store[start..start + chunks[c]]),
                            )
                        }
                        _ => (shard_path(n), joined('{', &terms[shards[n].clone()], '}')),
                    };
                    put_hashed(sink, path, text)
                })
                .collect::<Result<Vec<u64>, OutputError>>()?;
            for h in hashes.iter().chain(written) {
                hash.feed(&h.to_le_bytes());
            }
            format!(
                ",\"shards\":[{}],\"chunks\":[{}]}}",
                bounds.join(","),
                sizes.join(",")
            )
        }
    };
    hash.feed(tail.as_bytes());
    let manifest = format!("{head},\"build\":\"{:016x}\"{tail}", hash.0);
    sink.put(MANIFEST.into(), manifest.into_bytes())
}

/// `items` separated by commas between `open` and `close`, made in one allocation.
fn joined(open: char, items: &[String], close: char) -> String {
    let mut text = String::with_capacity(items.iter().map(|i| i.len() + 1).sum::<usize>() + 2);
    text.push(open);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        text.push_str(item);
    }
    text.push(close);
    text
}

/// Cuts `count` items (JSON texts) into runs of at most `limit` bytes, where `len(i, first)` is
/// what item `i` takes, `first` when it opens its run: an item that would take a run past the
/// limit starts the next one, so an item of `limit` bytes or more is a run of its own. Never an
/// empty run, and at least one.
fn runs(
    count: usize,
    limit: usize,
    len: impl Fn(usize, bool) -> usize,
) -> Vec<std::ops::Range<usize>> {
    let mut cuts = Vec::new();
    let (mut start, mut size) = (0, 0);
    for i in 0..count {
        if i > start && size + len(i, false) > limit {
            cuts.push(start..i);
            (start, size) = (i, 0);
        }
        size += len(i, i == start);
    }
    cuts.push(start..count);
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

/// `"term":[[F,"P"],…]`, the postings `P` with the field lengths, or without them when the
/// manifest carries them.
fn term_json(term: &str, postings: &TermPostings, with_len: bool) -> String {
    use base64::Engine as _;
    let mut s = json_str(term);
    s.push_str(":[");
    let mut bytes = Vec::new();
    for (i, (field, list)) in postings.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        bytes.clear();
        let mut prev = 0;
        for p in list {
            leb128(&mut bytes, p.doc - prev);
            prev = p.doc;
        }
        for p in list {
            leb128(&mut bytes, p.count);
        }
        if with_len {
            for p in list {
                leb128(&mut bytes, p.len);
            }
        }
        let _ = write!(s, "[{field},\"");
        base64::engine::general_purpose::STANDARD.encode_string(&bytes, &mut s);
        s.push_str("\"]");
    }
    s.push(']');
    s
}

/// Appends `n` as unsigned LEB128: seven bits a byte, low bits first, the high bit set on
/// every byte but the last.
fn leb128(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n & 0x7f) as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
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

fn fields_json(fields: &[(&'static str, f64)]) -> String {
    let list: Vec<String> = fields
        .iter()
        .map(|(name, boost)| format!("[{},{boost}]", json_str(name)))
        .collect();
    format!("[{}]", list.join(","))
}

/// FNV-1a, 64 bits, over eight bytes at a step (the tail byte by byte): stable across Rust
/// releases, unlike `DefaultHasher`, and quick over the megabytes of a large index. Changing
/// any one eight-byte word of the input always changes it.
pub(super) struct Fnv(pub(super) u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub(super) fn feed(&mut self, bytes: &[u8]) {
        const PRIME: u64 = 0x0100_0000_01b3;
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let word = u64::from_le_bytes(word.try_into().unwrap_or_default());
            self.0 = (self.0 ^ word).wrapping_mul(PRIME);
        }
        for b in words.remainder() {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(PRIME);
        }
    }
}

/// Puts one file of the index and gives the hash of its path and text, from which the
/// build id is made.
pub(super) fn put_hashed(sink: &dyn Sink, path: String, text: String) -> Result<u64, OutputError> {
    let mut hash = Fnv::default();
    hash.feed(path.as_bytes());
    hash.feed(text.as_bytes());
    sink.put(path.into(), text.into_bytes())?;
    Ok(hash.0)
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
    fn leb128_takes_seven_bits_a_byte_low_bits_first() {
        let mut out = Vec::new();
        for n in [0, 127, 128, 300, u32::MAX] {
            leb128(&mut out, n);
        }
        assert_eq!(
            out,
            [
                0, 0x7f, 0x80, 0x01, 0xac, 0x02, 0xff, 0xff, 0xff, 0xff, 0x0f
            ]
        );
    }

    #[test]
    fn a_run_ends_before_the_item_that_would_pass_the_limit() {
        let runs_of = |list: &[&str]| runs(list.len(), 10, |i, _| list[i].len() + 1);
        // Each item counts its length and a comma.
        assert_eq!(
            runs_of(&["aaaa", "bbbb", "cccc", "dddd", "e"]),
            vec![0..2, 2..4, 4..5]
        );
        // A large item is a run of its own, and small ones around it are not added to it.
        assert_eq!(
            runs_of(&["a", "bbbbbbbbbbbb", "c", "d"]),
            vec![0..1, 1..2, 2..4]
        );
        assert_eq!(runs_of(&[]), vec![0..0]);
        // An item that opens a run may take more than it would inside one.
        let sizes = [4, 4, 4, 4];
        assert_eq!(
            runs(4, 10, |i, first| if first { 9 } else { sizes[i] }),
            vec![0..1, 1..2, 2..3, 3..4]
        );
    }
}
