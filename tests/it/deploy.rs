//! `dossier deploy` against local bare repositories: what lands on gh-pages (the whole of
//! output/, one commit per deploy on the branch's history), what the commit says, what is
//! refused, and that the dossier's own repository is left exactly as it was.
use crate::common;

use crate::common::git::*;
use std::path::Path;

#[test]
fn two_deploys_make_two_commits_whose_trees_are_the_output_folder() {
    let s = setup("cname: dossier.example.org\n");
    settle(&s.site);
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
    let text = common::dossier::read(&article);
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
    settle(&s.site);
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
fn the_commit_message_names_the_source_commit_its_branch_and_the_message() {
    let s = setup("");
    let (short, full) = (
        git(&s.site, &["rev-parse", "--short", "HEAD"]),
        git(&s.site, &["rev-parse", "HEAD"]),
    );
    deploy_ok(&s.site, &[]);
    let subject = commit_subject(&s.bare, "gh-pages");
    assert_eq!(subject, format!("Deploy {short} from main: First articles"));
    let body = git(&s.bare, &["log", "-1", "--format=%b", "gh-pages"]);
    assert!(body.contains(&format!("Source: {full}")), "{body}");

    let about = s.site.join("content/pages/about.md");
    std::fs::write(&about, "---\ntitle: About\n---\n\nRevised.\n").expect("write");
    git(
        &s.site,
        &["commit", "--quiet", "--all", "--message", "About, revised"],
    );
    let short = git(&s.site, &["rev-parse", "--short", "HEAD"]);
    deploy_ok(&s.site, &["--message", "spring edition"]);
    let subject = commit_subject(&s.bare, "gh-pages");
    assert_eq!(subject, format!("Deploy {short} from main: spring edition"));
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
    let err = common::dossier::stderr(&out);
    assert!(err.contains("2025-02-30-broken.md"), "{err}");
    assert!(err.contains("nothing was deployed"), "{err}");
    assert_eq!(git(&s.bare, &["rev-parse", "gh-pages"]), published);
    assert_eq!(git(&s.site, &["rev-parse", "gh-pages"]), published);
}

#[test]
fn a_folder_outside_git_is_told_to_run_git_init() {
    let site = common::dossier::fixture("basic");
    let out = deploy(site.path(), &[]);
    assert!(!out.status.success());
    let err = common::dossier::stderr(&out);
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
    let loose = common::dossier::fixture("basic");
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
    let text = common::dossier::read(&article);
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
    settle(&s.site);
    let before = repository_state(&s.site);
    let out = deploy(&s.site, &[]);
    assert!(!out.status.success());
    let err = common::dossier::stderr(&out);
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
    let err = common::dossier::stderr(&out);
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
    assert!(common::dossier::stderr(&out).contains("dossier build"));
    common::dossier::dossier_ok(&s.site, &["build", "--quiet"]);
    let said = deploy_ok(&s.site, &["--no-build"]);
    assert!(!said.contains("Built"), "{said}");
    assert_eq!(tree_files(&s.bare, "gh-pages"), deployable(&s.site));
}

#[test]
fn a_deploy_branch_checked_out_in_another_worktree_is_refused_by_name() {
    let s = setup("");
    let parent = s.site.parent().expect("parent");
    git(
        &s.site,
        &[
            "worktree",
            "add",
            "--quiet",
            "-b",
            "gh-pages",
            "../pages-tree",
        ],
    );
    let out = deploy(&s.site, &[]);
    assert!(!out.status.success());
    let err = common::dossier::stderr(&out);
    assert!(err.contains("checked out in"), "{err}");
    assert!(err.contains("pages-tree"), "{err}");
    assert!(
        parent.join("pages-tree/site.yaml").is_file(),
        "that worktree is untouched"
    );
}

#[test]
fn a_deploy_from_a_linked_worktree_names_its_branch() {
    let s = setup("");
    git(
        &s.site,
        &[
            "worktree",
            "add",
            "--quiet",
            "-b",
            "spring-edition",
            "../spring",
        ],
    );
    let spring = s.site.parent().expect("parent").join("spring");
    let short = git(&spring, &["rev-parse", "--short", "HEAD"]);
    deploy_ok(&spring, &[]);
    assert_eq!(
        commit_subject(&s.bare, "gh-pages"),
        format!("Deploy {short} from spring-edition: First articles")
    );
    assert_eq!(
        git(&s.site, &["rev-parse", "gh-pages"]),
        git(&s.bare, &["rev-parse", "gh-pages"])
    );
}

#[test]
fn a_rejected_push_keeps_the_commit_and_the_next_deploy_pushes_it() {
    let s = setup("");
    let hook = s.bare.join("hooks/pre-receive");
    std::fs::write(&hook, "#!/bin/sh\necho 'no deploys today' >&2\nexit 1\n").expect("hook");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let out = deploy(&s.site, &[]);
    assert!(!out.status.success());
    let err = common::dossier::stderr(&out);
    assert!(err.contains("no deploys today"), "{err}");
    assert!(err.contains("run `dossier deploy` again"), "{err}");
    let saved = git(&s.site, &["rev-parse", "gh-pages"]);
    assert!(git(&s.bare, &["branch", "--list"]).is_empty());

    std::fs::remove_file(&hook).expect("remove hook");
    let said = deploy_ok(&s.site, &[]);
    assert!(said.contains("the same site as the last deploy"), "{said}");
    assert_eq!(git(&s.bare, &["rev-parse", "gh-pages"]), saved);
}

#[test]
fn a_deploy_with_the_base_url_init_wrote_warns_naming_site_yaml() {
    let s = setup("");
    let config = s.site.join("site.yaml");
    let text = common::dossier::read(&config);
    let placeholder = dossier::cli::init::PLACEHOLDER_BASE_URL;
    let text = text.replace("https://example.github.io/fixture/", placeholder);
    assert!(text.contains(placeholder), "the fixture names its base_url");
    std::fs::write(&config, text).expect("write");
    let line = common::dossier::read(&config)
        .lines()
        .position(|l| l.starts_with("base_url:"))
        .expect("a base_url line")
        + 1;

    let out = deploy(&s.site, &[]);
    assert!(out.status.success(), "a warning does not stop the deploy");
    let said = common::dossier::stderr(&out);
    assert!(
        said.contains(&format!(
            "warning: site.yaml:{line}: base_url is still {placeholder}"
        )),
        "{said}"
    );

    let out = deploy(&s.site, &["--base-url", "https://writer.github.io/talks/"]);
    assert!(out.status.success());
    assert!(
        !common::dossier::stderr(&out).contains("warning"),
        "--base-url replaces it"
    );
}
