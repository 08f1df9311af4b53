//! Faults: a build killed mid-way leaves the previous `output/` whole; a write that fails
//! (a full disk) leaves it untouched; `serve` survives bursts of saves, files vanishing while
//! it reads them, and a thousand concurrent requests.

use crate::common::dossier::*;
use std::path::Path;
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
