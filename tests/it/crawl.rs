//! The example dossier published under a sub-path, crawled over HTTP the way a reader's
//! browser would: from the home page, every link, script, stylesheet, image and feed link of
//! every page, and every `#fragment` — zero broken.

use crate::common::dossier as support;
use crate::common::server::Server;
use std::collections::{BTreeSet, HashMap, VecDeque};

#[test]
fn the_example_under_a_sub_path_has_no_broken_link() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let repo = support::repo();
    support::dossier_ok(
        &repo,
        &[
            "build",
            "--quiet",
            "--base-url",
            "https://example.github.io/repo/",
            "--output",
            out.to_str().unwrap(),
        ],
    );
    let server = Server::start(&out, "/repo/");
    let origin = server.url().trim_end_matches("/repo/").to_string();
    let sel = scraper::Selector::parse("a[href], link[href], script[src], img[src]").unwrap();

    let mut queue: VecDeque<String> = VecDeque::from(["/repo/".to_string()]);
    let mut seen: BTreeSet<String> = queue.iter().cloned().collect();
    let mut ids: HashMap<String, BTreeSet<String>> = HashMap::new();
    let mut fragments: Vec<(String, String, String)> = Vec::new();
    let mut broken = Vec::new();
    while let Some(path) = queue.pop_front() {
        let (status, kind, body) = support::get(&format!("{origin}{path}"));
        if status != 200 {
            broken.push(format!("{path}: {status}"));
            continue;
        }
        if !kind.starts_with("text/html") {
            continue;
        }
        let doc = scraper::Html::parse_document(&body);
        let page_ids: BTreeSet<String> = support::select(&doc, "[id]")
            .iter()
            .filter_map(|e| e.value().attr("id").map(String::from))
            .collect();
        ids.insert(path.clone(), page_ids);
        for el in doc.select(&sel) {
            let url = el
                .value()
                .attr("href")
                .or(el.value().attr("src"))
                .unwrap_or("");
            if url.starts_with("http") || url.starts_with("mailto:") {
                continue;
            }
            assert!(
                url.starts_with("/repo/") || url.starts_with('#'),
                "{path}: {url} escapes the sub-path"
            );
            let (target, fragment) = match url.split_once('#') {
                Some((t, f)) => (
                    if t.is_empty() {
                        path.clone()
                    } else {
                        t.to_string()
                    },
                    Some(f.to_string()),
                ),
                None => (url.to_string(), None),
            };
            let target = target.split('?').next().unwrap_or("").to_string();
            if let Some(f) = fragment.filter(|f| !f.is_empty()) {
                fragments.push((path.clone(), target.clone(), f));
            }
            if seen.insert(target.clone()) {
                queue.push_back(target);
            }
        }
    }
    for (page, target, fragment) in &fragments {
        if ids.get(target).is_some_and(|set| !set.contains(fragment)) {
            broken.push(format!("{page}: {target}#{fragment} (no such id)"));
        }
    }
    assert!(
        seen.len() > 150,
        "the crawl reached only {} URLs",
        seen.len()
    );
    assert!(broken.is_empty(), "broken:\n{}", broken.join("\n"));
    // Feeds and the sitemap are reachable too.
    for extra in [
        "/repo/atom.xml",
        "/repo/sitemap.xml",
        "/repo/robots.txt",
        "/repo/api/quotes.json",
        "/repo/404.html",
    ] {
        assert_eq!(support::get(&format!("{origin}{extra}")).0, 200, "{extra}");
    }
}

#[test]
fn every_page_of_the_example_is_valid_html5() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    support::dossier_ok(
        &support::repo(),
        &["build", "--quiet", "--output", out.to_str().unwrap()],
    );
    if let Some(errors) = support::html_errors(&out) {
        assert!(
            errors.trim().is_empty(),
            "the Nu HTML Checker found errors:\n{errors}"
        );
    }
}
