//! One writer per output folder: an advisory lock file beside it, and the names of the
//! staging folders a build makes there.
//!
//! A build fills `.NAME.dossier-new-PID` beside `output/` and swaps it in. Two builds at once
//! would each take the other's staging folder for a leftover and delete it, and the first
//! would then report success on half a site. So every command that writes the folder (`build`,
//! `build --watch` for as long as it runs, `deploy` from build to push) first takes the lock
//! `.NAME.dossier-lock` beside it; a second one fails at once, naming the lock and the
//! process that holds it. The lock is the operating system's (`flock` on Unix): it ends with
//! the process, however the process ends, so a killed build never leaves it held. Only with
//! the lock held are staging folders of earlier, interrupted builds removed, recognised by
//! their exact name pattern.

use super::{MARKER, OutputError, io};
use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The output folder's lock, held until dropped. Writing the folder goes through it
/// ([`OutputLock::write_with`]), so nothing writes without holding it.
#[derive(Debug)]
pub struct OutputLock {
    file: File,
    /// The dossier's folder, which the output folder must never be or hold.
    pub(super) root: PathBuf,
    pub(super) output: PathBuf,
    pub(super) parent: PathBuf,
    pub(super) name: String,
}

/// The folder that holds `output` (`.` for a bare name), and `output`'s own name.
fn place(output: &Path) -> (PathBuf, String) {
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    (parent, name)
}

/// The lock file of `output`: `.NAME.dossier-lock` beside it.
pub fn lock_path(output: &Path) -> PathBuf {
    let (parent, name) = place(output);
    parent.join(format!(".{name}.dossier-lock"))
}

/// Takes the lock of `output` for the dossier at `root`, after checking that `output` is a
/// folder dossier may write (`check_target`). Fails at once, without waiting, when
/// another process holds it: a build that waited silently would look hung.
pub fn lock(root: &Path, output: &Path) -> Result<OutputLock, OutputError> {
    super::check_target(root, output)?;
    let (parent, name) = place(output);
    std::fs::create_dir_all(&parent).map_err(io(&parent))?;
    let path = lock_path(output);
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(io(&path))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let holder = std::fs::read_to_string(&path)
                .ok()
                .and_then(|t| t.trim().parse().ok());
            return Err(OutputError::Locked {
                lock: path,
                output: output.to_path_buf(),
                holder,
            });
        }
        Err(TryLockError::Error(e)) => return Err(io(&path)(e)),
    }
    // Who holds it, for the message another process shows.
    let said = file
        .set_len(0)
        .and_then(|()| writeln!(file, "{}", std::process::id()));
    said.map_err(io(&path))?;
    Ok(OutputLock {
        file,
        root: root.to_path_buf(),
        output: output.to_path_buf(),
        parent,
        name,
    })
}

impl OutputLock {
    /// The output folder this lock guards.
    pub fn output(&self) -> &Path {
        &self.output
    }
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        // The lock itself ends with the file; the pid is cleared so it never names a
        // process that no longer holds it.
        let _ = self.file.set_len(0);
    }
}

/// The staging folder this process fills, beside the output folder.
pub(super) fn staging_name(name: &str) -> String {
    format!(".{name}.dossier-new-{}", std::process::id())
}

/// Where the previous output goes while the new one takes its place, where the system cannot
/// exchange the two in one rename.
pub(super) fn old_name(name: &str) -> String {
    format!(".{name}.dossier-old-{}", std::process::id())
}

/// True for the name of a staging or previous-output folder of `name`:
/// `.NAME.dossier-new-PID` or `.NAME.dossier-old-PID`, and nothing else.
fn is_staging(file_name: &str, name: &str) -> bool {
    let Some(rest) = file_name.strip_prefix(&format!(".{name}.dossier-")) else {
        return false;
    };
    let pid = rest
        .strip_prefix("new-")
        .or_else(|| rest.strip_prefix("old-"));
    pid.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

impl OutputLock {
    /// Removes the staging folders that interrupted builds left beside the output folder:
    /// real folders (not links) named by [`is_staging`] that hold dossier's marker or nothing
    /// at all (a build killed before it wrote the marker). Safe only under the lock, which
    /// is why it is a method of it: no other build can be filling one of them.
    pub(super) fn remove_stale(&self) {
        let Ok(entries) = std::fs::read_dir(&self.parent) else {
            return;
        };
        for e in entries.flatten() {
            let file_name = e.file_name().to_string_lossy().into_owned();
            let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
            if !is_dir || !is_staging(&file_name, &self.name) {
                continue;
            }
            let path = e.path();
            let ours = path.join(MARKER).is_file()
                || std::fs::read_dir(&path).is_ok_and(|mut d| d.next().is_none());
            if ours {
                let _ = std::fs::remove_dir_all(&path);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staging_names_are_recognised_exactly() {
        assert!(is_staging(".output.dossier-new-123", "output"));
        assert!(is_staging(".output.dossier-old-9", "output"));
        for other in [
            ".output.dossier-new-",
            ".output.dossier-new-12a",
            ".output.dossier-lock",
            ".output.dossier-notes",
            ".site.dossier-new-1",
            "output",
            ".output.old",
        ] {
            assert!(!is_staging(other, "output"), "{other}");
        }
    }

    #[test]
    fn a_second_lock_fails_and_names_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        let first = lock(&dir.path().join("site"), &out).unwrap();
        let err = lock(&dir.path().join("site"), &out)
            .unwrap_err()
            .to_string();
        assert!(err.contains(".output.dossier-lock"), "{err}");
        assert!(
            err.contains(&format!("pid {}", std::process::id())),
            "{err}"
        );
        drop(first);
        assert!(lock(&dir.path().join("site"), &out).is_ok());
    }
}
