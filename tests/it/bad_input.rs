//! The catalogue of bad input in `tests/bad/`: every case exits as its `expect` file says,
//! names the file and line, never panics or hangs, and leaves a previous `output/` exactly as
//! it was. Cases that git cannot store (huge files, symlink loops, unreadable files) are
//! made here.

use crate::common::dossier::*;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Longest a single build may take on bad input before it counts as a hang: far above what
/// a 20 MB article takes (about 12 s of CPU in the optimised test profile, but 56 s by the
/// clock on a 2-core machine busy with other builds), so that only a hang, never a slow
/// machine, fails it. A quadratic step on the 5 MB line took minutes.
const LIMIT: Duration = Duration::from_secs(150);

/// Runs `dossier ARGS` in `dir`, killing it if it runs past [`LIMIT`].
fn run(dir: &Path, args: &[&str]) -> (bool, String, Duration) {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dossier runs");
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let mut err = String::new();
            std::io::Read::read_to_string(child.stderr.as_mut().expect("stderr"), &mut err).ok();
            return (status.success(), err, start.elapsed());
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("dossier {args:?} hung for more than {LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Asserts how a build of the damaged site ends. `expect` is `None` for a build that must
/// succeed, or the text the error must contain.
fn assert_outcome(case: &str, site: &Path, before: &Snapshot, expect: Option<&str>) {
    if let Err(problem) = outcome(case, site, before, expect) {
        panic!("{problem}");
    }
}

type Snapshot = std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>;

/// How a build of the damaged site ended, against what was expected.
fn outcome(case: &str, site: &Path, before: &Snapshot, expect: Option<&str>) -> Result<(), String> {
    let (ok, err, _) = run(site, &["build", "--quiet"]);
    let fail = |why: &str| Err(format!("{case}: {why}\n{err}"));
    if err.contains("panicked") {
        return fail("panicked");
    }
    match expect {
        None if !ok => fail("must build, but failed"),
        None => Ok(()),
        Some(_) if ok => fail("must fail, but built"),
        Some(text) if !err.contains(text) => fail(&format!("expected `{text}` in the error")),
        Some(_) if !err.lines().all(|l| l.starts_with("error: ")) => {
            fail("every line must be an error line")
        }
        Some(_) if before != &snapshot(&site.join("output")) => fail("output/ changed"),
        Some(_) => Ok(()),
    }
}

#[test]
fn every_case_in_the_catalogue_behaves_as_its_expect_file_says() {
    let bad = repo().join("tests/bad");
    let mut cases: Vec<_> = std::fs::read_dir(&bad)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 20, "the catalogue lost cases");
    let mut problems = Vec::new();
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let expect = read(&case.join("expect"));
        let mut lines = expect.lines();
        let outcome_word = lines.next().unwrap_or("");
        let text = lines.next().unwrap_or("").trim().to_string();
        let (site, before) = built_fixture("basic");
        for entry in walkdir::WalkDir::new(&case).min_depth(1) {
            let entry = entry.unwrap();
            let rel = entry.path().strip_prefix(&case).unwrap();
            if rel == Path::new("expect") {
                continue;
            }
            let target = site.path().join(rel);
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
            } else {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
        let result = match outcome_word {
            "ok" => outcome(&name, site.path(), &before, None),
            "fail" => outcome(&name, site.path(), &before, Some(&text)),
            other => Err(format!("{name}: expect must say ok or fail, not {other:?}")),
        };
        problems.extend(result.err());
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn keep_going_builds_the_good_articles_and_lists_the_bad_ones() {
    let site = fixture("basic");
    let dir = site.path().join("content/articles");
    std::fs::write(dir.join("empty.md"), "").unwrap();
    std::fs::write(
        dir.join("feb.md"),
        "---\ntitle: Feb\ndate: 2025-02-30\n---\n",
    )
    .unwrap();
    let out = dossier(site.path(), &["build", "--keep-going"]);
    assert_eq!(
        out.status.code(),
        Some(dossier::cli::exit::SKIPPED.into()),
        "the site is written, and the status says articles were left out: {}",
        stderr(&out)
    );
    let err = stderr(&out);
    assert!(
        err.contains("content/articles/empty.md:1:") && err.contains("content/articles/feb.md:3:"),
        "{err}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Built 4 articles"));
    assert!(
        site.path()
            .join("output/articles/envoy-in-doha/index.html")
            .is_file()
    );
}

#[test]
fn a_huge_article_and_a_single_huge_line_build_in_time() {
    let (site, _) = built_fixture("basic");
    let yaml = site.path().join("site.yaml");
    std::fs::write(&yaml, read(&yaml) + "limits: { article_mb: 25 }\n").unwrap();
    let dir = site.path().join("content/articles");
    let paragraph = "Mediators met in Doha on Tuesday, and US envoy Adam Boehler said \"the talks will go on\" as officials from Qatar and Egypt looked on.\n\n";
    let big = format!(
        "---\ntitle: A very long article\ndate: 2025-04-01\n---\n\n{}",
        paragraph.repeat(20 * 1024 * 1024 / paragraph.len())
    );
    std::fs::write(dir.join("huge.md"), &big).unwrap();
    let line = format!(
        "---\ntitle: One long line\ndate: 2025-04-02\n---\n\n{}\n",
        paragraph
            .trim_end()
            .repeat(5 * 1024 * 1024 / paragraph.len())
    );
    std::fs::write(dir.join("line.md"), &line).unwrap();
    let (ok, err, took) = run(site.path(), &["build", "--quiet"]);
    assert!(ok, "{err}");
    assert!(took < LIMIT, "took {took:?}");
    // Without a registry every name is resolved from the text alone: the one long line
    // names the same envoy forty thousand times, and each must not be compared with all
    // the others (this took minutes when it was).
    let line = "content/articles/line.md";
    let (ok, err, took) = run(site.path(), &["extract", "--json", "--no-registry", line]);
    assert!(ok, "{err}");
    assert!(took < LIMIT, "took {took:?}");
}

#[test]
fn an_article_over_the_size_limit_is_refused_by_name_until_site_yaml_raises_it() {
    let (site, before) = built_fixture("basic");
    let text = format!(
        "---\ntitle: Pasted log\ndate: 2025-04-01\n---\n\n{}",
        "Talks went on in Doha.\n\n".repeat(6_000_000 / 24)
    );
    let path = site.path().join("content/articles/pasted-log.md");
    std::fs::write(&path, text).unwrap();
    assert_outcome(
        "over-the-limit",
        site.path(),
        &before,
        Some("content/articles/pasted-log.md: 6000"),
    );
    let (_, err, _) = run(site.path(), &["build", "--quiet"]);
    assert!(err.contains("article_mb: 7"), "{err}");
    let yaml = site.path().join("site.yaml");
    std::fs::write(&yaml, read(&yaml) + "limits:\n  article_mb: 7\n").unwrap();
    let (ok, err, _) = run(site.path(), &["build", "--quiet"]);
    assert!(ok, "{err}");
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported_not_followed_forever() {
    let (site, before) = built_fixture("basic");
    let dir = site.path().join("content/articles/loop");
    std::fs::create_dir_all(&dir).unwrap();
    std::os::unix::fs::symlink("..", dir.join("back")).unwrap();
    assert_outcome(
        "symlink-loop",
        site.path(),
        &before,
        Some("content/articles/loop/back"),
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_article_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let (site, before) = built_fixture("basic");
    let path = site.path().join("content/articles/locked.md");
    std::fs::write(&path, "---\ntitle: Locked\ndate: 2025-04-01\n---\nBody\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        // Running as root, permissions do not stop reading: a dangling link is the unreadable
        // file root still cannot read.
        std::fs::remove_file(&path).unwrap();
        std::os::unix::fs::symlink("missing-target.md", &path).unwrap();
    }
    assert_outcome(
        "unreadable",
        site.path(),
        &before,
        Some("content/articles/locked.md"),
    );
}

#[test]
fn output_is_never_the_dossier_content_or_a_foreign_folder() {
    let site = fixture("basic");
    let root = site.path();
    std::fs::create_dir_all(root.join("mine")).unwrap();
    std::fs::write(root.join("mine/notes.txt"), "keep me").unwrap();
    for (target, why) in [
        (".", "own folder"),
        ("content", "content"),
        ("..", "own folder"),
        ("mine", "not empty"),
    ] {
        let (ok, err, _) = run(root, &["build", "--output", target]);
        assert!(!ok, "--output {target} must be refused");
        assert!(err.contains(why), "--output {target}: {err}");
    }
    assert_eq!(read(&root.join("mine/notes.txt")), "keep me");
    assert!(
        root.join("content/articles/2025-03-05-envoy-in-doha.md")
            .is_file()
    );
}
