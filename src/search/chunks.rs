//! The result-data chunks `search/d/N.json` of a large index, written as the result data is
//! made, a batch of documents at a time, before the index is inverted: a build then never
//! holds every document's result data, nor holds it beside the postings (at 100,000 articles
//! the result data alone was about 500 MiB). The chunks are cut exactly as `format::runs` cuts
//! them, and each file's hash is kept, in order, for the build id.

use super::format::{chunk_path, put_hashed};
use super::store::{self, Stored};
use super::{Limits, SearchDoc};
use crate::write::{OutputError, Sink};
use rayon::prelude::*;

/// Documents whose result data is made at a time.
const BATCH: usize = 1 << 14;

/// The result data of every document, held or already written.
pub(crate) enum Store {
    /// All of it, while it fits within [`Limits::single_file_bytes`]: the index may still be
    /// one file, which holds it inline.
    Held(Vec<Stored>),
    /// Written as chunks (the index cannot be one file): the documents in each chunk and each
    /// chunk file's hash, in chunk order, and the bytes the result data takes in all.
    Written {
        sizes: Vec<usize>,
        hashes: Vec<u64>,
        bytes: usize,
    },
}

/// Makes every document's result data, writing it as chunks into `sink` as soon as it is more
/// than one file can hold.
pub(crate) fn store(
    docs: &[SearchDoc],
    limits: &Limits,
    sink: &dyn Sink,
) -> Result<Store, OutputError> {
    let mut held: Vec<Stored> = Vec::new();
    let mut bytes = 0;
    let mut chunks: Option<Chunks> = None;
    for start in (0..docs.len()).step_by(BATCH) {
        let end = docs.len().min(start + BATCH);
        let batch = store::stored_range(docs, start..end, limits.snippet_chars);
        bytes += batch.iter().map(|s| s.len(false)).sum::<usize>();
        match &mut chunks {
            Some(c) => c.push(batch, limits.chunk_bytes, sink)?,
            None => {
                held.extend(batch);
                if bytes > limits.single_file_bytes {
                    let mut c = Chunks::default();
                    c.push(std::mem::take(&mut held), limits.chunk_bytes, sink)?;
                    chunks = Some(c);
                }
            }
        }
    }
    match chunks {
        None => Ok(Store::Held(held)),
        Some(c) => c.finish(bytes, sink),
    }
}

/// The chunks written so far, and the run still open.
#[derive(Default)]
struct Chunks {
    open: Vec<Stored>,
    /// Bytes the open run takes.
    size: usize,
    sizes: Vec<usize>,
    hashes: Vec<u64>,
}

impl Chunks {
    /// Adds `batch` to the open run, writing each run it closes: an item that would take the
    /// run past `limit` opens the next one.
    fn push(
        &mut self,
        batch: Vec<Stored>,
        limit: usize,
        sink: &dyn Sink,
    ) -> Result<(), OutputError> {
        let mut closed = Vec::new();
        for item in batch {
            if !self.open.is_empty() && self.size + item.len(false) > limit {
                closed.push(std::mem::take(&mut self.open));
                self.size = 0;
            }
            self.size += item.len(self.open.is_empty());
            self.open.push(item);
        }
        self.write(closed, sink)
    }

    /// Writes `runs` as the next chunk files, in parallel, keeping their hashes in order.
    fn write(&mut self, runs: Vec<Vec<Stored>>, sink: &dyn Sink) -> Result<(), OutputError> {
        let first = self.sizes.len();
        self.sizes.extend(runs.iter().map(Vec::len));
        let hashes = (runs.into_par_iter().enumerate())
            .map(|(i, run)| put_hashed(sink, chunk_path(first + i), store::array(&run)))
            .collect::<Result<Vec<u64>, OutputError>>()?;
        self.hashes.extend(hashes);
        Ok(())
    }

    /// Writes the last run.
    fn finish(mut self, bytes: usize, sink: &dyn Sink) -> Result<Store, OutputError> {
        let last = std::mem::take(&mut self.open);
        self.write(vec![last], sink)?;
        Ok(Store::Written {
            sizes: self.sizes,
            hashes: self.hashes,
            bytes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::{DocKind, Limits, SearchDoc, build_into_with, build_with};
    use crate::write::{OutputError, Sink};
    use std::path::{Path, PathBuf};
    use std::sync::Mutex;

    /// The files in the order they were handed over.
    #[derive(Default)]
    struct Recorder(Mutex<Vec<(PathBuf, Vec<u8>)>>);

    impl Sink for Recorder {
        fn put(&self, path: PathBuf, bytes: Vec<u8>) -> Result<(), OutputError> {
            self.0.lock().unwrap().push((path, bytes));
            Ok(())
        }
        fn copy(&self, _: PathBuf, _: &Path) -> Result<(), OutputError> {
            unreachable!("the index copies no file")
        }
    }

    /// Articles, each followed by two of its quotations, in words of a small vocabulary.
    fn docs(n: usize) -> Vec<SearchDoc> {
        let words = [
            "talks",
            "ceasefire",
            "envoy",
            "hostage",
            "release",
            "mediator",
            "Doha",
        ];
        let text = |i: usize, k: usize| -> String {
            (0..k)
                .map(|j| words[(i * 7 + j * 3) % words.len()])
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut out = Vec::new();
        for i in 0..n {
            let url = format!("articles/a{i}/");
            let date = Some(format!("2025-01-{:02}", i % 28 + 1));
            out.push(SearchDoc {
                kind: DocKind::Article,
                url: url.clone(),
                title: format!("Article {i}"),
                date: date.clone(),
                fields: vec![("title", format!("Article {i}")), ("body", text(i, 40))],
            });
            for p in 0..2 {
                out.push(SearchDoc {
                    kind: DocKind::Quotation,
                    url: format!("{url}#p-{p}"),
                    title: "Unnamed source".into(),
                    date: date.clone(),
                    fields: vec![("text", text(i + p, 9))],
                });
            }
        }
        out
    }

    /// A large index's chunks are all written before its first shard, which is made only
    /// once the postings exist: the result data is gone before the index is built. The files
    /// are byte for byte those of the index made whole in memory.
    #[test]
    fn writes_every_chunk_before_the_first_shard_and_the_same_bytes() {
        let limits = Limits {
            single_file_bytes: 4 * 1024,
            shard_bytes: 512,
            chunk_bytes: 1024,
            ..Limits::default()
        };
        let docs = docs(300);
        let want = build_with(&docs, &limits);
        let sink = Recorder::default();
        build_into_with(docs, &limits, &sink).unwrap();
        let order = sink.0.into_inner().unwrap();
        let is = |p: &PathBuf, dir: &str| p.to_str().unwrap().starts_with(dir);
        let last_chunk = order.iter().rposition(|(p, _)| is(p, "search/d/")).unwrap();
        let first_shard = order.iter().position(|(p, _)| is(p, "search/s/")).unwrap();
        assert!(last_chunk > 10, "the test makes many chunks");
        assert!(last_chunk < first_shard, "a chunk came after a shard");
        same_files(order, &want);
    }

    /// Result data that fits in one file is held, and the index is the one made in memory,
    /// whether it is one file or, its terms taking it past the limit, many.
    #[test]
    fn holds_result_data_that_fits_in_one_file() {
        let docs = docs(300);
        let stored: usize = (super::store::stored(&docs, Limits::default().snippet_chars).iter())
            .map(|s| s.len(false))
            .sum();
        for single_file_bytes in [stored, 1 << 30] {
            let limits = Limits {
                single_file_bytes,
                shard_bytes: 512,
                chunk_bytes: 1024,
                ..Limits::default()
            };
            let want = build_with(&docs, &limits);
            assert_eq!(want.len() > 1, single_file_bytes == stored);
            let sink = Recorder::default();
            build_into_with(docs.clone(), &limits, &sink).unwrap();
            same_files(sink.0.into_inner().unwrap(), &want);
        }
    }

    fn same_files(mut got: Vec<(PathBuf, Vec<u8>)>, want: &[(PathBuf, Vec<u8>)]) {
        got.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(got.len(), want.len());
        for ((gp, gb), (wp, wb)) in got.iter().zip(want) {
            assert_eq!(gp, wp);
            assert!(gb == wb, "{} differs", gp.display());
        }
    }
}
