//! What every stage reads besides the content: `site.yaml` (with `--base-url` applied), the
//! registry, and what is made of them once (the role cues, the URL helper, how files load).

use super::Options;
use crate::Error;
use crate::extract::Registry;
use crate::extract::cues::CueTable;
use crate::load::config::SiteConfig;
use crate::load::{self, ContentError, Corpus, Flavor, LoadOptions};
use crate::render::Urls;
use std::path::{Path, PathBuf};

/// The configuration and registry of one state of the dossier. A change to either starts the
/// pipeline over: every file may read them.
pub(crate) struct Inputs {
    pub config: SiteConfig,
    pub registry: Registry,
    pub cues: CueTable,
    pub urls: Urls,
    pub load: LoadOptions,
}

impl Inputs {
    /// Reads them; `bodies` keeps each article's Markdown in memory once loaded (see
    /// [`LoadOptions::bodies`]).
    pub(crate) fn read(options: &Options, bodies: bool) -> Result<Inputs, Error> {
        let config = config(options)?;
        let registry = registry(&options.root)?;
        let load = LoadOptions {
            drafts: options.drafts,
            future: options.future,
            flavor: flavor(&config),
            max_bytes: config.limits.article_bytes(),
            bodies,
        };
        Ok(Inputs {
            cues: config.cue_table(),
            urls: Urls::new(&config.base_url),
            config,
            registry,
            load,
        })
    }
}

/// `site.yaml` (or `--config`), with `--base-url` applied.
pub fn config(options: &Options) -> Result<SiteConfig, Error> {
    let mut config = match &options.config {
        Some(file) => SiteConfig::load_file(&options.root.join(file))?,
        None => SiteConfig::load(&options.root)?,
    };
    config.i18n = crate::load::config::i18n::Translations::load(&options.root, &config.language)?;
    if let Some(url) = &options.base_url {
        config.base_url = url.clone();
    }
    Ok(config)
}

/// The registry at `content/entities.yaml`, or an empty one when there is none.
pub fn registry(root: &Path) -> Result<Registry, Error> {
    let path = registry_path(root);
    // Checked before it is read: a parser's message could quote what a link points at.
    if let Err(p) = load::links::Fence::new(root).check(&path) {
        return Err(Error::ContentList(vec![ContentError::File {
            path: p.path,
            message: p.message,
        }]));
    }
    Ok(if path.exists() {
        Registry::load(&path)?
    } else {
        Registry::empty()
    })
}

fn registry_path(root: &Path) -> PathBuf {
    load::display_base(root)
        .join(load::CONTENT_DIR)
        .join(load::REGISTRY_FILE)
}

/// How Markdown is read, as `site.yaml` sets it.
pub fn flavor(config: &SiteConfig) -> Flavor {
    Flavor {
        smart_punctuation: config.markdown.smart_punctuation,
        unsafe_html: config.markdown.unsafe_html,
    }
}

/// Roles that the registry or an article's `entities:` gives and the dossier does not declare
/// (`roles:` in site.yaml), each at its file and line.
pub(crate) fn undeclared_roles(root: &Path, inputs: &Inputs, corpus: &Corpus) -> Vec<ContentError> {
    let mut out = Vec::new();
    let roles = &inputs.config.roles;
    for e in &inputs.registry.entries {
        for &role in &e.roles {
            if let Some(message) = crate::load::config::roles::undeclared(roles, role) {
                out.push(ContentError::At {
                    path: registry_path(root),
                    line: e.line.max(1),
                    message,
                });
            }
        }
    }
    for a in &corpus.articles {
        for role in a.front.entities.iter().flat_map(|e| &e.roles) {
            if let Some(message) = crate::load::config::roles::undeclared(roles, *role) {
                // The line of the front matter that names it, read again (an error path).
                let line = std::fs::read_to_string(&a.path)
                    .ok()
                    .and_then(|t| t.lines().position(|l| l.contains(role.as_str())))
                    .map_or(1, |i| i + 1);
                out.push(ContentError::At {
                    path: a.path.clone(),
                    line,
                    message,
                });
            }
        }
    }
    out
}
