//! The addresses `site.yaml` and the command line give: `base_url` (and `--base-url`), `cname`,
//! and the theme's name. Each is checked by a parser, not by eye, because every one of them
//! ends up in every page, feed, `robots.txt` or `CNAME`, or names a folder to read.

use url::{Host, Url};

/// Checks a `base_url` and returns it as the URL parser writes it, ending with `/`. Only an
/// absolute `http` or `https` URL with a host is accepted (no credentials, query or
/// fragment, which would break or leak into every link), or `/` alone: a site with no known
/// address, linked from the root of whatever serves it. The message says what to write.
pub fn base_url(raw: &str) -> Result<String, String> {
    let text = raw.trim();
    if text == "/" || text.is_empty() {
        return Ok("/".into());
    }
    if let Some(c) = text.chars().find(|c| c.is_control() || c.is_whitespace()) {
        return Err(format!(
            "base_url must be one web address with no spaces, tabs or line breaks (found {c:?}); write it as https://example.org/path/"
        ));
    }
    let url = Url::parse(text).map_err(|e| match e {
        url::ParseError::RelativeUrlWithoutBase => format!(
            "base_url `{text}` has no scheme; write it in full, such as https://{}/",
            text.trim_matches('/')
        ),
        e => format!(
            "base_url `{text}` is not a web address ({e}); write it as https://example.org/path/"
        ),
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "base_url `{text}` must start with https:// or http:// (not {}:)",
            url.scheme()
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(format!("base_url `{text}` has no host name"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(format!(
            "base_url `{text}` carries a user name or password, which every page would publish; remove it"
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(format!(
            "base_url `{text}` has a `?` or `#` part, which would break every link; remove it"
        ));
    }
    Ok(super::normalize_base_url(url.as_str()))
}

/// Checks a `cname`: a bare host name, such as `dossier.example.org` (no scheme, path, port
/// or spaces), as GitHub Pages reads the `CNAME` file. Returns it as the host parser writes
/// it (lower case, international names in their ASCII form).
pub fn cname(raw: &str) -> Result<String, String> {
    let text = raw.trim();
    let bad = || {
        format!(
            "cname `{}` must be a bare host name such as dossier.example.org (no https://, path, port or spaces)",
            text.escape_debug()
        )
    };
    if text.is_empty()
        || text
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || "/:@?#[]\\".contains(c))
    {
        return Err(bad());
    }
    match Host::parse(text) {
        Ok(Host::Domain(d)) if d.contains('.') && !d.starts_with('.') && !d.ends_with('.') => Ok(d),
        _ => Err(bad()),
    }
}

/// Checks `theme`: `default` (the built-in theme) or the bare name of a folder under the
/// dossier's `themes/`, so that no setting can make dossier read templates or publish static
/// files from anywhere else.
pub fn theme(name: &str) -> Result<(), String> {
    let bare = !name.is_empty()
        && name != "."
        && name != ".."
        && !name
            .chars()
            .any(|c| c == '/' || c == '\\' || c == ':' || c.is_control());
    if bare {
        Ok(())
    } else {
        Err(format!(
            "theme `{}` must be `default` or the name of a folder in themes/ (no `/`, `..` or drive)",
            name.escape_debug()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_url_must_be_http_or_https_with_a_host() {
        assert_eq!(
            base_url("https://x.github.io/repo").unwrap(),
            "https://x.github.io/repo/"
        );
        assert_eq!(base_url("/").unwrap(), "/");
        for bad in [
            "javascript:alert(1)//",
            "example.org/foo",
            "https://example.org/\nDisallow: /",
            "https://exa mple.org/",
            "ftp://example.org/",
            "https://user:secret@example.org/",
            "https://example.org/?a=b",
            "file:///etc/",
            "/repo/",
        ] {
            assert!(base_url(bad).is_err(), "{bad:?} must be refused");
        }
        assert!(
            base_url("example.org/foo")
                .unwrap_err()
                .contains("no scheme")
        );
    }

    #[test]
    fn quotes_in_a_base_url_are_escaped_by_the_parser() {
        let url = base_url("https://example.org/a\"><b>/").unwrap();
        assert!(!url.contains(['"', '<', '>']), "{url}");
    }

    #[test]
    fn a_cname_is_a_bare_host_name() {
        assert_eq!(cname("Dossier.Example.org").unwrap(), "dossier.example.org");
        for bad in [
            "https://dossier.example.org",
            "dossier.example.org\nevil.example",
            "dossier.example.org/path",
            "dossier.example.org:8080",
            "localhost",
            "127.0.0.1",
            "",
        ] {
            assert!(cname(bad).is_err(), "{bad:?} must be refused");
        }
    }

    #[test]
    fn a_theme_is_a_bare_folder_name() {
        assert!(theme("default").is_ok());
        assert!(theme("my-theme").is_ok());
        for bad in ["../../x", "/etc", "a/b", "..", "C:x", "a\\b", ""] {
            assert!(theme(bad).is_err(), "{bad:?} must be refused");
        }
    }
}
