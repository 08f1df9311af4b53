//! `dossier serve` against a careless or hostile world, over real sockets: requests for
//! another host (DNS rebinding) are refused, a connection that never finishes its request is
//! closed, Ctrl+C stops the server with pages still open, and a link swapped into `content/`
//! after the server started is never followed out of the dossier.

use crate::common::dossier::*;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// The `host:port` a served URL names.
fn address(url: &str) -> String {
    url.trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string()
}

/// Sends `request` on a new connection and returns the status line of the answer.
fn status_of(addr: &str, request: &str) -> String {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer).into_owned();
    answer.lines().next().unwrap_or("").to_string()
}

#[test]
fn only_requests_addressed_to_the_server_are_answered() {
    let site = fixture("basic");
    let server = serve(site.path(), &[]);
    let addr = address(&server.url);
    let port = addr.rsplit(':').next().unwrap().to_string();
    let ask = |host: &str| {
        status_of(
            &addr,
            &format!(
                "GET /articles/envoy-in-doha/ HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
            ),
        )
    };
    for ok in [addr.clone(), format!("localhost:{port}")] {
        assert!(ask(&ok).contains(" 200 "), "Host {ok}: {}", ask(&ok));
    }
    for bad in [
        format!("evil.example:{port}"),
        format!("127.0.0.1.nip.example:{port}"),
        "127.0.0.1:1".to_string(),
    ] {
        let status = ask(&bad);
        assert!(status.contains(" 421 "), "Host {bad}: {status}");
    }
    let status = status_of(
        &addr,
        "GET /__dossier/status HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n",
    );
    assert!(status.contains(" 421 "), "{status}");
}

#[test]
fn a_connection_that_never_finishes_its_request_is_closed() {
    let site = fixture("basic");
    let server = serve(site.path(), &[]);
    let addr = address(&server.url);
    let mut half = TcpStream::connect(&addr).unwrap();
    half.write_all(format!("GET / HTTP/1.1\r\nHost: {addr}\r\n").as_bytes())
        .unwrap();
    half.set_read_timeout(Some(Duration::from_secs(40)))
        .unwrap();
    let mut rest = Vec::new();
    // Whatever the server says first, it must then close: read_to_end ends at the close.
    let closed = half.read_to_end(&mut rest);
    assert!(
        closed.is_ok(),
        "a half-sent request still held its connection after 40 s: {closed:?}"
    );
    // The server still answers whole requests.
    assert_eq!(get(&server.url).0, 200);
}

#[test]
fn ctrl_c_stops_the_server_with_pages_still_open() {
    let site = fixture("basic");
    let mut server = serve(site.path(), &[]);
    // Two open pages' live-reload streams.
    let first = events(&format!("{}__dossier/events", server.url));
    let second = events(&format!("{}__dossier/events", server.url));
    assert!(
        server.interrupt(Duration::from_secs(20)),
        "serve was still running 20 s after Ctrl+C"
    );
    drop((first, second));
}

#[cfg(unix)]
#[test]
fn a_link_swapped_in_after_start_is_never_followed_out_of_the_dossier() {
    let site = fixture("basic");
    let server = serve(site.path(), &[]);
    let stream = events(&format!("{}__dossier/events", server.url));
    let photo = site.path().join("content/articles/photo.png");
    assert_eq!(get(&format!("{}articles/photo.png", server.url)).0, 200);
    std::fs::remove_file(&photo).unwrap();
    std::os::unix::fs::symlink("/proc/self/environ", &photo).unwrap();
    let message = wait_for(&stream, "build-error");
    assert!(
        message.contains("content/articles/photo.png") && message.contains("/proc/self/environ"),
        "{message}"
    );
    let (status, _, body) = get(&format!("{}articles/photo.png", server.url));
    assert_eq!(status, 403, "{body}");
    assert!(!body.contains("PATH="), "{body}");

    let article = site
        .path()
        .join("content/articles/2025-03-05-envoy-in-doha.md");
    std::fs::remove_file(&article).unwrap();
    std::os::unix::fs::symlink("/proc/self/environ", &article).unwrap();
    let message = wait_for(&stream, "build-error");
    assert!(message.contains("2025-03-05-envoy-in-doha.md"), "{message}");
    let (_, _, page) = get(&format!("{}articles/envoy-in-doha/", server.url));
    assert!(!page.contains("PATH="), "the environment was served");
}
