//! dossier: a static-site generator for briefing dossiers.
//!
//! Writers drop Markdown (or plain-text) articles with YAML front matter into `content/`;
//! dossier finds who and what they talk about and publishes a static site where every
//! person, organisation, place and topic has a page and every quotation is attributed.
//! Data flows one way through plain functions over plain structs, one folder per stage:
//!
//! ```text
//! load     site.yaml + content/ + entities.yaml  -> Corpus               src/load/
//! extract  each article, in parallel             -> ArticleExtraction    src/extract/
//! link     corpus + extraction + registry        -> Site                 src/link/
//! render   site + theme                          -> pages, feeds, sitemap, exports in memory
//!                                                                        src/render/
//! search   site                                  -> index files          src/search/
//! write    pages + index + static files          -> output/, atomically  src/write/
//! ```
//!
//! [`engine`] runs the stages in that order for every command: `dossier build` calls
//! [`engine::Engine::build_all`]; `serve` and `build --watch` call [`engine::Engine::update`]
//! with the files that changed and get back the files to write and remove. Render declares
//! every output file once, with its path and a fingerprint of what it shows
//! (`render/outputs.rs`). Around the pipeline: [`serve`] (watch, HTTP, live reload), `deploy`
//! (output/ to a `gh-pages` branch), `check` (the link checker), `import` (news pages and
//! feeds into articles) and [`cli`], one file per command of the `dossier` binary. [`entity`]
//! is the vocabulary every stage shares.
//!
//! ```no_run
//! use dossier::engine::{Engine, Options};
//! let options = Options::new("path/to/dossier");
//! let lock = dossier::write::lock(&options.root, std::path::Path::new("path/to/dossier/output"))?;
//! let bar = indicatif::ProgressBar::hidden();
//! let built = lock.write_with(|sink| Engine::new(options.clone()).build_all(sink, &bar))?;
//! println!("{} pages", built.pages);
//! # Ok::<(), dossier::Error>(())
//! ```
//!
//! The public API, for the binary and the tests (everything else is crate-private):
//!
//! - [`engine`]: [`engine::Options`], [`engine::Engine`] (`build_all`, `update`,
//!   `apply_index`), [`engine::Changes`], [`engine::Update`], [`engine::build`] (a build held in
//!   memory, [`engine::InMemory`]) and the stage timings.
//! - [`serve::Session`]: the engine and the bytes it serves, as `serve` and `build --watch`
//!   hold them.
//! - [`mod@write`]: [`write::lock`] and [`write::OutputLock`] (the atomic writer of `output/`),
//!   [`write::Sink`], [`write::Memory`], [`write::Files`], [`write::MARKER`].
//! - The stages' data and entry points the tests drive directly: [`load`] (site.yaml, front
//!   matter, Markdown), [`extract`] (one article's extraction, the registry), [`link`] (the
//!   [`link::Site`]), [`search`] (documents to index files), [`entity`].
//! - [`cli`]: one module per command, called by `main.rs`.
//! - [`Error`] and the stage errors it gathers.

pub(crate) mod check;
pub mod cli;
pub(crate) mod deploy;
pub mod engine;
pub mod entity;
pub mod extract;
pub(crate) mod import;
pub mod link;
pub mod load;
pub(crate) mod render;
pub mod search;
pub mod serve;
pub mod write;

pub use deploy::DeployError;
pub use import::ImportError;
pub use render::TemplateError;

/// Any error a command can end with. Each stage has its own error type naming the file and
/// line; this only gathers them so `main` can print them once.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Config(#[from] load::config::ConfigError),
    #[error(transparent)]
    Content(#[from] load::ContentError),
    #[error("{}", list(.0))]
    ContentList(Vec<load::ContentError>),
    #[error(transparent)]
    Registry(#[from] extract::RegistryError),
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error(transparent)]
    Output(#[from] write::OutputError),
    #[error(transparent)]
    Deploy(#[from] DeployError),
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Serve(#[from] serve::ServeError),
    #[error(transparent)]
    Init(#[from] cli::init::InitError),
    /// `dossier import` could not import some of its inputs (it has printed each).
    #[error("{failed} of {tried} imports failed; nothing was written for them")]
    ImportsFailed { failed: usize, tried: usize },
    /// `dossier deploy` built nothing to deploy.
    #[error("{0}\nthe build failed, so nothing was deployed")]
    NotDeployed(Box<Error>),
    /// `dossier check` found broken links (it has printed each).
    #[error("{0} broken links")]
    BrokenLinks(usize),
    /// Standard output could not take what a command printed (a full disk behind a redirect).
    #[error("could not write to standard output: {0}")]
    Stdout(std::io::Error),
    /// Arguments that do not go together or cannot be used; said before anything runs.
    #[error("{0}")]
    Usage(String),
}

fn list(errors: &[load::ContentError]) -> String {
    let mut lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    if errors.len() > 1 {
        lines.push(format!(
            "{} files have problems; fix them, or build the others with --keep-going",
            errors.len()
        ));
    }
    lines.join("\n")
}
