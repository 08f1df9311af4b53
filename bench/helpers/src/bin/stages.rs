//! `stages DOSSIER`: one build of DOSSIER, stage by stage, with the wall time of each stage
//! and the process's peak memory after it, as one JSON object. The stages are the library's
//! own functions, called in the order `dossier build` calls them; the search index, which the
//! build does not write yet, is built after rendering when the crate has a search stage.
//! The site is written to `DOSSIER/output` as `dossier build` would.

use dossier::build::{self, Options};
use dossier::extract::ArticleExtraction;
use dossier::render::Urls;
use indicatif::ProgressBar;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

/// The process's peak resident memory so far, in MiB (Linux; 0 elsewhere).
fn peak_mib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024)
}

struct Clock {
    last: Instant,
    out: Vec<String>,
}

impl Clock {
    fn lap(&mut self, stage: &str) {
        let seconds = self.last.elapsed().as_secs_f64();
        self.out.push(format!(
            "{{\"stage\": \"{stage}\", \"seconds\": {seconds:.3}, \"peak_mib\": {}}}",
            peak_mib()
        ));
        self.last = Instant::now();
    }
}

fn run(root: &Path) -> Result<Vec<String>, dossier::Error> {
    let options = Options::new(root);
    let mut clock = Clock {
        last: Instant::now(),
        out: Vec::new(),
    };
    let loaded = build::load(&options)?;
    clock.lap("load");
    let extraction = build::extract_all(&loaded.corpus, &loaded.registry, &ProgressBar::hidden());
    clock.lap("extract");
    let refs: Vec<&ArticleExtraction> = extraction.iter().collect();
    let site = dossier::site::link(loaded.config, loaded.corpus, &refs, &loaded.registry);
    clock.lap("link");
    let urls = Urls::new(&site.config.base_url);
    let theme = build::theme(root, &site, &urls)?;
    let (generated, _) = build::generate(&site, &theme, &urls)?;
    clock.lap("render (pages, feeds, sitemap, exports)");
    let search = dossier::search::build(&dossier::search::site_docs(&site));
    clock.lap("search index (built; the build does not write it yet)");
    drop(search);
    let files = dossier::output::Files {
        generated,
        copied: site.assets.clone(),
    };
    dossier::output::write(root, &root.join("output"), &files)?;
    clock.lap("write");
    drop(files);
    drop(site);
    drop(extraction);
    clock.lap("free");
    Ok(clock.out)
}

fn main() -> ExitCode {
    let Some(root) = std::env::args().nth(1) else {
        eprintln!("usage: stages DOSSIER");
        return ExitCode::from(2);
    };
    match run(Path::new(&root)) {
        Ok(lines) => {
            println!("[{}]", lines.join(", "));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("stages: {e}");
            ExitCode::FAILURE
        }
    }
}
