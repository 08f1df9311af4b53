//! A static file server for tests: serves a folder under a sub-path (`/repo/`) on
//! 127.0.0.1 at a free port, as GitHub Pages serves a project site, and records what each
//! request sent so a test can count the bytes a page fetched. One thread per connection,
//! `Connection: close`; stopped when dropped.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// One request served: the path asked for (with its query), the status and the body's bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Served {
    pub path: String,
    pub status: u16,
    pub bytes: usize,
}

pub struct Server {
    port: u16,
    prefix: String,
    log: Arc<Mutex<Vec<Served>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Serves `root` at `http://127.0.0.1:PORT{prefix}`; `prefix` starts and ends with '/'.
    pub fn start(root: &Path, prefix: &str) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
        let port = listener.local_addr().expect("a local address").port();
        let (log, stop) = (
            Arc::new(Mutex::new(Vec::new())),
            Arc::new(AtomicBool::new(false)),
        );
        let (root, base) = (root.to_path_buf(), prefix.to_string());
        let (thread_log, thread_stop) = (log.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if thread_stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (root, base, log) = (root.clone(), base.clone(), thread_log.clone());
                std::thread::spawn(move || handle(stream, &root, &base, &log));
            }
        });
        Server {
            port,
            prefix: prefix.to_string(),
            log,
            stop,
            thread: Some(thread),
        }
    }

    /// The site's address, e.g. `http://127.0.0.1:41234/repo/`.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}{}", self.port, self.prefix)
    }

    /// Every request answered so far, in the order the answers started.
    pub fn served(&self) -> Vec<Served> {
        self.log.lock().expect("log lock").clone()
    }

    /// Forgets the requests served so far.
    pub fn clear(&self) {
        self.log.lock().expect("log lock").clear();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port)); // wake the accept loop
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "gz" => "application/gzip",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// `%20` and friends back to bytes; a bad escape is kept as written.
fn percent_decode(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

enum Target {
    File(PathBuf),
    /// A folder asked for without its trailing slash: redirect there, as static hosts do.
    Folder(String),
    Missing,
}

/// What a URL path names under `root`: only inside `prefix`, never through `..`.
fn target(root: &Path, prefix: &str, path: &str) -> Target {
    let path = percent_decode(path.split(['?', '#']).next().unwrap_or(""));
    if format!("{path}/") == prefix {
        return Target::Folder(prefix.to_string());
    }
    let Some(rest) = path.strip_prefix(prefix) else {
        return Target::Missing;
    };
    let rel = Path::new(rest);
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Target::Missing;
    }
    let file = root.join(rel);
    match (file.is_dir(), path.ends_with('/')) {
        (true, true) => Target::File(file.join("index.html")),
        (true, false) => Target::Folder(format!("{path}/")),
        (false, _) if file.is_file() => Target::File(file),
        _ => Target::Missing,
    }
}

/// Answers one request. It is logged before the answer is sent, so that a client that has
/// its answer finds its request in the log.
fn handle(stream: TcpStream, root: &Path, prefix: &str, log: &Mutex<Vec<Served>>) -> Option<()> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut request = String::new();
    reader.read_line(&mut request).ok()?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
    }
    let path = request.split_whitespace().nth(1)?.to_string();
    let not_found = (
        404,
        "Not Found",
        "text/plain; charset=utf-8",
        b"not found".to_vec(),
        String::new(),
    );
    let (status, reason, kind, body, location) = match target(root, prefix, &path) {
        Target::File(file) => match std::fs::read(&file) {
            Ok(body) => (200, "OK", content_type(&file), body, String::new()),
            Err(_) => not_found,
        },
        Target::Folder(to) => (
            301,
            "Moved Permanently",
            "text/plain; charset=utf-8",
            Vec::new(),
            format!("Location: {to}\r\n"),
        ),
        Target::Missing => not_found,
    };
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n{location}Cache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    log.lock().expect("log lock").push(Served {
        path,
        status,
        bytes: body.len(),
    });
    let mut stream = stream;
    stream.write_all(head.as_bytes()).ok()?;
    stream.write_all(&body).ok()?;
    stream.flush().ok()
}
