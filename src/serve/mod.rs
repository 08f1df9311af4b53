//! `dossier serve` and `dossier build --watch`: watch the dossier, rebuild what a change
//! touches, and (when serving) tell every open page to reload.
//!
//! One thread owns the [`Session`] and applies batches of changes; the HTTP server only reads
//! the latest good output. A failed rebuild is printed and shown over the open pages while the
//! last good site stays served; the next good save clears it.

mod error;
mod http;
mod rebuild;
mod server;
mod session;
mod watch;

pub use crate::engine::Changes;
pub use session::{Output, Session, Update};

use crate::engine::Options;
use crate::load::links::Fence;
use crate::{Error, write};
pub use error::ServeError;
use http::Shared;
use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::time::Instant;

/// What `serve` needs beyond a build's options.
#[derive(Debug, Clone)]
pub(crate) struct ServeOptions {
    pub build: Options,
    pub bind: IpAddr,
    pub port: u16,
    /// Open the site in the default browser once it is up.
    pub open: bool,
}

/// Serves the dossier with live reload until interrupted.
pub(crate) fn serve(options: ServeOptions) -> Result<(), Error> {
    let addr = SocketAddr::new(options.bind, options.port);
    let listen = |source| ServeError::Listen { addr, source };
    let listener = std::net::TcpListener::bind(addr).map_err(listen)?;
    let addr = listener.local_addr().map_err(listen)?;
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
                s.site().map_or(0, |s| s.articles.len()),
                start.elapsed().as_millis()
            );
            if let Some(held) = crate::cli::build::held_back(s.future()) {
                println!("{held}");
            }
            let shared = Shared::new(s.output().clone(), Fence::new(&build.root));
            (Some(s), shared)
        }
        Err(e) => {
            report(&e);
            let shared = Shared::new(Output::default(), Fence::new(&build.root));
            set_error(&shared, Some(e.to_string()));
            (None, shared)
        }
    };
    println!("Serving {} at {url} (Ctrl+C to stop)", build.root.display());
    let (tx, rx) = std::sync::mpsc::channel();
    let forward = tx.clone();
    std::thread::spawn(move || {
        for changes in watcher.changes.iter() {
            if forward.send(rebuild::Msg::Changes(changes)).is_err() {
                return;
            }
        }
    });
    let loop_shared = shared.clone();
    std::thread::spawn(move || rebuild::run(build, session, rx, tx, loop_shared));
    if options.open {
        let _ = opener::open_browser(&url);
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(ServeError::Runtime)?;
    runtime.block_on(async move {
        let listen = |source| ServeError::Listen { addr, source };
        listener.set_nonblocking(true).map_err(listen)?;
        let listener = tokio::net::TcpListener::from_std(listener).map_err(listen)?;
        server::run(listener, server::Hosts { bound: addr }, shared).await;
        Ok(())
    })
}

pub(crate) fn report(e: &Error) {
    for line in e.to_string().lines() {
        eprintln!("error: {line}");
    }
}

pub(crate) fn set_error(shared: &Shared, error: Option<String>) {
    if let Ok(mut slot) = shared.error.write() {
        *slot = error;
    }
}

/// `dossier build --watch`: builds, writes `output`, and again after every change.
pub(crate) fn watch_build(options: Options, out: &Path, quiet: bool) -> Result<(), Error> {
    // Held for as long as this runs: no other build may fill `out` between two rebuilds.
    let lock = write::lock(&options.root, out)?;
    let watcher = watch::watch(&options.root)?;
    let start = Instant::now();
    let mut session = Session::start(options.clone())?;
    lock.write(&session.output().files())?;
    if !quiet {
        println!(
            "Built {} articles in {} ms → {}; watching for changes (Ctrl+C to stop)",
            session.site().map_or(0, |s| s.articles.len()),
            start.elapsed().as_millis(),
            out.display()
        );
        if let Some(held) = crate::cli::build::held_back(session.future()) {
            println!("{held}");
        }
    }
    let (mut settling, mut shown) = (false, None);
    while let Some(waited) = watch::next(&watcher.changes, settling) {
        let (mut changes, recheck) = match waited {
            watch::Waited::Message(changes) => (changes, false),
            watch::Waited::Quiet => (Changes::default(), true),
        };
        while let Ok(more) = watcher.changes.try_recv() {
            changes.absorb(more);
        }
        settling = !recheck;
        let start = Instant::now();
        let result = session.update(&changes).and_then(|u| {
            session.refresh_indexes();
            Ok(lock.write(&session.output().files()).map(|()| u)?)
        });
        match result {
            Ok(update) => {
                shown = None;
                if !quiet && !update.changed.is_empty() {
                    println!("{}", rebuild::summary(&update, start));
                }
            }
            Err(e) => {
                // The look after a quiet spell finding the same error says nothing new.
                let message = Some(e.to_string());
                if !(recheck && shown == message) {
                    report(&e);
                }
                shown = message;
            }
        }
    }
    Ok(())
}
