//! dossier: a static-site generator for briefing dossiers.

pub mod cmd;
pub mod config;
pub mod content;
pub mod entity;
pub mod extract;
pub mod search;
pub mod yaml;

/// Any error a command can end with. Each stage has its own error type naming the file and
/// line; this only gathers them so `main` can print the chain once.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Config(#[from] config::ConfigError),
    #[error(transparent)]
    Content(#[from] content::ContentError),
    #[error("{}", list(.0))]
    ContentList(Vec<content::ContentError>),
    #[error(transparent)]
    Registry(#[from] extract::RegistryError),
    #[error("{0}")]
    Usage(String),
}

fn list(errors: &[content::ContentError]) -> String {
    errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}
