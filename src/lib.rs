//! dossier: a static-site generator for briefing dossiers.
pub mod config;
pub mod content;
pub mod entity;
pub mod extract;
pub mod yaml;
