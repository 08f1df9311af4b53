//! How long each stage of a build took and the peak memory after it, for
//! `dossier build --timings` and the benchmark; the timed stages also drive the progress bar.

use indicatif::ProgressBar;

/// One stage's cost: its name, how long it took, and the process's peak memory after it.
pub type Stage = (&'static str, std::time::Duration, Option<u64>);

/// How long each stage took, in pipeline order, for `dossier build --timings` and the
/// benchmark. It also carries the build's progress bar, so that every timed stage shows
/// itself on it (hidden unless `dossier build` runs on a terminal).
#[derive(Debug)]
pub struct Timings {
    stages: std::sync::Mutex<Vec<Stage>>,
    progress: ProgressBar,
}

impl Default for Timings {
    fn default() -> Self {
        Timings::with_progress(ProgressBar::hidden())
    }
}

impl Timings {
    /// Timings that show each stage on `progress`.
    pub fn with_progress(progress: ProgressBar) -> Self {
        Timings {
            stages: std::sync::Mutex::default(),
            progress,
        }
    }

    /// Runs `f` and records its duration under `stage`.
    pub fn time<T>(&self, stage: &'static str, f: impl FnOnce() -> T) -> T {
        self.time_counted(stage, None, f)
    }

    /// [`Timings::time`] for a stage that goes through `len` items, each counted on
    /// [`Timings::progress`] as it is done.
    pub fn time_counted<T>(
        &self,
        stage: &'static str,
        len: Option<usize>,
        f: impl FnOnce() -> T,
    ) -> T {
        crate::engine::progress::stage(&self.progress, stage, len.map(|n| n as u64));
        let start = std::time::Instant::now();
        let out = f();
        self.record(stage, start.elapsed());
        out
    }

    /// The build's progress bar.
    pub fn progress(&self) -> &ProgressBar {
        &self.progress
    }

    /// Records a stage timed elsewhere.
    pub fn record(&self, stage: &'static str, took: std::time::Duration) {
        if let Ok(mut list) = self.stages.lock() {
            list.push((stage, took, peak_memory_mib()));
        }
    }

    /// How long the named stages took together (a stage recorded twice counts twice).
    pub fn total(&self, names: &[&str]) -> std::time::Duration {
        self.stages()
            .iter()
            .filter(|s| names.contains(&s.0))
            .map(|s| s.1)
            .sum()
    }

    /// The recorded stages.
    pub fn stages(&self) -> Vec<Stage> {
        self.stages.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

/// The process's peak resident memory so far, in MiB, where the system tells (Linux).
fn peak_memory_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kib = status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?;
    kib.trim()
        .trim_end_matches("kB")
        .trim()
        .parse::<u64>()
        .ok()
        .map(|k| k / 1024)
}
