//! The integration tests: one binary (it links once), one module per area. Each module builds
//! small fixture dossiers (`tests/fixtures/`, `tests/bad/`) or generated ones into temporary
//! folders and checks what `dossier` wrote; `common` holds what they share.

mod common;

mod bad_content;
mod bad_input;
mod briefing;
mod briefing_browser;
mod browser_hostile;
mod browser_serve;
mod build;
mod check_links;
mod cli;
mod crawl;
mod deploy;
mod deploy_guard;
mod election;
mod entities;
mod exports;
mod extract_fixtures;
mod faults;
mod front_matter;
mod hardening;
mod hostile;
mod i18n;
mod identity;
mod import;
mod import_bad;
mod init;
mod link_incremental;
mod newsgen;
mod output_size;
mod properties;
mod publish;
mod release;
mod search_browser;
mod search_index;
mod search_parity;
mod search_scale;
mod search_site;
mod serve;
mod serve_hardening;
mod serve_incremental;
mod serve_saves;
mod serve_signatures;
mod themes;
mod workflow;
