//! The connections of `dossier serve`: accepting them, closing those that never send a whole
//! request, answering only requests addressed to this server, and stopping at Ctrl+C.
//!
//! The loop is hyper's own rather than `axum::serve`, which has neither a header-read
//! timeout nor a way to end the live-reload streams: with it, one half-sent request held a
//! connection forever, and Ctrl+C waited for every open page's event stream to end.
//!
//! The `Host` check stops DNS rebinding: a page on `evil.example` whose name is made to
//! resolve to 127.0.0.1 can send requests here, but its requests carry `Host: evil.example`,
//! so the dossier (drafts included) is never read by it. Names a browser cannot be tricked
//! into (IP literals, `localhost`) are allowed where they can reach the server.

use super::http::{self, Shared};
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

/// How long a connection may take to send a request's headers. A browser sends them at once;
/// a connection that dribbles them (or sends nothing) is closed, so it cannot hold a socket.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// After Ctrl+C, how long requests already being answered may take to finish.
const GRACE: Duration = Duration::from_secs(2);

/// The host names a request may be addressed to, for a server listening at `bound`.
#[derive(Debug, Clone, Copy)]
pub struct Hosts {
    pub bound: SocketAddr,
}

impl Hosts {
    /// True when a request whose `Host` is `host` is for this server: the port is the one it
    /// listens on, and the name is its address, a loopback address or `localhost` when it
    /// listens on loopback, or any IP address when it listens on all of them. A name that DNS
    /// resolves (other than `localhost`) is never enough.
    pub fn allow(&self, host: &str) -> bool {
        let Some((name, port)) = split_host(host) else {
            return false;
        };
        if port != self.bound.port() {
            return false;
        }
        let ip = self.bound.ip();
        let everywhere = ip.is_unspecified();
        match name.parse::<IpAddr>() {
            Ok(asked) => everywhere || asked == ip || (ip.is_loopback() && asked.is_loopback()),
            Err(_) => name.eq_ignore_ascii_case("localhost") && (everywhere || ip.is_loopback()),
        }
    }
}

/// `name:port` (or `[v6]:port`, or a name alone for port 80) into its name and port.
fn split_host(host: &str) -> Option<(&str, u16)> {
    let host = host.trim();
    let (name, rest) = match host.strip_prefix('[') {
        Some(v6) => v6.split_once(']')?,
        None => host.split_at(host.find(':').unwrap_or(host.len())),
    };
    let port = match rest.strip_prefix(':') {
        Some(p) => p.parse().ok()?,
        None if rest.is_empty() => 80,
        None => return None,
    };
    let name = name.trim_end_matches('.');
    (!name.is_empty()).then_some((name, port))
}

/// Answers 421 to a request addressed to another host.
async fn check_host(State(hosts): State<Hosts>, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_string)
        .or_else(|| request.uri().authority().map(|a| a.to_string()));
    match host {
        Some(h) if hosts.allow(&h) => next.run(request).await,
        _ => (
            StatusCode::MISDIRECTED_REQUEST,
            format!(
                "this server answers only at http://{}/ (or localhost on that port)\n",
                hosts.bound
            ),
        )
            .into_response(),
    }
}

/// Serves `shared` on `listener` until Ctrl+C. Then it stops taking connections, ends every
/// live-reload stream, lets requests in flight finish for at most [`GRACE`], and returns.
pub async fn run(listener: tokio::net::TcpListener, hosts: Hosts, shared: Arc<Shared>) {
    let app = http::router(shared.clone()).layer(middleware::from_fn_with_state(hosts, check_host));
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT);
    let graceful = GracefulShutdown::new();
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    let service = TowerToHyperService::new(app.clone());
                    let connection = builder.serve_connection(TokioIo::new(stream), service);
                    let connection = graceful.watch(connection);
                    tokio::spawn(async move {
                        let _ = connection.await;
                    });
                }
                // Out of file descriptors, say: wait for some to close rather than spin.
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            },
            _ = &mut ctrl_c => break,
        }
    }
    drop(listener);
    shared.stop();
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(GRACE) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hosts(addr: &str) -> Hosts {
        Hosts {
            bound: addr.parse().unwrap(),
        }
    }

    #[test]
    fn a_loopback_server_answers_to_loopback_names_on_its_port() {
        let h = hosts("127.0.0.1:1111");
        for ok in [
            "127.0.0.1:1111",
            "localhost:1111",
            "LOCALHOST:1111",
            "[::1]:1111",
        ] {
            assert!(h.allow(ok), "{ok}");
        }
        for bad in [
            "evil.example:1111",
            "127.0.0.1:2222",
            "127.0.0.1",
            "localhost.evil.example:1111",
            "192.168.1.5:1111",
            "",
        ] {
            assert!(!h.allow(bad), "{bad}");
        }
    }

    #[test]
    fn a_server_on_every_address_answers_to_ip_addresses_not_names() {
        let h = hosts("0.0.0.0:8080");
        assert!(h.allow("192.168.1.5:8080"));
        assert!(h.allow("localhost:8080"));
        assert!(!h.allow("dossier.evil.example:8080"));
        let v6 = hosts("[::1]:80");
        assert!(v6.allow("[::1]"));
        assert!(v6.allow("localhost"));
    }
}
