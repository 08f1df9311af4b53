//! The whole pipeline, in memory: load → extract → link → render → search, ending with the
//! files for the write stage. `dossier build` writes them; `dossier serve` serves them.

pub mod progress;
mod timings;

pub use timings::{Stage, Timings};

use crate::Error;
use crate::extract::{self, ArticleExtraction, Registry};
use crate::link::{self, Site};
use crate::load::config::SiteConfig;
use crate::load::{self, ContentError, Corpus, Flavor, LoadOptions};
use crate::render::{self, Rendered, Theme, Urls};
use crate::render::{exports, site_files};
use crate::write::{self, Files};
use indicatif::ProgressBar;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What to build.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    /// `--config`: read this file instead of `site.yaml` (relative to `root`).
    pub config: Option<PathBuf>,
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<String>,
    pub drafts: bool,
    /// Include articles dated after now.
    pub future: bool,
    /// Build the good articles and report the bad ones instead of failing.
    pub keep_going: bool,
}

impl Options {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Options {
            root: root.into(),
            config: None,
            base_url: None,
            drafts: false,
            future: false,
            keep_going: false,
        }
    }
}

/// The outcome of a build, before anything is written.
pub struct Built {
    pub site: Site,
    pub files: Files,
    /// Pages rendered from templates.
    pub page_count: usize,
    /// Files left out under `--keep-going`.
    pub skipped: Vec<ContentError>,
    /// Articles dated after now, left out for want of `--future`.
    pub future: usize,
    pub timings: Timings,
}

/// Everything the load stage reads.
pub struct Loaded {
    pub config: SiteConfig,
    pub corpus: Corpus,
    pub registry: Registry,
    pub skipped: Vec<ContentError>,
}

/// `site.yaml`, with `--base-url` applied.
pub fn config(options: &Options) -> Result<SiteConfig, Error> {
    let mut config = match &options.config {
        Some(file) => SiteConfig::load_file(&options.root.join(file))?,
        None => SiteConfig::load(&options.root)?,
    };
    config.i18n = crate::load::config::i18n::Translations::load(&options.root, &config.language)?;
    if let Some(url) = &options.base_url {
        config.base_url = crate::load::config::check_base_url(url)
            .map_err(|m| Error::Usage(format!("--base-url: {m}")))?;
    }
    Ok(config)
}

/// The registry at `content/entities.yaml`, or an empty one when there is none.
pub fn registry(root: &Path) -> Result<Registry, Error> {
    let path = display_root(root)
        .join(load::CONTENT_DIR)
        .join(load::REGISTRY_FILE);
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

fn display_root(root: &Path) -> PathBuf {
    if root == Path::new(".") {
        PathBuf::new()
    } else {
        root.to_path_buf()
    }
}

pub fn flavor(config: &SiteConfig) -> Flavor {
    Flavor {
        smart_punctuation: config.markdown.smart_punctuation,
        unsafe_html: config.markdown.unsafe_html,
    }
}

/// The load stage: configuration, registry and content. Content problems are fatal unless
/// `keep_going`, in which case the bad files are skipped and listed.
pub fn load(options: &Options) -> Result<Loaded, Error> {
    let config = config(options)?;
    let registry = registry(&options.root)?;
    let load_options = LoadOptions {
        drafts: options.drafts,
        future: options.future,
        flavor: flavor(&config),
        max_bytes: config.limits.article_bytes(),
    };
    let (corpus, mut problems) = load::load(&options.root, load_options);
    problems.extend(undeclared_roles(&options.root, &config, &registry, &corpus));
    problems.sort_by(|a, b| a.path().cmp(b.path()));
    if !problems.is_empty() && !options.keep_going {
        return Err(Error::ContentList(problems));
    }
    Ok(Loaded {
        config,
        corpus,
        registry,
        skipped: problems,
    })
}

/// Roles that the registry or an article's `entities:` gives and the dossier does not declare
/// (`roles:` in site.yaml), each at its file and line.
pub fn undeclared_roles(
    root: &Path,
    config: &SiteConfig,
    registry: &Registry,
    corpus: &Corpus,
) -> Vec<ContentError> {
    let mut out = Vec::new();
    let registry_path = display_root(root)
        .join(load::CONTENT_DIR)
        .join(load::REGISTRY_FILE);
    for e in &registry.entries {
        for &role in &e.roles {
            if let Some(message) = crate::load::config::roles::undeclared(&config.roles, role) {
                out.push(ContentError::At {
                    path: registry_path.clone(),
                    line: e.line.max(1),
                    message,
                });
            }
        }
    }
    for a in &corpus.articles {
        for role in a.front.entities.iter().flat_map(|e| &e.roles) {
            if let Some(message) = crate::load::config::roles::undeclared(&config.roles, *role) {
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

/// One article's extraction: the built-in rules, then the cue words of the roles the
/// dossier declares.
pub fn extract_one(
    article: &load::Article,
    registry: &Registry,
    cues: &extract::cues::CueTable,
) -> ArticleExtraction {
    let mut x = extract::extract_article(&article.paragraphs, &article.front.entities, registry);
    extract::cues::apply(&mut x, &article.paragraphs, cues);
    x
}

/// The extract stage, in parallel over articles.
pub fn extract_all(
    corpus: &Corpus,
    registry: &Registry,
    cues: &extract::cues::CueTable,
    progress: &ProgressBar,
) -> Vec<Arc<ArticleExtraction>> {
    use rayon::prelude::*;
    corpus
        .articles
        .par_iter()
        .map(|a| {
            let x = extract_one(a, registry, cues);
            progress.inc(1);
            Arc::new(x)
        })
        .collect()
}

/// Runs the pipeline from the load stage's output to the files of the site.
pub fn build_from(loaded: Loaded, root: &Path, progress: &ProgressBar) -> Result<Built, Error> {
    let future = loaded.corpus.future;
    let prepared = prepare(loaded, root, progress)?;
    let memory = write::Memory::default();
    let page_count = generate_into(
        &prepared.site,
        &prepared.theme,
        &prepared.urls,
        &memory,
        &prepared.timings,
    )?;
    let copied = prepared.site.assets.clone();
    Ok(Built {
        site: prepared.site,
        files: Files {
            generated: memory.into_files(),
            copied,
        },
        page_count,
        skipped: prepared.skipped,
        future,
        timings: prepared.timings,
    })
}

/// A linked site with its theme, ready to generate.
pub struct Prepared {
    pub site: Site,
    pub theme: Theme,
    pub urls: Urls,
    pub skipped: Vec<ContentError>,
    pub timings: Timings,
}

/// The stages between loading and generating: extract, link, and load the theme.
pub fn prepare(loaded: Loaded, root: &Path, progress: &ProgressBar) -> Result<Prepared, Error> {
    let timings = Timings::with_progress(progress.clone());
    let extraction = timings.time_counted("extract", Some(loaded.corpus.articles.len()), || {
        extract_all(
            &loaded.corpus,
            &loaded.registry,
            &loaded.config.cue_table(),
            progress,
        )
    });
    let site = timings.time("link", || {
        link::link(loaded.config, loaded.corpus, &extraction, &loaded.registry)
    });
    drop(extraction);
    let urls = Urls::new(&site.config.base_url);
    let theme = timings.time("theme", || theme(root, &site, &urls))?;
    Ok(Prepared {
        site,
        theme,
        urls,
        skipped: loaded.skipped,
        timings,
    })
}

/// The site's theme, with the global template context set.
pub fn theme(root: &Path, site: &Site, urls: &Urls) -> Result<Theme, Error> {
    let mut theme = Theme::load(root, &site.config, urls)?;
    theme
        .tera
        .global_context()
        .extend(render::globals(site, urls));
    Ok(theme)
}

/// Every generated file of a linked site: pages, feeds, sitemap, GitHub Pages files and the
/// theme's static files. Also returns how many pages came from templates.
pub fn generate(site: &Site, theme: &Theme, urls: &Urls) -> Result<(Vec<Rendered>, usize), Error> {
    let memory = write::Memory::default();
    let pages = generate_into(site, theme, urls, &memory, &Timings::default())?;
    Ok((memory.into_files(), pages))
}

/// Generates every file of a linked site into `sink`, timing each stage. Returns how many
/// pages came from templates.
pub fn generate_into(
    site: &Site,
    theme: &Theme,
    urls: &Urls,
    sink: &dyn write::Sink,
    t: &Timings,
) -> Result<usize, Error> {
    let pages = generate_pages_into(site, theme, urls, sink, t)?;
    t.time("search", || search_into(site, sink))?;
    Ok(pages)
}

/// [`generate_into`] without the search index, for a caller that makes the index last from
/// the site's documents ([`search_docs_into`]) and lets the site go first.
pub fn generate_pages_into(
    site: &Site,
    theme: &Theme,
    urls: &Urls,
    sink: &dyn write::Sink,
    t: &Timings,
) -> Result<usize, Error> {
    let put_all = |files: Vec<Rendered>| -> Result<(), Error> {
        files.into_iter().try_for_each(|(p, b)| Ok(sink.put(p, b)?))
    };
    let specs = render::specs(site);
    t.time_counted("render", Some(specs.len()), || {
        render::render_into(site, theme, urls, &specs, sink, t.progress())
    })?;
    t.time("feeds", || put_all(site_files::feed_files(site, urls)))?;
    t.time("sitemap", || {
        put_all(site_files::sitemap_files(site, urls, &specs))
    })?;
    put_all(site_files::pages_files(site))?;
    t.time("exports", || exports::write_into(site, urls, sink))?;
    put_all(statics(theme).collect())?;
    Ok(specs.len())
}

/// The search stage: the index of articles, entities and quotations, under `search/`.
pub fn search_into(site: &Site, sink: &dyn write::Sink) -> Result<(), write::OutputError> {
    crate::search::build_into(crate::search::site_docs(site), sink)
}

/// The search stage for a build that no longer needs its site: the site is let go as soon as
/// the documents are made from it, so the linked site (the largest thing in memory) and the
/// inverted index are never held together.
pub fn search_docs_into(site: Site, sink: &dyn write::Sink) -> Result<(), write::OutputError> {
    let docs = crate::search::site_docs(&site);
    drop(site);
    crate::search::build_into(docs, sink)
}

/// The theme's static files, under `static/`.
pub fn statics(theme: &Theme) -> impl Iterator<Item = Rendered> + '_ {
    theme
        .statics
        .iter()
        .map(|(p, b)| (Path::new("static").join(p), b.clone()))
}

/// The whole pipeline, in memory.
pub fn build(options: &Options, progress: &ProgressBar) -> Result<Built, Error> {
    let loaded = load(options)?;
    progress.set_length(loaded.corpus.articles.len() as u64);
    build_from(loaded, &options.root, progress)
}
