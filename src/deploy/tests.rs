//! Unit tests for the deploy's parent rule and commit subject; whole deploys against a bare
//! repository are in `tests/it/deploy.rs`.

use super::*;
use git2::Signature;

fn commit_on(repo: &Repository, parents: &[Oid], text: &str) -> Oid {
    let blob = repo.blob(text.as_bytes()).unwrap();
    let mut tb = repo.treebuilder(None).unwrap();
    tb.insert("index.html", blob, 0o100644).unwrap();
    let tree = repo.find_tree(tb.write().unwrap()).unwrap();
    let sig = Signature::now("t", "t@example.org").unwrap();
    let parents: Vec<_> = parents
        .iter()
        .map(|p| repo.find_commit(*p).unwrap())
        .collect();
    let parents: Vec<_> = parents.iter().collect();
    repo.commit(None, &sig, &sig, text, &tree, &parents)
        .unwrap()
}

fn scratch() -> (tempfile::TempDir, Repository) {
    let dir = tempfile::tempdir().unwrap();
    let repo = Repository::init_bare(dir.path()).unwrap();
    (dir, repo)
}

#[test]
fn a_first_deploy_has_no_parent() {
    let (_d, repo) = scratch();
    assert_eq!(choose_parent(&repo, None, None).unwrap(), None);
}

#[test]
fn a_fresh_clone_builds_on_the_remote_branch() {
    let (_d, repo) = scratch();
    let r = commit_on(&repo, &[], "one");
    assert_eq!(choose_parent(&repo, None, Some(r)).unwrap(), Some(r));
}

#[test]
fn a_local_branch_behind_the_remote_gives_way_to_it() {
    let (_d, repo) = scratch();
    let old = commit_on(&repo, &[], "one");
    let newer = commit_on(&repo, &[old], "two");
    assert_eq!(
        choose_parent(&repo, Some(old), Some(newer)).unwrap(),
        Some(newer)
    );
}

#[test]
fn a_local_deploy_that_was_never_pushed_is_built_on() {
    let (_d, repo) = scratch();
    let pushed = commit_on(&repo, &[], "one");
    let unpushed = commit_on(&repo, &[pushed], "two");
    assert_eq!(
        choose_parent(&repo, Some(unpushed), Some(pushed)).unwrap(),
        Some(unpushed)
    );
}

#[test]
fn when_local_and_remote_diverge_the_published_history_wins() {
    let (_d, repo) = scratch();
    let base = commit_on(&repo, &[], "base");
    let mine = commit_on(&repo, &[base], "mine");
    let theirs = commit_on(&repo, &[base], "theirs");
    assert_eq!(
        choose_parent(&repo, Some(mine), Some(theirs)).unwrap(),
        Some(theirs)
    );
}

#[test]
fn the_report_line_says_what_went_where() {
    let d = Deployed {
        files: 57,
        commit: Oid::ZERO_SHA1,
        short: "abc1234".into(),
        branch: "gh-pages".into(),
        remote: "origin".into(),
        new_commit: true,
        pushed: true,
    };
    assert_eq!(
        d.to_string(),
        "Deployed 57 files (commit abc1234) to gh-pages on origin"
    );
}

#[test]
fn a_branch_name_git_would_refuse_is_refused_before_anything_happens() {
    let request = Request {
        root: PathBuf::from("."),
        branch: "gh..pages".into(),
        remote: None,
        message: None,
    };
    let err = prepare(&request, Path::new("output")).err().unwrap();
    assert!(matches!(err, DeployError::BadBranch { .. }), "{err}");
}
