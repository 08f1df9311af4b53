//! The inverted index: for every term and field, which documents hold it, how often, and how
//! long that field is in each. That is exactly what elasticlunr's index and document store keep
//! (`tf` is the square root of the count, `docInfo` the field lengths), held flat instead of as
//! a character trie so that it can be sorted and cut into shards.

use super::pipeline::Analyzer;
use super::{BOOSTS, SearchDoc};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::cmp::Ordering;

/// One document's use of one term in one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Posting {
    pub doc: u32,
    /// How many times the term occurs in the field (elasticlunr stores its square root as `tf`).
    pub count: u32,
    /// How many terms the field has in this document (elasticlunr's `docInfo`).
    pub len: u32,
}

/// A term's postings, per field index, fields ascending, documents ascending in each.
pub(crate) type TermPostings = Vec<(u8, Vec<Posting>)>;

#[derive(Debug)]
pub(crate) struct Inverted {
    /// Field names and boosts; a posting's field is an index into this.
    pub fields: Vec<(&'static str, f64)>,
    /// Every term, in UTF-16 order (the order of JavaScript's `<` on strings, so the runtime
    /// can binary-search shard boundaries with plain comparisons).
    pub terms: Vec<(String, TermPostings)>,
}

/// Compares as JavaScript compares strings: by UTF-16 code units.
pub(crate) fn js_order(a: &str, b: &str) -> Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

/// The fields the documents use: those in [`BOOSTS`] in its order, then any others by name.
fn fields_of(docs: &[SearchDoc]) -> Vec<(&'static str, f64)> {
    // A handful of names over many documents: a list beats collecting and sorting them all.
    let mut used: Vec<&'static str> = Vec::new();
    for (name, _) in docs.iter().flat_map(|d| &d.fields) {
        if !used.contains(name) {
            used.push(name);
        }
    }
    used.sort_unstable();
    let mut fields: Vec<(&'static str, f64)> = BOOSTS
        .iter()
        .filter(|(name, _)| used.contains(name))
        .map(|&(name, boost)| (name_in(&used, name), boost))
        .collect();
    for name in used {
        if !BOOSTS.iter().any(|(known, _)| *known == name) {
            fields.push((name, 1.0));
        }
    }
    assert!(
        fields.len() <= usize::from(u8::MAX),
        "too many search fields"
    );
    fields
}

/// The `'static` name from the documents equal to `name` (so the field list borrows nothing).
fn name_in(used: &[&'static str], name: &str) -> &'static str {
    used.iter().copied().find(|u| *u == name).unwrap_or("")
}

/// Documents per parallel job at least: a job makes its own analyzer (whose cache learns the
/// vocabulary afresh), so jobs are not tiny.
const JOB_DOCS: usize = 512;
/// Jobs per thread. A running job holds its postings loose (16 bytes each, in lists that
/// grow by doubling) until it packs them, so the jobs running at once set the search stage's
/// peak: with 4 per thread, a 100,000-article build peaked at 1,559 MiB in search; with 16,
/// search stays under the render stage's 1,363 MiB, and runs no slower (8.4 s against 9.7 s).
const JOBS_PER_THREAD: usize = 16;

/// One job's postings: per term the analyzer's id names, the documents holding it, in
/// document order, each with its field.
type JobPostings = Vec<Vec<(u8, Posting)>>;

/// Adds document `doc`'s postings to `by_id`; `ids` is a buffer for the terms of one field.
fn add_doc(
    analyzer: &mut Analyzer,
    fields: &[(&'static str, f64)],
    doc: u32,
    d: &SearchDoc,
    by_id: &mut JobPostings,
    ids: &mut Vec<u32>,
) {
    for (f, (name, _)) in fields.iter().enumerate() {
        let mut texts = d
            .fields
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, t)| t.as_str());
        let text: Cow<str> = match (texts.next(), texts.next()) {
            (None, _) => continue,
            (Some(one), None) => Cow::Borrowed(one),
            (Some(one), Some(two)) => {
                let rest: Vec<&str> = [one, two].into_iter().chain(texts).collect();
                Cow::Owned(rest.join("\n"))
            }
        };
        analyzer.term_ids(&text, ids);
        let len = u32::try_from(ids.len()).unwrap_or(u32::MAX);
        ids.sort_unstable();
        for run in ids.chunk_by(|a, b| a == b) {
            let count = u32::try_from(run.len()).unwrap_or(u32::MAX);
            let id = run[0] as usize;
            if by_id.len() <= id {
                by_id.resize_with(id + 1, Vec::new);
            }
            by_id[id].push((f as u8, Posting { doc, count, len }));
        }
    }
}

/// Analyses `docs`, whose first is document `first`: each term with its postings per field.
fn job(
    fields: &[(&'static str, f64)],
    first: usize,
    docs: &[SearchDoc],
) -> Vec<(Box<str>, TermPostings)> {
    let mut analyzer = Analyzer::new();
    let mut by_id = JobPostings::new();
    let mut ids = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        let doc = u32::try_from(first + i).unwrap_or(u32::MAX);
        add_doc(&mut analyzer, fields, doc, d, &mut by_id, &mut ids);
    }
    by_id
        .into_iter()
        .enumerate()
        .filter(|(_, list)| !list.is_empty())
        .map(|(id, mut list)| {
            // Documents are in order; a stable sort by field keeps them so in each field.
            list.sort_by_key(|(field, _)| *field);
            // Each field's postings at their length: pushed one by one, a list had room for
            // up to twice as many, and every job's lists are held until they are merged.
            let grouped: TermPostings = (list.chunk_by(|a, b| a.0 == b.0))
                .map(|run| (run[0].0, run.iter().map(|(_, p)| *p).collect()))
                .collect();
            (analyzer.term(id as u32).into(), grouped)
        })
        .collect()
}

/// Documents per job: few jobs, but a few per thread for balance.
fn per_job(docs: usize) -> usize {
    let jobs = rayon::current_num_threads() * JOBS_PER_THREAD;
    docs.div_ceil(jobs.max(1)).max(JOB_DOCS)
}

/// Builds the inverted index, analysing runs of documents in parallel. Document `i` of `docs`
/// is posting id `i`.
pub(crate) fn invert(docs: &[SearchDoc]) -> Inverted {
    let fields = fields_of(docs);
    let per_job = per_job(docs.len());
    let parts = docs
        .par_chunks(per_job)
        .enumerate()
        .map(|(n, chunk)| job(&fields, n * per_job, chunk))
        .collect();
    merge(fields, parts)
}

/// [`invert`], letting go of each run of documents' texts once it is analysed, so a large
/// dossier's texts and its postings are not held whole together. The runs are cut in place:
/// moved into lists of their own, the documents were held twice for a moment (about
/// 150 MiB more at 100,000 articles).
pub(crate) fn invert_owned(mut docs: Vec<SearchDoc>) -> Inverted {
    let fields = fields_of(&docs);
    let per_job = per_job(docs.len());
    let parts = docs
        .par_chunks_mut(per_job)
        .enumerate()
        .map(|(n, run)| {
            let part = job(&fields, n * per_job, run);
            for d in run {
                (d.url, d.title, d.date, d.fields) = Default::default();
            }
            part
        })
        .collect();
    drop(docs);
    merge(fields, parts)
}

/// The jobs' postings, in document order, as one index.
fn merge(fields: Vec<(&'static str, f64)>, parts: Vec<Vec<(Box<str>, TermPostings)>>) -> Inverted {
    // Jobs in document order, so appending keeps each field's documents ascending.
    let mut merged: HashMap<Box<str>, TermPostings> = HashMap::default();
    for part in parts {
        for (term, per_field) in part {
            let all = merged.entry(term).or_default();
            for (field, mut postings) in per_field {
                match all.iter_mut().find(|(f, _)| *f == field) {
                    Some((_, list)) => list.append(&mut postings),
                    None => all.push((field, postings)),
                }
            }
        }
    }
    let mut terms: Vec<(String, TermPostings)> = merged
        .into_iter()
        .map(|(term, mut per_field)| {
            per_field.sort_by_key(|(f, _)| *f);
            (term.into_string(), per_field)
        })
        .collect();
    terms.par_sort_unstable_by(|a, b| js_order(&a.0, &b.0));
    Inverted { fields, terms }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::DocKind;

    fn doc(fields: Vec<(&'static str, String)>) -> SearchDoc {
        SearchDoc {
            kind: DocKind::Article,
            url: "a/".into(),
            title: "A".into(),
            date: None,
            fields,
        }
    }

    #[test]
    fn counts_terms_and_field_lengths_per_field() {
        let docs = [doc(vec![
            ("title", "Talks talks".into()),
            ("body", "talks in Doha".into()),
        ])];
        let inv = invert(&docs);
        assert_eq!(inv.fields, [("title", 5.0), ("body", 1.0)]);
        let talk = &inv.terms.iter().find(|(t, _)| t == "talk").unwrap().1;
        assert_eq!(
            talk,
            &vec![
                (
                    0,
                    vec![Posting {
                        doc: 0,
                        count: 2,
                        len: 2
                    }]
                ),
                (
                    1,
                    vec![Posting {
                        doc: 0,
                        count: 1,
                        len: 2
                    }]
                ),
            ]
        );
    }

    #[test]
    fn unknown_fields_come_after_known_ones_with_boost_one() {
        let docs = [doc(vec![("zeta", "x".into()), ("body", "y".into())])];
        assert_eq!(fields_of(&docs), [("body", 1.0), ("zeta", 1.0)]);
    }

    #[test]
    fn orders_terms_as_javascript_does() {
        // U+FF21 sorts before U+1F600 by code point but after it in UTF-16.
        assert_eq!(js_order("\u{ff21}", "\u{1f600}"), Ordering::Greater);
        assert_eq!(js_order("ab", "b"), Ordering::Less);
    }
}
