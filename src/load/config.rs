//! `site.yaml`: the dossier's name, address, theme and topics.
//!
//! Unknown keys are errors that name the key and its line, because a misspelt key that is
//! silently ignored is a setting the writer believes in and never gets.

mod address;
pub mod i18n;
pub mod roles;

pub use address::base_url as check_base_url;
pub use roles::RoleConfig;

use crate::entity::Role;
use crate::load::yaml::{self, Text};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The name of the configuration file at a dossier's root.
pub const CONFIG_FILE: &str = "site.yaml";

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "{}: no site.yaml here, so this is not a dossier (run `dossier init DIR` to start one, or pass --root DIR)",
        path.display()
    )]
    Missing { path: PathBuf },
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}: {message}", path.display())]
    Invalid {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

/// The parsed `site.yaml`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    pub title: Text,
    #[serde(default)]
    pub description: Option<Text>,
    /// Where the site is published, e.g. `https://user.github.io/repo/`. Every link is made
    /// from it, so a site under a sub-path works.
    #[serde(default = "default_base_url")]
    pub base_url: String,
    #[serde(default = "default_theme")]
    pub theme: String,
    /// The `lang` of every page.
    #[serde(default = "default_language")]
    pub language: String,
    /// The roles people can have: the three built in unless the dossier declares its own.
    #[serde(default = "roles::default_roles")]
    pub roles: Vec<RoleConfig>,
    #[serde(default = "default_topics")]
    pub topics: Vec<Topic>,
    /// A custom domain for GitHub Pages; written to `CNAME`.
    #[serde(default)]
    pub cname: Option<String>,
    #[serde(default)]
    pub markdown: MarkdownOptions,
    /// Articles per page in long listings (timelines of entities, topic lists).
    #[serde(default = "default_page_size")]
    pub page_size: usize,
    /// Ceilings on the size of one input.
    #[serde(default)]
    pub limits: Limits,
    /// Free-form values for a custom theme, available to templates as `site.extra`.
    #[serde(default)]
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// The theme's words in `language` (from `i18n/LANGUAGE.yaml`, English under it); read
    /// by the build, not from `site.yaml`.
    #[serde(skip)]
    pub i18n: i18n::Translations,
}

/// Ceilings on one input, so that a file pasted by mistake (a 50 MB log saved as `.md`) is
/// refused with its name instead of exhausting memory. A dossier that really has such an
/// article raises the ceiling.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    /// The largest article or page file, in megabytes (1 MB = 1,000,000 bytes).
    #[serde(default = "default_article_mb")]
    pub article_mb: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            article_mb: default_article_mb(),
        }
    }
}

impl Limits {
    /// The largest article or page file, in bytes.
    pub fn article_bytes(&self) -> u64 {
        self.article_mb.saturating_mul(1_000_000)
    }
}

fn default_article_mb() -> u64 {
    5
}

/// A topic page. A role topic lists the entities with that role; a quotations topic lists
/// every attributed quotation. Topics are data: a new one needs no code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub name: String,
    pub slug: String,
    #[serde(default)]
    pub role: Option<Role>,
    #[serde(default)]
    pub quotes: bool,
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkdownOptions {
    /// Keep raw HTML in articles as written. Off by default: raw HTML is sanitised.
    #[serde(default)]
    pub unsafe_html: bool,
    /// Turn straight quotes and dashes into typographic ones.
    #[serde(default)]
    pub smart_punctuation: bool,
}

fn default_base_url() -> String {
    "/".into()
}
fn default_theme() -> String {
    "default".into()
}
fn default_language() -> String {
    "en".into()
}
fn default_page_size() -> usize {
    50
}

/// The three topics of the running example, used when `site.yaml` names none.
pub fn default_topics() -> Vec<Topic> {
    let topic = |name: &str, slug: &str, role, quotes| Topic {
        name: name.into(),
        slug: slug.into(),
        role,
        quotes,
        description: None,
    };
    vec![
        topic("Hostages", "hostages", Some(Role::Hostage), false),
        topic("Negotiators", "negotiators", Some(Role::Negotiator), false),
        topic("Official Reactions", "reactions", None, true),
    ]
}

impl SiteConfig {
    /// Reads `site.yaml` from `root`.
    pub fn load(root: &Path) -> Result<Self, ConfigError> {
        let path = root.join(CONFIG_FILE);
        match Self::load_file(&path) {
            Err(ConfigError::Io { source, .. })
                if source.kind() == std::io::ErrorKind::NotFound =>
            {
                Err(ConfigError::Missing { path })
            }
            other => other,
        }
    }

    /// Reads the configuration at `path` (`--config FILE`).
    pub fn load_file(path: &Path) -> Result<Self, ConfigError> {
        let path = path.to_path_buf();
        let text = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|_| ConfigError::Invalid {
                path: path.clone(),
                line: 1,
                message: "the file is not UTF-8 text".into(),
            })?,
            Err(source) => return Err(ConfigError::Io { path, source }),
        };
        Self::parse(&text, &path)
    }

    /// Parses the text of a `site.yaml`; `path` is for messages.
    pub fn parse(text: &str, path: &Path) -> Result<Self, ConfigError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let invalid = |line, message| ConfigError::Invalid {
            path: path.to_path_buf(),
            line,
            message,
        };
        let mut config: SiteConfig =
            yaml::parse(text, 1).map_err(|e| invalid(e.line, e.message))?;
        // The default topics are the example's; a dossier that declares its own roles and no
        // topics keeps those over roles it has.
        if !text.lines().any(|l| l.starts_with("topics:")) {
            let roles = config.roles.clone();
            config
                .topics
                .retain(|t| t.role.is_none_or(|r| roles.iter().any(|d| d.name == r)));
        }
        config
            .check()
            .map_err(|m| invalid(line_of(text, m.0), m.1))?;
        Ok(config)
    }

    /// Checks what the types cannot (topic slugs, the page size, the theme's name, the
    /// addresses) and writes the addresses in their parsed form.
    fn check(&mut self) -> Result<(), (&'static str, String)> {
        self.base_url = address::base_url(&self.base_url).map_err(|m| ("base_url", m))?;
        self.cname = match self.cname.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(c) => Some(address::cname(c).map_err(|m| ("cname", m))?),
        };
        address::theme(&self.theme).map_err(|m| ("theme", m))?;
        if self.limits.article_mb == 0 {
            return Err(("limits", "limits: article_mb must be at least 1".into()));
        }
        let mut declared = std::collections::HashSet::new();
        for r in &self.roles {
            if !declared.insert(r.name) {
                return Err(("roles", format!("the role `{}` is declared twice", r.name)));
            }
        }
        let mut seen = std::collections::HashSet::new();
        for t in &self.topics {
            if t.slug.is_empty()
                || !t
                    .slug
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err((
                    "topics",
                    format!(
                        "topic slug `{}` must be lower-case letters, digits and hyphens",
                        t.slug
                    ),
                ));
            }
            if RESERVED_SECTIONS.contains(&t.slug.as_str()) {
                return Err((
                    "topics",
                    format!(
                        "topic slug `{}` is used by dossier itself; choose another",
                        t.slug
                    ),
                ));
            }
            if !seen.insert(t.slug.as_str()) {
                return Err(("topics", format!("two topics use the slug `{}`", t.slug)));
            }
            if t.role.is_some() == t.quotes {
                return Err((
                    "topics",
                    format!(
                        "topic `{}` needs exactly one of `role: ROLE` (one of {}) or `quotes: true`",
                        t.name,
                        roles::names(&self.roles)
                    ),
                ));
            }
            if let Some(why) = t.role.and_then(|r| roles::undeclared(&self.roles, r)) {
                return Err(("topics", format!("topic `{}`: {why}", t.name)));
            }
        }
        if self.page_size == 0 {
            return Err(("page_size", "page_size must be at least 1".into()));
        }
        Ok(())
    }
}

impl SiteConfig {
    /// The cue words of the declared roles, for extraction.
    pub fn cue_table(&self) -> crate::extract::cues::CueTable {
        roles::cue_table(&self.roles)
    }
}

/// Output folders that dossier writes itself; a topic cannot take one of these names.
pub const RESERVED_SECTIONS: &[&str] = &[
    "articles",
    "people",
    "organizations",
    "places",
    "pages",
    "timeline",
    "search",
    "static",
    "api",
    "tags",
];

/// The line of the first line starting with `key:`, for errors found after parsing.
pub(crate) fn line_of(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| l.starts_with(key) && l[key.len()..].trim_start().starts_with(':'))
        .map_or(1, |i| i + 1)
}

/// A base URL always ends with `/`, so that joining a path onto it is plain concatenation.
pub fn normalize_base_url(url: &str) -> String {
    let url = url.trim();
    if url.is_empty() {
        "/".into()
    } else if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    }
}

#[cfg(test)]
mod tests;
