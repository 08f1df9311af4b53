//! Watching a dossier: `site.yaml`, `content/` (the registry included) and `themes/`, with
//! notify's debouncer, turned into [`Changes`]. Editors that save by writing a temporary
//! file and renaming it produce several events; the debouncer folds them into one batch.

use super::{Changes, ServeError};
use crate::Error;
use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, new_debouncer};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

/// How long the debouncer waits for a burst of events to end. Short, because the target is
/// a page reload within 100 ms of a save.
const DEBOUNCE: Duration = Duration::from_millis(20);

/// How long the dossier must stay quiet after a rebuild before it is looked at once more
/// with no event to prompt it. The debouncer folds a file made and removed inside one window
/// into no event at all, so a rebuild that listed such a file mid-burst would keep it (or the
/// error of reading it) until the next save. One more update after the burst re-lists
/// `content/` and compares every file's stamp, which puts that right.
pub const SETTLE: Duration = Duration::from_millis(250);

/// What waiting on the watcher gave.
#[derive(Debug, PartialEq)]
pub enum Waited<T> {
    Message(T),
    /// Nothing arrived for [`SETTLE`] after a rebuild: time to look at the dossier once more.
    Quiet,
}

/// The next message, blocking. While `settling` (after a rebuild, until the caller has had
/// one [`Waited::Quiet`]) it waits only [`SETTLE`]. `None` when every sender is gone.
pub fn next<T>(rx: &Receiver<T>, settling: bool) -> Option<Waited<T>> {
    if !settling {
        return rx.recv().ok().map(Waited::Message);
    }
    match rx.recv_timeout(SETTLE) {
        Ok(message) => Some(Waited::Message(message)),
        Err(RecvTimeoutError::Timeout) => Some(Waited::Quiet),
        Err(RecvTimeoutError::Disconnected) => None,
    }
}

/// A running watcher; dropping it stops watching.
pub struct Watcher {
    _debouncer: Box<dyn std::any::Any + Send>,
    pub changes: Receiver<Changes>,
}

/// Starts watching the dossier at `root`.
pub fn watch(root: &Path) -> Result<Watcher, Error> {
    let canonical = root.canonicalize().map_err(|e| cannot_watch(root, e))?;
    let base = crate::load::display_base(root);
    let (tx, rx) = channel();
    let classify_root = canonical.clone();
    let mut debouncer = new_debouncer(
        DEBOUNCE,
        Some(Duration::from_millis(5)),
        move |result: DebounceEventResult| {
            let Ok(events) = result else { return };
            let mut changes = Changes::default();
            for event in events {
                if matches!(event.event.kind, EventKind::Access(_)) {
                    continue;
                }
                for path in &event.event.paths {
                    classify(&classify_root, &base, path, &mut changes);
                }
            }
            if changes != Changes::default() {
                let _ = tx.send(changes);
            }
        },
    )
    .map_err(|e| cannot_watch(root, e))?;
    let watch = |d: &mut notify_debouncer_full::Debouncer<_, _>, p: &Path, mode| {
        d.watch(p, mode).map_err(|e| cannot_watch(p, e))
    };
    // The root itself, not recursively: catches site.yaml replaced by an editor, and a
    // themes/ folder created later.
    watch(&mut debouncer, &canonical, RecursiveMode::NonRecursive)?;
    for sub in ["content", "themes", crate::load::config::i18n::I18N_DIR] {
        let dir = canonical.join(sub);
        if dir.is_dir() {
            watch(&mut debouncer, &dir, RecursiveMode::Recursive)?;
        }
    }
    Ok(Watcher {
        _debouncer: Box::new(debouncer),
        changes: rx,
    })
}

/// Sorts one changed path into `changes`. `base` is how content paths are written elsewhere
/// (relative when the root is the current folder), so forced re-reads match loaded paths.
fn classify(root: &Path, base: &Path, path: &Path, changes: &mut Changes) {
    let Ok(rel) = path.strip_prefix(root) else {
        return;
    };
    // site.yaml, or another configuration beside it (`--config site.staging.yaml`).
    if rel == Path::new(crate::load::config::CONFIG_FILE)
        || (rel.components().count() == 1 && rel.extension().is_some_and(|e| e == "yaml"))
        || rel.starts_with(crate::load::config::i18n::I18N_DIR)
    {
        changes.config = true;
    } else if rel == Path::new(crate::load::CONTENT_DIR).join(crate::load::REGISTRY_FILE) {
        changes.registry = true;
    } else if rel.starts_with("themes") {
        changes.theme = true;
    } else if rel.starts_with(crate::load::CONTENT_DIR) {
        let p: PathBuf = base.join(rel);
        if !changes.content.contains(&p) {
            changes.content.push(p);
        }
    }
}

fn cannot_watch(path: &Path, why: impl std::fmt::Display) -> ServeError {
    ServeError::Watch {
        path: path.to_path_buf(),
        why: why.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_sorted_into_kinds_of_change() {
        let root = Path::new("/d");
        let mut c = Changes::default();
        classify(root, Path::new(""), Path::new("/d/site.yaml"), &mut c);
        classify(
            root,
            Path::new(""),
            Path::new("/d/themes/x/templates/base.html"),
            &mut c,
        );
        classify(
            root,
            Path::new(""),
            Path::new("/d/content/articles/a.md"),
            &mut c,
        );
        classify(
            root,
            Path::new(""),
            Path::new("/d/output/index.html"),
            &mut c,
        );
        assert!(c.config && c.theme && !c.registry);
        assert_eq!(c.content, vec![PathBuf::from("content/articles/a.md")]);
        classify(
            root,
            Path::new(""),
            Path::new("/d/content/entities.yaml"),
            &mut c,
        );
        assert!(c.registry);
    }

    #[test]
    fn a_quiet_spell_after_a_rebuild_is_reported_once_settling() {
        let (tx, rx) = channel();
        tx.send(1).unwrap();
        assert_eq!(
            next(&rx, true),
            Some(Waited::Message(1)),
            "a message comes first"
        );
        assert_eq!(next(&rx, true), Some(Waited::Quiet), "then the quiet spell");
        tx.send(2).unwrap();
        assert_eq!(next(&rx, false), Some(Waited::Message(2)));
        drop(tx);
        assert_eq!(next(&rx, false), None, "no senders: no more waiting");
        assert_eq!(next::<i32>(&rx, true), None);
    }
}
