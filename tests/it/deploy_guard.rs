//! What `dossier deploy` refuses, so that a deploy can never run a command through git's
//! options, overwrite a branch of sources, or publish a file from outside the site.
use crate::common;

use crate::common::git::*;
use std::path::Path;

#[test]
fn a_remote_or_branch_that_reads_as_an_option_is_refused() {
    let s = setup("");
    for args in [
        &["--remote=--upload-pack=touch pwned:x"][..],
        &["--remote=-oProxyCommand=touch pwned"],
        &["--branch=-x"],
        &["--branch=--delete"],
    ] {
        let out = deploy(&s.site, args);
        let err = common::dossier::stderr(&out);
        assert!(!out.status.success(), "{args:?} must be refused");
        assert!(
            err.contains("starts with `-`") || err.contains("not a valid branch name"),
            "{args:?}: {err}"
        );
    }
    let left: Vec<_> = std::fs::read_dir(&s.site)
        .expect("site")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("pwned"))
        .collect();
    assert!(left.is_empty(), "a command ran: {left:?}");
    assert_eq!(
        isolated(
            "git",
            &s.bare,
            &["rev-parse", "--verify", "--quiet", "gh-pages"]
        )
        .stdout
        .len(),
        0,
        "nothing was pushed"
    );
}

#[test]
fn the_branch_of_the_sources_is_never_deployed_to() {
    let s = setup("");
    git(&s.site, &["push", "--quiet", "origin", "main"]);
    let published = git(&s.bare, &["rev-parse", "main"]);
    let local = git(&s.site, &["rev-parse", "main"]);
    // From a detached HEAD, `main` is checked out nowhere, so only its history tells.
    git(&s.site, &["checkout", "--quiet", "--detach"]);
    let out = deploy(&s.site, &["--branch", "main"]);
    let err = common::dossier::stderr(&out);
    assert!(!out.status.success(), "deploying over main must be refused");
    assert!(
        err.contains("main holds commits that dossier deploy did not make")
            && err.contains("First articles"),
        "{err}"
    );
    assert_eq!(git(&s.bare, &["rev-parse", "main"]), published);
    assert_eq!(git(&s.site, &["rev-parse", "main"]), local);
}

#[test]
fn a_remote_branch_with_commits_of_its_own_is_refused_and_deploys_go_on_over_deploys() {
    let s = setup("");
    // Someone else's branch of the same name on the remote only.
    let other = s.site.parent().expect("parent").join("other");
    git(
        s.site.parent().expect("parent"),
        &["clone", "--quiet", "remote.git", "other"],
    );
    std::fs::write(other.join("notes.md"), "not a site\n").expect("write");
    git(&other, &["checkout", "--quiet", "--orphan", "gh-pages"]);
    git(&other, &["add", "notes.md"]);
    git(&other, &["commit", "--quiet", "--message", "Notes"]);
    git(&other, &["push", "--quiet", "origin", "gh-pages"]);
    let theirs = git(&s.bare, &["rev-parse", "gh-pages"]);
    let out = deploy(&s.site, &[]);
    let err = common::dossier::stderr(&out);
    assert!(!out.status.success());
    assert!(err.contains("\"Notes\""), "{err}");
    assert_eq!(git(&s.bare, &["rev-parse", "gh-pages"]), theirs);

    // A branch that holds only deploys takes the next one.
    deploy_ok(&s.site, &["--branch", "site"]);
    deploy_ok(&s.site, &["--branch", "site", "--message", "again"]);
    let body = git(
        &s.bare,
        &["log", "-1", "--format=%(trailers:key=Deployed-by)", "site"],
    );
    assert!(body.starts_with("Deployed-by: dossier "), "{body}");
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_output_folder_is_never_committed() {
    let s = setup("");
    common::dossier::dossier_ok(&s.site, &["build", "--quiet"]);
    std::os::unix::fs::symlink("/proc/self/environ", s.site.join("output/env.txt"))
        .expect("symlink");
    let out = deploy(&s.site, &["--no-build"]);
    let err = common::dossier::stderr(&out);
    assert!(!out.status.success());
    assert!(
        err.contains("output/env.txt") && err.contains("/proc/self/environ"),
        "{err}"
    );
    assert!(!Path::new(&s.bare.join("refs/heads/gh-pages")).exists());
}
