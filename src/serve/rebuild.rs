//! The rebuild loop of `dossier serve`: one thread owns the [`Session`] and applies batches
//! of changes; a second makes the index files (search, exports, sitemap) of each new state
//! in the background, so a save reloads the page as soon as its pages are made.

use super::http::{LiveEvent, Shared};
use super::watch::{self, Waited};
use super::{Changes, Session, Update, report, set_error};
use crate::engine::{IndexFiles, IndexJob, Options};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Instant;

/// Past this many changed files a reload names none, and every page reloads: the list would
/// weigh more than the reloads it saves.
const MANY: usize = 500;

/// What the loop waits for.
pub enum Msg {
    /// Files changed on disk.
    Changes(Changes),
    /// The files made from the whole site of one state are ready.
    Indexed(IndexFiles),
}

/// The next batch: every change waiting (so a burst of saves costs one rebuild), the newest
/// index files that arrived, and whether it is the look after a quiet spell (no change named,
/// see [`watch::SETTLE`]). `None` when the senders are gone.
fn next_batch(rx: &Receiver<Msg>, settling: bool) -> Option<Batch> {
    let mut changes: Option<Changes> = None;
    let mut indexed = None;
    let mut take = |msg: Msg| match msg {
        Msg::Changes(c) => match &mut changes {
            Some(all) => all.absorb(c),
            None => changes = Some(c),
        },
        Msg::Indexed(files) => indexed = Some(files),
    };
    match watch::next(rx, settling)? {
        Waited::Quiet => return Some((Some(Changes::default()), None, true)),
        Waited::Message(msg) => take(msg),
    }
    while let Ok(msg) = rx.try_recv() {
        take(msg);
    }
    Some((changes, indexed, false))
}

type Batch = (Option<Changes>, Option<IndexFiles>, bool);

pub fn summary(update: &Update, start: Instant) -> String {
    let s = |n: usize| if n == 1 { "" } else { "s" };
    let stages: Vec<String> = (update.stages.iter())
        .map(|(name, took, _)| format!("{name} {}", took.as_millis()))
        .collect();
    format!(
        "Rebuilt in {} ms ({}): {} article{} extracted, {} page{} rendered, {} file{} changed",
        start.elapsed().as_millis(),
        stages.join(", "),
        update.reextracted,
        s(update.reextracted),
        update.rerendered,
        s(update.rerendered),
        update.changed.len(),
        s(update.changed.len()),
    )
}

/// Starts the thread that makes index files, keeping only the newest job when several wait.
/// It runs its parallel work in a pool of its own, of one thread: on rayon's global pool, the
/// search index's long tasks would hold back the next save's pages, queued behind them. That
/// thread runs at a lower priority ([`give_way`]): a job outlasts the pause between two
/// saves, and must not take a core from the pages of the next.
fn index_worker(results: Sender<Msg>) -> Sender<IndexJob> {
    let (jobs, rx) = channel::<IndexJob>();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .start_handler(|_| give_way())
        .build()
        .ok();
    std::thread::spawn(move || {
        give_way();
        while let Ok(mut job) = rx.recv() {
            while let Ok(newer) = rx.try_recv() {
                job = newer;
            }
            let files = match &pool {
                Some(pool) => pool.install(|| job.run()),
                None => job.run(),
            };
            if results.send(Msg::Indexed(files)).is_err() {
                return;
            }
        }
    });
    jobs
}

/// Lowers the calling thread's scheduling priority (on Linux a thread's nice value is its
/// own), so that the cores go to the rebuild loop first. Best effort: nothing else changes
/// when the system refuses.
fn give_way() {
    #[cfg(target_os = "linux")]
    let _ = rustix::process::setpriority_process(Some(rustix::thread::gettid()), 10);
}

/// Hands the server what changed; `None` means everything (a fresh session).
fn publish(shared: &Shared, session: &Session, changed: Option<&[PathBuf]>) {
    shared.sync(session.output(), changed);
}

/// Applies batches of changes to the session, publishing each good result, until the
/// watcher stops.
pub fn run(
    build: Options,
    mut session: Option<Session>,
    rx: Receiver<Msg>,
    tx: Sender<Msg>,
    shared: Arc<Shared>,
) {
    let jobs = index_worker(tx);
    let mut settling = false;
    while let Some((changes, indexed, recheck)) = next_batch(&rx, settling) {
        if let Some(changes) = changes {
            settling = !recheck;
            let start = Instant::now();
            let result = match session.as_mut() {
                Some(s) => s.update(&changes).map(|u| (u, None)),
                None => Session::start(build.clone()).map(|s| {
                    let u = Update {
                        changed: vec![PathBuf::new()],
                        reload: Vec::new(),
                        reextracted: s.site().map_or(0, |s| s.articles.len()),
                        rerendered: s.output().files.len(),
                        indexes_stale: false,
                        stages: Vec::new(),
                    };
                    (u, Some(s))
                }),
            };
            match result {
                Ok((update, fresh)) => {
                    let restarted = fresh.is_some();
                    if let Some(s) = fresh {
                        session = Some(s);
                    }
                    let had_error = shared.error.read().is_ok_and(|e| e.is_some());
                    if let Some(s) = &mut session {
                        publish(
                            &shared,
                            s,
                            (!restarted).then_some(update.changed.as_slice()),
                        );
                        if let Some(job) = s.index_job() {
                            let _ = jobs.send(job);
                        }
                    }
                    set_error(&shared, None);
                    if !update.changed.is_empty() || had_error {
                        println!("{}", summary(&update, start));
                        let every_page = restarted || had_error || update.reload.len() > MANY;
                        let urls = (!every_page).then(|| update.reload.into());
                        let _ = shared.events.send(LiveEvent::Reload(urls));
                    }
                }
                Err(e) => {
                    let message = e.to_string();
                    // The look after a quiet spell finding the error already shown says nothing.
                    let shown = (shared.error.read()).is_ok_and(|e| e.as_ref() == Some(&message));
                    if !(recheck && shown) {
                        report(&e);
                        set_error(&shared, Some(message.clone()));
                        let _ = shared.events.send(LiveEvent::Failed(message));
                    }
                }
            }
        }
        if let Some(files) = indexed
            && let Some(s) = session.as_mut()
        {
            let changed = s.apply_indexes(files);
            if !changed.is_empty() {
                publish(&shared, s, Some(&changed));
            }
        }
    }
}
