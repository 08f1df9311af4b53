//! In headless Chromium: every page of a dossier full of script payloads loads, and none of
//! them runs (each payload would set `window.__pwned`), searches included.

use crate::common::browser::Browser;
use crate::common::dossier as support;
use crate::common::server::Server;

#[test]
fn no_payload_runs_on_any_page() {
    let Some(mut browser) = Browser::launch() else {
        return;
    };
    let site = support::fixture("hostile");
    support::dossier_ok(site.path(), &["build", "--quiet"]);
    let out = site.path().join("output");
    let server = Server::start(&out, "/hostile/");
    let mut pages: Vec<String> = walkdir::WalkDir::new(&out)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            e.path()
                .strip_prefix(&out)
                .unwrap()
                .to_string_lossy()
                .replace("index.html", "")
        })
        .collect();
    pages.sort();
    assert!(pages.len() > 10);
    // Searching for the payloads renders hostile titles and quotations as results too.
    pages.push("search/?q=script".into());
    pages.push("search/?q=pwned%20onerror".into());
    for page in &pages {
        browser.navigate(&format!("{}{page}", server.url()));
        browser.wait_for("document.readyState === 'complete'");
        if page.starts_with("search/?q=") {
            browser.wait_for("document.getElementById('search-status').textContent !== ''");
        }
        // Give error handlers of broken images a moment to fire, had any survived.
        std::thread::sleep(std::time::Duration::from_millis(100));
        let pwned =
            browser.eval("typeof window.__pwned === 'undefined' ? null : String(window.__pwned)");
        assert_eq!(pwned, serde_json::Value::Null, "a payload ran on {page}");
    }
    let exceptions = browser.exceptions();
    assert!(exceptions.is_empty(), "script errors: {exceptions:?}");
}
