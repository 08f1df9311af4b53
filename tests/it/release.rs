//! The release workflow (`.github/workflows/release.yml`) and the install step of the Pages
//! workflow `dossier init` writes, run as the bash scripts they are. The release's own
//! packaging and checksum steps lay out a release of fake binaries (each prints the target it
//! was packaged for); a server on 127.0.0.1 serves it where GitHub would; the install step
//! downloads, verifies and installs from it, or falls back to `cargo install` (a shim on
//! PATH that records its arguments).
use crate::common;

use crate::common::server::Server;
use crate::common::workflow::{init_workflow, parse, release_workflow, run, script, step};
use std::collections::BTreeSet;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Output;
use tempfile::TempDir;

const VERSION: &str = env!("CARGO_PKG_VERSION");
const LINUX_X86_64: &str = "x86_64-unknown-linux-gnu";

/// What `uname -s` and `uname -m` say on a machine that runs `target`.
fn uname(target: &str) -> (&'static str, &'static str) {
    match target {
        "x86_64-unknown-linux-gnu" => ("Linux", "x86_64"),
        "aarch64-unknown-linux-gnu" => ("Linux", "aarch64"),
        "x86_64-apple-darwin" => ("Darwin", "x86_64"),
        "aarch64-apple-darwin" => ("Darwin", "arm64"),
        other => panic!("no Unix machine runs {other}"),
    }
}

/// The targets of the release's build matrix.
fn release_targets() -> Vec<String> {
    let w = parse(&release_workflow());
    w["jobs"]["build"]["strategy"]["matrix"]["include"]
        .as_array()
        .expect("the build matrix lists its targets")
        .iter()
        .map(|t| t["target"].as_str().expect("a target").to_string())
        .collect()
}

fn write_executable(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
    std::fs::write(path, text).expect("write");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

fn path_with(shims: &Path) -> String {
    format!("{}:/usr/bin:/bin", shims.display())
}

fn stdout_and_stderr(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Runs the release's Package step for each target over a fake binary, then its Checksums
/// step: the release's files are in `dist/` of the returned folder. Windows' `7z` is a shim
/// that only creates the file it is asked for.
fn lay_out_release(targets: &[String]) -> TempDir {
    let w = parse(&release_workflow());
    let work = tempfile::tempdir().expect("temp dir");
    std::fs::write(work.path().join("README.md"), "# dossier\n").expect("readme");
    let shims = work.path().join("shims");
    write_executable(&shims.join("7z"), "#!/bin/sh\n: > \"$3\"\n");
    for target in targets {
        let exe = if target.contains("windows") {
            ".exe"
        } else {
            ""
        };
        write_executable(
            &work
                .path()
                .join(format!("target/{target}/release/dossier{exe}")),
            &format!("#!/bin/sh\necho \"dossier {VERSION} packaged for {target}\"\n"),
        );
        let out = run(
            script(step(&w, "build", "Package")),
            work.path(),
            &[
                ("PATH", path_with(&shims)),
                ("TAG", format!("v{VERSION}")),
                ("TARGET", target.clone()),
                ("TMPDIR", work.path().display().to_string()),
            ],
        );
        assert!(out.status.success(), "{}", stdout_and_stderr(&out));
    }
    let out = run(
        script(step(&w, "release", "Checksums")),
        work.path(),
        &[("PATH", path_with(&shims))],
    );
    assert!(out.status.success(), "{}", stdout_and_stderr(&out));
    work
}

/// Serves `dist` where GitHub serves the release's files; returns the server and the
/// `releases/download` address the install step reads from `DOSSIER_RELEASES`.
fn serve(dist: &Path) -> (Server, String) {
    let server = Server::start(dist, &format!("/releases/download/v{VERSION}/"));
    let base = server.url();
    let releases = base
        .strip_suffix(&format!("/v{VERSION}/"))
        .expect("the release folder")
        .to_string();
    (server, releases)
}

/// A runner for the install step: its own HOME, GITHUB_PATH and GITHUB_OUTPUT files, and
/// shims first on PATH for `uname` (saying what machine this is) and `cargo` (recording
/// what it was asked to do).
struct Runner {
    dir: TempDir,
}

impl Runner {
    fn new(os: &str, arch: &str) -> Runner {
        let dir = tempfile::tempdir().expect("temp dir");
        let shims = dir.path().join("shims");
        write_executable(
            &shims.join("uname"),
            &format!(
                "#!/bin/sh\ncase \"$1\" in -s) echo {os} ;; -m) echo {arch} ;; *) echo {os} {arch} ;; esac\n"
            ),
        );
        let log = dir.path().join("cargo.log");
        write_executable(
            &shims.join("cargo"),
            &format!("#!/bin/sh\necho \"$@\" >> '{}'\n", log.display()),
        );
        std::fs::create_dir(dir.path().join("home")).expect("home");
        Runner { dir }
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.file(name)).unwrap_or_default()
    }

    /// Runs the install step of a freshly initialised dossier's Pages workflow.
    fn install(&self, releases: &str) -> Output {
        let dossier = tempfile::tempdir().expect("temp dir");
        let w = parse(&init_workflow(dossier.path()));
        let version = w["env"]["DOSSIER_VERSION"]
            .as_str()
            .expect("a pinned version");
        let env = [
            ("PATH", path_with(&self.file("shims"))),
            ("HOME", self.file("home").display().to_string()),
            (
                "GITHUB_PATH",
                self.file("github_path").display().to_string(),
            ),
            (
                "GITHUB_OUTPUT",
                self.file("github_output").display().to_string(),
            ),
            ("DOSSIER_VERSION", version.to_string()),
            ("DOSSIER_RELEASES", releases.to_string()),
            ("TMPDIR", self.dir.path().display().to_string()),
        ];
        run(script(step(&w, "build", "install")), self.dir.path(), &env)
    }

    /// Where the install step puts the release binary.
    fn installed(&self) -> PathBuf {
        self.file("home/.local/bin/dossier")
    }
}

#[test]
fn the_tag_must_be_the_crate_version() {
    let w = parse(&release_workflow());
    let check = script(step(
        &w,
        "version",
        "Check that the tag is the crate's version",
    ));
    let with_tag = |tag: &str| {
        let env = [
            ("PATH", "/usr/bin:/bin".to_string()),
            ("TAG", tag.to_string()),
        ];
        run(check, &common::dossier::repo(), &env)
    };
    let right = with_tag(&format!("v{VERSION}"));
    assert!(right.status.success(), "{}", stdout_and_stderr(&right));
    let wrong = with_tag("v99.0.0");
    assert!(!wrong.status.success(), "v99.0.0 passed the check");
    let said = stdout_and_stderr(&wrong);
    assert!(
        said.contains(&format!(
            "tag v99.0.0 does not match version {VERSION} in Cargo.toml"
        )),
        "{said}"
    );
}

/// Every archive the release makes for a Unix machine is the one the install step downloads
/// there, and installs: the names agree on both sides, and SHA256SUMS covers every archive.
#[test]
fn the_install_step_downloads_exactly_the_archives_the_release_makes() {
    let targets = release_targets();
    let expected = [
        "x86_64-unknown-linux-gnu",
        "aarch64-unknown-linux-gnu",
        "x86_64-apple-darwin",
        "aarch64-apple-darwin",
        "x86_64-pc-windows-msvc",
    ];
    assert_eq!(
        targets.iter().map(String::as_str).collect::<BTreeSet<_>>(),
        BTreeSet::from(expected)
    );
    let work = lay_out_release(&targets);
    let dist = work.path().join("dist");
    let archives: BTreeSet<String> = std::fs::read_dir(&dist)
        .expect("dist")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name != "SHA256SUMS")
        .collect();
    let windows = format!("dossier-{VERSION}-x86_64-pc-windows-msvc.zip");
    assert!(archives.contains(&windows), "{archives:?}");
    let sums = common::dossier::read(&dist.join("SHA256SUMS"));
    let summed: BTreeSet<String> = sums
        .lines()
        .map(|l| {
            l.split_whitespace()
                .nth(1)
                .expect("a file name")
                .to_string()
        })
        .collect();
    assert_eq!(summed, archives, "SHA256SUMS covers every archive");

    let (server, releases) = serve(&dist);
    for target in targets.iter().filter(|t| !t.contains("windows")) {
        let (os, arch) = uname(target);
        let runner = Runner::new(os, arch);
        let out = runner.install(&releases);
        assert!(
            out.status.success(),
            "{target}: {}",
            stdout_and_stderr(&out)
        );
        let ran = std::process::Command::new(runner.installed())
            .output()
            .unwrap_or_else(|e| panic!("{target}: the installed dossier runs: {e}"));
        assert_eq!(
            String::from_utf8_lossy(&ran.stdout).trim(),
            format!("dossier {VERSION} packaged for {target}")
        );
        assert_eq!(
            runner.read("github_path").trim(),
            runner
                .installed()
                .parent()
                .expect("bin")
                .display()
                .to_string()
        );
        assert_eq!(
            runner.read("cargo.log"),
            "",
            "{target}: cargo was not needed"
        );
    }
    let downloaded: BTreeSet<String> = server
        .served()
        .into_iter()
        .filter(|s| s.status == 200 && !s.path.ends_with("/SHA256SUMS"))
        .map(|s| s.path.rsplit('/').next().expect("a name").to_string())
        .collect();
    let unix: BTreeSet<String> = archives.into_iter().filter(|a| *a != windows).collect();
    assert_eq!(downloaded, unix);
}

#[test]
fn a_tampered_archive_fails_the_job_with_a_clear_message_and_installs_nothing() {
    let work = lay_out_release(&[LINUX_X86_64.to_string()]);
    let dist = work.path().join("dist");
    let archive = format!("dossier-{VERSION}-{LINUX_X86_64}.tar.gz");
    let mut bytes = std::fs::read(dist.join(&archive)).expect("archive");
    let last = bytes.len() - 1;
    bytes[last] ^= 0xff;
    std::fs::write(dist.join(&archive), bytes).expect("tamper");
    let (_server, releases) = serve(&dist);

    let runner = Runner::new("Linux", "x86_64");
    let out = runner.install(&releases);
    assert!(!out.status.success(), "a tampered archive was accepted");
    let said = stdout_and_stderr(&out);
    assert!(said.contains("checksum mismatch"), "{said}");
    assert!(said.contains(&archive), "{said}");
    assert!(!runner.installed().exists(), "nothing is installed");
    assert_eq!(runner.read("cargo.log"), "", "a mismatch never falls back");
}

#[test]
fn a_missing_release_falls_back_to_cargo_install_of_the_same_version() {
    let empty = tempfile::tempdir().expect("temp dir");
    let (server, releases) = serve(empty.path());
    let runner = Runner::new("Linux", "x86_64");
    let out = runner.install(&releases);
    assert!(out.status.success(), "{}", stdout_and_stderr(&out));
    assert!(
        server.served().iter().any(|s| s.status == 404),
        "the release was asked for first"
    );
    assert_eq!(
        runner.read("cargo.log"),
        format!("install --locked dossier-ssg --version {VERSION}\n")
    );
    // The next step saves cargo's work in the cache.
    assert!(runner.read("github_output").contains("built=true"));
    assert!(stdout_and_stderr(&out).contains("from crates.io"));
    assert!(!runner.installed().exists());
}

#[test]
fn a_release_whose_checksums_omit_the_archive_falls_back_to_cargo_install() {
    let work = lay_out_release(&[LINUX_X86_64.to_string()]);
    let dist = work.path().join("dist");
    std::fs::write(dist.join("SHA256SUMS"), "").expect("empty the checksums");
    let (_server, releases) = serve(&dist);
    let runner = Runner::new("Linux", "x86_64");
    let out = runner.install(&releases);
    assert!(out.status.success(), "{}", stdout_and_stderr(&out));
    assert!(stdout_and_stderr(&out).contains("has no line for"));
    assert!(
        runner
            .read("cargo.log")
            .starts_with("install --locked dossier-ssg")
    );
    assert!(!runner.installed().exists());
}

#[test]
fn a_platform_without_release_binaries_builds_with_cargo() {
    let work = lay_out_release(&[LINUX_X86_64.to_string()]);
    let (server, releases) = serve(&work.path().join("dist"));
    let runner = Runner::new("FreeBSD", "amd64");
    let out = runner.install(&releases);
    assert!(out.status.success(), "{}", stdout_and_stderr(&out));
    assert!(
        server.served().is_empty(),
        "nothing to download for FreeBSD"
    );
    assert_eq!(
        runner.read("cargo.log"),
        format!("install --locked dossier-ssg --version {VERSION}\n")
    );
}

#[test]
fn a_dossier_of_the_pinned_version_already_on_path_is_kept() {
    let runner = Runner::new("Linux", "x86_64");
    write_executable(
        &runner.file("shims/dossier"),
        &format!("#!/bin/sh\necho \"dossier {VERSION}\"\n"),
    );
    let empty = tempfile::tempdir().expect("temp dir");
    let (server, releases) = serve(empty.path());
    let out = runner.install(&releases);
    assert!(out.status.success(), "{}", stdout_and_stderr(&out));
    assert!(stdout_and_stderr(&out).contains("already installed"));
    assert!(server.served().is_empty(), "nothing downloaded");
    assert_eq!(runner.read("cargo.log"), "", "nothing built");
}
