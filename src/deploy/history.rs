//! Telling a branch of deploys from a branch of sources.
//!
//! A deploy replaces the whole tree of its branch. Pointed by mistake at the branch the
//! dossier's sources live on (`--branch main` from a detached `HEAD`), it would replace every
//! article with the built site and push that. So every deploy commit carries a trailer,
//! `Deployed-by: dossier VERSION`, and a deploy goes ahead only on a branch that does not
//! exist yet or whose every commit carries it (or the line earlier versions wrote).

use super::DeployError;
use git2::{Oid, Repository};

/// The trailer every deploy commit ends with.
pub(super) fn trailer() -> String {
    format!("Deployed-by: dossier {}", env!("CARGO_PKG_VERSION"))
}

/// True for the message of a commit `dossier deploy` made.
fn is_deploy(message: &str) -> bool {
    message
        .lines()
        .any(|l| l.starts_with("Deployed-by: dossier ") || l.starts_with("Built by dossier "))
}

/// Refuses to deploy to `branch` when any commit reachable from `tips` was not made by a
/// deploy, naming the newest such commit.
pub(super) fn only_deploys(
    repo: &Repository,
    branch: &str,
    tips: &[Option<Oid>],
) -> Result<(), DeployError> {
    let err = || DeployError::git("read the deploy branch's history");
    let mut walk = repo.revwalk().map_err(err())?;
    for tip in tips.iter().flatten() {
        walk.push(*tip).map_err(err())?;
    }
    for oid in walk {
        let oid = oid.map_err(err())?;
        let commit = repo.find_commit(oid).map_err(err())?;
        let message = String::from_utf8_lossy(commit.message_bytes());
        if !is_deploy(&message) {
            return Err(DeployError::NotADeployBranch {
                branch: branch.to_string(),
                commit: super::short_id(repo, oid),
                subject: message.lines().next().unwrap_or_default().to_string(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deploy_commits_are_told_by_their_trailer() {
        assert!(is_deploy(&format!(
            "Deploy abc from main: x\n\nSource: abc\n{}\n",
            trailer()
        )));
        assert!(is_deploy(
            "Deploy abc from main: x\n\nBuilt by dossier 0.1.0\n"
        ));
        assert!(!is_deploy(
            "Add the Doha article\n\nWritten by dossier fans\n"
        ));
    }
}
