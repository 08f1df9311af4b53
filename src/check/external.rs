//! `dossier check --external`: links that leave the site (http and https), each fetched once,
//! a few at a time, each with its own time limit. Off by default: a check must not need the
//! network, and other people's servers should not be asked more than needed.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// How many addresses are fetched at once.
pub const CONCURRENCY: usize = 8;

/// What `--external` needs: the time limit per request (connection, redirects and headers).
#[derive(Debug, Clone, Copy)]
pub struct External {
    pub timeout: Duration,
}

/// True for an address `--external` checks.
pub fn is_external(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Fetches each of `urls` (distinct addresses) and returns those that fail, with why: an
/// HTTP status of 400 or more, or no answer in time. At most [`CONCURRENCY`] requests are in
/// flight at once.
pub fn failing(urls: &[String], options: External) -> Vec<(String, String)> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(options.timeout))
        .max_redirects(10)
        .user_agent(concat!(
            "dossier/",
            env!("CARGO_PKG_VERSION"),
            " (link check)"
        ))
        .build()
        .into();
    let next = AtomicUsize::new(0);
    let failed = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..CONCURRENCY.min(urls.len()) {
            scope.spawn(|| {
                while let Some(url) = urls.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Some(reason) = problem(&agent, url, options.timeout)
                        && let Ok(mut list) = failed.lock()
                    {
                        list.push((url.clone(), reason));
                    }
                }
            });
        }
    });
    let mut failed = failed.into_inner().unwrap_or_default();
    failed.sort();
    failed
}

/// Why `url` fails, or `None` when it answers with a status under 400.
fn problem(agent: &ureq::Agent, url: &str, timeout: Duration) -> Option<String> {
    match agent.get(url).call() {
        Ok(response) => {
            let status = response.status();
            (status.as_u16() >= 400).then(|| {
                format!(
                    "the server answered {} {}",
                    status.as_u16(),
                    status.canonical_reason().unwrap_or("")
                )
                .trim_end()
                .to_string()
            })
        }
        Err(ureq::Error::Timeout(_)) => {
            Some(format!("no answer within {} s", timeout.as_secs_f64()))
        }
        Err(e) => Some(format!("cannot fetch it: {e}")),
    }
}
