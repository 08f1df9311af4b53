//! The "write" stage: rendered pages, index files and static files into `output/`,
//! atomically.
//!
//! Everything is written into a fresh folder beside `output/`, which then takes its place in
//! one rename (an atomic exchange on Linux), so a failed or killed build leaves the previous
//! `output/` exactly as it was. `output/` carries a marker file; dossier refuses to replace a
//! non-empty folder without one, or a symbolic link, and never deletes anything but its own
//! folders. Writing needs the folder's lock ([`lock`]), so no two builds fill it at once.

mod lock;
mod target;

pub(crate) use lock::lock_path;
pub use lock::{OutputLock, lock};
pub(crate) use target::check_target;
use target::stays_inside;

use crate::load::links::Fence;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// The file that marks a folder as one dossier wrote.
pub const MARKER: &str = ".dossier-output";

#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("{}: {message}", path.display())]
    Refused { path: PathBuf, message: String },
    #[error("{}: cannot write: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{}: another dossier{} is writing {} right now (a build, `build --watch` or deploy); wait for it to finish or stop it, then run this again",
        lock.display(),
        holder.map(|p| format!(" (pid {p})")).unwrap_or_default(),
        output.display()
    )]
    Locked {
        lock: PathBuf,
        output: PathBuf,
        holder: Option<u32>,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> OutputError + '_ {
    move |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Where generated files go as they are made: a folder being filled ([`Staging`]) for
/// `dossier build`, or memory ([`Memory`]) for `serve` and tests. Writing as pages are
/// rendered, instead of collecting them first, keeps a large build's memory flat.
pub trait Sink: Sync {
    /// Takes one file, by its path under the output folder.
    fn put(&self, path: PathBuf, bytes: Vec<u8>) -> Result<(), OutputError>;

    /// Takes one file written piece by piece, so a large one (an export) need not be held
    /// whole in memory.
    fn put_with(
        &self,
        path: PathBuf,
        write: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>,
    ) -> Result<(), OutputError> {
        let mut bytes = Vec::new();
        write(&mut bytes).map_err(io(&path))?;
        self.put(path, bytes)
    }

    /// Takes a file copied as it is from `source` (an image under `content/`), by its path
    /// under the output folder.
    fn copy(&self, path: PathBuf, source: &Path) -> Result<(), OutputError>;
}

/// Files kept in memory; copied files are kept as where to copy them from.
#[derive(Debug, Default)]
pub struct Memory(std::sync::Mutex<Files>);

impl Sink for Memory {
    fn put(&self, path: PathBuf, bytes: Vec<u8>) -> Result<(), OutputError> {
        if let Ok(mut files) = self.0.lock() {
            files.generated.push((path, bytes));
        }
        Ok(())
    }

    fn copy(&self, path: PathBuf, source: &Path) -> Result<(), OutputError> {
        if let Ok(mut files) = self.0.lock() {
            files.copied.push((source.to_path_buf(), path));
        }
        Ok(())
    }
}

impl Memory {
    /// The files, each list sorted by path under the output folder.
    pub fn into_files(self) -> Files {
        let mut files = self.0.into_inner().unwrap_or_default();
        files.generated.sort_by(|a, b| a.0.cmp(&b.0));
        files.copied.sort_by(|a, b| a.1.cmp(&b.1));
        files
    }
}

/// A staging folder beside `output/` being filled; see [`OutputLock::write_with`].
pub struct Staging {
    dir: PathBuf,
    output: PathBuf,
    /// Folders already made, so each is created once.
    made: std::sync::Mutex<std::collections::HashSet<PathBuf>>,
    /// The dossier's folder: a copied file is read only while it resolves inside it.
    fence: Fence,
}

impl Sink for Staging {
    fn put(&self, rel: PathBuf, bytes: Vec<u8>) -> Result<(), OutputError> {
        if !stays_inside(&rel) {
            return Err(OutputError::Refused {
                path: rel,
                message: "refusing to write outside the output folder".into(),
            });
        }
        if let Some(parent) = rel.parent().filter(|p| !p.as_os_str().is_empty()) {
            // A folder is marked made only once it exists, so no thread writes into a folder
            // another is still creating.
            let known = self.made.lock().is_ok_and(|m| m.contains(parent));
            if !known {
                let dir = self.dir.join(parent);
                std::fs::create_dir_all(&dir).map_err(io(&self.output.join(parent)))?;
                if let Ok(mut m) = self.made.lock() {
                    m.insert(parent.to_path_buf());
                }
            }
        }
        std::fs::write(self.dir.join(&rel), bytes).map_err(io(&self.output.join(&rel)))
    }

    fn put_with(
        &self,
        rel: PathBuf,
        write: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>,
    ) -> Result<(), OutputError> {
        self.put(rel.clone(), Vec::new())?;
        let shown = self.output.join(&rel);
        let file = std::fs::File::create(self.dir.join(&rel)).map_err(io(&shown))?;
        let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
        write(&mut out).map_err(io(&shown))?;
        std::io::Write::flush(&mut out).map_err(io(&shown))
    }

    /// Checks `source` against the dossier's fence again as it is read, so a link swapped in
    /// after the content was listed is refused too. Errors name the source.
    fn copy(&self, rel: PathBuf, source: &Path) -> Result<(), OutputError> {
        self.fence.check(source).map_err(|p| OutputError::Refused {
            path: p.path,
            message: p.message,
        })?;
        let bytes = std::fs::read(source).map_err(io(source))?;
        self.put(rel, bytes)
    }
}

/// What goes into `output/`.
#[derive(Debug, Default)]
pub struct Files {
    /// Generated files: path under `output/` → bytes.
    pub generated: Vec<(PathBuf, Vec<u8>)>,
    /// Files copied as they are: (source file, path under `output/`).
    pub copied: Vec<(PathBuf, PathBuf)>,
}

impl OutputLock {
    /// Writes `files` as the new output folder, replacing the old one only once everything
    /// is on disk.
    pub fn write(&self, files: &Files) -> Result<(), OutputError> {
        self.write_with(|staging| {
            files
                .generated
                .par_iter()
                .try_for_each(|(rel, bytes)| staging.put(rel.clone(), bytes.clone()))?;
            files
                .copied
                .par_iter()
                .try_for_each(|(source, rel)| staging.copy(rel.clone(), source))
        })
    }

    /// Makes a new output folder: `fill` puts the files into a staging folder (in parallel,
    /// as they are made), and only then does the staging folder replace the output folder in
    /// one rename. Any error leaves the output folder as it was.
    pub fn write_with<T, E: From<OutputError>>(
        &self,
        fill: impl FnOnce(&Staging) -> Result<T, E>,
    ) -> Result<T, E> {
        let output = self.output.as_path();
        // Checked again on every write: `build --watch` holds the lock for a long time.
        check_target(&self.root, output)?;
        self.remove_stale();
        let staging = self.parent.join(lock::staging_name(&self.name));
        if staging.exists() {
            std::fs::remove_dir_all(&staging).map_err(io(&staging))?;
        }
        let old = self.parent.join(lock::old_name(&self.name));
        let result = (|| -> Result<T, E> {
            let sink = start(&staging, output, Fence::new(&self.root))?;
            let filled = fill(&sink)?;
            swap(&staging, output, &old)?;
            Ok(filled)
        })();
        if result.is_err() {
            let _ = std::fs::remove_dir_all(&staging);
        }
        result
    }
}

/// Creates the staging folder with its marker first, so a half-written folder is
/// recognisably ours (and cleaned up by the next build).
fn start(staging: &Path, output: &Path, fence: Fence) -> Result<Staging, OutputError> {
    std::fs::create_dir_all(staging).map_err(io(staging))?;
    let marker = staging.join(MARKER);
    std::fs::write(
        &marker,
        b"Written by dossier. This folder is replaced on every build.\n",
    )
    .map_err(io(&marker))?;
    Ok(Staging {
        dir: staging.to_path_buf(),
        output: output.to_path_buf(),
        made: Default::default(),
        fence,
    })
}

/// Puts `staging` in place of `output`; `old` is where the previous output waits to be
/// deleted where the two cannot be exchanged in one rename.
fn swap(staging: &Path, output: &Path, old: &Path) -> Result<(), OutputError> {
    if !output.exists() {
        return std::fs::rename(staging, output).map_err(io(output));
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        if renameat_with(CWD, staging, CWD, output, RenameFlags::EXCHANGE).is_ok() {
            // `staging` now holds the previous build.
            return remove_tree(staging).map_err(io(staging));
        }
    }
    std::fs::rename(output, old).map_err(io(output))?;
    if let Err(e) = std::fs::rename(staging, output) {
        let _ = std::fs::rename(old, output);
        return Err(io(output)(e));
    }
    remove_tree(old).map_err(io(old))
}

/// Deletes a previous build, its top-level folders in parallel: a large site has tens of
/// thousands of files, and deleting them one by one takes longer than writing them. The
/// marker goes last, so a build killed while deleting leaves a folder the next build still
/// recognises as its own and cleans up.
fn remove_tree(dir: &Path) -> std::io::Result<()> {
    let marker = dir.join(MARKER);
    let entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| *p != marker)
        .collect();
    entries.par_iter().try_for_each(|p| {
        if p.is_dir() && !p.is_symlink() {
            std::fs::remove_dir_all(p)
        } else {
            std::fs::remove_file(p)
        }
    })?;
    match std::fs::remove_file(&marker) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    std::fs::remove_dir(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_non_empty_folder_without_the_marker_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("thesis.docx"), b"precious").unwrap();
        let err = lock(&dir.path().join("site"), &out).unwrap_err();
        assert!(err.to_string().contains("not empty"), "{err}");
        assert_eq!(std::fs::read(out.join("thesis.docx")).unwrap(), b"precious");
    }

    #[test]
    fn many_threads_can_fill_one_new_folder() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        let site = dir.path().join("site");
        let lock = lock(&site, &out).unwrap();
        lock.write_with(|sink| {
            (0..2000)
                .into_par_iter()
                .try_for_each(|i| sink.put(PathBuf::from(format!("a/b/c/{i}.json")), vec![b'x']))
        })
        .unwrap();
        assert_eq!(std::fs::read_dir(out.join("a/b/c")).unwrap().count(), 2000);
    }

    #[test]
    fn a_second_write_replaces_the_first_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        let site = dir.path().join("site");
        let files = |name: &str| Files {
            generated: vec![(PathBuf::from(name), b"x".to_vec())],
            copied: vec![],
        };
        let lock = lock(&site, &out).unwrap();
        lock.write(&files("a/index.html")).unwrap();
        lock.write(&files("b/index.html")).unwrap();
        drop(lock);
        assert!(out.join("b/index.html").is_file());
        assert!(!out.join("a").exists());
        assert!(out.join(MARKER).is_file());
        let mut leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        leftovers.sort();
        assert_eq!(leftovers, [".output.dossier-lock", "output"]);
    }
}
