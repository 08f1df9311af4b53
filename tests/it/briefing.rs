//! The briefing pages of a fixture dossier of hostage news (`tests/fixtures/briefing`): what
//! changed since a date (`changes/`, `api/changes.json`, `dossier digest`) and each hostage's
//! status read from the text with its date.

use crate::common::dossier::{self as support, dossier_ok, fixture, html, read, select, text};
use std::path::Path;

fn build(root: &Path, extra: &[&str]) -> std::path::PathBuf {
    let mut args = vec!["build", "--quiet"];
    args.extend_from_slice(extra);
    dossier_ok(root, &args);
    root.join("output")
}

fn digest(root: &Path, since: &str) -> String {
    let out = dossier_ok(root, &["digest", "--since", since]);
    String::from_utf8(out.stdout).unwrap()
}

const NEW_ARTICLE: &str = "---
title: A new mediator joins the talks
date: 2025-10-07
source: Fixture Wire
---

Lena Vos, a veteran mediator, joined the talks in the capital on Tuesday.

\"Nobody leaves this room until there is a date for the next exchange,\" Lena Vos said.
";

#[test]
fn the_digest_names_exactly_the_changes_a_new_article_makes() {
    let site = fixture("briefing");
    build(site.path(), &[]);
    assert!(
        digest(site.path(), "2025-10-06").contains("Nothing changed."),
        "before the new article, nothing changed since the date"
    );
    std::fs::write(
        site.path().join("content/articles/2025-10-07-mediator.md"),
        NEW_ARTICLE,
    )
    .unwrap();
    let out = build(site.path(), &[]);
    let md = digest(site.path(), "2025-10-06");
    let bullets: Vec<&str> = md.lines().filter(|l| l.starts_with("- ")).collect();
    assert!(md.contains("## Week of 6 October 2025"), "{md}");
    assert!(
        bullets
            .iter()
            .all(|b| b.contains("[Lena Vos](https://example.github.io/briefing/people/lena-vos/)")),
        "only the new person changed:\n{md}"
    );
    let first = md.find("### First mentioned").expect(&md);
    let quotes = md.find("### New quotations").expect(&md);
    assert!(first < quotes);
    assert!(
        bullets.iter().any(|b| b
            .contains("“Nobody leaves this room until there is a date for the next exchange,”")
            && b.contains("(https://example.github.io/briefing/articles/mediator/#q-0)")),
        "{md}"
    );
    assert!(
        bullets
            .iter()
            .any(|b| b.starts_with("- 2025-10-07, [Lena Vos]") && b.contains("(person)"))
    );
    // The same changes, as data.
    let json: serde_json::Value =
        serde_json::from_str(&read(&out.join("api/changes.json"))).unwrap();
    // Each change is a row whose fields the file names once, in `row`, under its day.
    assert_eq!(
        json["row"],
        serde_json::json!(["kind", "entity", "article", "at", "detail"])
    );
    let days: Vec<&serde_json::Value> = json["days"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d[0].as_str().unwrap() >= "2025-10-06")
        .collect();
    assert!(days.windows(2).all(|w| w[0][0] != w[1][0]), "a date once");
    let since: Vec<&serde_json::Value> =
        days.iter().flat_map(|d| d[1].as_array().unwrap()).collect();
    assert_eq!(since.len(), bullets.len());
    // Each change names its entity and article by their position in the file's tables.
    let entity = |c: &serde_json::Value| &json["entities"][c[1].as_u64().unwrap() as usize];
    assert!(since.iter().all(|c| entity(c)["id"] == "people/lena-vos"));
    assert!(since.iter().all(|c| entity(c)["name"] == "Lena Vos"));
    let quote = since.iter().find(|c| c[0] == "quote").unwrap();
    let article = &json["articles"][quote[2].as_u64().unwrap() as usize];
    assert_eq!(
        format!(
            "{}#{}",
            article["path"].as_str().unwrap(),
            quote[3].as_str().unwrap()
        ),
        "articles/mediator/#q-0"
    );
    // A quotation's words are not repeated: `q-N` is row N of its article's quotations in
    // api/quotes.json, whose field 1 is the text.
    assert_eq!(quote.as_array().unwrap().len(), 4, "{quote}");
    let quotes: serde_json::Value =
        serde_json::from_str(&read(&out.join("api/quotes.json"))).unwrap();
    let of_article = quotes["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["article"] == "mediator")
        .unwrap();
    let n: usize = quote[3].as_str().unwrap()[2..].parse().unwrap();
    assert_eq!(
        of_article["quotes"][n][1],
        "Nobody leaves this room until there is a date for the next exchange,"
    );
    // A first mention has no detail.
    let first = since.iter().find(|c| c[0] == "first_mention").unwrap();
    assert_eq!(first.as_array().unwrap().len(), 4, "{first}");
    // And on the entity: first seen, last change.
    let entities: serde_json::Value =
        serde_json::from_str(&read(&out.join("api/entities.json"))).unwrap();
    let vos = entities
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "Lena Vos")
        .unwrap();
    assert_eq!(vos["first_seen"], "2025-10-07");
    assert_eq!(vos["last_change"], "2025-10-07");
}

#[test]
fn a_bad_since_date_is_refused() {
    let site = fixture("briefing");
    let out = support::dossier(site.path(), &["digest", "--since", "2025-02-30"]);
    assert!(!out.status.success());
    assert!(support::stderr(&out).contains("expected YYYY-MM-DD"));
}

#[test]
fn the_changes_page_lists_each_week_with_its_evidence() {
    let site = fixture("briefing");
    let out = build(
        site.path(),
        &["--base-url", "https://example.github.io/briefing/"],
    );
    let doc = html(&out.join("changes/index.html"));
    let weeks: Vec<String> = select(&doc, "section.week")
        .iter()
        .map(|s| s.value().attr("data-week").unwrap().to_string())
        .collect();
    // Newest week first: 22 Sept (the remains), 8 Sept (release, killing), 1 Sept (rally);
    // the 2023 abduction date has no named person, so no week of its own.
    assert_eq!(weeks, ["2025-09-22", "2025-09-08", "2025-09-01"]);
    let release = select(&doc, "section#week-2025-09-08 li")
        .into_iter()
        .find(|li| text(li).contains("Yoav Kessler: released"))
        .expect("the release is listed in its week");
    assert_eq!(release.value().attr("data-date"), Some("2025-09-08"));
    let evidence = select(&doc, "section#week-2025-09-08 li a.evidence");
    assert!(
        evidence
            .iter()
            .any(|a| a.value().attr("href") == Some("/briefing/articles/kessler-freed/#p-0"))
    );
    // Reachable and listed.
    let home = html(&out.join("index.html"));
    assert!(
        select(&home, "nav.site-nav a")
            .iter()
            .any(|a| a.value().attr("href") == Some("/briefing/changes/"))
    );
    assert!(
        read(&out.join("sitemap.xml"))
            .contains("<loc>https://example.github.io/briefing/changes/</loc>")
    );
    assert!(
        support::broken_links(&out, "/briefing/").is_empty(),
        "{:?}",
        support::broken_links(&out, "/briefing/")
    );
    if let Some(errors) = support::html_errors(&out) {
        assert!(
            errors.trim().is_empty(),
            "the Nu HTML Checker found errors:\n{errors}"
        );
    }
}

#[test]
fn hostage_status_comes_from_the_text_with_its_date_unless_the_registry_says() {
    let site = fixture("briefing");
    let out = build(site.path(), &[]);
    let table = html(&out.join("hostages/index.html"));
    let cells = select(
        &table,
        "table.hostages tbody tr th, table.hostages tbody tr td",
    );
    let rows: Vec<Vec<String>> = cells
        .iter()
        .map(text)
        .collect::<Vec<_>>()
        .chunks(7)
        .map(<[String]>::to_vec)
        .collect();
    let row = |name: &str| {
        rows.iter()
            .find(|r| r[0] == name)
            .unwrap_or_else(|| panic!("no row for {name}: {rows:?}"))
            .clone()
    };
    // Name, status, since.
    assert_eq!(row("Yoav Kessler")[1..3], ["released", "2025-09-08"]);
    // Killed on the Tuesday before the article, remains returned later: deceased since then.
    assert_eq!(row("Daniel Orr")[1..3], ["deceased", "2025-09-09"]);
    // The registry's status wins over "is also held"; no event says since when.
    assert_eq!(row("Mira Talon")[1..3], ["released", ""]);

    let page = html(&out.join("people/daniel-orr/index.html"));
    let steps: Vec<String> = select(&page, "ol.status-history li")
        .iter()
        .map(text)
        .collect();
    assert_eq!(steps.len(), 2, "{steps:?}");
    assert!(steps[0].starts_with("9 September 2025 killed — “The army said on Tuesday that Daniel Orr was killed in captivity.”"), "{steps:?}");
    assert!(
        steps[1].starts_with("22 September 2025 remains returned"),
        "{steps:?}"
    );
    let entities: serde_json::Value =
        serde_json::from_str(&read(&out.join("api/entities.json"))).unwrap();
    let orr = entities
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "Daniel Orr")
        .unwrap();
    assert_eq!(orr["status"], "deceased");
    assert_eq!(orr["status_since"], "2025-09-09");
    assert_eq!(orr["first_seen"], "2025-09-01");
    assert_eq!(orr["last_seen"], "2025-09-24");
}

#[test]
fn the_pictures_are_inline_svg_with_a_link_on_every_node_and_bar() {
    let site = fixture("briefing");
    let out = build(
        site.path(),
        &["--base-url", "https://example.github.io/briefing/"],
    );
    // An entity's neighbourhood: the entity and its neighbours, each a link to its page.
    let page = html(&out.join("people/yoav-kessler/index.html"));
    let nodes = select(&page, "svg.neighbourhood a.node");
    assert!(nodes.len() >= 3, "{}", nodes.len());
    assert!(nodes.iter().all(|a| {
        a.value()
            .attr("href")
            .is_some_and(|h| h.starts_with("/briefing/"))
    }));
    assert_eq!(
        nodes[0].value().attr("href"),
        Some("/briefing/people/yoav-kessler/")
    );
    assert_eq!(select(&page, "svg.sparkline polyline").len(), 1);
    // A topic's sparkline.
    let topic = html(&out.join("hostages/index.html"));
    assert_eq!(select(&topic, "svg.sparkline").len(), 1);
    // The timeline's chart: one link per week with articles, to that week on the timeline.
    let timeline = html(&out.join("timeline/index.html"));
    let bars: Vec<&str> = select(&timeline, "svg.timeline-chart a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        bars,
        [
            "/briefing/timeline/#week-2025-09-01",
            "/briefing/timeline/#week-2025-09-08",
            "/briefing/timeline/#week-2025-09-22"
        ]
    );
    assert_eq!(select(&timeline, "li#week-2025-09-08").len(), 1);
    // The whole graph, in the navigation and the sitemap, like the briefing book.
    let graph = html(&out.join("graph/index.html"));
    assert!(select(&graph, "svg#graph a.node").len() >= 5);
    let sitemap = read(&out.join("sitemap.xml"));
    for path in ["graph/", "print/", "print/hostages/", "print/reactions/"] {
        assert!(
            sitemap.contains(&format!(
                "<loc>https://example.github.io/briefing/{path}</loc>"
            )),
            "{path}"
        );
    }
    let nav: Vec<String> = select(&graph, "nav.site-nav a")
        .iter()
        .filter_map(|a| a.value().attr("href").map(String::from))
        .collect();
    for path in ["/briefing/changes/", "/briefing/graph/", "/briefing/print/"] {
        assert!(nav.iter().any(|h| h == path), "{path} not in {nav:?}");
    }
}

#[test]
fn the_graph_is_the_same_picture_on_every_build() {
    let site = fixture("briefing");
    let out = build(site.path(), &[]);
    let first = read(&out.join("graph/index.html"));
    let out = build(site.path(), &[]);
    assert_eq!(first, read(&out.join("graph/index.html")));
}

#[test]
fn extract_json_lists_status_events_so_they_can_be_scored_like_roles() {
    let site = fixture("briefing");
    let out = dossier_ok(
        site.path(),
        &[
            "extract",
            "--json",
            "--no-registry",
            "content/articles/2025-09-10-kessler-freed.md",
        ],
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let article = &json["articles"][0];
    let events = article["status"].as_array().expect("a status list");
    let kessler = events
        .iter()
        .find(|e| e["entity"] == "Yoav Kessler")
        .expect("Kessler's release");
    assert_eq!(kessler["event"], "released");
    assert_eq!(kessler["when"], "weekday", "{kessler}");
    assert!(
        kessler["sentence"]
            .as_str()
            .unwrap()
            .contains("released on Monday")
    );
    let orr = events
        .iter()
        .find(|e| e["entity"] == "Daniel Orr")
        .expect("Orr");
    assert_eq!(orr["status"], "deceased");
    let entity = article["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["entity"] == "Daniel Orr")
        .expect("Orr as an entity");
    assert_eq!(entity["status"], "deceased");
}
