//! `dossier import` on bad input (an error page, a server that never answers, a PDF, a 50 MB
//! page, a redirect loop, a broken feed, a non-web address, a page that is not an article)
//! and on stories the dossier already has: a clear error naming the URL or file, a non-zero
//! exit, and the dossier left exactly as it was.

use crate::common::dossier::*;
use crate::common::newsroom::*;

/// Runs a failing import (with a one-second timeout unless `args` give one) and checks it
/// wrote nothing: returns its error output.
fn fails(root: &std::path::Path, args: &[&str]) -> String {
    let before = snapshot(root);
    let mut all = vec!["import"];
    if !args.contains(&"--timeout") {
        all.extend(["--timeout", "1"]);
    }
    all.extend_from_slice(args);
    let out = dossier(root, &all);
    let err = stderr(&out);
    assert!(!out.status.success(), "dossier {all:?} succeeded:\n{err}");
    assert!(
        snapshot(root) == before,
        "dossier {all:?} changed the dossier"
    );
    assert!(
        err.contains("1 of 1 imports failed; nothing was written"),
        "{err}"
    );
    err
}

/// Imports `page` of `site` (with `flags`) into a new dossier, expecting the error
/// `URL: says` and nothing written.
fn refused(site: &Newsroom, page: &str, flags: &[&str], says: &str) {
    let (_tmp, root) = new_dossier();
    let url = site.url(page);
    let mut args = flags.to_vec();
    args.push(&url);
    let err = fails(&root, &args);
    assert!(err.contains(&format!("{url}: {says}")), "{err}");
}

#[test]
fn an_error_page_is_refused_with_its_status() {
    let site = Newsroom::start();
    refused(
        &site,
        "missing.html",
        &[],
        "the server answered 404 Not Found",
    );
}

#[test]
fn a_server_that_never_answers_times_out() {
    let site = Newsroom::start();
    refused(&site, "slow.html", &[], "no answer within 1 s");
}

#[test]
fn a_response_that_is_not_html_is_refused() {
    let site = Newsroom::start();
    refused(
        &site,
        "report.pdf",
        &[],
        "not an HTML page (application/pdf)",
    );
    // A saved file that is not HTML either.
    let (_tmp, root) = new_dossier();
    std::fs::write(root.join("notes.txt"), "Just some notes.").expect("write notes");
    let err = fails(&root, &["notes.txt"]);
    assert!(err.contains("notes.txt: not an HTML page"), "{err}");
}

#[test]
fn a_fifty_megabyte_page_is_refused_at_the_size_limit() {
    let site = Newsroom::start();
    for page in ["huge.html", "huge-declared.html"] {
        refused(&site, page, &["--timeout", "20"], "larger than 10 MB");
    }
}

#[test]
fn a_redirect_loop_is_given_up() {
    let site = Newsroom::start();
    refused(&site, "loop/a", &[], "more than 5 redirects");
    let hops = site.requests().len();
    assert!(hops <= 6, "{hops} requests for a bound of 5 redirects");
}

#[test]
fn a_feed_with_broken_xml_is_refused() {
    let site = Newsroom::start();
    refused(
        &site,
        "broken.rss",
        &["--feed"],
        "not a readable RSS or Atom feed",
    );
}

#[test]
fn only_web_addresses_are_fetched() {
    let (_tmp, root) = new_dossier();
    for url in ["file:///etc/hostname", "ftp://127.0.0.1/page.html"] {
        let err = fails(&root, &[url]);
        assert!(
            err.contains(&format!(
                "{url}: only http:// and https:// addresses are fetched"
            )),
            "{err}"
        );
    }
}

#[test]
fn a_page_with_too_little_text_is_not_an_article() {
    let site = Newsroom::start();
    refused(&site, "thin.html", &[], "not an article: 10 words of text");
}

#[test]
fn a_failed_page_among_good_ones_writes_only_the_good_ones() {
    let site = Newsroom::start();
    let (_tmp, root) = new_dossier();
    let out = dossier(
        &root,
        &[
            "import",
            &site.url("og-only.html"),
            &site.url("missing.html"),
            &site.url("amp.html"),
        ],
    );
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("1 of 3 imports failed"),
        "{}",
        stderr(&out)
    );
    assert_eq!(imported(&root).len(), 2);
}

#[test]
fn the_same_story_is_skipped_by_address_or_text_unless_updated() {
    let site = Newsroom::start();
    let (_tmp, root) = new_dossier();
    dossier_ok(&root, &["import", &site.url("jsonld-article.html")]);
    let (name, first) = article(&root, "2025-03-05-");

    // The same page again, and its saved copy: the same canonical address.
    let before = snapshot(&root);
    let saved = repo().join("tests/fixtures/import/jsonld-article.html");
    let out = dossier_ok(
        &root,
        &[
            "import",
            &site.url("jsonld-article.html"),
            saved.to_str().expect("utf-8"),
        ],
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(said.matches("skipped: ").count(), 2, "{said}");
    assert!(
        said.contains(&format!(
            "already in the dossier as content/articles/{name} (same source_url)"
        )),
        "{said}"
    );
    assert!(snapshot(&root) == before, "a skipped import writes nothing");

    // A story copied in by hand, with no address: found by its text.
    let hand = body(&first).replace("**", "").to_uppercase();
    let copied = format!("---\ntitle: Copied by hand\ndate: 2025-03-05\n---\n\n{hand}");
    std::fs::remove_file(root.join("content/articles").join(&name)).expect("remove");
    std::fs::write(root.join("content/articles/copied.md"), copied).expect("write");
    let out = dossier_ok(&root, &["import", &site.url("jsonld-article.html")]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("content/articles/copied.md (same text)"),
        "{said}"
    );
    assert!(imported(&root).iter().all(|(n, _)| n == "copied.md"));
}

#[test]
fn an_update_refreshes_the_article_in_place_and_keeps_the_writers_keys() {
    let site = Newsroom::start();
    let (_tmp, root) = new_dossier();
    dossier_ok(&root, &["import", &site.url("og-only.html")]);
    let (name, text) = article(&root, "2025-05-12-");
    let path = root.join("content/articles").join(&name);
    let edited = text
        .replace(
            "draft: true\n",
            "draft: false\ntags: [hostages, releases]\n",
        )
        .replace("He was 19 at the time.", "An outdated sentence.");
    std::fs::write(&path, &edited).expect("edit");

    let out = dossier_ok(&root, &["import", "--update", &site.url("og-only.html")]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains(&format!("updated content/articles/{name}\n")),
        "{said}"
    );
    let all = imported(&root);
    assert_eq!(all.len(), 1, "refreshed in place, not added: {all:?}");
    let now = read(&path);
    assert!(
        now.contains("He was 19 at the time."),
        "the body is refreshed:\n{now}"
    );
    assert_eq!(field(&now, "tags").as_deref(), Some("[hostages, releases]"));
    assert_eq!(
        field(&now, "draft").as_deref(),
        Some("false"),
        "still published"
    );
    assert_eq!(field(&now, "title"), field(&text, "title"));
}
