//! `dossier extract`: what extraction finds in some files, as JSON (the contract the scorer in
//! `shared/eval/` reads) or as a readable report.

use crate::content::{self, Format, LoadOptions};
use crate::extract::{self, ArticleExtraction, Registry};
use serde::Serialize;
use std::path::{Path, PathBuf};

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

#[derive(Serialize)]
struct JsonEntity<'a> {
    name: &'a str,
    kind: &'a str,
    roles: Vec<&'a str>,
    mentions: usize,
    aliases: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonQuote<'a> {
    text: &'a str,
    speaker: Option<&'a str>,
    anonymous: bool,
    speaker_description: Option<&'a str>,
    paragraph: usize,
}

#[derive(Serialize)]
struct JsonArticle<'a> {
    path: String,
    entities: Vec<JsonEntity<'a>>,
    quotes: Vec<JsonQuote<'a>>,
}

/// Reads one file for extraction. Unlike `build`, a file without front matter is accepted
/// here and read whole as the body, so any article pasted from the web can be examined.
fn read(path: &Path) -> Result<(Vec<String>, Vec<crate::entity::EntitySpec>), crate::Error> {
    let format = match path.extension().and_then(|e| e.to_str()) {
        Some("txt") => Format::Text,
        _ => Format::Markdown,
    };
    // Named one by one on the command line: no dossier, so no ceiling from site.yaml.
    let text = content::read_text(path, u64::MAX)?;
    if !text.starts_with("---") {
        let paragraphs = content::markdown::paragraphs(&text, format, Default::default());
        return Ok((paragraphs, Vec::new()));
    }
    let options = LoadOptions {
        drafts: true,
        ..LoadOptions::default()
    };
    match content::parse_article(path, &text, format, options)? {
        Some(article) => Ok((article.paragraphs, article.front.entities)),
        None => Ok((Vec::new(), Vec::new())),
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

/// Runs extraction on `paths` and returns the text to print.
pub fn run(paths: &[PathBuf], choice: &RegistryChoice, json: bool) -> Result<String, crate::Error> {
    let registry = registry(choice)?;
    let mut inputs = Vec::with_capacity(paths.len());
    for path in paths {
        inputs.push(read(path)?);
    }
    let articles: Vec<(&[String], &[crate::entity::EntitySpec])> = inputs
        .iter()
        .map(|(p, h)| (p.as_slice(), h.as_slice()))
        .collect();
    // Extracted together, so a role found in one file holds in the others.
    let extractions = extract::extract_corpus(&articles, &registry);
    let results: Vec<(PathBuf, ArticleExtraction)> =
        paths.iter().cloned().zip(extractions).collect();
    Ok(if json {
        to_json(&results)
    } else {
        to_report(&results)
    })
}

fn to_json(results: &[(PathBuf, ArticleExtraction)]) -> String {
    let articles: Vec<JsonArticle<'_>> = results
        .iter()
        .map(|(path, x)| JsonArticle {
            path: path.display().to_string(),
            entities: x
                .entities
                .iter()
                .map(|e| JsonEntity {
                    name: &e.name,
                    kind: e.kind.as_str(),
                    roles: e.roles.iter().map(|r| r.as_str()).collect(),
                    mentions: e.mentions.len(),
                    aliases: &e.aliases,
                    description: e.description.as_deref(),
                })
                .collect(),
            quotes: x
                .quotes
                .iter()
                .map(|q| JsonQuote {
                    text: &q.text,
                    speaker: q.speaker.as_deref(),
                    anonymous: q.anonymous,
                    speaker_description: q.speaker_description.as_deref(),
                    paragraph: q.span.paragraph,
                })
                .collect(),
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&serde_json::json!({ "articles": articles }))
        .unwrap_or_default();
    s.push('\n');
    s
}

fn to_report(results: &[(PathBuf, ArticleExtraction)]) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for (path, x) in results {
        let _ = writeln!(out, "{}", path.display());
        for kind in crate::entity::EntityKind::ALL {
            let found: Vec<_> = x.entities.iter().filter(|e| e.kind == kind).collect();
            if found.is_empty() {
                continue;
            }
            let _ = writeln!(out, "  {}:", kind.section());
            for e in found {
                let roles: Vec<&str> = e.roles.iter().map(|r| r.as_str()).collect();
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
                    (None, false, _) => "unattributed".into(),
                };
                let _ = writeln!(out, "    ¶{} “{}” — {who}", q.span.paragraph, q.text);
            }
        }
        out.push('\n');
    }
    out
}

/// `dossier entities suggest`: the names in the dossier's articles that its registry lacks,
/// as YAML to paste into `content/entities.yaml`.
pub fn suggest(options: &crate::build::Options) -> Result<String, crate::Error> {
    let loaded = crate::build::load(options)?;
    let articles: Vec<(&[String], &[crate::entity::EntitySpec])> = loaded
        .corpus
        .articles
        .iter()
        .map(|a| (a.paragraphs.as_slice(), a.front.entities.as_slice()))
        .collect();
    let extractions = extract::extract_corpus(&articles, &loaded.registry);
    Ok(extract::suggest::suggest(&extractions, &loaded.registry))
}
