//! What a deploy reads from the dossier's own repository, without changing it: where the
//! deploy branch is checked out, the source commit and branch for the commit subject, whether
//! there are uncommitted changes, and who signs the deploy commit.

use super::DeployError;
use git2::{Oid, Repository, Signature, StatusOptions};
use std::path::{Path, PathBuf};

/// The work tree (its top folder) in which `refname` is the current branch, if any: the main
/// one or any linked worktree. Moving that branch would leave its index and files behind.
pub(super) fn checked_out_in(repo: &Repository, refname: &str) -> Option<PathBuf> {
    let main = Repository::open(repo.commondir()).ok()?;
    let on_branch = |r: &Repository| {
        r.find_reference("HEAD")
            .ok()
            .and_then(|h| h.symbolic_target().ok().flatten().map(|t| t == refname))
            .unwrap_or(false)
    };
    let place = |r: &Repository| r.workdir().unwrap_or(r.path()).to_path_buf();
    if on_branch(&main) {
        return Some(place(&main));
    }
    let names = main.worktrees().ok()?;
    names
        .iter()
        .filter_map(|name| name.ok().flatten())
        .filter_map(|name| main.find_worktree(name).ok())
        .filter_map(|wt| Repository::open_from_worktree(&wt).ok())
        .find(|r| on_branch(r))
        .map(|r| place(&r))
}

/// The commit subject, `Deploy <short sha> from <branch>: <message>`, and the source commit.
pub(super) fn describe_source(
    repo: &Repository,
    output: &Path,
    message: Option<&str>,
) -> Result<(String, Option<Oid>), DeployError> {
    let head = repo.find_reference("HEAD").ok();
    let branch = head
        .as_ref()
        .and_then(|h| h.symbolic_target().ok().flatten())
        .and_then(|t| t.strip_prefix("refs/heads/"))
        .map(String::from);
    let commit = repo.head().ok().and_then(|h| h.peel_to_commit().ok());
    let mut subject = String::from("Deploy");
    if let Some(c) = &commit {
        subject.push(' ');
        subject.push_str(&short_id(repo, c.id()));
    }
    match (&branch, &commit) {
        (Some(b), Some(_)) => subject.push_str(&format!(" from {b}")),
        (Some(b), None) => subject.push_str(&format!(" from {b} (no commits yet)")),
        (None, _) => subject.push_str(" (detached HEAD)"),
    }
    if has_uncommitted_changes(repo, output)? {
        subject.push_str(" (with uncommitted changes)");
    }
    let summary = commit
        .as_ref()
        .and_then(|c| c.summary().ok().flatten().map(String::from));
    let said = message
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .map(String::from)
        .or(summary)
        .unwrap_or_else(|| "site built by dossier".into());
    subject.push_str(": ");
    subject.push_str(said.lines().next().unwrap_or_default());
    Ok((subject, commit.map(|c| c.id())))
}

/// True when any file of the repository other than the deployed folder (and its lock file)
/// differs from `HEAD`, untracked files included (a new article not yet committed changes the
/// site). Read-only: libgit2 does not write the index back unless asked to.
fn has_uncommitted_changes(repo: &Repository, output: &Path) -> Result<bool, DeployError> {
    let Some(workdir) = repo.workdir() else {
        return Ok(false);
    };
    let workdir = workdir.canonicalize().unwrap_or(workdir.to_path_buf());
    let inside = |p: &Path| {
        let p = p.canonicalize().unwrap_or(p.to_path_buf());
        p.strip_prefix(&workdir)
            .ok()
            .map(|p| p.to_string_lossy().into_owned())
    };
    let skip = inside(output);
    let lock = inside(&crate::write::lock_path(output));
    let mut options = StatusOptions::new();
    options
        .include_untracked(true)
        .recurse_untracked_dirs(false)
        .include_ignored(false);
    let statuses = repo
        .statuses(Some(&mut options))
        .map_err(DeployError::git("read the repository's status"))?;
    Ok(statuses.iter().any(|entry| {
        let path = String::from_utf8_lossy(entry.path_bytes());
        let path = path.trim_end_matches('/');
        lock.as_deref() != Some(path)
            && !skip
                .as_deref()
                .is_some_and(|s| !s.is_empty() && (path == s || path.starts_with(&format!("{s}/"))))
    }))
}

pub(super) fn short_id(repo: &Repository, oid: Oid) -> String {
    repo.find_object(oid, None)
        .and_then(|o| o.short_id())
        .ok()
        .and_then(|b| b.as_str().ok().map(String::from))
        .unwrap_or_else(|| oid.to_string()[..7].to_string())
}

/// Who the deploy commit is by: `GIT_COMMITTER_NAME`/`_EMAIL` as git reads them, else the
/// repository's `user.name`/`user.email`, else dossier itself, so that a machine with no git
/// identity (a CI runner) can still deploy.
pub(super) fn signature(repo: &Repository) -> Result<Signature<'static>, DeployError> {
    let var = |k| {
        std::env::var(k)
            .ok()
            .filter(|v: &String| !v.trim().is_empty())
    };
    if let (Some(name), Some(email)) = (var("GIT_COMMITTER_NAME"), var("GIT_COMMITTER_EMAIL"))
        && let Ok(sig) = Signature::now(&name, &email)
    {
        return Ok(sig);
    }
    repo.signature()
        .or_else(|_| Signature::now("dossier", "dossier@localhost"))
        .map_err(DeployError::git("make a commit signature"))
}
