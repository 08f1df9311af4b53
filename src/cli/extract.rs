//! `dossier extract`: what extraction finds in some files, as JSON (the contract the scorer in
//! `shared/eval/` reads) or as a readable report.

use crate::extract::identity::{self, Identities};
use crate::extract::{self, ArticleExtraction, Registry};
use crate::load::config::roles::RoleConfig;
use crate::load::{self, Format, LoadOptions};
use std::path::{Path, PathBuf};

mod json;

/// Which registry `extract` uses.
#[derive(Debug, Clone)]
pub enum RegistryChoice {
    /// The dossier's own `content/entities.yaml`, when run inside a dossier.
    Dossier(PathBuf),
    /// A named file.
    File(PathBuf),
    /// None at all.
    None,
}

/// A file's paragraphs, the hints its front matter gives ([`extract::article_hints`]) and its
/// date, if it has front matter.
type Input = (
    Vec<String>,
    Vec<crate::entity::EntitySpec>,
    Option<chrono::NaiveDate>,
);

/// Reads one file for extraction. Unlike `build`, a file without front matter is accepted
/// here and read whole as the body, so any article pasted from the web can be examined.
fn read(path: &Path, registry: &Registry) -> Result<Input, crate::Error> {
    let format = match path.extension().and_then(|e| e.to_str()) {
        Some("txt") => Format::Text,
        _ => Format::Markdown,
    };
    // Named one by one on the command line: no dossier, so no ceiling from site.yaml.
    let text = load::read_text(path, u64::MAX)?;
    if !text.starts_with("---") {
        let paragraphs = load::markdown::paragraphs(&text, format, Default::default());
        return Ok((paragraphs, Vec::new(), None));
    }
    let options = LoadOptions {
        drafts: true,
        future: true,
        ..LoadOptions::default()
    };
    match load::parse_article(path, &text, format, options) {
        Ok(Some(article)) => {
            let front = &article.front;
            let hints = extract::article_hints(&front.entities, front.source.as_deref(), registry);
            Ok((article.paragraphs, hints, Some(article.date.date())))
        }
        Ok(None) => Ok((Vec::new(), Vec::new(), None)),
        // Extraction reads only the body: a front matter `build` would refuse (a date written
        // "March 5, 2025", a missing title) is reported, and the text is read all the same.
        Err(err) => {
            eprintln!("warning: {err}; extracting the text after the front matter anyway");
            let body = load::front::split(&text).map_or(text.as_str(), |s| s.body);
            let paragraphs = load::markdown::paragraphs(body, format, Default::default());
            Ok((paragraphs, Vec::new(), None))
        }
    }
}

/// Loads the chosen registry.
pub fn registry(choice: &RegistryChoice) -> Result<Registry, crate::Error> {
    Ok(match choice {
        RegistryChoice::Dossier(p) if p.exists() => Registry::load(p)?,
        RegistryChoice::Dossier(_) | RegistryChoice::None => Registry::empty(),
        RegistryChoice::File(p) => Registry::load(p)?,
    })
}

/// The roles extraction gives, with their cue words: those of the dossier's `site.yaml` (or
/// of the file `--config` names) when run inside a dossier, so that `extract` finds what
/// `build` finds; the three built in when scoring a plain folder of articles.
pub fn roles(options: &crate::engine::Options) -> Result<Vec<RoleConfig>, crate::Error> {
    if options.config.is_none()
        && !options
            .root
            .join(crate::load::config::CONFIG_FILE)
            .is_file()
    {
        return Ok(crate::load::config::roles::default_roles());
    }
    Ok(crate::engine::config(options)?.roles)
}

/// Runs extraction on `paths` with `roles` (see [`roles`]) and returns the text to print.
pub fn run(
    paths: &[PathBuf],
    choice: &RegistryChoice,
    roles: &[RoleConfig],
    json: bool,
) -> Result<String, crate::Error> {
    let registry = registry(choice)?;
    let mut inputs = Vec::with_capacity(paths.len());
    for path in paths {
        inputs.push(read(path, &registry)?);
    }
    let articles: Vec<_> = inputs
        .iter()
        .map(|(p, h, d)| (p.as_slice(), h.as_slice(), *d))
        .collect();
    let mut extractions = extract::extract_corpus(&articles, &registry);
    let cues = crate::load::config::roles::cue_table(roles);
    for (x, (paragraphs, ..)) in extractions.iter_mut().zip(&inputs) {
        extract::cues::apply(x, paragraphs, &cues);
    }
    // Merged as the site merges them, so a role found in one file holds in the others; and,
    // as on the site, only the declared roles are kept.
    let mut ids = identity::merge(&extractions, &registry);
    let declared = |r: &crate::entity::Role| roles.iter().any(|d| d.name == *r);
    for id in &mut ids.entities {
        id.roles.retain(declared);
        id.evidence.retain(|(_, e)| declared(&e.role));
    }
    Ok(if json {
        json::to_json(paths, &inputs, &extractions, &ids)
    } else {
        to_report(paths, &extractions, &ids)
    })
}

fn to_report(paths: &[PathBuf], extractions: &[ArticleExtraction], ids: &Identities) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for (ai, (path, x)) in paths.iter().zip(extractions).enumerate() {
        let _ = writeln!(out, "{}", path.display());
        for kind in crate::entity::EntityKind::ALL {
            let found: Vec<_> = (0..x.entities.len())
                .filter(|&i| x.entities[i].kind == kind)
                .collect();
            if found.is_empty() {
                continue;
            }
            let _ = writeln!(out, "  {}:", kind.section());
            for ei in found {
                let e = &x.entities[ei];
                let site_roles =
                    (ids.of[ai][ei]).map(|i| ids.entities[i].roles_in(ai, e.left_office));
                let roles: Vec<&str> = site_roles
                    .as_ref()
                    .map_or(&e.roles, |r| r)
                    .iter()
                    .map(|r| r.as_str())
                    .collect();
                let roles = if roles.is_empty() {
                    String::new()
                } else {
                    format!(" [{}]", roles.join(", "))
                };
                let desc = e
                    .description
                    .as_deref()
                    .map(|d| format!(" ({d})"))
                    .unwrap_or_default();
                let _ = writeln!(out, "    {}{roles}{desc} ×{}", e.name, e.mentions.len());
            }
        }
        if !x.quotes.is_empty() {
            let _ = writeln!(out, "  quotations:");
            for q in &x.quotes {
                let who = match (&q.speaker, q.anonymous, &q.speaker_description) {
                    (Some(s), _, _) => s.clone(),
                    (None, true, Some(d)) => format!("anonymous: {d}"),
                    (None, true, None) => "anonymous".into(),
                    (None, false, _) => match &q.unclear {
                        Some(guess) => format!("speaker unclear (perhaps {guess})"),
                        None => "unattributed".into(),
                    },
                };
                let _ = writeln!(out, "    ¶{} “{}” — {who}", q.span.paragraph, q.text);
            }
        }
        out.push('\n');
    }
    out
}

/// `dossier extract`: extracts `files` with the registry chosen (none, `registry`, or the
/// dossier's at `root`) and prints the report, or JSON.
pub fn command(
    options: &crate::engine::Options,
    registry: Option<PathBuf>,
    no_registry: bool,
    files: &[PathBuf],
    json: bool,
) -> Result<(), crate::Error> {
    let choice = if no_registry {
        RegistryChoice::None
    } else if let Some(file) = registry {
        RegistryChoice::File(file)
    } else {
        RegistryChoice::Dossier(options.root.join("content").join("entities.yaml"))
    };
    let out = run(files, &choice, &roles(options)?, json)?;
    super::emit(&out)
}
