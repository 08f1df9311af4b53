//! One progress bar over the whole build: every stage names itself on it as it starts, and the
//! stages that go item by item (extracting articles, rendering pages) count on it.
//!
//! The bar is drawn on standard error only when it is a terminal (and not `--quiet`); anywhere
//! else it is hidden and every call here costs next to nothing, so the library calls it
//! unconditionally.

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::time::Duration;

/// A bar on stderr when it is a terminal and not `quiet`; hidden otherwise.
pub fn on_terminal(quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(0).with_style(ProgressStyle::default_spinner());
    // The spinner keeps turning through stages that do not count (linking, indexing), so a
    // long build never looks stuck.
    stage(&bar, "load", None);
    bar.enable_steady_tick(Duration::from_millis(100));
    bar
}

/// Shows that stage `name` has begun: its label, and a count of `len` items when it has one.
pub fn stage(bar: &ProgressBar, name: &str, len: Option<u64>) {
    if bar.is_hidden() {
        return;
    }
    let template = match len {
        Some(_) => "{spinner} {msg} {pos}/{len} {wide_bar} {eta}",
        None => "{spinner} {msg}…",
    };
    bar.set_message(label(name).to_string());
    bar.set_length(len.unwrap_or(0));
    bar.set_position(0);
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
}

/// What a user reads for each stage of the pipeline.
fn label(stage: &str) -> &str {
    match stage {
        "load" => "reading articles",
        "extract" => "extracting articles",
        "link" => "linking entities",
        "theme" => "loading the theme",
        "render" => "rendering pages",
        "sitemap" => "writing the sitemap",
        "exports" => "writing exports",
        "search" => "building the search index",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_of_the_pipeline_has_a_label() {
        for s in [
            "load", "extract", "link", "theme", "render", "sitemap", "exports", "search",
        ] {
            assert_ne!(label(s), s, "{s} has no label");
        }
    }

    #[test]
    fn a_hidden_bar_ignores_stages() {
        let bar = ProgressBar::hidden();
        stage(&bar, "render", Some(10));
        assert_eq!(bar.length(), None);
    }
}
