//! Faults: a build killed mid-way leaves the previous `output/` whole; a write that fails
//! (a full disk), or an article saved or deleted while the build runs, leaves it untouched;
//! `serve` survives bursts of saves, files vanishing while
//! it reads them, and a thousand concurrent requests.

use crate::common::dossier::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Adds `n` generated articles, enough to make a build take a while.
fn grow(root: &Path, n: usize, word: &str) {
    let dir = root.join("content/articles/generated");
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..n {
        let mut body = String::new();
        for p in 0..12 {
            body.push_str(&format!(
                "Paragraph {p} of report {i}: US envoy Adam Boehler met Qatari officials in Doha, and \"{word} talks continue,\" a source familiar with the talks said.\n\n"
            ));
        }
        let text = format!(
            "---\ntitle: Report {i} {word}\ndate: 2025-{:02}-{:02}\ntags: [generated, t{}]\n---\n\n{body}",
            1 + i % 12,
            1 + i % 28,
            i % 7
        );
        std::fs::write(dir.join(format!("report-{i}.md")), text).unwrap();
    }
}

#[test]
fn a_build_killed_mid_way_leaves_the_previous_output_whole() {
    let site = fixture("basic");
    let root = site.path();
    grow(root, 1500, "old");
    dossier_ok(root, &["build", "--quiet"]);
    let old = snapshot(&root.join("output"));
    grow(root, 1500, "new");
    // What a finished build of the changed site looks like, for comparison.
    let reference = tempfile::tempdir().unwrap();
    let reference_out = reference.path().join("out");
    dossier_ok(
        root,
        &[
            "build",
            "--quiet",
            "--output",
            reference_out.to_str().unwrap(),
        ],
    );
    let new = snapshot(&reference_out);
    assert_ne!(old, new);

    let timed = Instant::now();
    dossier_ok(
        root,
        &[
            "build",
            "--quiet",
            "--output",
            reference.path().join("timing").to_str().unwrap(),
        ],
    );
    let full = timed.elapsed();
    let mut killed_mid_build = 0;
    for fraction in [0.1, 0.3, 0.5, 0.7, 0.9] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args(["build", "--quiet"])
            .current_dir(root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(full.mul_f64(fraction));
        let finished = child.try_wait().unwrap().is_some();
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        killed_mid_build += usize::from(!finished);
        let now = snapshot(&root.join("output"));
        assert!(
            now == old || now == new,
            "after a kill at {fraction} of a build, output/ is neither the old site nor the new one"
        );
    }
    assert!(
        killed_mid_build >= 2,
        "the kills landed after the builds ended; the test proves nothing"
    );
    // The next build cleans up what the killed ones left and succeeds.
    dossier_ok(root, &["build", "--quiet"]);
    assert_eq!(snapshot(&root.join("output")), new);
    let leftovers: Vec<_> = std::fs::read_dir(root)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("dossier-new"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "staging folders left behind: {leftovers:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_failed_write_reports_the_file_and_leaves_output_untouched() {
    let site = fixture("basic");
    let root = site.path();
    dossier_ok(root, &["build", "--quiet"]);
    let before = snapshot(&root.join("output"));
    grow(root, 20, "more");
    // A file-size limit makes writes fail partway, as a full disk does. SIGXFSZ is ignored so
    // the write returns an error instead of killing the process.
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -f 8; trap '' XFSZ; exec '{}' build",
            env!("CARGO_BIN_EXE_dossier")
        ))
        .current_dir(root)
        .output()
        .unwrap();
    assert!(
        !out.status.success(),
        "the build must fail when writes fail"
    );
    let err = stderr(&out);
    assert!(
        err.contains("cannot write") && err.contains("large"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        before,
        snapshot(&root.join("output")),
        "output/ changed after a failed write"
    );
}

/// Hands each file on to `inner`, after doing `fault` once, at the first file: what a writer
/// saving or deleting articles while a build renders does.
struct FaultAtFirstFile<'a> {
    inner: &'a dyn dossier::write::Sink,
    fault: std::sync::Mutex<Option<Box<dyn FnOnce() + Send + 'a>>>,
}

impl FaultAtFirstFile<'_> {
    fn fault(&self) {
        if let Some(fault) = self.fault.lock().unwrap().take() {
            fault();
        }
    }
}

impl dossier::write::Sink for FaultAtFirstFile<'_> {
    fn put(&self, path: PathBuf, bytes: Vec<u8>) -> Result<(), dossier::write::OutputError> {
        self.fault();
        self.inner.put(path, bytes)
    }

    fn copy(&self, path: PathBuf, source: &Path) -> Result<(), dossier::write::OutputError> {
        self.fault();
        self.inner.copy(path, source)
    }
}

/// `dossier build` reads each article's Markdown again when it renders its page: an article
/// removed or changed since it was loaded fails the build with its name, and output/ stays
/// as it was. The build runs on one thread, so every article page is rendered after the
/// first file is written (the home page), where the fault strikes.
#[test]
fn an_article_changed_or_removed_during_a_build_fails_it_and_leaves_output_untouched() {
    let remove = |p: &Path| std::fs::remove_file(p).unwrap();
    let change = |p: &Path| {
        let text = std::fs::read_to_string(p).unwrap();
        std::fs::write(p, text + "\nA line saved during the build.\n").unwrap();
    };
    for (what, fault) in [
        ("was removed", &remove as &(dyn Fn(&Path) + Sync)),
        ("was changed", &change),
    ] {
        let site = fixture("basic");
        let root = site.path();
        dossier_ok(root, &["build", "--quiet"]);
        let before = snapshot(&root.join("output"));
        let articles: Vec<PathBuf> = std::fs::read_dir(root.join("content/articles"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "md" || x == "txt"))
            .collect();
        assert!(articles.len() >= 3);
        let lock = dossier::write::lock(root, &root.join("output")).unwrap();
        let one_thread = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let result = one_thread.install(|| {
            lock.write_with(|staging| {
                let sink = FaultAtFirstFile {
                    inner: staging,
                    fault: std::sync::Mutex::new(Some(Box::new(|| {
                        articles.iter().for_each(|p| fault(p))
                    }))),
                };
                dossier::engine::Engine::new(dossier::engine::Options::new(root))
                    .build_all(&sink, &indicatif::ProgressBar::hidden())
            })
        });
        let err = result.expect_err("the build must fail").to_string();
        let named = articles.iter().any(|p| err.contains(&*p.to_string_lossy()));
        assert!(
            named && err.contains(what) && err.contains("build again"),
            "{err}"
        );
        drop(lock);
        assert_eq!(
            before,
            snapshot(&root.join("output")),
            "output/ changed after a build that failed"
        );
    }
}

#[test]
fn serve_survives_a_burst_of_saves_and_serves_the_last_one() {
    let site = fixture("basic");
    let server = serve(site.path(), &[]);
    let article = site
        .path()
        .join("content/articles/2025-03-05-envoy-in-doha.md");
    let text = read(&article);
    for i in 0..300 {
        std::fs::write(
            &article,
            text.replace(
                "US envoy met Hamas officials in Doha",
                &format!("Save number {i}"),
            ),
        )
        .unwrap();
    }
    let page = format!("{}articles/envoy-in-doha/", server.url);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (status, _, body) = get(&page);
        assert_eq!(status, 200);
        if body.contains("Save number 299") {
            break;
        }
        assert!(Instant::now() < deadline, "the last save was never served");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn serve_survives_files_vanishing_while_it_reads() {
    let site = fixture("basic");
    let server = serve(site.path(), &[]);
    let dir = site.path().join("content/articles");
    for round in 0..40 {
        for i in 0..10 {
            std::fs::write(
                dir.join(format!("flash-{i}.md")),
                format!("---\ntitle: Flash {i} round {round}\ndate: 2025-04-01\n---\nGone soon.\n"),
            )
            .unwrap();
        }
        for i in 0..10 {
            let _ = std::fs::remove_file(dir.join(format!("flash-{i}.md")));
        }
    }
    std::thread::sleep(Duration::from_millis(800));
    let (status, _, _) = get(&format!("{}articles/envoy-in-doha/", server.url));
    assert_eq!(status, 200, "the server keeps serving");
    let deadline = Instant::now() + Duration::from_secs(20);
    while get(&format!("{}articles/flash-0/", server.url)).0 != 404 {
        assert!(
            Instant::now() < deadline,
            "deleted articles are still served"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn serve_holds_a_thousand_concurrent_requests() {
    let site = fixture("basic");
    let server = serve(site.path(), &[]);
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(1000));
    let threads: Vec<_> = (0..1000)
        .map(|i| {
            let url = format!(
                "{}{}",
                server.url,
                [
                    "",
                    "timeline/",
                    "articles/envoy-in-doha/",
                    "static/style.css"
                ][i % 4]
            );
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                barrier.wait();
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .http_status_as_error(false)
                    .timeout_global(Some(Duration::from_secs(60)))
                    .build()
                    .into();
                agent
                    .get(&url)
                    .call()
                    .map(|r| r.status().as_u16())
                    .map_err(|e| e.to_string())
            })
        })
        .collect();
    let results: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    let failed: Vec<_> = results.iter().filter(|r| !matches!(r, Ok(200))).collect();
    assert!(
        failed.is_empty(),
        "{} of 1000 requests failed: {:?}",
        failed.len(),
        &failed[..failed.len().min(5)]
    );
}
