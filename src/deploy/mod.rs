//! Publishing a built site to a branch (`gh-pages`): the whole of `output/` committed as that
//! branch's tree, one commit per deploy on top of the branch's history, then pushed.
//!
//! A deploy never touches the working tree, the index, `HEAD` or the current branch. Objects
//! are written straight into the repository's object database with libgit2 (the `git2`
//! crate): a blob per file, a tree per folder, one commit; then only `refs/heads/<branch>`
//! moves. The remote is reached through the `git` command instead ([`remote`]): fetch and
//! push are where credential helpers, SSH keys and agents, `insteadOf` rewrites and proxies
//! matter, and libgit2 would need its own HTTPS and SSH stacks (OpenSSL, libssh2) and still
//! see none of them; gitoxide cannot push yet. Hence `git2` is built with neither.
//!
//! The new commit's parent is the remote branch's tip (fetched first, so a deploy from a fresh
//! clone continues the published history), unless the local branch is ahead of it (an earlier
//! deploy whose push failed), else the local branch's tip; a first deploy has none. The push
//! is therefore always a fast-forward and never forced. Local deploy commits that the remote
//! never got, while someone else's did, are left behind: each deploy is a whole site, so the
//! newest published one is the right base.

mod history;
pub mod remote;
mod source;
mod tree;

use crate::write::MARKER;
use git2::{Oid, Repository};
pub use remote::Remote;
use source::{checked_out_in, describe_source, short_id, signature};
use std::path::{Path, PathBuf};

/// Where a fetched remote tip is kept while a deploy runs; deleted afterwards.
const FETCH_REF: &str = "refs/dossier/deploy-base";

#[derive(Debug, thiserror::Error)]
pub enum DeployError {
    #[error(
        "{}: not inside a git repository, so there is no branch history to add the deploy to\nrun `git init` and `git remote add origin URL` there (deploy then keeps the branch in that repository and pushes it to origin), or pass --remote URL|PATH to publish straight to that repository",
        .root.display()
    )]
    NotARepository { root: PathBuf },
    #[error("{}: cannot open the git repository: {}", .path.display(), .source.message())]
    Open { path: PathBuf, source: git2::Error },
    #[error("{}", no_remote(.remote, *.in_repository))]
    NoRemote { remote: String, in_repository: bool },
    #[error("`{branch}` is not a valid branch name")]
    BadBranch { branch: String },
    #[error(
        "{flag} `{value}` starts with `-`, so git would read it as an option; name a remote, a URL or a path"
    )]
    OptionLike { flag: &'static str, value: String },
    #[error(
        "{branch} holds commits that dossier deploy did not make, such as {commit} \"{subject}\": it looks like a branch of sources, and a deploy replaces its branch's whole tree, so nothing was deployed. Deploy to a branch of its own (--branch gh-pages); if {branch} really holds only the site, delete it first"
    )]
    NotADeployBranch {
        branch: String,
        commit: String,
        subject: String,
    },
    #[error(
        "{branch} is checked out in {}; a deploy replaces that branch's whole tree, so switch that work tree to your source branch first (git switch BRANCH)",
        .worktree.display()
    )]
    CheckedOut { branch: String, worktree: PathBuf },
    #[error(
        "{}: no built site here (no {MARKER} file); run `dossier build` first, or deploy without --no-build",
        .path.display()
    )]
    NoOutput { path: PathBuf },
    #[error("{}: {message}; nothing was deployed", .path.display())]
    Outside { path: PathBuf, message: String },
    #[error("{}: cannot read: {source}", .path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot {what}: {}", .source.message())]
    Git {
        what: &'static str,
        source: git2::Error,
    },
    #[error(
        "cannot create a scratch repository in {}: {source}",
        std::env::temp_dir().display()
    )]
    Scratch { source: std::io::Error },
    #[error(
        "cannot run `git` ({source}); dossier pushes with the git command so that your credentials apply: install git"
    )]
    GitMissing { source: std::io::Error },
    #[error("`{command}` failed:\n{output}\n{hint}")]
    GitCommand {
        command: String,
        output: String,
        hint: String,
    },
}

fn no_remote(remote: &str, in_repository: bool) -> String {
    if in_repository {
        format!(
            "no remote named `{remote}`, and no repository at that path; add it with `git remote add {remote} URL`, or pass --remote NAME|URL|PATH"
        )
    } else {
        format!(
            "`{remote}` is neither a URL nor a repository on this machine; outside a git repository --remote must be one of those"
        )
    }
}

impl DeployError {
    fn git(what: &'static str) -> impl FnOnce(git2::Error) -> DeployError {
        move |source| DeployError::Git { what, source }
    }
}

/// What to deploy where.
#[derive(Debug, Clone)]
pub struct Request {
    /// The dossier's folder; the repository is the one that holds it.
    pub root: PathBuf,
    /// The branch to commit to, e.g. `gh-pages`.
    pub branch: String,
    /// A remote's name, a URL or a path; `None` means `origin`.
    pub remote: Option<String>,
    /// Said in the commit message; the source commit's subject when `None`.
    pub message: Option<String>,
}

/// A deploy whose repository, remote and branch have been checked, ready to publish once the
/// site is built. Checking first means a missing remote is reported before a long build.
pub struct Target {
    repo: Repository,
    /// A throwaway bare repository, when the dossier is outside git and `--remote` names a
    /// repository directly; removed when the deploy ends.
    _scratch: Option<tempfile::TempDir>,
    remote: Remote,
    branch: String,
    subject: String,
    source: Option<Oid>,
}

/// What a deploy did, for the closing line.
#[derive(Debug, Clone)]
pub struct Deployed {
    pub files: usize,
    pub commit: Oid,
    pub short: String,
    pub branch: String,
    pub remote: String,
    /// False when the site was the same as the branch's last deploy: no new commit was made.
    pub new_commit: bool,
    /// False when the remote already had the commit.
    pub pushed: bool,
}

impl std::fmt::Display for Deployed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Deployed {
            files,
            short,
            branch,
            remote,
            ..
        } = self;
        let s = if *files == 1 { "" } else { "s" };
        match (self.new_commit, self.pushed) {
            (true, _) => write!(
                f,
                "Deployed {files} file{s} (commit {short}) to {branch} on {remote}"
            ),
            (false, true) => write!(
                f,
                "Deployed {files} file{s} (commit {short}, the same site as the last deploy) to {branch} on {remote}"
            ),
            (false, false) => write!(
                f,
                "Nothing to deploy: {branch} on {remote} already holds this site ({files} file{s}, commit {short})"
            ),
        }
    }
}

/// Checks where the deploy goes before anything is built: the repository holding
/// `request.root`, the remote, the branch name, and that the branch is not checked out.
/// `output` is the folder that will be deployed; changes inside it do not count as
/// uncommitted changes to the source.
pub fn prepare(request: &Request, output: &Path) -> Result<Target, DeployError> {
    let branch = request.branch.trim().to_string();
    let refname = format!("refs/heads/{branch}");
    // A name starting with `-` is valid in a ref but refused by `git branch`, and could be
    // read as an option.
    if branch.is_empty() || branch.starts_with('-') || !git2::Reference::is_valid_name(&refname) {
        return Err(DeployError::BadBranch { branch });
    }
    let found = match Repository::discover(&request.root) {
        Ok(repo) => Some(repo),
        Err(e) if e.code() == git2::ErrorCode::NotFound => None,
        Err(source) => {
            return Err(DeployError::Open {
                path: request.root.clone(),
                source,
            });
        }
    };
    let Some(repo) = found else {
        return outside_git(request, branch);
    };
    let remote = Remote::resolve(request.remote.as_deref().unwrap_or("origin"), Some(&repo))?;
    if let Some(worktree) = checked_out_in(&repo, &refname) {
        return Err(DeployError::CheckedOut { branch, worktree });
    }
    // Checked again against the remote's history before the push; this finds the common
    // mistake before a long build.
    let local = repo.find_reference(&refname).ok().and_then(|r| r.target());
    history::only_deploys(&repo, &branch, &[local])?;
    let (subject, source) = describe_source(&repo, output, request.message.as_deref())?;
    Ok(Target {
        repo,
        _scratch: None,
        remote,
        branch,
        subject,
        source,
    })
}

/// A dossier outside git can still be published to a repository named by URL or path: the
/// objects go into a throwaway bare repository, which fetches the branch's history first.
/// Without `--remote` there is nothing to go on, and the error says what to set up.
fn outside_git(request: &Request, branch: String) -> Result<Target, DeployError> {
    let Some(spec) = request.remote.as_deref() else {
        return Err(DeployError::NotARepository {
            root: request.root.clone(),
        });
    };
    let remote = Remote::resolve(spec, None)?;
    let scratch = tempfile::Builder::new()
        .prefix("dossier-deploy-")
        .tempdir()
        .map_err(|source| DeployError::Scratch { source })?;
    let repo = Repository::init_bare(scratch.path())
        .map_err(DeployError::git("create a scratch repository"))?;
    let message = request
        .message
        .as_deref()
        .unwrap_or("site built by dossier");
    Ok(Target {
        repo,
        _scratch: Some(scratch),
        remote,
        branch,
        subject: format!("Deploy from a folder outside git: {message}"),
        source: None,
    })
}

impl Target {
    /// Commits `output` (built) as the whole tree of the branch and pushes it.
    pub fn publish(self, output: &Path) -> Result<Deployed, DeployError> {
        if !output.join(MARKER).is_file() {
            return Err(DeployError::NoOutput {
                path: output.to_path_buf(),
            });
        }
        let repo = &self.repo;
        let refname = format!("refs/heads/{}", self.branch);
        let local = match repo.find_reference(&refname) {
            Ok(r) => r.target(),
            Err(e) if e.code() == git2::ErrorCode::NotFound => None,
            Err(e) => return Err(DeployError::git("read the deploy branch")(e)),
        };
        let remote_tip = remote::tip(repo.path(), &self.remote, &self.branch)?;
        let mut fetched = false;
        if let Some(tip) = remote_tip
            && repo.find_commit(tip).is_err()
        {
            remote::fetch(repo.path(), &self.remote, &self.branch, FETCH_REF)?;
            fetched = true;
        }
        let result = self.commit_and_push(&refname, local, remote_tip, output);
        if fetched && let Ok(mut r) = repo.find_reference(FETCH_REF) {
            let _ = r.delete();
        }
        result
    }

    fn commit_and_push(
        &self,
        refname: &str,
        local: Option<Oid>,
        remote_tip: Option<Oid>,
        output: &Path,
    ) -> Result<Deployed, DeployError> {
        let repo = &self.repo;
        history::only_deploys(repo, &self.branch, &[local, remote_tip])?;
        let parent = choose_parent(repo, local, remote_tip)?;
        let written = tree::write_dir(repo, output)?;
        let parent_commit = parent
            .map(|p| repo.find_commit(p))
            .transpose()
            .map_err(DeployError::git("read the deploy branch's last commit"))?;
        let unchanged = parent_commit
            .as_ref()
            .is_some_and(|c| c.tree_id() == written.oid);
        let commit = match (&parent_commit, unchanged) {
            (Some(c), true) => c.id(),
            _ => {
                let tree = repo
                    .find_tree(written.oid)
                    .map_err(DeployError::git("read the tree just written"))?;
                let sig = signature(repo)?;
                let mut message = format!("{}\n\n", self.subject);
                if let Some(source) = self.source {
                    message.push_str(&format!("Source: {source}\n"));
                }
                message.push_str(&history::trailer());
                message.push('\n');
                let parents: Vec<_> = parent_commit.iter().collect();
                repo.commit(None, &sig, &sig, &message, &tree, &parents)
                    .map_err(DeployError::git("write the deploy commit"))?
            }
        };
        let log = format!("dossier deploy: {}", self.subject);
        if local != Some(commit) {
            match local {
                Some(old) => repo.reference_matching(refname, commit, true, old, &log),
                None => repo.reference(refname, commit, false, &log),
            }
            .map_err(DeployError::git("move the deploy branch"))?;
        }
        let pushed = remote_tip != Some(commit);
        if pushed {
            remote::push(repo.path(), &self.remote, &self.branch, commit)?;
        }
        Ok(Deployed {
            files: written.files,
            commit,
            short: short_id(repo, commit),
            branch: self.branch.clone(),
            remote: self.remote.to_string(),
            new_commit: !unchanged,
            pushed,
        })
    }
}

/// The commit a new deploy builds on; see the module comment for the rule.
fn choose_parent(
    repo: &Repository,
    local: Option<Oid>,
    remote: Option<Oid>,
) -> Result<Option<Oid>, DeployError> {
    Ok(match (local, remote) {
        (None, r) => r,
        (l, None) => l,
        (Some(l), Some(r)) if l == r => Some(l),
        (Some(l), Some(r)) => {
            let ahead = repo.graph_descendant_of(l, r).map_err(DeployError::git(
                "compare the local and remote deploy branches",
            ))?;
            Some(if ahead { l } else { r })
        }
    })
}

#[cfg(test)]
mod tests;
