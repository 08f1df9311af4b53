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
    let mut used: Vec<&'static str> = docs
        .iter()
        .flat_map(|d| d.fields.iter().map(|(name, _)| *name))
        .collect();
    used.sort_unstable();
    used.dedup();
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

/// Postings by term for a run of documents, each list in document order.
type Partial = HashMap<String, Vec<(u8, Posting)>>;

/// Documents per parallel job: large enough that merging the jobs' maps costs little next to
/// analysing them.
const JOB_DOCS: usize = 512;

/// Adds document `doc`'s postings to `part`.
fn add_doc(
    analyzer: &mut Analyzer,
    fields: &[(&'static str, f64)],
    doc: u32,
    d: &SearchDoc,
    part: &mut Partial,
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
        let mut ids = analyzer.term_ids(&text);
        let len = u32::try_from(ids.len()).unwrap_or(u32::MAX);
        ids.sort_unstable();
        for run in ids.chunk_by(|a, b| a == b) {
            let count = u32::try_from(run.len()).unwrap_or(u32::MAX);
            let posting = (f as u8, Posting { doc, count, len });
            let term = analyzer.term(run[0]);
            match part.get_mut(term) {
                Some(list) => list.push(posting),
                None => {
                    part.insert(term.to_string(), vec![posting]);
                }
            }
        }
    }
}

/// Builds the inverted index, analysing runs of documents in parallel. Document `i` of `docs`
/// is posting id `i`.
pub(crate) fn invert(docs: &[SearchDoc]) -> Inverted {
    let fields = fields_of(docs);
    // Runs of documents are analysed in parallel and their maps merged as they come, pairwise:
    // a few maps in memory at a time, not one per run, which on a large dossier would be
    // most of the index stage's memory.
    let merged: Partial = docs
        .par_chunks(JOB_DOCS)
        .enumerate()
        .map_init(Analyzer::new, |analyzer, (job, chunk)| {
            let mut part = Partial::default();
            for (i, d) in chunk.iter().enumerate() {
                let doc = u32::try_from(job * JOB_DOCS + i).unwrap_or(u32::MAX);
                add_doc(analyzer, &fields, doc, d, &mut part);
            }
            part
        })
        .reduce(Partial::default, |a, b| {
            let (mut big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
            for (term, mut postings) in small {
                big.entry(term).or_default().append(&mut postings);
            }
            big
        });
    let mut terms: Vec<(String, TermPostings)> = merged
        .into_par_iter()
        .map(|(term, mut list)| {
            // Runs were merged in no set order: fields ascending, documents ascending in each.
            list.sort_unstable_by_key(|(field, p)| (*field, p.doc));
            let mut grouped: TermPostings = Vec::new();
            for (field, posting) in list {
                match grouped.last_mut() {
                    Some((f, postings)) if *f == field => postings.push(posting),
                    _ => grouped.push((field, vec![posting])),
                }
            }
            (term, grouped)
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
