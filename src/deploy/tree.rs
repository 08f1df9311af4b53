//! The built site as a git tree: every file under `output/` (less dossier's marker) written
//! as a blob into a repository's object database, folders as trees.

use super::DeployError;
use crate::load::links::Fence;
use crate::write::MARKER;
use git2::{FileMode, Oid, Repository};
use std::path::Path;

/// A tree written into the object database, and how many files it holds.
pub(crate) struct WrittenTree {
    pub oid: Oid,
    pub files: usize,
}

/// Writes `dir` as a tree into `repo`'s object database and returns it. The marker file at the
/// top is left out: it says "dossier may replace this folder", which means nothing on a web
/// server. Empty folders are left out, as git cannot hold them. Symbolic links (which dossier
/// never writes, but a folder deployed with `--no-build` may hold) are followed while they
/// stay inside `dir`, as the web server would serve their targets' bytes; one that leads out
/// of it is an error, so a deploy never publishes a file from elsewhere on the machine.
pub(crate) fn write_dir(repo: &Repository, dir: &Path) -> Result<WrittenTree, DeployError> {
    let mut files = 0;
    let fence = Fence::around(dir, "the output folder");
    let oid = write_level(repo, dir, &fence, true, &mut files)?;
    Ok(WrittenTree {
        oid: oid.unwrap_or(empty_tree(repo)?),
        files,
    })
}

fn empty_tree(repo: &Repository) -> Result<Oid, DeployError> {
    repo.treebuilder(None)
        .and_then(|b| b.write())
        .map_err(DeployError::git("write an empty tree"))
}

/// One folder: `None` when it holds no file at any depth.
fn write_level(
    repo: &Repository,
    dir: &Path,
    fence: &Fence,
    top: bool,
    files: &mut usize,
) -> Result<Option<Oid>, DeployError> {
    let read_err = |source| DeployError::Read {
        path: dir.to_path_buf(),
        source,
    };
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(read_err)?
        .collect::<Result<_, _>>()
        .map_err(read_err)?;
    entries.sort_by_key(|e| e.file_name());
    let mut builder = repo
        .treebuilder(None)
        .map_err(DeployError::git("start a tree"))?;
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name();
        if top && name == MARKER {
            continue;
        }
        let Some(name) = name.to_str() else {
            return Err(DeployError::Read {
                path,
                source: std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "the file name is not UTF-8; rename it",
                ),
            });
        };
        if entry.file_type().is_ok_and(|t| t.is_symlink()) {
            fence.check(&path).map_err(|p| DeployError::Outside {
                path: p.path,
                message: p.message,
            })?;
        }
        // Follows symbolic links, unlike `entry.metadata()`.
        let meta = std::fs::metadata(&path).map_err(|source| DeployError::Read {
            path: path.clone(),
            source,
        })?;
        let (oid, mode) = if meta.is_dir() {
            match write_level(repo, &path, fence, false, files)? {
                Some(oid) => (oid, FileMode::Tree),
                None => continue,
            }
        } else {
            let bytes = std::fs::read(&path).map_err(|source| DeployError::Read {
                path: path.clone(),
                source,
            })?;
            let oid = repo
                .blob(&bytes)
                .map_err(DeployError::git("write a file into the repository"))?;
            *files += 1;
            (oid, file_mode(&meta))
        };
        builder
            .insert(name, oid, mode.into())
            .map_err(DeployError::git("add a file to a tree"))?;
    }
    if builder.is_empty() {
        return Ok(None);
    }
    builder
        .write()
        .map(Some)
        .map_err(DeployError::git("write a tree"))
}

#[cfg(unix)]
fn file_mode(meta: &std::fs::Metadata) -> FileMode {
    use std::os::unix::fs::PermissionsExt;
    if meta.permissions().mode() & 0o111 != 0 {
        FileMode::BlobExecutable
    } else {
        FileMode::Blob
    }
}

#[cfg(not(unix))]
fn file_mode(_meta: &std::fs::Metadata) -> FileMode {
    FileMode::Blob
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_and_empty_folders_stay_out_of_the_tree() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init_bare(dir.path().join("repo.git")).unwrap();
        let out = dir.path().join("output");
        std::fs::create_dir_all(out.join("people/ada")).unwrap();
        std::fs::create_dir_all(out.join("empty/deeper")).unwrap();
        std::fs::write(out.join(MARKER), b"marker").unwrap();
        std::fs::write(out.join(".nojekyll"), b"").unwrap();
        std::fs::write(out.join("index.html"), b"<p>hi</p>").unwrap();
        std::fs::write(out.join("people/ada/index.html"), b"<p>Ada</p>").unwrap();

        let written = write_dir(&repo, &out).unwrap();
        assert_eq!(written.files, 3);
        let tree = repo.find_tree(written.oid).unwrap();
        let names: Vec<_> = tree.iter().map(|e| e.name().unwrap().to_string()).collect();
        assert_eq!(names, [".nojekyll", "index.html", "people"]);
        let ada = tree
            .get_path(Path::new("people/ada/index.html"))
            .unwrap()
            .to_object(&repo)
            .unwrap();
        assert_eq!(ada.as_blob().unwrap().content(), b"<p>Ada</p>");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_folder_is_refused_and_one_inside_followed() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init_bare(dir.path().join("repo.git")).unwrap();
        let out = dir.path().join("output");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("index.html"), b"<p>hi</p>").unwrap();
        std::os::unix::fs::symlink("index.html", out.join("home.html")).unwrap();
        assert_eq!(write_dir(&repo, &out).unwrap().files, 2);
        std::os::unix::fs::symlink("/proc/self/environ", out.join("env.txt")).unwrap();
        let err = write_dir(&repo, &out).err().unwrap().to_string();
        assert!(
            err.contains("env.txt") && err.contains("/proc/self/environ"),
            "{err}"
        );
    }

    #[test]
    fn a_folder_with_only_the_marker_is_the_empty_tree() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init_bare(dir.path().join("repo.git")).unwrap();
        let out = dir.path().join("output");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join(MARKER), b"marker").unwrap();
        let written = write_dir(&repo, &out).unwrap();
        assert_eq!(written.files, 0);
        assert_eq!(repo.find_tree(written.oid).unwrap().len(), 0);
    }
}
