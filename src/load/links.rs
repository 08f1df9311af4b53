//! Symbolic links: followed only while they stay inside the dossier.
//!
//! A dossier is often built from a folder someone else can write to (a pull request, a shared
//! drive), in CI, with secrets in the environment. A link in `content/` or `themes/` to
//! `/etc`, `~/.ssh` or `/proc/self/environ` would otherwise publish that file. So every path
//! dossier reads from those folders is judged by where it finally resolves: inside the
//! dossier's folder it is followed like any file; anywhere else it is an error naming the
//! link and where it points, and nothing behind it is read. Build, check, serve (again at
//! each request, so a link swapped in later is refused too) and deploy all go through
//! [`Fence`].

use std::path::{Path, PathBuf};
use walkdir::{DirEntry, WalkDir};

/// The dossier's folder, fully resolved: what every link is judged against.
#[derive(Debug, Clone)]
pub struct Fence {
    root: PathBuf,
    /// How messages name the folder: "the dossier's folder".
    what: &'static str,
}

/// A path that cannot be used, and why (a link leaving the fence, a loop, an unreadable
/// folder), as a sentence to print after the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    pub message: String,
}

impl Fence {
    /// The fence of the dossier at `root`.
    pub fn new(root: &Path) -> Fence {
        Fence::around(root, "the dossier's folder")
    }

    /// A fence around any folder, named `what` in messages.
    pub fn around(dir: &Path, what: &'static str) -> Fence {
        let root = dir
            .canonicalize()
            .or_else(|_| std::path::absolute(dir))
            .unwrap_or_else(|_| dir.to_path_buf());
        Fence { root, what }
    }

    /// Refuses `path` when it resolves (through any number of links, in itself or in a
    /// folder above it) to somewhere outside the dossier. A path that does not resolve at
    /// all (missing, a dangling link) passes: reading it reports that problem.
    pub fn check(&self, path: &Path) -> Result<(), Problem> {
        match path.canonicalize() {
            Ok(real) if !real.starts_with(&self.root) => Err(Problem {
                path: path.to_path_buf(),
                message: format!(
                    "a symbolic link to {}, outside {}; dossier follows links only while they stay inside it, so nothing was read from it: remove the link, or copy the file in",
                    std::fs::read_link(path).unwrap_or(real).display(),
                    self.what
                ),
            }),
            _ => Ok(()),
        }
    }

    /// Every entry under `dir`, following links that stay inside the fence, in name order.
    /// A link that leaves it is a [`Problem`] and is not entered. `keep` prunes entries (and
    /// their folders) before they are looked at.
    pub fn walk<'a>(
        &'a self,
        dir: &Path,
        keep: impl FnMut(&DirEntry) -> bool + 'a,
    ) -> impl Iterator<Item = Result<DirEntry, Problem>> + 'a {
        let dir = dir.to_path_buf();
        let mut inner = WalkDir::new(&dir)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(keep);
        std::iter::from_fn(move || {
            let entry = match inner.next()? {
                Ok(e) => e,
                Err(e) => return Some(Err(walk_problem(&dir, &e))),
            };
            // The folder walked may itself be a link, or sit under one.
            if (entry.depth() == 0 || entry.path_is_symlink())
                && let Err(p) = self.check(entry.path())
            {
                if entry.file_type().is_dir() {
                    inner.skip_current_dir();
                }
                return Some(Err(p));
            }
            Some(Ok(entry))
        })
    }
}

fn walk_problem(dir: &Path, e: &walkdir::Error) -> Problem {
    let path = e
        .path()
        .map_or_else(|| dir.to_path_buf(), Path::to_path_buf);
    let message = if e.loop_ancestor().is_some() {
        "a symbolic link here points back to a folder that contains it (a loop); remove it"
            .to_string()
    } else {
        format!(
            "cannot read: {}",
            e.io_error()
                .map_or_else(|| e.to_string(), |io| io.to_string())
        )
    };
    Problem { path, message }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn links_inside_are_followed_and_links_outside_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        let content = root.join("content");
        std::fs::create_dir_all(content.join("real")).unwrap();
        std::fs::write(content.join("real/a.md"), "a").unwrap();
        std::fs::create_dir_all(dir.path().join("secret")).unwrap();
        std::fs::write(dir.path().join("secret/key"), "k").unwrap();
        symlink(content.join("real"), content.join("inside")).unwrap();
        symlink(dir.path().join("secret"), content.join("folder-out")).unwrap();
        symlink("/proc/self/environ", content.join("environ.txt")).unwrap();

        let fence = Fence::new(&root);
        let (mut found, mut refused) = (Vec::new(), Vec::new());
        for r in fence.walk(&content, |_| true) {
            match r {
                Ok(e) if e.file_type().is_file() => {
                    found.push(e.path().strip_prefix(&content).unwrap().to_path_buf())
                }
                Ok(_) => {}
                Err(p) => refused.push(p),
            }
        }
        assert_eq!(found, [Path::new("inside/a.md"), Path::new("real/a.md")]);
        let names: Vec<_> = refused.iter().map(|p| p.path.clone()).collect();
        assert_eq!(
            names,
            [content.join("environ.txt"), content.join("folder-out")]
        );
        assert!(refused[0].message.contains("/proc/self/environ"));
    }
}
