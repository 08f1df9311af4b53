//! A fake news site for the import tests, on 127.0.0.1 at a free port: serves the pages and
//! feeds of `tests/fixtures/import/` (with `{BASE}` in a file replaced by the site's address,
//! so a feed can link to the site's own pages), and the ways a real site goes wrong:
//!
//! - `/missing.html`: 404
//! - `/slow.html`: accepts the connection and never answers (until the server is dropped)
//! - `/report.pdf`: a PDF, not HTML
//! - `/huge.html`: 50 MB of HTML with no declared length; `/huge-declared.html` declares it
//! - `/loop/a` and `/loop/b`: redirect to each other forever
//! - `/moved`: one redirect to `/jsonld-article.html`
//!
//! Every request's path and user agent are recorded. One thread per connection, `Connection:
//! close`; stopped when dropped.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One request: its path and its `User-Agent`.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub path: String,
    pub user_agent: String,
}

pub struct Newsroom {
    port: u16,
    log: Arc<Mutex<Vec<Request>>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// The size of `/huge.html`.
pub const HUGE: usize = 50 * 1024 * 1024;

impl Newsroom {
    pub fn start() -> Newsroom {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
        let port = listener.local_addr().expect("a local address").port();
        let log = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (thread_log, thread_stop) = (log.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if thread_stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (log, stop) = (thread_log.clone(), thread_stop.clone());
                std::thread::spawn(move || handle(stream, port, &log, &stop));
            }
        });
        Newsroom {
            port,
            log,
            stop,
            thread: Some(thread),
        }
    }

    /// `http://127.0.0.1:PORT/`
    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    /// The address of `path` (without a leading slash).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base())
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<Request> {
        self.log.lock().expect("log lock").clone()
    }
}

impl Drop for Newsroom {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port)); // wake the accept loop
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "rss" => "application/rss+xml",
        "atom" => "application/atom+xml",
        _ => "application/octet-stream",
    }
}

fn handle(stream: TcpStream, port: u16, log: &Mutex<Vec<Request>>, stop: &AtomicBool) {
    let Ok(clone) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(clone);
    let mut first = String::new();
    if reader.read_line(&mut first).is_err() {
        return;
    }
    let mut user_agent = String::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = header.split_once(':')
            && k.eq_ignore_ascii_case("user-agent")
        {
            user_agent = v.trim().to_string();
        }
    }
    let path = first.split_whitespace().nth(1).unwrap_or("/").to_string();
    log.lock().expect("log lock").push(Request {
        path: path.clone(),
        user_agent,
    });
    let mut stream = stream;
    let head = |status: &str, kind: &str, extra: &str| {
        format!("HTTP/1.1 {status}\r\nContent-Type: {kind}\r\n{extra}Connection: close\r\n\r\n")
    };
    let reply = |stream: &mut TcpStream, status: &str, kind: &str, body: &[u8]| {
        let h = head(status, kind, &format!("Content-Length: {}\r\n", body.len()));
        let _ = stream.write_all(h.as_bytes());
        let _ = stream.write_all(body);
    };
    let redirect = |stream: &mut TcpStream, to: &str| {
        let h = head(
            "302 Found",
            "text/plain",
            &format!("Location: {to}\r\nContent-Length: 0\r\n"),
        );
        let _ = stream.write_all(h.as_bytes());
    };
    match path.as_str() {
        "/slow.html" => {
            let until = Instant::now() + Duration::from_secs(30);
            while !stop.load(Ordering::SeqCst) && Instant::now() < until {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        "/report.pdf" => reply(
            &mut stream,
            "200 OK",
            "application/pdf",
            b"%PDF-1.7\n%\xe2\xe3\n",
        ),
        "/huge.html" | "/huge-declared.html" => {
            let declared = if path == "/huge.html" {
                String::new()
            } else {
                format!("Content-Length: {HUGE}\r\n")
            };
            let _ = stream.write_all(head("200 OK", "text/html", &declared).as_bytes());
            let _ = stream.write_all(b"<!DOCTYPE html><html><body><p>");
            let chunk = vec![b'a'; 64 * 1024];
            for _ in 0..HUGE / chunk.len() {
                if stream.write_all(&chunk).is_err() {
                    break;
                }
            }
        }
        "/loop/a" => redirect(&mut stream, "/loop/b"),
        "/loop/b" => redirect(&mut stream, "/loop/a"),
        "/moved" => redirect(&mut stream, "/jsonld-article.html"),
        _ => {
            let name = path.trim_start_matches('/');
            let file = super::dossier::repo()
                .join("tests/fixtures/import")
                .join(name);
            let ok = !name.is_empty() && !name.contains("..") && file.is_file();
            match std::fs::read_to_string(&file) {
                Ok(text) if ok => {
                    let text = text.replace("{BASE}", &format!("http://127.0.0.1:{port}/"));
                    reply(&mut stream, "200 OK", content_type(name), text.as_bytes());
                }
                _ => reply(
                    &mut stream,
                    "404 Not Found",
                    "text/html",
                    b"<h1>Not found</h1>",
                ),
            }
        }
    }
    let _ = stream.flush();
}

/// A new dossier (`dossier init`) in a temporary folder: (the temp dir, the dossier).
pub fn new_dossier() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let root = tmp.path().join("dossier");
    super::dossier::dossier_ok(tmp.path(), &["init", "dossier"]);
    (tmp, root)
}

/// The articles `dossier import` wrote under `root` (every one but init's welcome article),
/// by file name, with their text.
pub fn imported(root: &std::path::Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(root.join("content/articles"))
        .expect("articles folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with("-welcome.md"))
        .map(|n| {
            let text = super::dossier::read(&root.join("content/articles").join(&n));
            (n, text)
        })
        .collect();
    out.sort();
    out
}

/// The one imported article whose file name contains `part`.
pub fn article(root: &std::path::Path, part: &str) -> (String, String) {
    let all = imported(root);
    let found: Vec<_> = all.iter().filter(|(n, _)| n.contains(part)).collect();
    assert_eq!(found.len(), 1, "one article named *{part}*, among {all:?}");
    found[0].clone()
}

/// A front-matter field as written (a quoted value unquoted), or `None` when absent.
pub fn field(text: &str, key: &str) -> Option<String> {
    let yaml = text.strip_prefix("---\n")?.split("\n---\n").next()?;
    let value = yaml
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{key}: ")))?;
    Some(if value.starts_with('"') {
        serde_json::from_str(value).expect("a JSON-quoted value")
    } else {
        value.to_string()
    })
}

/// The text after the front matter.
pub fn body(text: &str) -> &str {
    text.split_once("\n---\n").map_or("", |(_, b)| b)
}

/// Asserts each front-matter field of `text` is written as expected.
pub fn expect_fields(text: &str, expected: &[(&str, &str)]) {
    for (key, want) in expected {
        assert_eq!(
            field(text, key).as_deref(),
            Some(*want),
            "`{key}` in:\n{text}"
        );
    }
}
