//! Getting the bytes of a page or feed: from the web, politely and safely, or from a saved file.
//!
//! Only `http` and `https` are fetched; every request names dossier in its user agent, has
//! one time budget for the whole exchange (redirects and body included), follows at most
//! [`MAX_REDIRECTS`] redirects, and reads at most the size limit, so a hostile or broken
//! server can neither hang an import nor fill the memory.

use super::ImportError;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;
use ureq::ResponseExt;
use url::Url;

/// Redirects followed before a request is given up as a loop.
pub const MAX_REDIRECTS: u32 = 5;

/// What the user named on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Url(Url),
    File(PathBuf),
}

impl Input {
    /// A URL when the text has a scheme (`https://…`, but also `ftp:` or `file:`, refused
    /// here), else a file path. A one-letter "scheme" is a Windows drive (`C:\…`), a path.
    pub fn parse(text: &str) -> Result<Input, ImportError> {
        match Url::parse(text) {
            Ok(url) if url.scheme().len() > 1 => {
                if matches!(url.scheme(), "http" | "https") {
                    Ok(Input::Url(url))
                } else {
                    Err(ImportError::NotHttp {
                        url: text.to_string(),
                    })
                }
            }
            _ => Ok(Input::File(PathBuf::from(text))),
        }
    }

    /// How messages name it: the URL, or the file's path.
    pub fn name(&self) -> String {
        match self {
            Input::Url(u) => u.to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }
}

/// A response's body and what the server said it is.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// Where the body came from, after redirects (`None` for a file).
    pub url: Option<Url>,
    /// The `Content-Type` without parameters, lower case; `None` for a file or when absent.
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

impl Fetched {
    /// The body as text: UTF-8, with any invalid bytes replaced.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

/// An HTTP client set up for importing. One per run, so connections are reused.
pub struct Fetcher {
    agent: ureq::Agent,
    timeout: Duration,
    max_bytes: u64,
}

/// The user agent: names dossier and its version, so a site's operators know who is asking.
pub const USER_AGENT: &str = concat!(
    "dossier/",
    env!("CARGO_PKG_VERSION"),
    " (briefing-dossier importer; one request at a time)"
);

impl Fetcher {
    pub fn new(timeout: Duration, max_bytes: u64) -> Fetcher {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(timeout))
            .max_redirects(MAX_REDIRECTS)
            .user_agent(USER_AGENT)
            .build()
            .into();
        Fetcher {
            agent,
            timeout,
            max_bytes,
        }
    }

    /// GETs `url`. A status other than 2xx, a timeout, a redirect loop, or a body over the
    /// size limit is an error naming the URL.
    pub fn get(&self, url: &Url) -> Result<Fetched, ImportError> {
        let name = url.to_string();
        let mut response = self
            .agent
            .get(url.as_str())
            .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
            .call()
            .map_err(|e| self.error(&name, e))?;
        let status = response.status();
        if !status.is_success() {
            return Err(ImportError::Status {
                url: name,
                status: status.as_u16(),
                reason: status.canonical_reason().unwrap_or("").to_string(),
            });
        }
        let final_url = Url::parse(&response.get_uri().to_string()).ok();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(|v| {
                v.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase()
            })
            .filter(|v| !v.is_empty());
        let declared = response
            .headers()
            .get("content-length")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > self.max_bytes) {
            return Err(self.too_large(name));
        }
        let bytes = response
            .body_mut()
            .with_config()
            .limit(self.max_bytes)
            .read_to_vec()
            .map_err(|e| self.error(&name, e))?;
        Ok(Fetched {
            url: final_url.or_else(|| Some(url.clone())),
            content_type,
            bytes,
        })
    }

    /// Reads a saved file, under the same size limit as a download.
    pub fn read_file(&self, path: &Path) -> Result<Fetched, ImportError> {
        let read_error = |e: std::io::Error| ImportError::Read {
            path: path.to_path_buf(),
            message: match e.kind() {
                std::io::ErrorKind::NotFound => {
                    "no such file (a web address starts with https:// or http://)".into()
                }
                _ => e.to_string(),
            },
        };
        let file = std::fs::File::open(path).map_err(read_error)?;
        let mut bytes = Vec::new();
        file.take(self.max_bytes + 1)
            .read_to_end(&mut bytes)
            .map_err(read_error)?;
        if bytes.len() as u64 > self.max_bytes {
            return Err(self.too_large(path.display().to_string()));
        }
        Ok(Fetched {
            url: None,
            content_type: None,
            bytes,
        })
    }

    /// Fetches a URL or reads a file.
    pub fn load(&self, input: &Input) -> Result<Fetched, ImportError> {
        match input {
            Input::Url(url) => self.get(url),
            Input::File(path) => self.read_file(path),
        }
    }

    fn too_large(&self, url: String) -> ImportError {
        ImportError::TooLarge {
            url,
            limit_mb: self.max_bytes.div_ceil(1024 * 1024),
        }
    }

    fn error(&self, url: &str, e: ureq::Error) -> ImportError {
        match e {
            ureq::Error::Timeout(_) => ImportError::Timeout {
                url: url.to_string(),
                seconds: self.timeout.as_secs_f64(),
            },
            ureq::Error::TooManyRedirects => ImportError::Redirects {
                url: url.to_string(),
                max: MAX_REDIRECTS,
            },
            ureq::Error::BodyExceedsLimit(_) => self.too_large(url.to_string()),
            ureq::Error::RedirectFailed => ImportError::Fetch {
                url: url.to_string(),
                message: "a redirect led to an address that cannot be fetched".into(),
            },
            other => ImportError::Fetch {
                url: url.to_string(),
                message: other.to_string(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_are_urls_and_other_schemes_are_refused() {
        assert!(matches!(
            Input::parse("https://news.example/a"),
            Ok(Input::Url(_))
        ));
        assert_eq!(
            Input::parse("saved/page.html").ok(),
            Some(Input::File("saved/page.html".into()))
        );
        assert_eq!(
            Input::parse("C:\\pages\\a.html").ok(),
            Some(Input::File("C:\\pages\\a.html".into()))
        );
        for bad in [
            "file:///etc/passwd",
            "ftp://news.example/a",
            "javascript:alert(1)",
        ] {
            let e = Input::parse(bad).unwrap_err();
            assert!(e.to_string().contains(bad), "{e}");
            assert!(e.to_string().contains("http"), "{e}");
        }
    }
}
