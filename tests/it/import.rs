//! `dossier import` of news pages and feeds served from 127.0.0.1, in the shapes of common
//! news sites, checked field by field in the articles written.

use crate::common::dossier::*;
use crate::common::newsroom::*;

/// Runs `dossier import ARGS` inside the dossier and returns what it printed.
fn import(root: &std::path::Path, args: &[&str]) -> String {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    let out = dossier_ok(root, &all);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_json_ld_news_article_is_imported_field_by_field() {
    let site = Newsroom::start();
    let (_tmp, root) = new_dossier();
    let said = import(&root, &[&site.url("jsonld-article.html")]);
    let (name, text) = article(&root, "2025-03-05-");
    assert_eq!(
        name,
        "2025-03-05-us-envoy-held-direct-talks-with-hamas-in-doha-white-house-says.md"
    );
    // JSON-LD wins over the page's Open Graph and meta tags, which say otherwise.
    expect_fields(
        &text,
        &[
            (
                "title",
                "US envoy held direct talks with Hamas in Doha, White House says",
            ),
            ("date", "2025-03-05T14:20:00+02:00"),
            ("source", "The Harbour Herald"),
            // The canonical link, without tracking parameters or fragment.
            (
                "source_url",
                "https://harbourherald.example/world/2025/03/05/envoy-doha-talks",
            ),
            ("author", "Dana Mizrahi, Tom Okafor"),
            (
                "summary",
                "The administration's hostage envoy met Hamas representatives in Qatar, breaking with decades of US practice.",
            ),
            ("draft", "true"),
        ],
    );

    let body = body(&text);
    assert!(body.contains("\n\nWhite House Press Secretary Karoline Leavitt told reporters"));
    assert!(body.contains("- the release of living American hostages;\n- the return"));
    assert!(body.contains("> \"The United States has its own reasons to be in that room,\""));
    assert!(
        body.contains("[first phase of the ceasefire](https://harbourherald.example/world/2025/01/19/ceasefire-first-phase)"),
        "relative links are made absolute against the canonical address:\n{body}"
    );
    for chrome in [
        "Politics",
        "All rights reserved",
        "Privacy",
        "By Dana Mizrahi",
    ] {
        assert!(!body.contains(chrome), "{chrome} in:\n{body}");
    }
    // What was found is reported, people by extraction.
    assert!(
        said.contains("imported content/articles/2025-03-05-"),
        "{said}"
    );
    assert!(said.contains("outlet: The Harbour Herald"), "{said}");
    assert!(said.contains("date:   2025-03-05T14:20:00+02:00"), "{said}");
    assert!(said.contains("words:  2"), "{said}");
    let people = said.lines().find(|l| l.contains("people:")).unwrap_or("");
    for name in ["Adam Boehler", "Karoline Leavitt", "Edan Alexander"] {
        assert!(people.contains(name), "{name} missing from {people}");
    }
    // Every request names dossier.
    let requests = site.requests();
    assert!(!requests.is_empty());
    assert!(
        requests
            .iter()
            .all(|r| r.user_agent.starts_with("dossier/")),
        "{requests:?}"
    );
}

#[test]
fn an_open_graph_page_keeps_its_own_time_zone_and_day() {
    let site = Newsroom::start();
    let (_tmp, root) = new_dossier();
    import(&root, &[&site.url("og-only.html")]);
    // 21:05 in New York is already the 13th in UTC: the file keeps the outlet's day.
    let (_, text) = article(&root, "2025-05-12-edan-alexander-freed");
    expect_fields(
        &text,
        &[
            (
                "title",
                "Edan Alexander freed from Gaza after 584 days in captivity",
            ),
            ("date", "2025-05-12T21:05:00-04:00"),
            ("source", "Coastline News"),
            (
                "source_url",
                "https://coastline.example/news/edan-alexander-freed/",
            ),
            // The meta author, since article:author is a profile address.
            ("author", "Rivka Stern"),
            // Open Graph's description, not the meta description.
            (
                "summary",
                "The last living American hostage in Gaza was handed to the Red Cross on Monday.",
            ),
        ],
    );
    let body = body(&text);
    assert!(body.contains("He was 19 at the time."), "{body}");
    for chrome in ["Subscribe", "Log in", "Harbour Road"] {
        assert!(!body.contains(chrome), "{chrome} in:\n{body}");
    }
}

#[test]
fn a_live_blog_becomes_its_updates_oldest_first() {
    let site = Newsroom::start();
    let (_tmp, root) = new_dossier();
    import(&root, &[&site.url("liveblog.html")]);
    let (_, text) = article(&root, "2025-01-19-live-first-three-hostages");
    expect_fields(
        &text,
        &[
            ("date", "2025-01-19T08:30:00+02:00"),
            ("author", "Nadia Haddad"),
            ("source", "Levant Daily"),
        ],
    );
    let body = body(&text);
    let at = |s: &str| {
        body.find(s)
            .unwrap_or_else(|| panic!("{s} missing from:\n{body}"))
    };
    let first = at("## 08:30 — Mediators wait for list of names");
    let second = at("## 11:15 — Ceasefire takes effect after delay");
    let third = at("## 18:10 — Three women handed to the Red Cross");
    assert!(first < second && second < third, "{body}");
    assert!(body.contains(
        "the Israeli military said.\n\nAll three were later reunited with their mothers"
    ));
}

#[test]
fn captions_share_buttons_and_related_blocks_stay_out_of_the_body() {
    let site = Newsroom::start();
    let (_tmp, root) = new_dossier();
    import(&root, &[&site.url("captions-related.html")]);
    let (_, text) = article(&root, "2025-02-01-keith-siegel-released");
    // Meta tags only: date, outlet, author and summary from <meta>, title from <title>.
    expect_fields(
        &text,
        &[
            ("title", "Keith Siegel released after 484 days"),
            ("date", "2025-02-01T11:40:00+02:00"),
            ("source", "Northern Ledger"),
            ("author", "Lior Ben-David"),
        ],
    );
    let body = body(&text);
    let paragraphs: Vec<&str> = body
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    assert_eq!(
        paragraphs.len(),
        6,
        "the six paragraphs of the story and nothing else:\n{body}"
    );
    for noise in [
        "Photo:",
        "waves from a Red Cross vehicle",
        "The kibbutz where",
        "Share on",
        "Copy link",
        "Related",
        "First three hostages freed",
        "Read more",
        "Sign up",
        "Advertisement",
        "Weather",
    ] {
        assert!(!body.contains(noise), "{noise} in:\n{body}");
    }
}

#[test]
fn an_amp_page_gives_its_canonical_page_and_loses_its_widgets() {
    let site = Newsroom::start();
    let (_tmp, root) = new_dossier();
    import(&root, &[&site.url("amp.html")]);
    let (_, text) = article(&root, "2025-02-04-witkoff-says-talks");
    expect_fields(
        &text,
        &[
            (
                "source_url",
                "https://gulfwire.example/middle-east/witkoff-second-phase-talks",
            ),
            ("date", "2025-02-04T19:45:00+03:00"),
            ("author", "Omar Khalil"),
            ("source", "Gulf Wire"),
        ],
    );
    let body = body(&text);
    assert!(
        body.trim_start()
            .starts_with("Steve Witkoff, the US special envoy"),
        "the title is not repeated:\n{body}"
    );
    for noise in ["Advertisement", "Middle East\n", "Gulf\n"] {
        assert!(!body.contains(noise), "{noise:?} in:\n{body}");
    }
}

#[test]
fn a_saved_page_and_a_redirected_one_import_as_the_page_itself() {
    let site = Newsroom::start();
    let (_tmp, root) = new_dossier();
    let saved = repo().join("tests/fixtures/import/jsonld-article.html");
    import(&root, &[saved.to_str().expect("utf-8 path")]);
    let (_, text) = article(&root, "2025-03-05-");
    expect_fields(
        &text,
        &[
            (
                "source_url",
                "https://harbourherald.example/world/2025/03/05/envoy-doha-talks",
            ),
            ("date", "2025-03-05T14:20:00+02:00"),
        ],
    );

    let (_tmp2, root2) = new_dossier();
    import(&root2, &[&site.url("moved")]);
    let (_, moved) = article(&root2, "2025-03-05-");
    assert_eq!(moved, text, "one redirect is followed to the same article");
}

#[test]
fn an_rss_feed_with_full_content_needs_no_page_fetched() {
    let site = Newsroom::start();
    let (_tmp, root) = new_dossier();
    let said = import(&root, &["--feed", &site.url("full.rss")]);
    assert_eq!(imported(&root).len(), 2, "{said}");
    let (_, text) = article(&root, "2025-03-02-qatar-says-mediators");
    expect_fields(
        &text,
        &[
            ("date", "2025-03-02T16:30:00+03:00"),
            ("source", "Gulf Wire"),
            (
                "source_url",
                "https://gulfwire.example/middle-east/qatar-truce-extension",
            ),
            ("author", "Omar Khalil"),
            (
                "summary",
                "Doha and Cairo are pressing both sides to keep the ceasefire in place.",
            ),
        ],
    );
    assert!(body(&text).contains("Majed al-Ansari, the ministry's spokesman"));
    let (_, second) = article(&root, "2025-03-08-egypt-hosts-hamas");
    assert!(body(&second).contains("- The first phase began on 19 January.\n- It ended"));
    let paths: Vec<String> = site.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(paths, ["/full.rss"], "only the feed is fetched");
}

#[test]
fn an_atom_feed_of_summaries_fetches_each_items_page() {
    let site = Newsroom::start();
    let (_tmp, root) = new_dossier();
    let said = import(&root, &["--feed", &site.url("summaries.atom")]);
    assert_eq!(imported(&root).len(), 2, "{said}");
    let paths: Vec<String> = site.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        ["/summaries.atom", "/og-only.html", "/captions-related.html"]
    );
    // The page's own fields win over the feed's shorter ones.
    let (_, text) = article(&root, "2025-05-12-edan-alexander-freed-from-gaza");
    expect_fields(
        &text,
        &[
            (
                "title",
                "Edan Alexander freed from Gaza after 584 days in captivity",
            ),
            ("date", "2025-05-12T21:05:00-04:00"),
        ],
    );
    assert!(body(&text).contains("Yael Alexander, his mother"));
    assert!(said.matches("imported ").count() == 2, "{said}");
}

#[test]
fn a_feed_imported_into_a_new_dossier_builds_with_drafts_or_published() {
    let site = Newsroom::start();
    let (_tmp, root) = new_dossier();
    import(&root, &["--feed", &site.url("full.rss")]);
    dossier_ok(&root, &["build", "--quiet"]);
    assert!(
        !root
            .join("output/articles/qatar-says-mediators-are-working-to-extend-the-gaza-truce")
            .exists(),
        "drafts stay out of a plain build"
    );
    dossier_ok(&root, &["build", "--quiet", "--drafts"]);
    let page = root.join(
        "output/articles/qatar-says-mediators-are-working-to-extend-the-gaza-truce/index.html",
    );
    let doc = html(&page);
    assert_eq!(
        select(&doc, "h1")[0].text().collect::<String>(),
        "Qatar says mediators are working to extend the Gaza truce"
    );
    assert!(read(&page).contains("Omar Khalil"), "the author is shown");

    let (_tmp2, published) = new_dossier();
    import(&published, &["--feed", "--publish", &site.url("full.rss")]);
    let (_, text) = article(&published, "2025-03-02-");
    assert_eq!(field(&text, "draft").as_deref(), Some("false"));
    dossier_ok(&published, &["build", "--quiet"]);
    assert!(published.join("output/articles/qatar-says-mediators-are-working-to-extend-the-gaza-truce/index.html").is_file());
}
