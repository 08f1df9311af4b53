//! The "search" stage: searchable documents in, index files out.
//!
//! [`site_docs`] turns the site's articles, entities and quotations into [`SearchDoc`]s;
//! [`build`] runs their fields through elasticlunr-rs's English pipeline (tokenizer, stop
//! words, Porter stemmer, see [`analyze`]), keeps what elasticlunr's inverted index keeps (per
//! field and term: the documents, each term's count and the field's length) and writes it for
//! the browser:
//!
//! - `search/index.json`, the manifest: document count, fields and boosts, the build id, and
//!   either the whole index inline (a small dossier: one file) or the boundary of each shard;
//! - `search/s/N.json`, shard N: the terms from its boundary up to the next shard's, each
//!   with its postings per field (a large dossier: a query fetches only the shards it needs);
//! - `search/d/N.json`, chunk N: the result data (kind, url, title, date, snippet) of a run
//!   of documents, fetched only for the results shown.
//!
//! `format.rs` gives the layout of each file. The files are plain JSON, with no compressed
//! twins: static hosts (GitHub Pages, Netlify, Cloudflare Pages) compress JSON on the fly.
//! `themes/default/static/search.js` reads these files, mirrors the pipeline and
//! scores as elasticlunr.js does (OR over the query's terms, prefix expansion, field boosts);
//! the tests hold the same scoring in Rust (`tests/it/common/query.rs`), to check the two
//! against each other and to count which files one query fetches.
//!
//! ```
//! use dossier::search::{self, DocKind, SearchDoc};
//! let docs = vec![SearchDoc {
//!     kind: DocKind::Person,
//!     url: "people/adam-boehler/".into(),
//!     title: "Adam Boehler".into(),
//!     date: None,
//!     fields: vec![("name", "Adam Boehler".into()), ("roles", "negotiator".into())],
//! }];
//! let files = search::build(&docs);
//! assert_eq!(files[0].0, std::path::Path::new("search/index.json"));
//! ```

mod chunks;
mod format;
mod index;
mod pipeline;
mod site;
mod store;

pub use format::FORMAT;
pub use pipeline::analyze;
pub(crate) use site::into_docs;
pub use site::{UNNAMED, docs as site_docs};

use std::path::PathBuf;

/// The search runtime, served from the theme as `static/search.js`; counted in a query's
/// payload because a reader downloads it to search at all.
pub const RUNTIME_JS: &str = include_str!("../../themes/default/static/search.js");

/// The result styles, served from the theme as `static/search.css`.
pub const RUNTIME_CSS: &str = include_str!("../../themes/default/static/search.css");

/// What a result is; the runtime shows it as a badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocKind {
    Article,
    Person,
    Organization,
    Place,
    Quotation,
}

impl DocKind {
    /// The name written into the result data; `search.js` maps it to the badge text.
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Article => "article",
            DocKind::Person => "person",
            DocKind::Organization => "organization",
            DocKind::Place => "place",
            DocKind::Quotation => "quotation",
        }
    }
}

/// One thing a reader can find.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchDoc {
    pub kind: DocKind,
    /// Site-relative URL without the base path, with optional fragment:
    /// `"articles/doha-talks/#p-3"`, `"people/adam-boehler/"`.
    pub url: String,
    /// Shown as the result's heading: article title, entity name, or the quotation's speaker
    /// ("Unnamed source").
    pub title: String,
    /// Optional date "2025-03-05" shown with the result.
    pub date: Option<String>,
    /// Searchable fields, by name. Articles: title, summary, tags, entities, body; entities:
    /// name, aliases, roles, description; quotations: text, speaker. A name given twice is
    /// one field holding both texts. Names not in [`BOOSTS`] are searched with boost 1.
    pub fields: Vec<(&'static str, String)>,
}

/// How much a match in each field counts, the names that identify a result highest.
pub const BOOSTS: &[(&str, f64)] = &[
    ("title", 5.0),
    ("name", 5.0),
    ("aliases", 4.0),
    ("speaker", 3.0),
    ("tags", 2.0),
    ("entities", 2.0),
    ("roles", 2.0),
    ("summary", 1.5),
    ("description", 1.5),
    ("text", 1.0),
    ("body", 1.0),
];

/// Builds the index files, as (path relative to `output/`, bytes), sorted by path. The same
/// documents in the same order always give the same bytes.
pub fn build(docs: &[SearchDoc]) -> Vec<(PathBuf, Vec<u8>)> {
    build_with(docs, &Limits::default())
}

/// The sizes that decide how the index is split. [`build`] uses the defaults; tests shrink
/// them to see shard boundaries on a handful of documents.
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    /// Below this many bytes of terms and result data, everything goes into `index.json`.
    pub single_file_bytes: usize,
    /// A shard holds terms up to this many bytes of JSON; a term whose postings alone reach
    /// it is a shard of its own (a term is never split).
    pub shard_bytes: usize,
    /// A result-data chunk holds documents up to this many bytes of JSON.
    pub chunk_bytes: usize,
    /// The longest snippet stored per result, in characters.
    pub snippet_chars: usize,
    /// A query term expands to the terms it prefixes only while they lie in at most this
    /// many shards; past that (a one- or two-letter term) it expands within its own shard.
    pub expand_shards: usize,
}

impl Default for Limits {
    /// Sized for a site that fits every static host and a query that stays within 300 kB
    /// (`tests/it/search_scale.rs`, and `bench/query.mjs` in Chromium), measured on a generated
    /// dossier of 10,000 articles: shards of 40 kB (about what 64 kB held as decimal numbers,
    /// so a query fetches as many terms compressed) and chunks of 32 kB make about 1,000 files
    /// (a host such as Cloudflare Pages takes at most 20,000 in all), while a query fetches
    /// the shards of its terms and at most one chunk (about 9 kB compressed) per result shown.
    /// A dossier whose whole index is under 512 kB of JSON (about 100 articles with their
    /// entities and quotations) is one file, fetched once.
    fn default() -> Self {
        Limits {
            single_file_bytes: 512 * 1024,
            shard_bytes: 40 * 1024,
            chunk_bytes: 32 * 1024,
            snippet_chars: 240,
            expand_shards: 3,
        }
    }
}

/// [`build`] with explicit limits.
pub fn build_with(docs: &[SearchDoc], limits: &Limits) -> Vec<(PathBuf, Vec<u8>)> {
    let inverted = index::invert(docs);
    format::write(docs, inverted, limits)
}

/// Writes the index files into `sink` as they are made, holding few of them at a time: the
/// build uses this, so a large dossier's index never sits whole in memory.
pub fn build_into(
    docs: Vec<SearchDoc>,
    sink: &dyn crate::write::Sink,
) -> Result<(), crate::write::OutputError> {
    build_into_with(docs, &Limits::default(), sink)
}

/// [`build_into`] with explicit limits.
pub(crate) fn build_into_with(
    docs: Vec<SearchDoc>,
    limits: &Limits,
    sink: &dyn crate::write::Sink,
) -> Result<(), crate::write::OutputError> {
    // A large index's result data is written as chunks as it is made, before the postings.
    let store = chunks::store(&docs, limits, sink)?;
    let count = docs.len();
    // What the result data shows (URL, heading, date) is written: only the fields are
    // inverted, so the rest goes, and its pages go back, before the postings are made (at
    // 100,000 articles the process shrank by about 180 MiB here).
    let mut docs = docs;
    for d in &mut docs {
        (d.url, d.title, d.date) = Default::default();
    }
    crate::engine::give_back_free_pages();
    // The documents hold every article's full text; the files need only what is made of it,
    // so each run of documents goes as soon as its postings are made.
    let inverted = index::invert_owned(docs);
    format::write_parts(count, store, inverted, limits, sink)
}
