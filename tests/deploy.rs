//! `dossier deploy` against local bare repositories: what lands on gh-pages (the whole of
//! output/, one commit per deploy on the branch's history), what the commit says, what is
//! refused, and that the dossier's own repository is left exactly as it was.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::{copy_dir, repo, snapshot};

/// A dossier in its own git repository (branch main, one commit, `origin` a bare repository
/// beside it), all in one temporary folder.
struct Setup {
    _dir: tempfile::TempDir,
    site: PathBuf,
    bare: PathBuf,
}

/// Runs a command with git isolated from the machine's configuration (no global or system
/// config, a fixed identity), so that a developer's `commit.gpgsign` or hooks cannot change
/// what the tests see.
fn isolated(program: impl AsRef<std::ffi::OsStr>, cwd: &Path, args: &[&str]) -> Output {
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

fn git(cwd: &Path, args: &[&str]) -> String {
    let out = isolated("git", cwd, args);
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim_end().to_string()
}

fn deploy(site: &Path, args: &[&str]) -> Output {
    let mut all = vec!["deploy"];
    all.extend_from_slice(args);
    isolated(env!("CARGO_BIN_EXE_dossier"), site, &all)
}

fn deploy_ok(site: &Path, args: &[&str]) -> String {
    let out = deploy(site, args);
    assert!(
        out.status.success(),
        "dossier deploy {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The basic fixture, committed on main, with `extra_config` appended to its site.yaml.
fn setup(extra_config: &str) -> Setup {
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
fn tree_files(path: &Path, rev: &str) -> BTreeMap<PathBuf, Vec<u8>> {
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
fn deployable(site: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = snapshot(&site.join("output"));
    files.remove(Path::new(dossier::output::MARKER));
    files
}

/// Everything about the dossier's repository that a deploy must not touch: the files (less
/// the build's output), `git status`, the index file's bytes, HEAD and the current branch.
fn repository_state(site: &Path) -> (BTreeMap<PathBuf, Vec<u8>>, String, Vec<u8>, String, String) {
    let status = git(site, &["status", "--porcelain", "--untracked-files=all"]);
    let mut files = snapshot(site);
    files.retain(|p, _| !p.starts_with(".git"));
    files.retain(|p, _| !p.starts_with("output"));
    let index = std::fs::read(site.join(".git/index")).expect("index");
    let head = git(site, &["rev-parse", "HEAD"]);
    let branch = git(site, &["symbolic-ref", "HEAD"]);
    (files, status, index, head, branch)
}

fn commit_subject(bare: &Path, rev: &str) -> String {
    git(bare, &["log", "-1", "--format=%s", rev])
}

#[test]
fn two_deploys_make_two_commits_whose_trees_are_the_output_folder() {
    let s = setup("cname: dossier.example.org\n");
    // `git status` first, so that git's own index refresh happens before the snapshot.
    let before = repository_state(&s.site);
    assert_eq!(before.1, "", "the fixture starts clean");

    let said = deploy_ok(&s.site, &[]);
    let first = git(&s.bare, &["rev-parse", "gh-pages"]);
    let files = deployable(&s.site);
    assert_eq!(tree_files(&s.bare, "gh-pages"), files);
    assert!(files.contains_key(Path::new(".nojekyll")));
    assert_eq!(files[Path::new("CNAME")], b"dossier.example.org\n");
    let short = git(&s.bare, &["rev-parse", "--short", "gh-pages"]);
    assert!(
        said.contains(&format!(
            "Deployed {} files (commit {short}) to gh-pages on origin",
            files.len()
        )),
        "{said}"
    );

    let article = s.site.join("content/articles/2025-03-05-envoy-in-doha.md");
    let text = support::read(&article);
    std::fs::write(&article, format!("{text}\nA paragraph added later.\n")).expect("write");
    git(
        &s.site,
        &[
            "commit",
            "--quiet",
            "--all",
            "--message",
            "Doha: a new paragraph",
        ],
    );
    let before = repository_state(&s.site);

    deploy_ok(&s.site, &[]);
    let second = git(&s.bare, &["rev-parse", "gh-pages"]);
    assert_ne!(first, second);
    assert_eq!(git(&s.bare, &["rev-parse", "gh-pages^"]), first);
    assert_eq!(
        git(&s.bare, &["rev-list", "--count", "gh-pages"]),
        "2",
        "one commit per deploy"
    );
    assert_eq!(tree_files(&s.bare, "gh-pages"), deployable(&s.site));
    assert_ne!(tree_files(&s.bare, "gh-pages"), tree_files(&s.bare, &first));
    assert_eq!(
        repository_state(&s.site),
        before,
        "the dossier's repository is untouched"
    );
    assert_eq!(
        git(&s.site, &["rev-parse", "gh-pages"]),
        second,
        "the local branch follows"
    );
}

#[test]
fn the_commit_message_names_the_source_commit_and_branch() {
    let s = setup("");
    let short = git(&s.site, &["rev-parse", "--short", "HEAD"]);
    deploy_ok(&s.site, &["--message", "first publication"]);
    assert_eq!(
        commit_subject(&s.bare, "gh-pages"),
        format!("Deploy {short} from main: first publication")
    );
    let full = git(&s.site, &["rev-parse", "HEAD"]);
    let body = git(&s.bare, &["log", "-1", "--format=%b", "gh-pages"]);
    assert!(body.contains(&format!("Source: {full}")), "{body}");
}

#[test]
fn without_a_message_the_source_commit_subject_is_used() {
    let s = setup("");
    let short = git(&s.site, &["rev-parse", "--short", "HEAD"]);
    deploy_ok(&s.site, &[]);
    assert_eq!(
        commit_subject(&s.bare, "gh-pages"),
        format!("Deploy {short} from main: First articles")
    );
}

#[test]
fn uncommitted_changes_are_said_in_the_message() {
    let s = setup("");
    std::fs::write(
        s.site.join("content/articles/2025-06-04-new.md"),
        "---\ntitle: Not committed yet\ndate: 2025-06-04\n---\n\nFresh news.\n",
    )
    .expect("write");
    deploy_ok(&s.site, &[]);
    let subject = commit_subject(&s.bare, "gh-pages");
    assert!(subject.contains("(with uncommitted changes)"), "{subject}");
    let files = tree_files(&s.bare, "gh-pages");
    assert!(
        files.keys().any(|p| p.starts_with("articles/new")),
        "{:?}",
        files.keys()
    );
}

#[test]
fn a_failed_build_deploys_nothing() {
    let s = setup("");
    deploy_ok(&s.site, &[]);
    let published = git(&s.bare, &["rev-parse", "gh-pages"]);
    std::fs::write(
        s.site.join("content/articles/2025-02-30-broken.md"),
        "---\ntitle: February\ndate: 2025-02-30\n---\nBody\n",
    )
    .expect("write");

    let out = deploy(&s.site, &[]);
    assert!(!out.status.success());
    let err = support::stderr(&out);
    assert!(err.contains("2025-02-30-broken.md"), "{err}");
    assert!(err.contains("nothing was deployed"), "{err}");
    assert_eq!(git(&s.bare, &["rev-parse", "gh-pages"]), published);
    assert_eq!(git(&s.site, &["rev-parse", "gh-pages"]), published);
}

#[test]
fn a_folder_outside_git_is_told_to_run_git_init() {
    let site = support::fixture("basic");
    let out = deploy(site.path(), &[]);
    assert!(!out.status.success());
    let err = support::stderr(&out);
    assert!(err.contains("not inside a git repository"), "{err}");
    assert!(err.contains("git init"), "{err}");
    assert!(err.contains("git remote add origin"), "{err}");
    assert!(
        !site.path().join("output").exists(),
        "checked before building"
    );
}

#[test]
fn a_folder_outside_git_can_publish_straight_to_a_repository_path() {
    let s = setup("");
    deploy_ok(&s.site, &[]);
    let first = git(&s.bare, &["rev-parse", "gh-pages"]);
    let loose = support::fixture("basic");
    std::fs::write(
        loose.path().join("content/pages/about.md"),
        "---\ntitle: About\n---\n\nEdited outside git.\n",
    )
    .expect("write");
    let bare = s.bare.to_string_lossy().into_owned();

    let said = deploy_ok(loose.path(), &["--remote", &bare]);
    assert!(said.contains(&format!("to gh-pages on {bare}")), "{said}");
    assert_eq!(git(&s.bare, &["rev-parse", "gh-pages^"]), first);
    assert!(commit_subject(&s.bare, "gh-pages").starts_with("Deploy from a folder outside git"));
    assert_eq!(tree_files(&s.bare, "gh-pages"), deployable(loose.path()));
}

#[test]
fn a_deploy_from_a_fresh_clone_continues_the_published_history() {
    let s = setup("");
    deploy_ok(&s.site, &[]);
    let published = git(&s.bare, &["rev-parse", "gh-pages"]);
    git(&s.site, &["push", "--quiet", "origin", "main"]);
    let parent = s.site.parent().expect("parent");
    git(
        parent,
        &[
            "clone",
            "--quiet",
            "--branch",
            "main",
            "remote.git",
            "clone",
        ],
    );
    let clone = parent.join("clone");
    assert!(
        isolated(
            "git",
            &clone,
            &["rev-parse", "--verify", "--quiet", "refs/heads/gh-pages"]
        )
        .stdout
        .is_empty(),
        "the clone has no local gh-pages"
    );
    std::fs::write(
        clone.join("content/pages/about.md"),
        "---\ntitle: About\n---\n\nNew.\n",
    )
    .expect("write");
    git(
        &clone,
        &[
            "commit",
            "--quiet",
            "--all",
            "--message",
            "About, rewritten",
        ],
    );

    deploy_ok(&clone, &[]);
    assert_eq!(git(&s.bare, &["rev-parse", "gh-pages^"]), published);
    assert_eq!(tree_files(&s.bare, "gh-pages"), deployable(&clone));
    assert!(!tree_files(&s.bare, "gh-pages").contains_key(Path::new("CNAME")));

    // The first folder's local gh-pages is now behind; its next deploy builds on the clone's.
    let from_clone = git(&s.bare, &["rev-parse", "gh-pages"]);
    git(&s.site, &["pull", "--quiet", "--ff-only", "origin", "main"]);
    let article = s.site.join("content/articles/2025-03-05-envoy-in-doha.md");
    let text = support::read(&article);
    std::fs::write(&article, format!("{text}\nLater.\n")).expect("write");
    deploy_ok(&s.site, &[]);
    assert_eq!(git(&s.bare, &["rev-parse", "gh-pages^"]), from_clone);
}

#[test]
fn deploying_an_unchanged_site_makes_no_new_commit() {
    let s = setup("");
    deploy_ok(&s.site, &[]);
    let first = git(&s.bare, &["rev-parse", "gh-pages"]);
    let said = deploy_ok(&s.site, &[]);
    assert!(said.contains("Nothing to deploy"), "{said}");
    assert_eq!(git(&s.bare, &["rev-parse", "gh-pages"]), first);
}

#[test]
fn the_branch_checked_out_is_never_deployed_to() {
    let s = setup("");
    git(&s.site, &["switch", "--quiet", "--create", "gh-pages"]);
    let before = repository_state(&s.site);
    let out = deploy(&s.site, &[]);
    assert!(!out.status.success());
    let err = support::stderr(&out);
    assert!(err.contains("gh-pages is checked out"), "{err}");
    assert_eq!(repository_state(&s.site), before);
    assert!(
        git(&s.bare, &["branch", "--list"]).is_empty(),
        "nothing pushed"
    );
}

#[test]
fn an_unknown_remote_is_named_with_how_to_add_it() {
    let s = setup("");
    let out = deploy(&s.site, &["--remote", "upstream"]);
    assert!(!out.status.success());
    let err = support::stderr(&out);
    assert!(err.contains("git remote add upstream"), "{err}");
}

#[test]
fn another_branch_and_a_remote_given_by_path_are_honoured() {
    let s = setup("");
    let bare = s.bare.to_string_lossy().into_owned();
    deploy_ok(&s.site, &["--branch", "site", "--remote", &bare]);
    assert_eq!(tree_files(&s.bare, "site"), deployable(&s.site));
    assert!(git(&s.bare, &["branch", "--list", "gh-pages"]).is_empty());
}

#[test]
fn no_build_deploys_the_output_folder_as_it_is() {
    let s = setup("");
    let out = deploy(&s.site, &["--no-build"]);
    assert!(!out.status.success(), "no output/ yet");
    assert!(support::stderr(&out).contains("dossier build"));
    support::dossier_ok(&s.site, &["build", "--quiet"]);
    let said = deploy_ok(&s.site, &["--no-build"]);
    assert!(!said.contains("Built"), "{said}");
    assert_eq!(tree_files(&s.bare, "gh-pages"), deployable(&s.site));
}
