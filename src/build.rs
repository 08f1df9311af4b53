//! The whole pipeline, in memory: load → extract → link → render → search, ending with the
//! files for the write stage. `dossier build` writes them; `dossier serve` serves them.

use crate::config::SiteConfig;
use crate::content::{self, ContentError, Corpus, Flavor, LoadOptions};
use crate::extract::{self, ArticleExtraction, Registry};
use crate::output::Files;
use crate::render::{self, Rendered, Theme, Urls};
use crate::site::{self, Site};
use crate::{Error, publish};
use indicatif::ProgressBar;
use std::path::{Path, PathBuf};

/// What to build.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<String>,
    pub drafts: bool,
    /// Build the good articles and report the bad ones instead of failing.
    pub keep_going: bool,
}

impl Options {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Options {
            root: root.into(),
            base_url: None,
            drafts: false,
            keep_going: false,
        }
    }
}

/// How long each stage took, in pipeline order, for `dossier build --timings` and the
/// benchmark.
#[derive(Debug, Default)]
pub struct Timings(std::sync::Mutex<Vec<(&'static str, std::time::Duration)>>);

impl Timings {
    /// Runs `f` and records its duration under `stage`.
    pub fn time<T>(&self, stage: &'static str, f: impl FnOnce() -> T) -> T {
        let start = std::time::Instant::now();
        let out = f();
        if let Ok(mut list) = self.0.lock() {
            list.push((stage, start.elapsed()));
        }
        out
    }

    /// The recorded stages.
    pub fn stages(&self) -> Vec<(&'static str, std::time::Duration)> {
        self.0.lock().map(|l| l.clone()).unwrap_or_default()
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
    let mut config = SiteConfig::load(&options.root)?;
    if let Some(url) = &options.base_url {
        config.base_url = crate::config::normalize_base_url(url);
    }
    Ok(config)
}

/// The registry at `content/entities.yaml`, or an empty one when there is none.
pub fn registry(root: &Path) -> Result<Registry, Error> {
    let path = display_root(root)
        .join(content::CONTENT_DIR)
        .join(content::REGISTRY_FILE);
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
        flavor: flavor(&config),
    };
    let (corpus, mut problems) = content::load(&options.root, load_options);
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

/// The extract stage, in parallel over articles.
pub fn extract_all(
    corpus: &Corpus,
    registry: &Registry,
    progress: &ProgressBar,
) -> Vec<ArticleExtraction> {
    use rayon::prelude::*;
    corpus
        .articles
        .par_iter()
        .map(|a| {
            let x = extract::extract_article(&a.paragraphs, &a.front.entities, registry);
            progress.inc(1);
            x
        })
        .collect()
}

/// Runs the pipeline from the load stage's output to the files of the site.
pub fn build_from(loaded: Loaded, root: &Path, progress: &ProgressBar) -> Result<Built, Error> {
    let timings = Timings::default();
    let extraction = timings.time("extract", || extract_all(&loaded.corpus, &loaded.registry, progress));
    let refs: Vec<&ArticleExtraction> = extraction.iter().collect();
    let site = timings.time("link", || site::link(loaded.config, loaded.corpus, &refs, &loaded.registry));
    let urls = Urls::new(&site.config.base_url);
    let theme = timings.time("theme", || theme(root, &site, &urls))?;
    let (generated, page_count) = generate_timed(&site, &theme, &urls, &timings)?;
    let copied = site.assets.clone();
    Ok(Built {
        site,
        files: Files { generated, copied },
        page_count,
        skipped: loaded.skipped,
        timings,
    })
}

/// The site's theme, with the global template context set.
pub fn theme(root: &Path, site: &Site, urls: &Urls) -> Result<Theme, Error> {
    let mut theme = Theme::load(root, &site.config.theme, urls)?;
    theme
        .tera
        .global_context()
        .extend(render::globals(site, urls));
    Ok(theme)
}

/// Every generated file of a linked site: pages, feeds, sitemap, GitHub Pages files and the
/// theme's static files. Also returns how many pages came from templates.
pub fn generate(site: &Site, theme: &Theme, urls: &Urls) -> Result<(Vec<Rendered>, usize), Error> {
    generate_timed(site, theme, urls, &Timings::default())
}

fn generate_timed(site: &Site, theme: &Theme, urls: &Urls, t: &Timings) -> Result<(Vec<Rendered>, usize), Error> {
    let specs = render::specs(site);
    let mut generated = t.time("render", || render::render_pages(site, theme, urls, &specs))?;
    let page_count = generated.len();
    t.time("feeds", || generated.extend(publish::feed_files(site, urls)));
    t.time("sitemap", || generated.extend(publish::sitemap_files(site, urls, &specs)));
    generated.extend(publish::pages_files(site));
    t.time("exports", || generated.extend(publish::export::files(site, urls)));
    t.time("search", || generated.extend(search_files(site)));
    generated.extend(statics(theme));
    Ok((generated, page_count))
}

/// The search stage: the index of articles, entities and quotations, under `search/`.
pub fn search_files(site: &Site) -> Vec<Rendered> {
    crate::search::build(&crate::search::site_docs(site))
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
