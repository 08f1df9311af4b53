//! The command line as Zola and Hugo users type it: `--root` and `--config` before or after
//! the command, the documented exit statuses, and the environment variables `--help` lists.
use crate::common;

use crate::common::dossier::{dossier, dossier_ok, fixture, read, stderr};

#[test]
fn root_and_config_may_come_before_the_command() {
    let site = fixture("basic");
    let parent = site.path().parent().expect("a parent folder");
    let name = site.path().file_name().expect("a name").to_string_lossy();

    dossier_ok(parent, &["--root", &name, "build", "--quiet"]);
    let index = read(&site.path().join("output/index.html"));
    assert!(index.contains("Fixture Dossier"), "built from site.yaml");

    let staging = read(&site.path().join("site.yaml"))
        .replace("title: Fixture Dossier", "title: Staging Dossier");
    std::fs::write(site.path().join("staging.yaml"), staging).expect("write");
    dossier_ok(
        parent,
        &[
            "--root",
            &name,
            "--config",
            "staging.yaml",
            "build",
            "--quiet",
        ],
    );
    let index = read(&site.path().join("output/index.html"));
    assert!(index.contains("Staging Dossier"), "built from --config");

    std::fs::remove_dir_all(site.path().join("output")).expect("remove output");
    dossier_ok(parent, &["build", "--quiet", "--root", &name]);
    assert!(
        site.path().join("output/index.html").is_file(),
        "after the command too"
    );

    let out = dossier(
        parent,
        &["--root", &name, "--config", "nowhere.yaml", "check"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("nowhere.yaml"), "{}", stderr(&out));
}

#[test]
fn exit_statuses_are_the_documented_ones() {
    let site = fixture("basic");
    let out = dossier(site.path(), &["build", "--no-such-option"]);
    assert_eq!(out.status.code(), Some(dossier::cli::exit::USAGE.into()));
    let out = dossier(site.path(), &["--root", "elsewhere", "build"]);
    assert_eq!(out.status.code(), Some(dossier::cli::exit::ERROR.into()));
    let out = dossier(site.path(), &["--root", ".", "init", "new"]);
    assert_eq!(out.status.code(), Some(dossier::cli::exit::ERROR.into()));
    assert!(!site.path().join("new").exists(), "init refused --root");

    let help = String::from_utf8_lossy(&dossier_ok(site.path(), &["--help"]).stdout).into_owned();
    let readme = read(&common::dossier::repo().join("README.md"));
    for (code, words) in [
        (dossier::cli::exit::OK, "success"),
        (dossier::cli::exit::ERROR, "an error"),
        (dossier::cli::exit::USAGE, "the command line is wrong"),
        (dossier::cli::exit::SKIPPED, "build --keep-going"),
    ] {
        let line = format!("  {code}  {words}");
        assert!(help.contains(&line), "--help lacks `{line}`:\n{help}");
        let row = format!("| {code} | {words}");
        assert!(readme.contains(&row), "README lacks `{row}`");
    }
}

/// Every environment variable the code reads (directly, or through git, ureq, opener,
/// console and rayon, which the list names) is in `--help` and in the README.
#[test]
fn the_environment_variables_read_are_documented() {
    let help = String::from_utf8_lossy(&dossier_ok(std::path::Path::new("."), &["--help"]).stdout)
        .into_owned();
    let readme = read(&common::dossier::repo().join("README.md"));
    let mut read_directly = Vec::new();
    for entry in walkdir::WalkDir::new(common::dossier::repo().join("src")) {
        let entry = entry.expect("readable");
        if entry.path().extension().is_some_and(|e| e == "rs") {
            let text = read(entry.path());
            for part in text.split("var(\"").skip(1) {
                if let Some(name) = part.split('"').next() {
                    read_directly.push(name.to_string());
                }
            }
        }
    }
    assert!(
        read_directly.contains(&"GIT_COMMITTER_NAME".to_string()),
        "the scan finds what deploy reads: {read_directly:?}"
    );
    let through_crates = [
        "NO_COLOR",
        "HTTPS_PROXY",
        "NO_PROXY",
        "BROWSER",
        "RAYON_NUM_THREADS",
    ];
    for name in read_directly
        .iter()
        .map(String::as_str)
        .chain(through_crates)
    {
        assert!(help.contains(name), "--help does not document {name}");
        assert!(
            readme.contains(&format!("`{name}`")),
            "README does not document {name}"
        );
    }
}

/// A reader that stops early (`dossier extract --json | head -c 1`) closes the pipe: the
/// command ends quietly with success, not with a panic about printing.
#[test]
fn a_reader_that_stops_early_is_no_panic() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    // Far more output than a pipe holds, so the writer is still writing when the reader
    // goes away.
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut files = Vec::new();
    for i in 0..150 {
        let name = format!("a{i}.md");
        let body = format!(
            "---\ntitle: \"Talks {i}\"\ndate: 2025-03-01\n---\n\nEnvoy Steve Witkoff met \
             Prime Minister Benjamin Netanyahu in Jerusalem on day {i}. \"We are close to a \
             deal,\" Witkoff said.\n"
        );
        std::fs::write(dir.path().join(&name), body).expect("write an article");
        files.push(name);
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .current_dir(dir.path())
        .args(["extract", "--json", "--no-registry"])
        .args(&files)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run dossier");
    let mut first = [0u8; 1];
    let mut out = child.stdout.take().expect("stdout");
    out.read_exact(&mut first).expect("a first byte");
    drop(out);
    let status = child.wait().expect("wait");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read stderr");
    assert_eq!(first[0], b'{');
    assert!(status.success(), "{status:?}: {err}");
    assert!(!err.contains("panicked"), "{err}");
}
