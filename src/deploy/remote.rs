//! The remote side of a deploy, through the `git` command: where `--remote` points, what the
//! remote's branch holds (`ls-remote`), fetching it, and pushing the deploy commit.
//!
//! These are the only steps that leave the machine, so they are the ones that need the user's
//! credential helpers, SSH agent, `url.*.insteadOf` rewrites and proxy settings; the `git`
//! command has all of them and libgit2 has none (see the parent module).

use super::DeployError;
use git2::{Oid, Repository};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Where a deploy is pushed: what `--remote` named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remote {
    /// A remote configured in the repository (`git remote add NAME URL`).
    Named(String),
    /// A URL, including scp-like `git@host:path` addresses.
    Url(String),
    /// A repository on this machine (bare or not), made absolute.
    Path(PathBuf),
}

impl Remote {
    /// Reads `spec` as a remote's name when `repo` has a remote by that name, else as a URL
    /// when it looks like one, else as a path when something is there. Anything else is an
    /// error that says how to add the remote.
    pub fn resolve(spec: &str, repo: Option<&Repository>) -> Result<Remote, DeployError> {
        // `--upload-pack=…` as a remote would run a command: never pass such a value to git.
        if spec.starts_with('-') {
            return Err(DeployError::OptionLike {
                flag: "--remote",
                value: spec.to_string(),
            });
        }
        if let Some(repo) = repo
            && repo.find_remote(spec).is_ok()
        {
            return Ok(Remote::Named(spec.to_string()));
        }
        if looks_like_url(spec) {
            return Ok(Remote::Url(spec.to_string()));
        }
        let path = Path::new(spec);
        if path.exists() {
            let absolute = path.canonicalize().map_err(|source| DeployError::Read {
                path: path.to_path_buf(),
                source,
            })?;
            return Ok(Remote::Path(absolute));
        }
        Err(DeployError::NoRemote {
            remote: spec.to_string(),
            in_repository: repo.is_some(),
        })
    }

    /// The argument `git fetch` and `git push` take.
    fn arg(&self) -> OsString {
        match self {
            Remote::Named(s) | Remote::Url(s) => s.into(),
            Remote::Path(p) => p.into(),
        }
    }
}

impl std::fmt::Display for Remote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Remote::Named(s) | Remote::Url(s) => f.write_str(s),
            Remote::Path(p) => write!(f, "{}", p.display()),
        }
    }
}

/// `scheme://…`, or git's scp-like `[user@]host:path`, which has a colon before any slash.
fn looks_like_url(spec: &str) -> bool {
    spec.contains("://")
        || spec
            .split_once(':')
            .is_some_and(|(host, _)| !host.is_empty() && !host.contains('/'))
}

/// Runs `git ARGS` against the repository whose git folder is `git_dir`, never against a work
/// tree: `--git-dir` and no `GIT_WORK_TREE`/`GIT_INDEX_FILE` from the environment, so no git
/// command run here can reach the user's files. Standard input is left to the terminal so
/// that a credential prompt can be answered; output is captured for the error message.
fn git(git_dir: &Path, args: &[OsString]) -> Result<std::process::Output, DeployError> {
    let mut command = Command::new("git");
    command
        .arg("--git-dir")
        .arg(git_dir)
        .args(args)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .env_remove("GIT_OBJECT_DIRECTORY")
        .env_remove("GIT_COMMON_DIR")
        .stdin(Stdio::inherit());
    command
        .output()
        .map_err(|source| DeployError::GitMissing { source })
}

/// Runs `git ARGS` and turns a failure into an error that ends with `hint`.
fn run(git_dir: &Path, args: &[OsString], hint: String) -> Result<(), DeployError> {
    let out = git(git_dir, args)?;
    if out.status.success() {
        Ok(())
    } else {
        Err(failed(args, &out, hint))
    }
}

fn describe(args: &[OsString]) -> String {
    let words: Vec<String> = args.iter().map(|a| a.to_string_lossy().into()).collect();
    format!("git {}", words.join(" "))
}

fn failed(args: &[OsString], out: &std::process::Output, hint: String) -> DeployError {
    // Indented under the command, without git's own `error:`/`fatal:` (main adds `error:`).
    let stderr = String::from_utf8_lossy(&out.stderr);
    let output: Vec<String> = stderr
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let bare = line
                .strip_prefix("error: ")
                .or_else(|| line.strip_prefix("fatal: "))
                .unwrap_or(line);
            format!("  {bare}")
        })
        .collect();
    DeployError::GitCommand {
        command: describe(args),
        output: output.join("\n"),
        hint,
    }
}

/// The commit at the tip of `branch` on the remote, or `None` when the remote has no such
/// branch yet (a first deploy).
pub fn tip(git_dir: &Path, remote: &Remote, branch: &str) -> Result<Option<Oid>, DeployError> {
    let refname = format!("refs/heads/{branch}");
    let args = vec![
        "ls-remote".into(),
        "--exit-code".into(),
        "--".into(),
        remote.arg(),
        refname.clone().into(),
    ];
    let out = git(git_dir, &args)?;
    // `--exit-code`: 2 means the remote answered and has no such ref.
    if out.status.code() == Some(2) {
        return Ok(None);
    }
    if !out.status.success() {
        return Err(failed(
            &args,
            &out,
            format!("check that {remote} is a git repository you can reach; nothing was deployed"),
        ));
    }
    let listing = String::from_utf8_lossy(&out.stdout);
    for line in listing.lines() {
        if let Some((sha, name)) = line.split_once('\t')
            && name == refname
        {
            return Oid::from_str(sha)
                .map(Some)
                .map_err(|_| DeployError::GitCommand {
                    command: describe(&args),
                    output: line.to_string(),
                    hint: "git printed something unexpected; nothing was deployed".into(),
                });
        }
    }
    Ok(None)
}

/// Fetches the remote's `branch` into the local ref `into`, so that its history is in the
/// object database to build on.
pub fn fetch(git_dir: &Path, remote: &Remote, branch: &str, into: &str) -> Result<(), DeployError> {
    let args = vec![
        "fetch".into(),
        "--quiet".into(),
        "--no-tags".into(),
        "--no-write-fetch-head".into(),
        "--".into(),
        remote.arg(),
        format!("+refs/heads/{branch}:{into}").into(),
    ];
    run(
        git_dir,
        &args,
        format!("could not fetch {branch} from {remote}; nothing was deployed"),
    )
}

/// Pushes `commit` as the remote's `branch`. Never forced: the commit descends from the
/// remote's tip, so a rejection means someone deployed in between, and deploying again
/// builds on their commit.
pub fn push(git_dir: &Path, remote: &Remote, branch: &str, commit: Oid) -> Result<(), DeployError> {
    let args = vec![
        "push".into(),
        "--quiet".into(),
        "--".into(),
        remote.arg(),
        format!("{commit}:refs/heads/{branch}").into(),
    ];
    run(
        git_dir,
        &args,
        format!(
            "the deploy commit {} is saved locally but was not pushed; fix the problem above and run `dossier deploy` again",
            &commit.to_string()[..7]
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_scp_addresses_are_told_from_paths() {
        assert!(looks_like_url("https://github.com/u/r.git"));
        assert!(looks_like_url("file:///srv/site.git"));
        assert!(looks_like_url("git@github.com:u/r.git"));
        assert!(!looks_like_url("../site.git"));
        assert!(!looks_like_url("/srv/site.git"));
        assert!(!looks_like_url("./a:b"));
        assert!(!looks_like_url("origin"));
    }

    #[test]
    fn a_remote_that_git_would_read_as_an_option_is_refused() {
        let err = Remote::resolve("--upload-pack=touch pwned:x", None).unwrap_err();
        assert!(err.to_string().contains("starts with `-`"), "{err}");
    }

    #[test]
    fn a_name_that_is_no_remote_url_or_folder_is_refused_with_advice() {
        let err = Remote::resolve("nowhere-at-all", None).unwrap_err();
        assert!(err.to_string().contains("--remote"), "{err}");
    }
}
