//! The functions and filters Zola users reach for in templates, beyond Tera's own and the
//! `url`/`abs_url` of `theme.rs`: `now()`, `get_url(path=…)`, `load_data(path=…)`, the filters
//! `slugify`, `urlencode`, `json_encode` and `markdown`; and, in the dossier's language, the
//! theme's words `t(key=…)` and the `date` filter.

use super::url::Urls;
use crate::load::markdown::{self, Flavor, Format};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tera::{Kwargs, State, Tera, TeraResult, Value};

/// What `urlencode` leaves as it is: letters, digits and `/-_.~` (as Zola and Tera 1 do).
const URL_KEEP: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'/')
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// The largest file `load_data` reads: data for a template, not a second content folder.
const LOAD_DATA_MAX_BYTES: u64 = 10_000_000;

/// Registers the helpers on `tera`. `root` is the dossier's folder, the only place
/// `load_data` reads from.
pub(super) fn register(tera: &mut Tera, urls: &Urls, root: &Path) {
    tera.register_function("now", now);
    let u = urls.clone();
    tera.register_function(
        "get_url",
        move |kwargs: Kwargs, _: &State| -> TeraResult<String> {
            Ok(u.absolute(kwargs.must_get::<&str>("path")?.trim_start_matches('/')))
        },
    );
    let loader = DataLoader {
        fence: crate::load::links::Fence::new(root),
        root: root.to_path_buf(),
        cache: Arc::default(),
    };
    tera.register_function(
        "load_data",
        move |kwargs: Kwargs, _: &State| -> TeraResult<Value> {
            let path = kwargs.must_get::<&str>("path")?;
            let format = kwargs.get::<&str>("format")?;
            loader.load(path, format).map_err(tera::Error::message)
        },
    );
    tera.register_filter("slugify", |value: &str, _: Kwargs, _: &State| {
        crate::load::slug::slugify(value).unwrap_or_default()
    });
    tera.register_filter("urlencode", |value: &str, _: Kwargs, _: &State| {
        utf8_percent_encode(value, URL_KEEP).to_string()
    });
    tera.register_filter(
        "json_encode",
        |value: &Value, kwargs: Kwargs, _: &State| -> TeraResult<String> {
            let pretty = kwargs.get::<bool>("pretty")?.unwrap_or(false);
            let json = if pretty {
                serde_json::to_string_pretty(value)
            } else {
                serde_json::to_string(value)
            };
            json.map_err(|e| tera::Error::message(format!("json_encode: {e}")))
        },
    );
    let base_path = urls.base_path().to_string();
    tera.register_filter(
        "markdown",
        move |value: &str, kwargs: Kwargs, _: &State| -> TeraResult<Value> {
            let inline = kwargs.get::<bool>("inline")?.unwrap_or(false);
            Ok(Value::safe_string(&render_markdown(
                value, &base_path, inline,
            )))
        },
    );
}

/// `t(key="timeline")`: the theme's word for `key` in the dossier's language, each `{name}` in
/// it filled from the argument of that name (`t(key="week_of", date=w.date)`). A key no table
/// has is a template error, at the template's line.
///
/// `value | date` writes a `YYYY-MM-DD[THH:MM:SS]` date as the language does ("5 March
/// 2025"); `date(format="%A %-d %B")` with the language's month and weekday names.
pub(super) fn register_words(tera: &mut Tera, words: &crate::load::config::i18n::Translations) {
    let table = words.clone();
    tera.register_function(
        "t",
        move |kwargs: Kwargs, _: &State| -> TeraResult<String> {
            let key = kwargs.must_get::<&str>("key")?;
            if table.get(key).is_none() {
                return Err(tera::Error::message(format!(
                    "t(key=\"{key}\"): no such word in the translation table (themes/default/i18n/en.yaml lists them)"
                )));
            }
            let values: Vec<(String, String)> = kwargs
                .iter()
                .filter(|(k, _)| k.as_str() != Some("key"))
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            let values: Vec<(&str, &str)> = values
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            Ok(table.fill(key, &values))
        },
    );
    let table = words.clone();
    tera.register_filter(
        "date",
        move |value: &str, kwargs: Kwargs, _: &State| -> TeraResult<String> {
            let (parsed, _) = crate::load::front::parse_date(value)
                .ok_or_else(|| tera::Error::message(format!("`{value}` is not a date")))?;
            match kwargs.get::<&str>("format")? {
                None => Ok(table.date(&parsed)),
                Some(format) => table
                    .format_with(&parsed, format)
                    .ok_or_else(|| tera::Error::message(format!("bad date format `{format}`"))),
            }
        },
    );
}

/// `now()`: the time of the build, RFC 3339 in UTC; `now(timestamp=true)`: seconds since 1970.
fn now(kwargs: Kwargs, _: &State) -> TeraResult<Value> {
    let now = chrono::Utc::now();
    Ok(if kwargs.get::<bool>("timestamp")?.unwrap_or(false) {
        Value::from(now.timestamp())
    } else {
        Value::from(now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
    })
}

/// Markdown to HTML as articles are rendered (raw HTML sanitised, script links dropped,
/// `/path` links under the base path), without the paragraph ids an article's blocks carry.
/// `inline` drops the paragraph around a single paragraph.
fn render_markdown(text: &str, base_path: &str, inline: bool) -> String {
    let html = markdown::to_html(text, Format::Markdown, Flavor::default(), base_path, &[]);
    let mut out = String::with_capacity(html.len());
    let mut rest = html.as_str();
    while let Some(at) = rest.find(" id=\"p-") {
        out.push_str(&rest[..at]);
        let after = &rest[at + " id=\"p-".len()..];
        rest = after.find('"').map_or("", |end| &after[end + 1..]);
    }
    out.push_str(rest);
    let trimmed = out.trim();
    if inline
        && let Some(inner) = trimmed
            .strip_prefix("<p>")
            .and_then(|s| s.strip_suffix("</p>"))
        && !inner.contains("<p>")
    {
        return inner.to_string();
    }
    out
}

/// `load_data(path=…)`: a JSON, YAML or text file of the dossier, parsed once per build.
struct DataLoader {
    fence: crate::load::links::Fence,
    root: PathBuf,
    cache: Arc<Mutex<HashMap<PathBuf, Value>>>,
}

impl DataLoader {
    /// Reads `path` (relative to the dossier's folder) as `format` (else by its extension:
    /// `json`, `yaml`/`yml`, anything else plain text). A path that leads outside the dossier,
    /// itself or through a symbolic link, is refused, as under `content/`.
    fn load(&self, path: &str, format: Option<&str>) -> Result<Value, String> {
        let rel = Path::new(path);
        let full = self.root.join(rel);
        if rel.is_absolute()
            || rel
                .components()
                .any(|c| matches!(c, std::path::Component::ParentDir))
        {
            return Err(format!(
                "load_data: `{path}` is outside the dossier's folder; give a path inside it, such as data/polls.json"
            ));
        }
        self.fence
            .check(&full)
            .map_err(|p| format!("load_data: {}: {}", p.path.display(), p.message))?;
        if let Some(v) = self.cache.lock().ok().and_then(|c| c.get(&full).cloned()) {
            return Ok(v);
        }
        let size = std::fs::metadata(&full)
            .map_err(|e| format!("load_data: {path}: cannot read: {e}"))?
            .len();
        if size > LOAD_DATA_MAX_BYTES {
            return Err(format!(
                "load_data: {path}: {size} bytes, more than the 10 MB a template may load"
            ));
        }
        let text = std::fs::read_to_string(&full)
            .map_err(|e| format!("load_data: {path}: cannot read as UTF-8 text: {e}"))?;
        let ext = rel.extension().and_then(|e| e.to_str()).unwrap_or("");
        let value = match format.unwrap_or(ext) {
            "json" => Value::from_serializable(
                &serde_json::from_str::<serde_json::Value>(&text)
                    .map_err(|e| format!("load_data: {path}:{}: {e}", e.line()))?,
            ),
            "yaml" | "yml" => Value::from_serializable(
                &crate::load::yaml::parse::<serde_json::Value>(&text, 1)
                    .map_err(|e| format!("load_data: {path}:{}: {}", e.line, e.message))?,
            ),
            _ => Value::from(text),
        };
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(full, value.clone());
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_in_a_template_has_no_paragraph_ids_and_is_sanitised() {
        let html = render_markdown("Hello *there*\n\n<script>x()</script>", "/", false);
        assert!(!html.contains("id=\"p-"), "{html}");
        assert!(html.contains("<em>there</em>"), "{html}");
        assert!(!html.contains("<script>"), "{html}");
        assert_eq!(
            render_markdown("One *line*", "/", true),
            "One <em>line</em>"
        );
    }
}
