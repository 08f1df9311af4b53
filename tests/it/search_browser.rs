//! Search in a real browser: a fixture site with the search index, served under a sub-path as
//! on GitHub Pages (`/repo/`), driven in headless Chromium by typing, as a reader would.
//! Skipped when Chromium is not installed, unless DOSSIER_REQUIRE_BROWSER=1.

use crate::common::browser::Browser;
use crate::common::index::fixture_docs;
use crate::common::server::Server;
use dossier::search::{self, DocKind, Limits, SearchDoc};
use serde_json::json;
use std::path::Path;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/search");
const THEME: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default");

/// The fixture documents, plus one whose text is hostile HTML.
fn docs() -> Vec<SearchDoc> {
    let mut docs = fixture_docs();
    docs.push(SearchDoc {
        kind: DocKind::Quotation,
        url: "articles/families-ceasefire/#p-5".into(),
        title: "<img src=x onerror=\"window.pwned=1\">Zanzibar speaker".into(),
        date: None,
        fields: vec![
            (
                "text",
                "Zanzibar <script>window.pwned=2</script> <b>bold</b> & \"quoted\"".into(),
            ),
            (
                "speaker",
                "<img src=x onerror=\"window.pwned=1\">Zanzibar speaker".into(),
            ),
        ],
    });
    docs
}

/// Writes a site: the search index, the theme's search.js and search.css, the search page
/// rendered from the theme's search.html, and a small page for every result's URL.
fn write_site(dir: &Path, docs: &[SearchDoc], limits: &Limits) {
    let write = |rel: &str, bytes: &[u8]| {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    };
    for (path, bytes) in search::build_with(docs, limits) {
        write(path.to_str().unwrap(), &bytes);
    }
    write(
        "static/search.js",
        &std::fs::read(format!("{THEME}/static/search.js")).unwrap(),
    );
    write(
        "static/search.css",
        &std::fs::read(format!("{THEME}/static/search.css")).unwrap(),
    );
    let read = |p: String| std::fs::read_to_string(p).unwrap();
    let mut tera = tera::Tera::default();
    // The theme's words, as the build gives them: English from the built-in table.
    let words: std::collections::BTreeMap<String, serde_json::Value> =
        serde_saphyr::from_str(&read(format!("{THEME}/i18n/en.yaml"))).unwrap();
    tera.register_function(
        "t",
        move |kwargs: tera::Kwargs, _: &tera::State| -> tera::TeraResult<String> {
            let key = kwargs.must_get::<&str>("key")?;
            words
                .get(key)
                .and_then(|w| w.as_str())
                .map(str::to_string)
                .ok_or_else(|| tera::Error::message(format!("no word `{key}`")))
        },
    );
    tera.add_raw_templates(vec![
        ("base.html", read(format!("{FIXTURES}/base.html"))),
        ("page.html", read(format!("{FIXTURES}/page.html"))),
        (
            "search.html",
            read(format!("{THEME}/templates/search.html")),
        ),
    ])
    .unwrap();
    let mut context = tera::Context::new();
    context.insert("base_path", "/repo/");
    context.insert("title", "Search");
    write(
        "search/index.html",
        tera.render("search.html", &context).unwrap().as_bytes(),
    );
    // A search page with no dossier-base meta tag: the runtime must find the base from its URL.
    // Its words are the ones the status line needs.
    let bare = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bare</title>\
        <script src=\"../static/search.js\" defer></script></head><body>\
        <input type=\"search\" id=\"search-page-box\" name=\"q\" aria-label=\"Search\">\
        <ol id=\"search-results\" data-i18n-search_n_results=\"{n} results for “{query}”.\" \
        data-i18n-search_one_result=\"1 result for “{query}”.\"></ol></body></html>";
    write("search/bare.html", bare.as_bytes());
    for doc in docs {
        let page = doc.url.split('#').next().unwrap();
        context.insert("title", &doc.title);
        context.insert(
            "paragraphs",
            &(1..=6)
                .map(|n| format!("Paragraph {n} of {page}"))
                .collect::<Vec<_>>(),
        );
        write(
            &format!("{page}index.html"),
            tera.render("page.html", &context).unwrap().as_bytes(),
        );
    }
}

struct Site {
    _dir: tempfile::TempDir,
    server: Server,
}

fn serve(limits: &Limits) -> Site {
    let dir = tempfile::tempdir().unwrap();
    write_site(dir.path(), &docs(), limits);
    let server = Server::start(dir.path(), "/repo/");
    Site { _dir: dir, server }
}

/// The results shown: [badge, title, href, snippet, marked words].
fn results(b: &mut Browser) -> Vec<serde_json::Value> {
    let rows = b.eval(
        "Array.from(document.querySelectorAll('#search-results li')).map(li => [
            li.querySelector('.search-badge').textContent,
            li.querySelector('.search-result-title').textContent,
            li.querySelector('a').href,
            (li.querySelector('.search-snippet') || {}).textContent || '',
            Array.from(li.querySelectorAll('mark')).map(m => m.textContent)])",
    );
    rows.as_array().unwrap().clone()
}

fn wait_for_results(b: &mut Browser, query: &str) {
    b.wait_for(&format!(
        "(document.getElementById('search-status')?.textContent || '').includes({})",
        json!(format!("for “{query}”"))
    ));
}

#[test]
fn a_name_typed_in_the_header_box_finds_the_person_first_and_the_articles_naming_them() {
    let Some(mut b) = Browser::launch() else {
        return;
    };
    let site = serve(&Limits::default());
    let base = site.server.url();
    b.navigate(&format!("{base}articles/families-ceasefire/"));
    b.press("/");
    assert_eq!(
        b.eval("document.activeElement.id"),
        "search-box",
        "/ focuses the header box"
    );
    b.type_text("Boehler");
    b.press("Enter");
    b.wait_for("location.pathname === '/repo/search/'");
    wait_for_results(&mut b, "Boehler");
    assert_eq!(b.eval("location.search"), "?q=Boehler");
    let found = results(&mut b);
    assert_eq!(found[0][0], "Person");
    assert_eq!(found[0][1], "Adam Boehler");
    assert_eq!(found[0][2], format!("{base}people/adam-boehler/"));
    assert_eq!(found[0][4], json!(["Boehler"]));
    let article = found
        .iter()
        .find(|r| r[0] == "Article")
        .expect("an article naming Boehler");
    assert_eq!(article[2], format!("{base}articles/boehler-doha/"));
    let status = b.text("#search-status");
    assert_eq!(status, format!("{} results for “Boehler”.", found.len()));
    assert_eq!(
        b.eval("document.getElementById('search-page-box').value"),
        "Boehler"
    );
    assert!(b.exceptions().is_empty(), "{:?}", b.exceptions());
}

#[test]
fn words_from_a_quotation_find_it_linked_to_its_paragraph_and_enter_opens_it() {
    let Some(mut b) = Browser::launch() else {
        return;
    };
    let site = serve(&Limits::default());
    let base = site.server.url();
    b.navigate(&format!("{base}search/?q=authority+anyone"));
    wait_for_results(&mut b, "authority anyone");
    let found = results(&mut b);
    assert_eq!(found[0][0], "Quotation");
    assert_eq!(found[0][1], "Karoline Leavitt");
    assert_eq!(found[0][2], format!("{base}articles/boehler-doha/#p-4"));
    assert_eq!(
        found[0][3],
        "Adam Boehler does have the authority to talk to anyone."
    );
    assert_eq!(found[0][4], json!(["authority", "anyone"]));

    b.eval("document.getElementById('search-page-box').focus()");
    b.press("ArrowDown");
    assert_eq!(
        b.eval("document.activeElement.href"),
        format!("{base}articles/boehler-doha/#p-4")
    );
    b.press("Enter");
    b.wait_for("location.hash === '#p-4' && document.getElementById('p-4') !== null");
    assert_eq!(b.eval("location.pathname"), "/repo/articles/boehler-doha/");
}

#[test]
fn a_stemmed_variant_finds_the_other_form_and_arrows_move_through_results() {
    let Some(mut b) = Browser::launch() else {
        return;
    };
    let site = serve(&Limits::default());
    b.navigate(&format!("{}search/", site.server.url()));
    b.wait_for("document.getElementById('search-status').textContent.startsWith('Type')");
    b.press("/");
    assert_eq!(b.eval("document.activeElement.id"), "search-page-box");
    b.type_text("negotiating");
    wait_for_results(&mut b, "negotiating");
    assert_eq!(
        b.eval("location.search"),
        "?q=negotiating",
        "the address links to the results"
    );
    let found = results(&mut b);
    let hamas = found
        .iter()
        .find(|r| r[1] == "Hamas")
        .expect("negotiating finds the text saying negotiations");
    assert_eq!(hamas[0], "Organisation");
    assert_eq!(hamas[4], json!(["negotiations"]));
    assert!(found.len() >= 3);

    b.press("ArrowDown");
    b.press("ArrowDown");
    assert_eq!(b.eval("document.activeElement.href"), found[1][2]);
    b.press("ArrowUp");
    assert_eq!(b.eval("document.activeElement.href"), found[0][2]);
    b.press("Escape");
    assert_eq!(b.eval("document.activeElement.id"), "search-page-box");
    assert!(b.exceptions().is_empty(), "{:?}", b.exceptions());
}

#[test]
fn hostile_text_in_the_index_is_shown_as_text_and_never_run() {
    let Some(mut b) = Browser::launch() else {
        return;
    };
    let site = serve(&Limits::default());
    b.navigate(&format!("{}search/?q=zanzibar", site.server.url()));
    wait_for_results(&mut b, "zanzibar");
    let found = results(&mut b);
    assert_eq!(
        found[0][1],
        "<img src=x onerror=\"window.pwned=1\">Zanzibar speaker"
    );
    assert_eq!(
        found[0][3],
        "Zanzibar <script>window.pwned=2</script> <b>bold</b> & \"quoted\""
    );
    assert_eq!(b.eval("document.querySelectorAll('#search-results img, #search-results script, #search-results b').length"), 0);
    assert_eq!(b.eval("typeof window.pwned"), "undefined");
}

#[test]
fn a_sharded_index_gives_the_same_results_and_fetches_only_what_the_query_needs() {
    let Some(mut b) = Browser::launch() else {
        return;
    };
    let limits = Limits {
        single_file_bytes: 0,
        shard_bytes: 200,
        chunk_bytes: 300,
        ..Limits::default()
    };
    let site = serve(&limits);
    let base = site.server.url();
    site.server.clear();
    b.navigate(&format!("{base}search/?q=Boehler"));
    wait_for_results(&mut b, "Boehler");
    let found = results(&mut b);
    assert_eq!(found[0][2], format!("{base}people/adam-boehler/"));
    let served = site.server.served();
    let shards: Vec<_> = served
        .iter()
        .filter(|s| s.path.contains("/search/s/"))
        .collect();
    let all_shards = std::fs::read_dir(site._dir.path().join("search/s"))
        .unwrap()
        .count();
    assert!(
        !shards.is_empty() && shards.len() * 4 < all_shards,
        "fetched {} of {all_shards} shards",
        shards.len()
    );
    assert!(
        shards.iter().all(|s| s.path.contains(".json?v=")),
        "shards come as plain JSON, by build: {shards:?}"
    );
    assert!(
        !served.iter().any(|s| s.path.contains(".gz")),
        "nothing asks for a compressed twin: {served:?}"
    );
    let site_requests = served.iter().filter(|s| s.path.starts_with("/repo/"));
    assert!(site_requests.clone().all(|s| s.status == 200), "{served:?}");
    assert!(b.exceptions().is_empty(), "{:?}", b.exceptions());
}

#[test]
fn without_the_base_meta_tag_the_runtime_finds_the_base_from_its_own_url() {
    let Some(mut b) = Browser::launch() else {
        return;
    };
    let site = serve(&Limits::default());
    let base = site.server.url();
    b.navigate(&format!("{base}search/bare.html?q=Qatar"));
    wait_for_results(&mut b, "Qatar");
    let found = results(&mut b);
    assert_eq!(found[0][2], format!("{base}places/qatar/"));
    assert_eq!(
        b.eval("document.querySelector('#search-status').getAttribute('aria-live')"),
        "polite"
    );
}
