//! `dossier check`: runs the link checker and reports what it found, one line per problem and
//! a summary.

use crate::Error;
use crate::check::{External, run};
use crate::engine::Options;

/// Checks the site built with `options`; with `external`, also every outside link, each given
/// `timeout` seconds. Broken links are errors, unclear speakers warnings.
pub fn command(options: &Options, external: bool, timeout: f64) -> Result<(), Error> {
    let external = match external {
        false => None,
        true => Some(External {
            timeout: super::seconds(timeout)?,
        }),
    };
    let report = run(options, external)?;
    for b in &report.broken {
        eprintln!("error: {b}");
    }
    for u in &report.unclear {
        eprintln!("warning: {u}");
    }
    let unclear = report.unclear.len();
    println!(
        "Checked {} articles, {} pages, {} links: {} broken, {unclear} speaker{} unclear",
        report.articles,
        report.pages,
        report.links,
        report.broken.len(),
        if unclear == 1 { "" } else { "s" }
    );
    if let Some(held) = super::build::held_back(report.future) {
        println!("{held}");
    }
    if report.broken.is_empty() {
        Ok(())
    } else {
        Err(Error::BrokenLinks(report.broken.len()))
    }
}
