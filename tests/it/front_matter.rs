//! What news writers put in front matter, through a whole build: dates shown on the day and
//! with the offset they were written with (pages, feeds, sitemap, exports), bylines, a single
//! tag, titles YAML would read as numbers, and embargoed (future-dated) articles, which
//! `build` and `serve` both say they held back.
use crate::common;

use crate::common::dossier::{dossier_ok, fixture, read, select, serve};
use std::path::Path;

/// Adds an article to the dossier at `root`.
fn write_article(root: &Path, name: &str, text: &str) {
    std::fs::write(root.join("content/articles").join(name), text).expect("write article");
}

#[test]
fn a_date_with_an_offset_is_shown_on_its_own_day_everywhere() {
    let site = fixture("basic");
    let root = site.path();
    write_article(
        root,
        "late-night.md",
        "---\ntitle: Cabinet met after midnight\ndate: 2026-03-12T00:30:00+02:00\nslug: late-night\n---\n\
         The cabinet met shortly after midnight in Jerusalem to vote on the proposal.\n",
    );
    dossier_ok(root, &["build", "--quiet"]);
    let out = root.join("output");

    let page = common::dossier::html(&out.join("articles/late-night/index.html"));
    let time = select(&page, "article time");
    let shown: Vec<String> = time.iter().map(|t| t.text().collect()).collect();
    assert!(shown.contains(&"12 March 2026".to_string()), "{shown:?}");

    let atom = read(&out.join("atom.xml"));
    assert!(
        atom.contains("<published>2026-03-12T00:30:00+02:00</published>"),
        "{atom}"
    );
    assert!(
        atom.contains("<updated>2026-03-12T00:30:00+02:00</updated>"),
        "the feed is as new as its newest entry: {atom}"
    );
    let sitemap = read(&out.join("sitemap.xml"));
    assert!(
        sitemap.contains("articles/late-night/</loc><lastmod>2026-03-12</lastmod>"),
        "{sitemap}"
    );
    let exported: serde_json::Value =
        serde_json::from_str(&read(&out.join("api/articles.json"))).expect("json");
    let late = exported["articles"]
        .as_array()
        .expect("an array")
        .iter()
        .find(|a| a["slug"] == "late-night")
        .expect("exported");
    assert_eq!(late["date"], "2026-03-12");
}

#[test]
fn bylines_show_on_the_article_in_its_feed_entry_and_in_the_export() {
    let site = fixture("basic");
    let root = site.path();
    write_article(
        root,
        "bylines.md",
        "---\ntitle: Dockers vote on the offer\ndate: 2025-06-04\nslug: bylines\n\
         authors: [Dana Mizrahi, Omar Haddad]\n---\n\
         Dock workers voted on the port operator's offer on Wednesday, the union said.\n",
    );
    write_article(
        root,
        "one-author.md",
        "---\ntitle: Port reopens\ndate: 2025-06-05\nslug: one-author\nauthor: Lea Vogt\n---\n\
         The port reopened on Thursday morning after the vote.\n",
    );
    dossier_ok(root, &["build", "--quiet"]);
    let out = root.join("output");

    let page = common::dossier::html(&out.join("articles/bylines/index.html"));
    let names: Vec<String> = select(&page, "article .author")
        .iter()
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(names, ["Dana Mizrahi", "Omar Haddad"]);
    let page = common::dossier::html(&out.join("articles/one-author/index.html"));
    assert_eq!(select(&page, "article .author").len(), 1);

    let atom = read(&out.join("atom.xml"));
    let entry = atom
        .split("<entry>")
        .find(|e| e.contains("articles/bylines/"))
        .expect("an entry");
    assert!(
        entry.contains("<author><name>Dana Mizrahi</name></author>")
            && entry.contains("<author><name>Omar Haddad</name></author>"),
        "{entry}"
    );
    let exported: serde_json::Value =
        serde_json::from_str(&read(&out.join("api/articles.json"))).expect("json");
    let by_slug = |slug: &str| {
        exported["articles"]
            .as_array()
            .expect("an array")
            .iter()
            .find(|a| a["slug"] == slug)
            .cloned()
            .expect("exported")
    };
    assert_eq!(
        by_slug("bylines")["authors"],
        serde_json::json!(["Dana Mizrahi", "Omar Haddad"])
    );
    assert_eq!(
        by_slug("one-author")["authors"],
        serde_json::json!(["Lea Vogt"])
    );
    assert_eq!(by_slug("envoy-in-doha")["authors"], serde_json::json!([]));
}

#[test]
fn a_single_tag_and_a_numeric_title_are_read_as_written() {
    let site = fixture("basic");
    let root = site.path();
    write_article(
        root,
        "novel.md",
        "---\ntitle: 1984\ndate: 2025-06-04\nslug: novel\ntags: strike\n---\n\
         Union members read the novel aloud on the picket line.\n",
    );
    dossier_ok(root, &["build", "--quiet"]);
    let out = root.join("output");
    let page = common::dossier::html(&out.join("articles/novel/index.html"));
    let title: Vec<String> = select(&page, "article h1")
        .iter()
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(title, ["1984"]);
    assert!(out.join("tags/strike/index.html").is_file());
    let tag_page = read(&out.join("tags/strike/index.html"));
    assert!(tag_page.contains("articles/novel/"), "{tag_page}");
}

#[test]
fn a_future_article_is_held_back_unless_future_is_asked_for() {
    let site = fixture("basic");
    let root = site.path();
    write_article(
        root,
        "embargo.md",
        "---\ntitle: Embargoed statement\ndate: 2999-01-01T09:00:00+01:00\nslug: embargo\n---\n\
         The ministry will publish its statement at nine in the morning.\n",
    );
    let out = dossier_ok(root, &["build"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("1 future article held back; --future to include"),
        "{said}"
    );
    assert!(!root.join("output/articles/embargo").exists());
    assert!(!read(&root.join("output/atom.xml")).contains("embargo"));

    let out = dossier_ok(root, &["build", "--future"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(!said.contains("held back"), "{said}");
    assert!(root.join("output/articles/embargo/index.html").is_file());

    let out = dossier_ok(root, &["check", "--future"]);
    let checked = String::from_utf8_lossy(&out.stdout).to_string();
    let out = dossier_ok(root, &["check"]);
    let without = String::from_utf8_lossy(&out.stdout).to_string();
    let count = |s: &str| {
        s.split_whitespace()
            .nth(1)
            .and_then(|n| n.parse::<usize>().ok())
            .expect("Checked N articles")
    };
    assert_eq!(
        count(&checked),
        count(&without) + 1,
        "{checked} / {without}"
    );
}

#[test]
fn serve_says_how_many_future_articles_it_holds_back() {
    let site = fixture("basic");
    let root = site.path();
    for (name, slug) in [("embargo.md", "embargo"), ("embargo-2.md", "embargo-2")] {
        write_article(
            root,
            name,
            &format!(
                "---\ntitle: Embargoed statement\ndate: 2999-01-01\nslug: {slug}\n---\n\
                 The ministry will publish its statement at nine in the morning.\n"
            ),
        );
    }
    let served = serve(root, &[]);
    assert!(
        served
            .startup
            .iter()
            .any(|l| l == "2 future articles held back; --future to include"),
        "{:?}",
        served.startup
    );
    drop(served);
    let served = serve(root, &["--future"]);
    assert!(
        !served.startup.iter().any(|l| l.contains("held back")),
        "{:?}",
        served.startup
    );
}

#[test]
fn a_tag_lists_summaries_first_then_four_times_as_many_titles_a_page() {
    let site = fixture("basic");
    let root = site.path();
    let yaml = root.join("site.yaml");
    std::fs::write(&yaml, read(&yaml) + "page_size: 1\n").unwrap();
    for day in 1..=6 {
        write_article(
            root,
            &format!("strike-{day}.md"),
            &format!(
                "---\ntitle: Strike day {day}\ndate: 2025-06-0{day}\nslug: strike-{day}\ntags: strike\n---\n\
                 Dock workers stayed off the job for day {day} of the strike.\n"
            ),
        );
    }
    dossier_ok(root, &["build", "--quiet"]);
    let tag = root.join("output/tags/strike");
    let items = |path: &Path| {
        let doc = common::dossier::html(path);
        let titles: Vec<String> = select(&doc, ".article-list li a.title")
            .iter()
            .map(|e| e.text().collect())
            .collect();
        (titles, select(&doc, ".article-list li p").len())
    };
    // The newest article with its summary; then the five older ones, four titles a page.
    assert_eq!(
        items(&tag.join("index.html")),
        (vec!["Strike day 6".into()], 1)
    );
    let (older, summaries) = items(&tag.join("page/2/index.html"));
    assert_eq!(
        older,
        [
            "Strike day 5",
            "Strike day 4",
            "Strike day 3",
            "Strike day 2"
        ]
    );
    assert_eq!(summaries, 0);
    assert_eq!(items(&tag.join("page/3/index.html")).0, ["Strike day 1"]);
    assert!(!tag.join("page/4").exists());
}

#[test]
fn an_article_written_for_hugo_builds_with_its_own_keys_and_dates() {
    let site = fixture("basic");
    let root = site.path();
    write_article(
        root,
        "from-hugo.md",
        "---\ntitle: Talks resume in Cairo\ndate: March 5, 2025\nslug: from-hugo\n\
         categories: [talks]\nlayout: post\nlastmod: 2025-03-06\n---\n\
         Negotiators returned to Cairo on Wednesday, officials said.\n",
    );
    dossier_ok(root, &["build", "--quiet"]);
    let page = common::dossier::html(&root.join("output/articles/from-hugo/index.html"));
    let shown: Vec<String> = select(&page, "article time")
        .iter()
        .map(|t| t.text().collect())
        .collect();
    assert!(shown.contains(&"5 March 2025".to_string()), "{shown:?}");

    // A misspelt key is still refused, at its line, with what it was meant to be.
    write_article(
        root,
        "typo.md",
        "---\ntitle: A typo\ndate: 2025-03-05\ntag: talks\n---\nBody.\n",
    );
    let out = common::dossier::dossier(root, &["build", "--quiet"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("typo.md:4") && err.contains("`tags`"), "{err}");
}

#[test]
fn extract_reads_the_text_of_a_file_whose_front_matter_build_refuses() {
    let site = fixture("basic");
    let root = site.path();
    let file = root.join("pasted.md");
    std::fs::write(
        &file,
        "---\ntitle: Pasted\ndate: next Tuesday\n---\n\
         \"We are close to a deal,\" Dana Mizrahi, the mediator, said on Monday.\n",
    )
    .expect("write");
    let out = dossier_ok(root, &["extract", "--json", "--no-registry", "pasted.md"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        json["articles"][0]["quotes"][0]["speaker"], "Dana Mizrahi",
        "{json}"
    );
    let warning = String::from_utf8_lossy(&out.stderr);
    assert!(warning.contains("pasted.md:3"), "{warning}");
}
