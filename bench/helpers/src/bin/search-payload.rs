//! `search-payload DOSSIER QUERY…`: what one search query costs a reader, for bench/run.sh.
//!
//! For each query: the files the browser fetches to run it (the index manifest, the term
//! shards and result chunks it needs, and the search runtime's JavaScript and CSS) and their
//! size raw and gzip-compressed, one JSON object a line, computed by the search stage's own
//! [`dossier::search::payload_for_query`]. The index is read from `DOSSIER/output/search/` when
//! the build wrote it; otherwise it is built in memory from the dossier (`search::build` over
//! the linked site), and a first line says so and how long building the index took.

use indicatif::ProgressBar;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

fn read_search_files(output: &Path) -> std::io::Result<Vec<(PathBuf, Vec<u8>)>> {
    let mut files = Vec::new();
    let mut stack = vec![output.join("search")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(output).unwrap_or(&path).to_path_buf();
                files.push((rel, std::fs::read(&path)?));
            }
        }
    }
    Ok(files)
}

/// The index files: as written by the build, or built here.
fn index(root: &Path) -> Result<Vec<(PathBuf, Vec<u8>)>, String> {
    let output = root.join("output");
    if output.join("search/index.json").is_file() {
        println!("{{\"source\": \"output/search\"}}");
        return read_search_files(&output).map_err(|e| format!("{}: {e}", output.display()));
    }
    let options = dossier::build::Options::new(root);
    let built =
        dossier::build::build(&options, &ProgressBar::hidden()).map_err(|e| e.to_string())?;
    let start = Instant::now();
    let docs = dossier::search::site_docs(&built.site);
    let files = dossier::search::build(&docs);
    let seconds = start.elapsed().as_secs_f64();
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    println!(
        "{{\"source\": \"in memory\", \"index_seconds\": {seconds:.3}, \"docs\": {}, \"files\": {}, \"bytes\": {bytes}}}",
        docs.len(),
        files.len()
    );
    Ok(files)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((root, queries)) = args.split_first() else {
        eprintln!("usage: search-payload DOSSIER QUERY…");
        return ExitCode::from(2);
    };
    let files = match index(Path::new(root)) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("search-payload: {e}");
            return ExitCode::FAILURE;
        }
    };
    for query in queries {
        match dossier::search::payload_for_query(&files, query) {
            Ok(p) => println!(
                "{{\"query\": {query:?}, \"files\": {}, \"raw_bytes\": {}, \"gzip_bytes\": {}}}",
                p.files.len(),
                p.raw_bytes,
                p.gzip_bytes
            ),
            Err(e) => {
                eprintln!("search-payload: {query:?}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
