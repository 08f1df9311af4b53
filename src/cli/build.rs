//! `dossier build`: run the pipeline and write `output/` atomically, with a progress bar on
//! a terminal and one summary line.

use crate::Error;
use crate::engine::{self, Engine, Options};
use crate::write::{self, OutputLock};
use indicatif::ProgressBar;
use std::path::PathBuf;
use std::time::Instant;

/// What `build` did, for the summary line.
pub struct Report {
    pub articles: usize,
    pub pages: usize,
    pub seconds: f64,
    pub output: PathBuf,
    /// Problems with files that `--keep-going` left out.
    pub skipped: Vec<String>,
    /// Articles dated after now, left out for want of `--future`.
    pub future: usize,
    /// How long each stage took, and the peak memory after it.
    pub timings: Vec<engine::Stage>,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Built {} article{}, {} page{} in {:.2} s → {}/",
            self.articles,
            if self.articles == 1 { "" } else { "s" },
            self.pages,
            if self.pages == 1 { "" } else { "s" },
            self.seconds,
            self.output.display().to_string().trim_end_matches('/')
        )?;
        if let Some(held) = held_back(self.future) {
            write!(f, "\n{held}")?;
        }
        Ok(())
    }
}

/// "2 future articles held back; --future to include", or nothing when none was.
pub fn held_back(future: usize) -> Option<String> {
    (future > 0).then(|| {
        format!(
            "{future} future article{} held back; --future to include",
            if future == 1 { "" } else { "s" }
        )
    })
}

/// The output folder: `--output`, else `output/` in the dossier.
pub fn output_dir(options: &Options, output: Option<PathBuf>) -> PathBuf {
    output.unwrap_or_else(|| {
        if options.root == std::path::Path::new(".") {
            PathBuf::from("output")
        } else {
            options.root.join("output")
        }
    })
}

/// Builds and writes the site, holding the output folder's lock while it does.
pub fn run(options: &Options, output: Option<PathBuf>, quiet: bool) -> Result<Report, Error> {
    let lock = write::lock(&options.root, &output_dir(options, output))?;
    run_locked(options, &lock, quiet)
}

/// Builds and writes the site into the folder whose lock the caller holds (deploy holds it
/// from the build to the push).
pub fn run_locked(options: &Options, lock: &OutputLock, quiet: bool) -> Result<Report, Error> {
    let bar = crate::engine::progress::on_terminal(quiet);
    let report = build_and_write(options, lock, &bar);
    // Cleared however the build ends, so an error prints on a clean line.
    bar.finish_and_clear();
    report
}

/// [`run_locked`]'s work, with its progress shown on `bar`.
fn build_and_write(
    options: &Options,
    lock: &OutputLock,
    bar: &ProgressBar,
) -> Result<Report, Error> {
    let start = Instant::now();
    // Files go to disk as they are made; the new output replaces the old at the end.
    let built = lock.write_with(|sink| Engine::new(options.clone()).build_all(sink, bar))?;
    // Writing is what the stages that made files (timed as they wrote) leave of the time.
    let t = &built.timings;
    let made = t.total(&[
        "load", "extract", "link", "theme", "render", "sitemap", "exports", "search",
    ]);
    t.record("write", start.elapsed().saturating_sub(made));
    Ok(Report {
        articles: built.articles,
        pages: built.pages,
        seconds: start.elapsed().as_secs_f64(),
        output: lock.output().to_path_buf(),
        skipped: built.skipped.iter().map(ToString::to_string).collect(),
        future: built.future,
        timings: t.stages(),
    })
}

/// `dossier build` as the command line asks for it: with `watch`, builds again after every
/// change until interrupted; otherwise builds once, prints what was skipped, the stage timings
/// if asked and the summary line. Returns the exit status ([`super::exit::SKIPPED`] when
/// `--keep-going` left articles out).
pub fn command(
    options: Options,
    output: Option<PathBuf>,
    quiet: bool,
    watch: bool,
    timings: bool,
) -> Result<u8, Error> {
    if watch {
        let out = output_dir(&options, output);
        return crate::serve::watch_build(options, &out, quiet).map(|()| super::exit::OK);
    }
    let report = run(&options, output, quiet)?;
    for problem in &report.skipped {
        eprintln!("skipped: {problem}");
    }
    if timings {
        for (stage, took, peak) in &report.timings {
            let peak = peak.map(|m| format!("{m:>6} MiB peak")).unwrap_or_default();
            eprintln!("{stage:>8} {:>8.3} s {peak}", took.as_secs_f64());
        }
    }
    if !quiet {
        println!("{report}");
    }
    Ok(if report.skipped.is_empty() {
        super::exit::OK
    } else {
        super::exit::SKIPPED
    })
}
