//! Themes: Tera templates and static files. The default theme is compiled into the binary,
//! so `dossier build` works in a folder with no `themes/`; a dossier's own `themes/NAME/`
//! overrides it file by file (a template, a stylesheet) and may add files of its own. Every
//! built-in template is also there as `default/NAME`, so a theme's template can extend the
//! built-in one it replaces and override only a block.

use super::url::Urls;
use include_dir::{Dir, include_dir};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tera::{Kwargs, State, Tera, TeraResult};

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// The prefix under which the built-in templates stay reachable: `{% extends "default/base.html" %}`.
pub const BUILT_IN: &str = "default/";

/// A template problem, located in the template's file.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}{}: {message}", file.display(), at_line(*line))]
pub struct TemplateError {
    pub file: PathBuf,
    /// 0 when the problem is with the file as a whole.
    pub line: usize,
    pub message: String,
}

fn at_line(line: usize) -> String {
    if line == 0 {
        String::new()
    } else {
        format!(":{line}")
    }
}

/// A loaded theme: compiled templates and the static files to copy under `static/`.
pub struct Theme {
    pub tera: Tera,
    /// Path under `static/` → bytes.
    pub statics: BTreeMap<PathBuf, Vec<u8>>,
    /// Template name → the file it came from, for error messages.
    sources: BTreeMap<String, PathBuf>,
}

impl Theme {
    /// Loads the theme `config` names for the dossier at `root`: the built-in default,
    /// overridden by `root/themes/NAME/` when that folder exists. A theme other than `default`
    /// must exist. Its words are `config`'s language's.
    pub fn load(
        root: &Path,
        config: &crate::load::config::SiteConfig,
        urls: &Urls,
    ) -> Result<Theme, TemplateError> {
        let name = config.theme.as_str();
        let mut templates: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
        let mut statics: BTreeMap<PathBuf, Vec<u8>> = BTreeMap::new();
        for file in all_files(&DEFAULT_THEME) {
            let rel = file.path();
            let shown = Path::new("(built-in theme)").join(rel);
            if let Ok(t) = rel.strip_prefix("templates") {
                let text = String::from_utf8_lossy(file.contents()).into_owned();
                let name = template_name(t);
                templates.insert(format!("{BUILT_IN}{name}"), (shown.clone(), text.clone()));
                templates.insert(name, (shown, text));
            } else if let Ok(s) = rel.strip_prefix("static") {
                statics.insert(s.to_path_buf(), file.contents().to_vec());
            }
        }
        let dir = root.join("themes").join(name);
        if dir.is_dir() {
            let fence = crate::load::links::Fence::new(root);
            for entry in fence.walk(&dir, |_| true) {
                let entry = entry.map_err(|p| TemplateError {
                    file: p.path,
                    line: 0,
                    message: p.message,
                })?;
                if !entry.file_type().is_file() {
                    continue;
                }
                let path = entry.path();
                let rel = path.strip_prefix(&dir).unwrap_or(path);
                let bytes = std::fs::read(path).map_err(|e| TemplateError {
                    file: path.to_path_buf(),
                    line: 0,
                    message: format!("cannot read: {e}"),
                })?;
                if let Ok(t) = rel.strip_prefix("templates") {
                    let text = String::from_utf8(bytes).map_err(|_| TemplateError {
                        file: path.to_path_buf(),
                        line: 1,
                        message: "the template is not UTF-8 text".into(),
                    })?;
                    templates.insert(template_name(t), (path.to_path_buf(), text));
                } else if let Ok(s) = rel.strip_prefix("static") {
                    statics.insert(s.to_path_buf(), bytes);
                }
            }
        } else if name != "default" {
            return Err(TemplateError {
                file: dir,
                line: 0,
                message: format!(
                    "theme `{name}` not found: create themes/{name}/templates/ or set `theme: default` in site.yaml"
                ),
            });
        }

        let mut tera = Tera::new();
        register_helpers(&mut tera, urls);
        super::helpers::register(&mut tera, urls, root);
        super::helpers::register_words(&mut tera, &config.i18n);
        let sources: BTreeMap<String, PathBuf> = templates
            .iter()
            .map(|(n, (p, _))| (n.clone(), p.clone()))
            .collect();
        let theme_sources = sources.clone();
        tera.add_raw_templates(templates.iter().map(|(n, (_, t))| (n.as_str(), t.as_str())))
            .map_err(|e| template_error(&e, &theme_sources))?;
        Ok(Theme {
            tera,
            statics,
            sources,
        })
    }

    /// Renders template `name` with `context`.
    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, TemplateError> {
        self.tera
            .render(name, context)
            .map_err(|e| template_error(&e, &self.sources))
    }

    /// True when the theme has a template of this name.
    pub fn has(&self, name: &str) -> bool {
        self.sources.contains_key(name)
    }
}

fn all_files(dir: &'static Dir<'static>) -> Vec<&'static include_dir::File<'static>> {
    let mut out: Vec<_> = dir.files().collect();
    for d in dir.dirs() {
        out.extend(all_files(d));
    }
    out
}

/// Templates are named by their path under `templates/`, with `/` separators.
fn template_name(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Turns Tera's error into one naming the template's file and line.
fn template_error(e: &tera::Error, sources: &BTreeMap<String, PathBuf>) -> TemplateError {
    let file_of = |name: &str| {
        sources
            .get(name)
            .cloned()
            .unwrap_or_else(|| PathBuf::from(name))
    };
    match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => TemplateError {
            file: file_of(r.filename()),
            line: r.span().start_line,
            message: r.message().trim_end_matches('.').to_string(),
        },
        tera::ErrorKind::MissingParent { current, parent } => TemplateError {
            file: file_of(current),
            line: 1,
            message: format!("extends `{parent}`, which the theme does not have"),
        },
        tera::ErrorKind::CircularExtend {
            tpl,
            inheritance_chain: chain,
        }
        | tera::ErrorKind::CircularInclude {
            tpl,
            include_chain: chain,
        } => TemplateError {
            file: file_of(tpl),
            line: 1,
            message: format!("extends or includes itself, through {}", chain.join(" → ")),
        },
        tera::ErrorKind::TemplateNotFound(name) => TemplateError {
            file: PathBuf::from("themes"),
            line: 0,
            message: format!("the theme has no template `{name}`"),
        },
        _ => {
            let text = e.to_string();
            let message = text.lines().next().unwrap_or_default();
            let message = message.strip_prefix("error: ").unwrap_or(message);
            let (file, line) = match reported_at(&text) {
                Some((name, line)) => (file_of(name), line),
                None => (PathBuf::from("themes"), 0),
            };
            TemplateError {
                file,
                line,
                message: message.to_string(),
            }
        }
    }
}

/// Where Tera's own report of a check made when the templates are added (an unknown filter,
/// test or function) points: its ` --> NAME:LINE:COLUMN` line, as template name and line.
fn reported_at(report: &str) -> Option<(&str, usize)> {
    let at = report.lines().find_map(|l| l.trim().strip_prefix("--> "))?;
    let mut parts = at.rsplitn(3, ':');
    let _column = parts.next()?;
    let line = parts.next()?.parse().ok()?;
    Some((parts.next()?, line))
}

/// Functions and filters every template can use:
/// `url(path="people/x/")` → a link under the base path; `abs_url(path=…)` → an absolute URL.
/// (`t` and `date`, which speak the dossier's language, are in `helpers.rs`.)
fn register_helpers(tera: &mut Tera, urls: &Urls) {
    let u = urls.clone();
    tera.register_function(
        "url",
        move |kwargs: Kwargs, _: &State| -> TeraResult<String> {
            Ok(u.path(kwargs.must_get::<&str>("path")?))
        },
    );
    let u = urls.clone();
    tera.register_function(
        "abs_url",
        move |kwargs: Kwargs, _: &State| -> TeraResult<String> {
            Ok(u.absolute(kwargs.must_get::<&str>("path")?))
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The error a user theme's one template `name` makes when it is added, as reported.
    fn refused(name: &str, text: &str) -> TemplateError {
        let mut tera = Tera::new();
        let err = tera
            .add_raw_templates([(name, text)])
            .expect_err("the template is refused");
        let file = PathBuf::from("themes/mine/templates").join(name);
        template_error(&err, &BTreeMap::from([(name.to_string(), file)]))
    }

    /// An unknown filter is found when the templates are added, not when a page renders;
    /// Tera says where only in its report's text, which must still reach the writer.
    #[test]
    fn an_unknown_filter_is_reported_at_its_template_file_and_line() {
        let err = refused("article.html", "<p>\n{{ page.title | shout }}\n</p>");
        assert_eq!(err.file, Path::new("themes/mine/templates/article.html"));
        assert_eq!(err.line, 2);
        assert_eq!(err.message, "Unknown filter `shout`");
    }

    #[test]
    fn a_template_that_extends_itself_is_named() {
        let err = refused("page.html", "{% extends \"page.html\" %}");
        assert_eq!(err.file, Path::new("themes/mine/templates/page.html"));
        assert!(
            err.message.contains("extends or includes itself"),
            "{}",
            err.message
        );
    }
}
