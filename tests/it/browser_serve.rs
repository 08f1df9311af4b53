//! In headless Chromium: a page open in `dossier serve` reloads by itself after a save, shows
//! a failed rebuild over the last good page, and recovers on the next good save.

use crate::common::browser::Browser;
use crate::common::dossier as support;

const CONNECTED: &str =
    "document.documentElement.getAttribute('data-dossier-live') === 'connected'";

fn edit(path: &std::path::Path, from: &str, to: &str) {
    let text = support::read(path);
    assert!(text.contains(from));
    std::fs::write(path, text.replace(from, to)).unwrap();
}

/// The basic fixture served, with a browser on one of its articles and connected for reloads;
/// `None` where no browser can be launched.
fn open_article() -> Option<(Browser, tempfile::TempDir, support::Served)> {
    let mut browser = Browser::launch()?;
    let site = support::fixture("basic");
    let server = support::serve(site.path(), &[]);
    browser.navigate(&format!("{}articles/envoy-in-doha/", server.url));
    browser.wait_for(CONNECTED);
    Some((browser, site, server))
}

/// Saves the open article with a new title, which its page shows once reloaded ([`RETITLED`]).
fn retitle(site: &tempfile::TempDir) {
    edit(
        &site
            .path()
            .join("content/articles/2025-03-05-envoy-in-doha.md"),
        "title: US envoy met Hamas officials in Doha",
        "title: Saved while the page was open",
    );
}

const RETITLED: &str = "document.querySelector('h1') && document.querySelector('h1').textContent === 'Saved while the page was open'";

#[test]
fn an_open_page_reloads_by_itself_after_a_save() {
    let Some((mut browser, site, _server)) = open_article() else {
        return;
    };
    browser.eval("window.__unreloaded = true");
    retitle(&site);
    browser.wait_for(RETITLED);
    assert_eq!(
        browser.eval("window.__unreloaded === undefined"),
        serde_json::json!(true),
        "the page reloaded itself"
    );
}

#[test]
fn a_failed_rebuild_is_shown_over_the_page_and_a_fix_clears_it() {
    let Some((mut browser, site, _server)) = open_article() else {
        return;
    };
    let article = site
        .path()
        .join("content/articles/2025-03-05-envoy-in-doha.md");
    edit(&article, "date: 2025-03-05", "date: 2025-02-30");
    browser.wait_for("document.getElementById('dossier-error-overlay') !== null");
    let overlay = browser.eval("document.getElementById('dossier-error-overlay').textContent");
    assert!(
        overlay
            .as_str()
            .unwrap_or("")
            .contains("2025-03-05-envoy-in-doha.md:3:"),
        "{overlay}"
    );
    assert_eq!(
        browser.eval("document.querySelector('h1').textContent"),
        serde_json::json!("US envoy met Hamas officials in Doha"),
        "the last good page stays underneath"
    );

    edit(&article, "date: 2025-02-30", "date: 2025-03-07");
    browser.wait_for("document.getElementById('dossier-error-overlay') === null && document.querySelector('time').textContent === '7 March 2025'");
}

/// A save reloads the pages it changed, not every open page: an edit to another article
/// leaves the page alone, an edit to its own article reloads it.
#[test]
fn a_save_reloads_only_the_pages_it_changed() {
    let Some((mut browser, site, _server)) = open_article() else {
        return;
    };
    // A listener of the page's own, which a reload would take away. The server subscribes it
    // before it answers, so once the stream is open no save can come before it.
    browser.eval(
        "window.__seen = 0; window.__events = new EventSource('/__dossier/events'); \
         window.__events.addEventListener('reload', function () { window.__seen += 1; }); true",
    );
    browser.wait_for("window.__events.readyState === 1");
    let other = site.path().join("content/articles/2025-06-02-pasted.txt");
    edit(&other, "Monday", "Tuesday");
    browser.wait_for("window.__seen === 1");
    edit(&other, "Tuesday", "Wednesday");
    browser.wait_for("window.__seen === 2");
    retitle(&site);
    browser.wait_for(&format!("{RETITLED} && window.__seen === undefined"));
}
