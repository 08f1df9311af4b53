//! Which folders dossier may write its site into: never the dossier itself or its content,
//! never a folder someone else filled, never through a symbolic link; and which paths inside
//! it a file may take.

use super::{MARKER, OutputError, io};
use std::path::{Component, Path, PathBuf};

/// Refuses an output folder that would put the dossier's own files at risk: the site root,
/// `content/`, a parent of either, a folder inside `content/`, or a non-empty folder that
/// dossier did not create.
pub fn check_target(root: &Path, output: &Path) -> Result<(), OutputError> {
    let refuse = |message: String| OutputError::Refused {
        path: output.to_path_buf(),
        message,
    };
    let abs_root = absolute(root);
    let abs_out = absolute(output);
    let content = abs_root.join(crate::load::CONTENT_DIR);
    if abs_out == abs_root || abs_root.starts_with(&abs_out) {
        return Err(refuse("refusing to write the site into the dossier's own folder or one of its parents; choose an empty or new folder such as output/".into()));
    }
    if abs_out.starts_with(&content) || content.starts_with(&abs_out) {
        return Err(refuse(
            "refusing to write the site into content/ or a folder that holds it".into(),
        ));
    }
    if output.is_symlink() {
        let target = std::fs::read_link(output).unwrap_or_default();
        return Err(refuse(format!(
            "this is a symbolic link (to {}); dossier replaces its output folder by renaming and never writes through a link, so nothing was touched: remove the link, or pass --output with the real folder",
            target.display()
        )));
    }
    if output.is_dir() && !output.join(MARKER).is_file() {
        let mut entries = std::fs::read_dir(output).map_err(io(output))?;
        if entries.next().is_some() {
            return Err(refuse(format!(
                "this folder is not empty and dossier did not create it (no {MARKER} file); refusing to replace it. Choose another --output, or empty it yourself"
            )));
        }
    } else if output.exists() && !output.is_dir() {
        return Err(refuse("this is a file, not a folder".into()));
    }
    Ok(())
}

/// A path made absolute and normalised without touching the file system for its last parts,
/// so folders that do not exist yet can be compared.
fn absolute(p: &Path) -> PathBuf {
    let base = if p.is_absolute() {
        PathBuf::new()
    } else {
        std::env::current_dir().unwrap_or_default()
    };
    let joined = base.join(p);
    // Resolve the longest existing prefix (symlinks included), then the rest lexically.
    let mut existing = joined.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_os_string());
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = existing.canonicalize().unwrap_or(existing);
    for part in rest.into_iter().rev() {
        match Path::new(&part).components().next() {
            Some(Component::ParentDir) => {
                out.pop();
            }
            Some(Component::CurDir) | None => {}
            _ => out.push(part),
        }
    }
    out
}

/// True for a relative path that stays inside its folder (no `..`, no root, no prefix).
pub(super) fn stays_inside(p: &Path) -> bool {
    p.components().all(|c| matches!(c, Component::Normal(_))) && p.components().next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_leave_the_folder_are_refused() {
        assert!(stays_inside(Path::new("a/b.html")));
        assert!(!stays_inside(Path::new("../x")));
        assert!(!stays_inside(Path::new("/etc/passwd")));
        assert!(!stays_inside(Path::new("")));
    }

    #[test]
    fn the_site_root_and_content_are_never_targets() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content")).unwrap();
        assert!(check_target(root, root).is_err());
        assert!(check_target(root, &root.join("content")).is_err());
        assert!(check_target(root, &root.join("content/out")).is_err());
        assert!(check_target(&root.join("sub"), root).is_err());
        assert!(check_target(root, &root.join("output")).is_ok());
    }
}
