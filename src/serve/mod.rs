//! `dossier serve` and `dossier build --watch`: watch the dossier, rebuild what a change
//! touches, and (when serving) tell every open page to reload.
//!
//! One thread owns the [`Session`] and applies batches of changes; the HTTP server only reads
//! the latest good output. A failed rebuild is printed and shown over the open pages while the
//! last good site stays served; the next good save clears it.

pub mod affected;
pub mod http;
pub mod session;
pub mod watch;

pub use session::{Changes, Output, Session, Update};

use crate::build::Options;
use crate::{Error, output};
use http::{LiveEvent, Shared};
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::Receiver;
use std::time::Instant;

/// What `serve` needs beyond a build's options.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub build: Options,
    pub bind: IpAddr,
    pub port: u16,
    /// Open the site in the default browser once it is up.
    pub open: bool,
}

/// Waits for the next batch of changes and folds in any that arrived meanwhile, so a burst
/// of saves costs one rebuild.
fn next_batch(rx: &Receiver<Changes>) -> Option<Changes> {
    let mut all = rx.recv().ok()?;
    while let Ok(more) = rx.try_recv() {
        all.config |= more.config;
        all.registry |= more.registry;
        all.theme |= more.theme;
        for p in more.content {
            if !all.content.contains(&p) {
                all.content.push(p);
            }
        }
    }
    Some(all)
}

fn summary(update: &Update, start: Instant) -> String {
    format!(
        "Rebuilt in {} ms: {} article{} extracted, {} page{} rendered, {} file{} changed",
        start.elapsed().as_millis(),
        update.reextracted,
        if update.reextracted == 1 { "" } else { "s" },
        update.rerendered,
        if update.rerendered == 1 { "" } else { "s" },
        update.changed.len(),
        if update.changed.len() == 1 { "" } else { "s" },
    )
}

/// Serves the dossier with live reload until interrupted.
pub fn serve(options: ServeOptions) -> Result<(), Error> {
    let addr = SocketAddr::new(options.bind, options.port);
    let listener = std::net::TcpListener::bind(addr).map_err(|e| {
        Error::Usage(format!(
            "cannot listen on {addr}: {e} (is another server using the port? pass --port N)"
        ))
    })?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::Usage(format!("cannot listen: {e}")))?;
    let url = format!("http://{addr}/");
    if !options.bind.is_loopback() {
        eprintln!(
            "warning: serving on {addr}, reachable from other machines; drafts and unpublished work are visible to anyone who can reach it"
        );
    }
    let mut build = options.build.clone();
    build.base_url = Some(url.clone());
    let watcher = watch::watch(&build.root)?;
    let start = Instant::now();
    let (session, shared) = match Session::start(build.clone()) {
        Ok(s) => {
            println!(
                "Built {} articles in {} ms",
                s.site().articles.len(),
                start.elapsed().as_millis()
            );
            let shared = Shared::new(s.output().clone());
            (Some(s), shared)
        }
        Err(e) => {
            report(&e);
            let shared = Shared::new(Output::default());
            set_error(&shared, Some(e.to_string()));
            (None, shared)
        }
    };
    println!("Serving {} at {url} (Ctrl+C to stop)", build.root.display());
    let loop_shared = shared.clone();
    std::thread::spawn(move || rebuild_loop(build, session, watcher, loop_shared));
    if options.open {
        let _ = opener::open(&url);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Usage(format!("cannot start the server: {e}")))?;
    runtime.block_on(async move {
        listener
            .set_nonblocking(true)
            .map_err(|e| Error::Usage(format!("cannot listen: {e}")))?;
        let listener = tokio::net::TcpListener::from_std(listener)
            .map_err(|e| Error::Usage(format!("cannot listen: {e}")))?;
        axum::serve(listener, http::router(shared))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|e| Error::Usage(format!("the server stopped: {e}")))
    })
}

fn report(e: &Error) {
    for line in e.to_string().lines() {
        eprintln!("error: {line}");
    }
}

fn set_error(shared: &Shared, error: Option<String>) {
    if let Ok(mut slot) = shared.error.write() {
        *slot = error;
    }
}

/// Applies batches of changes to the session, publishing each good result.
fn rebuild_loop(
    build: Options,
    mut session: Option<Session>,
    watcher: watch::Watcher,
    shared: Arc<Shared>,
) {
    while let Some(changes) = next_batch(&watcher.changes) {
        let start = Instant::now();
        let result = match session.as_mut() {
            Some(s) => s.update(&changes).map(|u| (u, None)),
            None => Session::start(build.clone()).map(|s| {
                let n = s.output().files.len();
                let u = Update {
                    changed: vec![PathBuf::new()],
                    reextracted: s.site().articles.len(),
                    rerendered: n,
                    search_stale: false,
                };
                (u, Some(s))
            }),
        };
        match result {
            Ok((update, fresh)) => {
                if let Some(s) = fresh {
                    session = Some(s);
                }
                let had_error = shared.error.read().is_ok_and(|e| e.is_some());
                if let Some(s) = &session
                    && let Ok(mut out) = shared.output.write()
                {
                    *out = Arc::new(s.output().clone());
                }
                set_error(&shared, None);
                if !update.changed.is_empty() || had_error {
                    println!("{}", summary(&update, start));
                    let _ = shared.events.send(LiveEvent::Reload);
                }
                // The search index follows, off the path from the save to the reload.
                if update.search_stale
                    && let Some(s) = session.as_mut()
                    && !s.refresh_search().is_empty()
                    && let Ok(mut out) = shared.output.write()
                {
                    *out = Arc::new(s.output().clone());
                }
            }
            Err(e) => {
                report(&e);
                set_error(&shared, Some(e.to_string()));
                let _ = shared.events.send(LiveEvent::Failed(e.to_string()));
            }
        }
    }
}

/// `dossier build --watch`: builds, writes `output`, and again after every change.
pub fn watch_build(options: Options, out: &Path, quiet: bool) -> Result<(), Error> {
    output::check_target(&options.root, out)?;
    let watcher = watch::watch(&options.root)?;
    let start = Instant::now();
    let mut session = Session::start(options.clone())?;
    write(&options.root, out, session.output())?;
    if !quiet {
        println!(
            "Built {} articles in {} ms → {}; watching for changes (Ctrl+C to stop)",
            session.site().articles.len(),
            start.elapsed().as_millis(),
            out.display()
        );
    }
    while let Some(changes) = next_batch(&watcher.changes) {
        let start = Instant::now();
        let result = session.update(&changes).and_then(|u| {
            if u.search_stale {
                session.refresh_search();
            }
            write(&options.root, out, session.output()).map(|()| u)
        });
        match result {
            Ok(update) => {
                if !quiet && !update.changed.is_empty() {
                    println!("{}", summary(&update, start));
                }
            }
            Err(e) => report(&e),
        }
    }
    Ok(())
}

fn write(root: &Path, out: &Path, o: &Output) -> Result<(), Error> {
    let files = output::Files {
        generated: o
            .files
            .iter()
            .map(|(p, b)| (p.clone(), b.as_ref().clone()))
            .collect(),
        copied: o
            .assets
            .iter()
            .map(|(rel, src)| (src.clone(), rel.clone()))
            .collect(),
    };
    Ok(output::write(root, out, &files)?)
}
