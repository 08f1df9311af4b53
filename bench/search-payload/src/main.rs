//! `search-payload OUTPUT QUERY…`: for each query, the files a reader's browser fetches to run
//! it on the site built in OUTPUT (the index manifest, the term shards and result chunks it
//! needs, and the search JavaScript) and their size raw and gzip-compressed, one JSON object a
//! line. The computation is the search stage's own [`dossier::search::payload_for_query`].

use std::path::{Path, PathBuf};
use std::process::ExitCode;

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

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((output, queries)) = args.split_first() else {
        eprintln!("usage: search-payload OUTPUT QUERY…");
        return ExitCode::from(2);
    };
    let files = match read_search_files(Path::new(output)) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("search-payload: {output}/search: {e}");
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
