//! `dossier digest --since DATE`: what changed since a date, as Markdown ready to paste into
//! an email. The pipeline up to the link stage, then `render::changes::digest`; nothing is
//! written.

use crate::Error;
use crate::engine::{Engine, Options};
use crate::render::Urls;
use chrono::NaiveDate;

/// Parses `--since`: a calendar date, `YYYY-MM-DD`.
pub fn parse_since(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date (expected YYYY-MM-DD, e.g. 2025-10-01)"))
}

/// The digest of the dossier at `options.root`: every change on or after `since`.
pub fn digest(options: &Options, since: NaiveDate) -> Result<String, Error> {
    let site = Engine::new(options.clone()).linked_site()?;
    let urls = Urls::new(&site.config.base_url);
    Ok(crate::render::changes::digest(&site, &urls, since))
}

/// Prints the digest of what changed since `since` as Markdown.
pub fn command(options: &Options, since: NaiveDate) -> Result<(), Error> {
    super::emit(&digest(options, since)?)
}
