//! The development server: serves the in-memory site, injects the live-reload script into
//! HTML (only here, never into `dossier build` output), and streams reload and error events
//! to open pages over server-sent events.
//!
//! It serves only what the build produced (and the asset files it lists), so no request can
//! reach another file; requests that try (`..`, encoded or not) are refused with 400, and an
//! asset that has become a link leading out of the dossier with 403.

use super::session::Output;
use crate::load::links::Fence;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use tokio::sync::{broadcast, watch};
use tokio_stream::StreamExt;
use tokio_stream::wrappers::{BroadcastStream, WatchStream};

/// What open pages are told.
#[derive(Debug, Clone)]
pub enum LiveEvent {
    /// The site changed: a page reloads when it is one of these site-relative URLs or loaded
    /// one of them; every page when `None` (a fresh build, a recovery from an error).
    Reload(Option<Arc<[String]>>),
    /// A rebuild failed: show this over the page (the last good site is still served).
    Failed(String),
}

/// State shared by the server and the rebuild loop.
pub struct Shared {
    /// The files served: a copy of the session's, kept up to date path by path.
    pub output: RwLock<Output>,
    pub error: RwLock<Option<String>>,
    pub events: broadcast::Sender<LiveEvent>,
    /// The dossier's folder: an asset file is served only while it resolves inside it.
    fence: Fence,
    /// Becomes true when the server stops; live-reload streams end then.
    stopping: watch::Sender<bool>,
}

impl Shared {
    pub fn new(output: Output, fence: Fence) -> Arc<Shared> {
        let (events, _) = broadcast::channel(64);
        Arc::new(Shared {
            output: RwLock::new(output),
            error: RwLock::new(None),
            events,
            fence,
            stopping: watch::Sender::new(false),
        })
    }

    /// Ends every live-reload stream, now and for any opened later, so that stopping the
    /// server never waits for the pages still open.
    pub fn stop(&self) {
        self.stopping.send_replace(true);
    }

    /// Copies the files at `changed` from the session's output (everything when `changed`
    /// is `None`), so a rebuild costs the server what it changed, not the whole site.
    pub fn sync(&self, from: &Output, changed: Option<&[PathBuf]>) {
        let Ok(mut out) = self.output.write() else {
            return;
        };
        match changed {
            None => *out = from.clone(),
            Some(paths) => {
                for p in paths {
                    match from.files.get(p) {
                        Some(bytes) => {
                            out.files.insert(p.clone(), bytes.clone());
                        }
                        None => {
                            out.files.remove(p);
                        }
                    }
                }
                if out.assets != from.assets {
                    out.assets = from.assets.clone();
                }
            }
        }
    }

    /// What a request for `path` finds.
    fn find(&self, path: &std::path::Path) -> Found {
        let Ok(out) = self.output.read() else {
            return Found::Nothing(None);
        };
        if let Some(bytes) = out.files.get(path) {
            return Found::File(bytes.clone());
        }
        if let Some(source) = out.assets.get(path) {
            return Found::Asset(source.clone());
        }
        if out.files.contains_key(&path.join("index.html")) {
            return Found::Folder;
        }
        Found::Nothing(out.files.get(std::path::Path::new("404.html")).cloned())
    }

    fn error(&self) -> Option<String> {
        self.error.read().ok().and_then(|e| e.clone())
    }
}

const LIVE_JS: &str = include_str!("live.js");
const LIVE_TAG: &str = "<script src=\"/__dossier/live.js\"></script>";

pub fn router(shared: Arc<Shared>) -> axum::Router {
    axum::Router::new()
        .route("/__dossier/live.js", get(live_js))
        .route("/__dossier/events", get(events))
        .route("/__dossier/status", get(status))
        .fallback(serve_file)
        .with_state(shared)
}

async fn live_js() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        LIVE_JS,
    )
        .into_response()
}

async fn status(State(shared): State<Arc<Shared>>) -> Response {
    let body = serde_json::json!({ "error": shared.error() }).to_string();
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}

async fn events(State(shared): State<Arc<Shared>>) -> impl IntoResponse {
    let events = BroadcastStream::new(shared.events.subscribe()).filter_map(|e| {
        Some(Some(match e.ok()? {
            LiveEvent::Reload(urls) => Event::default().event("reload").data(
                serde_json::json!({ "all": urls.is_none(), "urls": urls.as_deref().unwrap_or(&[]) })
                    .to_string(),
            ),
            LiveEvent::Failed(message) => Event::default().event("build-error").data(message),
        }))
    });
    // `None` once the server is stopping: the stream ends there.
    let stop = WatchStream::new(shared.stopping.subscribe())
        .filter(|stopping| *stopping)
        .map(|_| None);
    let stream = events
        .merge(stop)
        .take_while(Option::is_some)
        .filter_map(|e| e.map(Ok::<_, std::convert::Infallible>));
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// The output path a request names, or `None` when it tries to leave the site.
pub fn request_path(raw: &str) -> Option<PathBuf> {
    let decoded = percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .ok()?;
    if decoded.contains(['\\', '\0']) || decoded.contains("//") {
        return None;
    }
    let mut out = PathBuf::new();
    for part in decoded.trim_start_matches('/').split('/') {
        match part {
            "" => {}
            "." | ".." => return None,
            p if p.contains(':') => return None,
            p => out.push(p),
        }
    }
    if decoded.ends_with('/') || out.as_os_str().is_empty() {
        out.push("index.html");
    }
    Some(out)
}

async fn serve_file(State(shared): State<Arc<Shared>>, request: Request<Body>) -> Response {
    let raw = request.uri().path().to_string();
    let Some(path) = request_path(&raw) else {
        return (StatusCode::BAD_REQUEST, "bad path: it leaves the site\n").into_response();
    };
    match shared.find(&path) {
        Found::File(bytes) => file_response(StatusCode::OK, &path, &bytes),
        // Judged now, not when the site was built: a link swapped in since is refused too.
        Found::Asset(source) if shared.fence.check(&source).is_err() => (
            StatusCode::FORBIDDEN,
            "refused: this file is a link that leads outside the dossier\n",
        )
            .into_response(),
        Found::Asset(source) => match tokio::fs::read(&source).await {
            Ok(bytes) => file_response(StatusCode::OK, &path, &bytes),
            Err(_) => not_found(None),
        },
        // `/people/x` → `/people/x/`, as a static host would.
        Found::Folder => {
            let mut response = StatusCode::PERMANENT_REDIRECT.into_response();
            if let Ok(v) = HeaderValue::from_str(&format!("{raw}/")) {
                response.headers_mut().insert(header::LOCATION, v);
            }
            response
        }
        Found::Nothing(page) => not_found(page),
    }
}

/// The outcome of looking a request up.
enum Found {
    File(Arc<Vec<u8>>),
    /// A file copied from `content/`, served from where it is.
    Asset(PathBuf),
    /// A folder with an index page, asked for without the final `/`.
    Folder,
    /// Nothing here; the site's 404 page if it has one.
    Nothing(Option<Arc<Vec<u8>>>),
}

fn not_found(page: Option<Arc<Vec<u8>>>) -> Response {
    match page {
        Some(page) => file_response(
            StatusCode::NOT_FOUND,
            std::path::Path::new("404.html"),
            &page,
        ),
        None => (StatusCode::NOT_FOUND, "not found\n").into_response(),
    }
}

fn file_response(status: StatusCode, path: &std::path::Path, bytes: &[u8]) -> Response {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let is_html = mime.essence_str() == "text/html";
    let content_type = match (mime.type_(), mime.subtype().as_str()) {
        (mime_guess::mime::TEXT, _) | (_, "javascript" | "json" | "xml" | "atom+xml") => {
            format!("{}; charset=utf-8", mime.essence_str())
        }
        _ => mime.essence_str().to_string(),
    };
    let body = if is_html {
        inject(bytes)
    } else {
        bytes.to_vec()
    };
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&content_type) {
        headers.insert(header::CONTENT_TYPE, v);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Adds the live-reload script before `</body>` (or at the end).
fn inject(html: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{LIVE_TAG}\n{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{LIVE_TAG}\n").into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_leave_the_site_are_refused() {
        for bad in [
            "/../etc/passwd",
            "/a/%2e%2e/%2e%2e/x",
            "/%2e%2e%2fsecret",
            "/a\\..\\b",
            "//etc/passwd",
            "/C:/x",
            "/a/./b",
        ] {
            assert_eq!(request_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn folders_map_to_their_index() {
        assert_eq!(request_path("/"), Some(PathBuf::from("index.html")));
        assert_eq!(
            request_path("/people/x/"),
            Some(PathBuf::from("people/x/index.html"))
        );
        assert_eq!(
            request_path("/static/style.css"),
            Some(PathBuf::from("static/style.css"))
        );
        assert_eq!(
            request_path("/tags/caf%C3%A9/"),
            Some(PathBuf::from("tags/café/index.html"))
        );
    }

    #[test]
    fn the_live_script_goes_before_the_end_of_body() {
        let out = String::from_utf8(inject(b"<html><body><p>x</p></body></html>")).unwrap();
        assert!(
            out.contains("<p>x</p><script src=\"/__dossier/live.js\"></script>\n</body>"),
            "{out}"
        );
    }
}
