//! Writing an imported article: its front matter, a file name that is free
//! (`content/articles/DATE-slug.md`, with a slug no other article has), and an atomic write
//! (a temporary file, then a rename), so an interrupted import never leaves half a file and
//! never replaces another article. `--update` rewrites one article in place and keeps what
//! the writer added to its front matter (tags, entities, slug, draft state…).

use super::{Draft, ImportError};
use crate::load::front;
use crate::load::slug::{MAX_LEN, slugify};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Front-matter keys the import writes; on `--update` these are replaced and every other key
/// is kept as the writer left it.
const OWNED: &[&str] = &["title", "date", "source", "source_url", "author", "summary"];

/// A YAML double-quoted string (JSON's escapes are YAML's).
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

/// The article's text: front matter, then the body. `draft` is the `draft:` line to write,
/// `extra` the writer's own front-matter lines kept by an update.
fn article_text(d: &Draft, draft: Option<bool>, extra: &str) -> String {
    let mut t = format!(
        "---\ntitle: {}\ndate: {}\n",
        quoted(&d.title),
        d.date.front_matter()
    );
    let fields = [
        ("source", d.source.clone()),
        ("source_url", d.source_url.as_ref().map(ToString::to_string)),
        ("author", d.author.clone()),
        ("summary", d.summary.clone()),
    ];
    for (key, value) in fields {
        if let Some(v) = value {
            t.push_str(&format!("{key}: {}\n", quoted(&v)));
        }
    }
    if let Some(flag) = draft {
        t.push_str(&format!("draft: {flag}\n"));
    }
    t.push_str(extra);
    t.push_str("---\n\n");
    t.push_str(&d.body);
    t
}

/// Writes `draft` as a new article under `articles`, named `DATE-slug.md` with the first
/// slug for which `taken` is false and no file exists. Returns the path and the text.
pub fn create(
    articles: &Path,
    draft: &Draft,
    publish: bool,
    taken: impl Fn(&str) -> bool,
) -> Result<(PathBuf, String), ImportError> {
    let text = article_text(draft, Some(!publish), "");
    let base = slugify(&draft.title).unwrap_or_else(|| "article".to_string());
    let day = draft.date.day().format("%Y-%m-%d");
    for n in 1..=MAX_TRIES {
        let slug = if n == 1 {
            base.clone()
        } else {
            let suffix = format!("-{n}");
            let cut = &base[..base.len().min(MAX_LEN - suffix.len())];
            format!("{}{suffix}", cut.trim_end_matches('-'))
        };
        let path = articles.join(format!("{day}-{slug}.md"));
        if taken(&slug) || path.exists() {
            continue;
        }
        match atomic(&path, &text, false) {
            Err(ImportError::Write { message, .. }) if message == EXISTS => continue,
            other => return other.map(|()| (path, text)),
        }
    }
    Err(ImportError::Write {
        path: articles.join(format!("{day}-{base}.md")),
        message: format!(
            "{MAX_TRIES} articles already have this slug; give the page another title"
        ),
    })
}

/// Numbered slugs tried before giving up (`slug`, `slug-2`, … `slug-100`).
const MAX_TRIES: usize = 100;

/// Rewrites the article at `path` from `draft`, keeping the writer's own front-matter keys;
/// its `draft:` line is kept too, unless `publish` sets it to false.
pub fn update(path: &Path, draft: &Draft, publish: bool) -> Result<String, ImportError> {
    if path.extension().is_none_or(|e| e != "md") {
        return Err(ImportError::Write {
            path: path.to_path_buf(),
            message:
                "--update rewrites Markdown (.md) articles only; remove this one and import again"
                    .into(),
        });
    }
    let limit = crate::load::LoadOptions::default().max_bytes;
    let old = crate::load::read_text(path, limit).map_err(|e| ImportError::Read {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    let kept = front::split(&old)
        .map(|s| kept_keys(s.yaml, publish))
        .unwrap_or_default();
    let text = article_text(draft, publish.then_some(false), &kept);
    atomic(path, &text, true)?;
    Ok(text)
}

/// The top-level blocks of `yaml` (a key's line and the indented, list or comment lines
/// under it) whose key the import does not own; `draft` is dropped when publishing.
fn kept_keys(yaml: &str, publish: bool) -> String {
    let mut out = String::new();
    let mut keep = false;
    for line in yaml.lines() {
        let starts_block = line
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace() && c != '#' && c != '-');
        if starts_block {
            let key = line
                .split(':')
                .next()
                .unwrap_or("")
                .trim()
                .trim_matches(['"', '\'']);
            keep = !(OWNED.contains(&key) || (publish && key == "draft"));
        }
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

const EXISTS: &str = "a file appeared there during the import";

/// Writes `text` to a hidden temporary file beside `path`, then renames it into place:
/// replacing `path` only when `replace`, else failing if it exists.
fn atomic(path: &Path, text: &str, replace: bool) -> Result<(), ImportError> {
    let fail = |message: String| ImportError::Write {
        path: path.to_path_buf(),
        message,
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| fail(e.to_string()))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".import-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| fail(e.to_string()))?;
    tmp.write_all(text.as_bytes())
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| fail(e.to_string()))?;
    let done = if replace {
        tmp.persist(path).map(drop)
    } else {
        tmp.persist_noclobber(path).map(drop)
    };
    done.map_err(|e| match e.error.kind() {
        std::io::ErrorKind::AlreadyExists => fail(EXISTS.into()),
        _ => fail(e.error.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::date::Published;

    fn draft(title: &str) -> Draft {
        Draft {
            title: title.into(),
            date: Published::parse("2025-03-05T14:20:00+02:00").unwrap(),
            dated: true,
            source: Some("The Harbour Herald".into()),
            source_url: None,
            author: None,
            summary: None,
            body: "Text.\n".into(),
        }
    }

    #[test]
    fn a_taken_file_name_or_slug_gets_the_next_number() {
        let dir = tempfile::tempdir().unwrap();
        let d = draft("Talks resume in Doha");
        let name = |taken: &dyn Fn(&str) -> bool| {
            let (path, _) = create(dir.path(), &d, false, taken).unwrap();
            path.file_name().unwrap().to_string_lossy().into_owned()
        };
        assert_eq!(name(&|_| false), "2025-03-05-talks-resume-in-doha.md");
        assert_eq!(name(&|_| false), "2025-03-05-talks-resume-in-doha-2.md");
        assert_eq!(
            name(&|s| s == "talks-resume-in-doha-3"),
            "2025-03-05-talks-resume-in-doha-4.md"
        );
        let first = std::fs::read_to_string(dir.path().join("2025-03-05-talks-resume-in-doha.md"));
        assert!(first.unwrap().starts_with("---\ntitle: \"Talks resume in Doha\"\ndate: 2025-03-05T14:20:00+02:00\nsource: \"The Harbour Herald\"\ndraft: true\n---\n\nText.\n"));
    }

    #[test]
    fn nothing_but_the_article_is_left_in_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        create(dir.path(), &draft("A"), true, |_| false).unwrap();
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, ["2025-03-05-a.md"], "no temporary file left behind");
    }

    #[test]
    fn an_update_keeps_the_writers_keys_and_replaces_the_imported_ones() {
        let yaml = "title: Old\ndate: 2025-01-01\ntags:\n- talks\n- doha\nentities:\n  - name: A B\n    roles: [negotiator]\n# a note\ndraft: false\nsummary: >\n  old summary\nslug: kept\n";
        let kept = kept_keys(yaml, false);
        assert_eq!(
            kept,
            "tags:\n- talks\n- doha\nentities:\n  - name: A B\n    roles: [negotiator]\n# a note\ndraft: false\nslug: kept\n"
        );
        assert!(!kept_keys(yaml, true).contains("draft"));
    }
}
