//! Helpers for `tests/it/deploy.rs`: a dossier in its own git repository with a bare `origin`,
//! git and dossier run with git isolated from the machine's configuration, and snapshots of
//! a branch's tree, of `output/`, and of everything a deploy must leave alone.

use super::dossier::{copy_dir, repo, snapshot};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A dossier in its own git repository (branch main, one commit, `origin` a bare repository
/// beside it), all in one temporary folder.
pub struct Setup {
    _dir: tempfile::TempDir,
    pub site: PathBuf,
    pub bare: PathBuf,
}

/// Runs a command with git isolated from the machine's configuration (no global or system
/// config, a fixed identity), so that a developer's `commit.gpgsign` or hooks cannot change
/// what the tests see.
pub fn isolated(program: impl AsRef<std::ffi::OsStr>, cwd: &Path, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .current_dir(cwd)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Test Writer")
        .env("GIT_AUTHOR_EMAIL", "writer@example.org")
        .env("GIT_COMMITTER_NAME", "Test Writer")
        .env("GIT_COMMITTER_EMAIL", "writer@example.org")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .expect("the command runs")
}

pub fn git(cwd: &Path, args: &[&str]) -> String {
    let out = isolated("git", cwd, args);
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim_end().to_string()
}

pub fn deploy(site: &Path, args: &[&str]) -> Output {
    let mut all = vec!["deploy"];
    all.extend_from_slice(args);
    isolated(env!("CARGO_BIN_EXE_dossier"), site, &all)
}

pub fn deploy_ok(site: &Path, args: &[&str]) -> String {
    let out = deploy(site, args);
    assert!(
        out.status.success(),
        "dossier deploy {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The basic fixture, committed on main, with `extra_config` appended to its site.yaml.
pub fn setup(extra_config: &str) -> Setup {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    let bare = dir.path().join("remote.git");
    copy_dir(&repo().join("tests/fixtures/basic"), &site);
    let config = site.join("site.yaml");
    let text = std::fs::read_to_string(&config).expect("site.yaml");
    std::fs::write(&config, format!("{text}{extra_config}")).expect("site.yaml");
    // As `dossier init` writes it: the build's output is not part of the source.
    std::fs::write(site.join(".gitignore"), "/output/\n/.output.dossier-*\n").expect("write");
    git(dir.path(), &["init", "--quiet", "--bare", "remote.git"]);
    git(&site, &["init", "--quiet", "--initial-branch", "main"]);
    git(&site, &["add", "--all"]);
    git(&site, &["commit", "--quiet", "--message", "First articles"]);
    git(&site, &["remote", "add", "origin", "../remote.git"]);
    Setup {
        _dir: dir,
        site,
        bare,
    }
}

/// Every file of `rev`'s tree in the repository at `path`, with its bytes.
pub fn tree_files(path: &Path, rev: &str) -> BTreeMap<PathBuf, Vec<u8>> {
    let repo = git2::Repository::open(path).expect("repository");
    let tree = repo
        .revparse_single(rev)
        .and_then(|o| o.peel_to_tree())
        .expect("a tree");
    let mut files = BTreeMap::new();
    tree.walk(git2::TreeWalkMode::PreOrder, |dir, entry| {
        if entry.kind() == Some(git2::ObjectType::Blob) {
            let blob = entry.to_object(&repo).expect("blob");
            let name = entry.name().expect("utf-8 name");
            files.insert(
                PathBuf::from(format!("{dir}{name}")),
                blob.as_blob().expect("blob").content().to_vec(),
            );
        }
        git2::TreeWalkResult::Ok
    })
    .expect("walk");
    files
}

/// What output/ holds, less the marker that says dossier may replace it.
pub fn deployable(site: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = snapshot(&site.join("output"));
    files.remove(Path::new(dossier::write::MARKER));
    files
}

/// Everything about the dossier's repository that a deploy must not touch: the index file's
/// bytes (read first, before any git command can refresh it), `git status`, the files (less
/// the build's output), HEAD and the current branch.
pub type State = (Vec<u8>, String, BTreeMap<PathBuf, Vec<u8>>, String, String);

pub fn repository_state(site: &Path) -> State {
    let index = std::fs::read(site.join(".git/index")).expect("index");
    let status = git(site, &["status", "--porcelain", "--untracked-files=all"]);
    let mut files = snapshot(site);
    files.retain(|p, _| !p.starts_with(".git") && !p.starts_with("output"));
    let head = git(site, &["rev-parse", "HEAD"]);
    let branch = git(site, &["symbolic-ref", "HEAD"]);
    (index, status, files, head, branch)
}

/// Lets git finish refreshing its index (`git status` rewrites it while file times are
/// too close to the index's own), so that a later difference can only be the deploy's.
pub fn settle(site: &Path) {
    for _ in 0..5 {
        let before = std::fs::read(site.join(".git/index")).expect("index");
        git(site, &["status", "--porcelain"]);
        if std::fs::read(site.join(".git/index")).expect("index") == before {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(1100));
    }
}

pub fn commit_subject(bare: &Path, rev: &str) -> String {
    git(bare, &["log", "-1", "--format=%s", rev])
}
