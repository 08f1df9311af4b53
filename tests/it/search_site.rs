//! Search on the example dossier itself (the repository's `content/`): what the site model
//! puts into the index, and, in headless Chromium, the site built by the `dossier` binary under
//! a sub-path, searched as a reader would.

use crate::common::query;

use crate::common::browser::Browser;
use crate::common::server::Server;
use dossier::search::{self, DocKind};
use indicatif::ProgressBar;
use serde_json::json;
use std::path::Path;
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn example_site(base_url: &str) -> dossier::engine::InMemory {
    let mut options = dossier::engine::Options::new(ROOT);
    options.base_url = Some(base_url.to_string());
    dossier::engine::build(&options, &ProgressBar::hidden()).expect("the example dossier builds")
}

#[test]
fn the_example_dossier_indexes_every_article_entity_and_quotation_and_never_the_draft() {
    let built = example_site("https://example.github.io/dossier/");
    let docs = search::site_docs(&built.site);
    let articles = docs.iter().filter(|d| d.kind == DocKind::Article).count();
    assert_eq!(articles, built.site.articles.len());
    assert!(articles >= 20);
    assert!(
        docs.iter()
            .any(|d| d.kind == DocKind::Person && d.title == "Adam Boehler")
    );
    assert!(
        docs.iter()
            .any(|d| d.kind == DocKind::Quotation && d.url.contains("#p-"))
    );
    assert_eq!(
        docs.len(),
        articles + built.site.entities.len() + built.site.quotes.len()
    );
    assert!(
        !docs
            .iter()
            .any(|d| d.url.contains("sharm-summit-declaration")),
        "the draft is indexed"
    );
    let files = search::build(&docs);
    // Words found only in content/articles/2025-10-13-sharm-summit-declaration.md, a draft.
    assert!(query::search(&files, "Nile").unwrap().is_empty());
    assert!(query::search(&files, "photograph").unwrap().is_empty());
    assert!(
        !query::search(&files, "Sharm").unwrap().is_empty(),
        "other articles name Sharm el-Sheikh"
    );
}

/// Builds the example dossier with the `dossier` binary into `out`, for `base_url`. Until the
/// build writes the search index itself, the index is added here from the same site model.
fn build_example(out: &Path, base_url: &str) {
    let status = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["build", "--root", ROOT, "--base-url", base_url, "--output"])
        .arg(out)
        .status()
        .expect("run dossier build");
    assert!(status.success(), "dossier build failed");
    if !out.join("search/index.json").exists() {
        for (path, bytes) in search::build(&search::site_docs(&example_site(base_url).site)) {
            let path = out.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
    }
}

/// The results shown: [badge, href, title].
fn results(b: &mut Browser) -> Vec<serde_json::Value> {
    let found = b.eval(
        "Array.from(document.querySelectorAll('#search-results li')).map(li => [
            li.querySelector('.search-badge').textContent, li.querySelector('a').href,
            li.querySelector('.search-result-title').textContent])",
    );
    found.as_array().unwrap().clone()
}

/// Starts a server under /repo/ and builds the example dossier for it.
fn serve_example() -> (tempfile::TempDir, Server) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let server = Server::start(&out, "/repo/");
    build_example(&out, &server.url());
    (dir, server)
}

/// Types `query` into the header box of `page` and submits it, as a reader would.
fn search_from(b: &mut Browser, page: &str, query: &str) -> Vec<serde_json::Value> {
    b.navigate(page);
    b.eval("document.getElementById('search-box').focus()");
    b.type_text(query);
    b.press("Enter");
    b.wait_for("location.pathname === '/repo/search/'");
    b.wait_for(&format!(
        "document.getElementById('search-status').textContent.includes({})",
        json!(format!("for “{query}”"))
    ));
    results(b)
}

#[test]
fn on_the_example_dossier_a_name_and_a_stemmed_word_find_the_articles_under_a_sub_path() {
    let Some(mut b) = Browser::launch() else {
        return;
    };
    let (_dir, server) = serve_example();
    let base = server.url();

    let found = search_from(&mut b, &format!("{base}timeline/"), "Boehler");
    let articles: Vec<&str> = found
        .iter()
        .filter(|r| r[0] == "Article")
        .map(|r| r[1].as_str().unwrap())
        .collect();
    for slug in [
        "us-envoy-direct-talks-hamas",
        "boehler-interviews-israeli-reaction",
        "edan-alexander-released",
    ] {
        assert!(
            articles.contains(&format!("{base}articles/{slug}/").as_str()),
            "no article {slug} in {articles:?}"
        );
    }

    let found = search_from(
        &mut b,
        &format!("{base}articles/us-envoy-direct-talks-hamas/"),
        "negotiating",
    );
    assert!(
        found.len() >= 5,
        "negotiating finds the articles on negotiations: {found:?}"
    );
    let first = found[0][1].as_str().unwrap().to_string();
    assert!(
        b.eval("document.querySelector('#search-results mark').textContent")
            .as_str()
            .unwrap()
            .to_lowercase()
            .starts_with("negotia")
    );

    b.eval("document.getElementById('search-page-box').focus()");
    b.press("ArrowDown");
    b.press("Enter");
    b.wait_for(&format!("location.href === {}", json!(first)));
    b.wait_for("document.readyState === 'complete' && document.querySelector('h1') !== null");
    let served = server.served();
    assert!(
        served
            .iter()
            .filter(|s| s.path.starts_with("/repo/"))
            .all(|s| s.status == 200),
        "{served:?}"
    );
    assert!(b.exceptions().is_empty(), "{:?}", b.exceptions());
}

#[test]
fn on_the_example_dossier_boehler_finds_his_person_page_first() {
    let Some(mut b) = Browser::launch() else {
        return;
    };
    let (_dir, server) = serve_example();
    let base = server.url();
    let found = search_from(&mut b, &format!("{base}timeline/"), "Boehler");
    assert_eq!(found[0][0], "Person");
    assert_eq!(found[0][1], format!("{base}people/adam-boehler/"));
    b.eval("document.getElementById('search-page-box').focus()");
    b.press("ArrowDown");
    b.press("Enter");
    b.wait_for("location.pathname === '/repo/people/adam-boehler/'");
}

#[test]
fn on_the_example_dossier_a_phrase_from_a_quotation_finds_it_linked_to_its_paragraph() {
    let Some(mut b) = Browser::launch() else {
        return;
    };
    let (_dir, server) = serve_example();
    let base = server.url();
    let site = example_site(&base).site;
    let quote = site
        .quotes
        .iter()
        .find(|q| q.text().split_whitespace().count() >= 8)
        .expect("a quotation of eight words or more");
    let phrase: String = quote
        .text()
        .split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join(" ");
    let phrase = phrase
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    let slug = &site.article(quote.article).article.slug;
    let href = format!("{base}articles/{slug}/#p-{}", quote.paragraph);
    let found = search_from(&mut b, &format!("{base}timeline/"), &phrase);
    let at = found
        .iter()
        .position(|r| r[0] == "Quotation" && r[1] == href.as_str());
    assert!(
        at.is_some_and(|i| i < 3),
        "{phrase:?} does not find {href} near the top: {found:?}"
    );
    b.navigate(&href);
    let text = b.eval(&format!(
        "document.getElementById('p-{}').textContent",
        quote.paragraph
    ));
    assert!(
        text.as_str()
            .unwrap()
            .contains(phrase.split_whitespace().next().unwrap())
    );
}
