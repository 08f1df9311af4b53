//! What makes the site a good citizen of the web: feeds and sitemap that parse and carry
//! their required elements, the JSON exports, and `dossier check`.

use crate::common::dossier::*;

const ATOM: &str = "http://www.w3.org/2005/Atom";

fn child<'a>(node: roxmltree::Node<'a, 'a>, name: &str) -> Option<roxmltree::Node<'a, 'a>> {
    node.children().find(|c| {
        c.is_element() && c.tag_name().name() == name && c.tag_name().namespace() == Some(ATOM)
    })
}

/// Checks RFC 4287's required elements: feed id, title, updated, an author, a self link; each
/// entry id, title, updated, a link. Returns the number of entries.
fn assert_atom(xml: &str, what: &str) -> usize {
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{what}: not XML: {e}"));
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().name(), "feed", "{what}");
    assert_eq!(feed.tag_name().namespace(), Some(ATOM), "{what}");
    for required in ["id", "title", "updated", "author"] {
        assert!(
            child(feed, required).is_some(),
            "{what}: feed lacks <{required}>"
        );
    }
    let has_self = feed
        .children()
        .any(|c| c.tag_name().name() == "link" && c.attribute("rel") == Some("self"));
    assert!(has_self, "{what}: no rel=self link");
    let entries: Vec<_> = feed
        .children()
        .filter(|c| c.tag_name().name() == "entry")
        .collect();
    for e in &entries {
        for required in ["id", "title", "updated", "link"] {
            assert!(
                child(*e, required).is_some(),
                "{what}: an entry lacks <{required}>"
            );
        }
        let href = child(*e, "link")
            .and_then(|l| l.attribute("href"))
            .unwrap_or("");
        assert!(
            href.starts_with("https://"),
            "{what}: entry link {href} is not absolute"
        );
        let updated = child(*e, "updated").and_then(|u| u.text()).unwrap_or("");
        assert!(
            chrono::DateTime::parse_from_rfc3339(updated).is_ok(),
            "{what}: {updated} is not RFC 3339"
        );
    }
    entries.len()
}

/// The basic fixture built for `https://user.github.io/repo/`.
fn built_under_repo() -> (tempfile::TempDir, std::path::PathBuf) {
    let site = fixture("basic");
    dossier_ok(
        site.path(),
        &[
            "build",
            "--quiet",
            "--base-url",
            "https://user.github.io/repo/",
        ],
    );
    let out = site.path().join("output");
    (site, out)
}

#[test]
fn feeds_are_well_formed_atom_with_absolute_urls() {
    let (_site, out) = built_under_repo();
    assert_eq!(assert_atom(&read(&out.join("atom.xml")), "atom.xml"), 4);
    for topic in ["hostages", "negotiators", "reactions"] {
        assert_atom(&read(&out.join(topic).join("atom.xml")), topic);
    }
    let mut entity_feeds = 0;
    for kind in ["people", "organizations", "places"] {
        for entry in std::fs::read_dir(out.join(kind)).unwrap().flatten() {
            let feed = entry.path().join("atom.xml");
            if feed.is_file() {
                assert_atom(&read(&feed), &feed.display().to_string());
                entity_feeds += 1;
            }
        }
    }
    assert!(entity_feeds >= 1, "every entity has a feed");
    let home = read(&out.join("index.html"));
    assert!(home.contains(r#"<link rel="alternate" type="application/atom+xml""#));
}

/// The dossier's feed holds its 30 latest articles, an entity's its 20 latest: there is a feed
/// per entity, thousands of them in a large dossier.
#[test]
fn the_site_feed_holds_30_entries_and_an_entity_feed_20() {
    let site = fixture("basic");
    for day in 1..=28 {
        std::fs::write(
            site.path()
                .join(format!("content/articles/2025-06-{day:02}-envoy-{day}.md")),
            format!(
                "---\ntitle: Envoy briefs reporters, day {day}\ndate: 2025-06-{day:02}\n---\n\n\
                 Adam Boehler spoke to reporters in Washington on day {day} of the talks.\n"
            ),
        )
        .unwrap();
    }
    dossier_ok(site.path(), &["build", "--quiet"]);
    let out = site.path().join("output");
    assert_eq!(assert_atom(&read(&out.join("atom.xml")), "atom.xml"), 30);
    let feed = out.join("people/adam-boehler/atom.xml");
    assert_eq!(assert_atom(&read(&feed), "Boehler's feed"), 20);
}

#[test]
fn the_sitemap_lists_every_page_and_robots_points_at_it() {
    let (_site, out) = built_under_repo();
    let xml = read(&out.join("sitemap.xml"));
    let doc = roxmltree::Document::parse(&xml).expect("sitemap is XML");
    assert_eq!(doc.root_element().tag_name().name(), "urlset");
    assert_eq!(
        doc.root_element().tag_name().namespace(),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "loc")
        .filter_map(|n| n.text())
        .collect();
    assert!(locs.contains(&"https://user.github.io/repo/articles/envoy-in-doha/"));
    for loc in &locs {
        assert!(loc.starts_with("https://user.github.io/repo/"), "{loc}");
        let rel = loc.trim_start_matches("https://user.github.io/repo/");
        let file = if rel.is_empty() || rel.ends_with('/') {
            out.join(rel).join("index.html")
        } else {
            out.join(rel)
        };
        assert!(file.is_file(), "sitemap lists {loc}, which was not built");
    }
    assert!(
        read(&out.join("robots.txt")).contains("Sitemap: https://user.github.io/repo/sitemap.xml")
    );
}

#[test]
fn pages_carry_canonical_social_and_language_tags() {
    let (_site, out) = built_under_repo();
    let doc = html(&out.join("articles/envoy-in-doha/index.html"));
    assert_eq!(select(&doc, "html")[0].value().attr("lang"), Some("en"));
    let canonical = select(&doc, "link[rel=canonical]")[0]
        .value()
        .attr("href")
        .unwrap();
    assert_eq!(
        canonical,
        "https://user.github.io/repo/articles/envoy-in-doha/"
    );
    for meta in ["og:title", "og:description", "og:type"] {
        assert_eq!(
            select(&doc, &format!("meta[property='{meta}']")).len(),
            1,
            "{meta}"
        );
    }
    // The description is one element that search engines read by name and Open Graph by
    // property; og:url is left to the address the page is served at, its canonical one.
    let description = select(&doc, "meta[name=description][property='og:description']");
    assert_eq!(description.len(), 1);
    assert!(
        description[0]
            .value()
            .attr("content")
            .is_some_and(|c| !c.is_empty())
    );
    assert!(select(&doc, "meta[property='og:url']").is_empty());
    assert_eq!(select(&doc, "meta[name='twitter:card']").len(), 1);
}

#[test]
fn exports_describe_articles_entities_and_quotes() {
    let site = fixture("basic");
    dossier_ok(site.path(), &["build", "--quiet"]);
    let out = site.path().join("output/api");
    let articles: serde_json::Value =
        serde_json::from_str(&read(&out.join("articles.json"))).unwrap();
    let list = articles["articles"].as_array().unwrap();
    assert_eq!(list.len(), 4);
    let doha = list
        .iter()
        .find(|a| a["slug"] == "envoy-in-doha")
        .expect("the Doha article");
    assert_eq!(doha["date"], "2025-03-05");
    // The page's address is the base URL given once and the slug, as the README says.
    assert_eq!(articles["base_url"], "https://example.github.io/fixture/");
    assert!(doha.get("url").is_none(), "{doha}");
    let page = site.path().join("output/articles/envoy-in-doha/index.html");
    assert!(page.is_file(), "articles/SLUG/ is the article's page");
    assert_eq!(doha["tags"], serde_json::json!(["talks", "doha"]));
    let entities: serde_json::Value =
        serde_json::from_str(&read(&out.join("entities.json"))).unwrap();
    let mediator = entities
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "Sheikh Hamad Example")
        .expect("registry-only entity exported");
    assert_eq!(mediator["kind"], "person");
    assert_eq!(mediator["roles"], serde_json::json!(["negotiator"]));
    let quotes: serde_json::Value = serde_json::from_str(&read(&out.join("quotes.json"))).unwrap();
    assert!(quotes["articles"].is_array(), "{quotes}");
}

/// The exports refer to each other by key instead of repeating each other: an article lists
/// its entities by id, a quotation names its article and its speaker's id, and what those
/// hold (dates, URLs, an entity's articles) is written once, where it belongs.
#[test]
fn exports_refer_to_each_other_by_key_and_repeat_nothing() {
    let site = fixture("basic");
    dossier_ok(site.path(), &["build", "--quiet"]);
    let out = site.path().join("output/api");
    let load =
        |name: &str| -> serde_json::Value { serde_json::from_str(&read(&out.join(name))).unwrap() };
    let (articles, entities, quotes) = (
        load("articles.json"),
        load("entities.json"),
        load("quotes.json"),
    );
    let (listed, entities) = (&articles["entities"], entities.as_array().unwrap());
    let boehler = entities
        .iter()
        .find(|e| e["name"] == "Adam Boehler")
        .expect("Boehler exported");
    assert_eq!(boehler["id"], "people/adam-boehler");
    assert_eq!(
        boehler["url"],
        "https://example.github.io/fixture/people/adam-boehler/"
    );
    assert!(boehler.get("articles").is_none(), "{boehler}");
    let ids: Vec<&str> = entities.iter().map(|e| e["id"].as_str().unwrap()).collect();
    let doha = articles["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["slug"] == "envoy-in-doha")
        .expect("the Doha article");
    // An article's entities are positions in the ids its file lists once.
    let named: Vec<&str> = doha["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| listed[e.as_u64().unwrap() as usize].as_str().unwrap())
        .collect();
    assert!(named.contains(&"people/adam-boehler"), "{named:?}");
    assert!(named.iter().all(|id| ids.contains(id)), "{named:?}");
    // Quotations are grouped by article: the article is named once for all of them.
    let groups = quotes["articles"].as_array().unwrap();
    let doha_quotes = groups
        .iter()
        .find(|a| a["article"] == "envoy-in-doha")
        .expect("the Doha article's quotations");
    assert_eq!(
        groups
            .iter()
            .filter(|a| a["article"] == "envoy-in-doha")
            .count(),
        1
    );
    // Each quotation is a row whose fields the file names once.
    let row: Vec<&str> = (quotes["row"].as_array().unwrap().iter())
        .map(|f| f.as_str().unwrap())
        .collect();
    let field = |name: &str| row.iter().position(|f| *f == name).unwrap();
    let quote = doha_quotes["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| {
            q[field("text")]
                .as_str()
                .unwrap()
                .starts_with("We are talking")
        })
        .expect("Boehler's quotation");
    // The speaker is named by position in the list of speakers' ids; the name is the
    // entity's.
    let speaker = quote[field("speaker")].as_u64().unwrap() as usize;
    assert_eq!(quotes["speakers"][speaker], "people/adam-boehler");
    assert_eq!(boehler["id"], quotes["speakers"][speaker]);
    // Trailing fields with nothing to say are left out, not written as null or false: the row
    // of a named, described speaker ends at the description, itself given by position.
    assert_eq!(
        quote.as_array().unwrap().len(),
        field("description") + 1,
        "{quote}"
    );
    let description = quote[field("description")].as_u64().unwrap() as usize;
    assert_eq!(
        quotes["descriptions"][description], "The American hostage envoy",
        "{quote}"
    );
    // The paragraph's link is the article's URL and the paragraph: no copy of either.
    let paragraph = quote[field("paragraph")].as_u64().unwrap();
    let page = read(&site.path().join("output/articles/envoy-in-doha/index.html"));
    let anchor = format!("id=\"p-{paragraph}\"");
    let at = page.find(&anchor).unwrap_or_else(|| panic!("no {anchor}"));
    assert!(
        page[at..]
            .split("</p>")
            .next()
            .unwrap()
            .contains("We are talking")
    );
    assert_eq!(doha["quotes"], 1);
}

#[test]
fn check_passes_a_good_site_and_writes_nothing() {
    let site = fixture("basic");
    let out = dossier_ok(site.path(), &["check"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 broken"));
    assert!(
        !site.path().join("output").exists(),
        "check must not write output/"
    );
}

#[test]
fn check_fails_on_a_broken_link_or_anchor_and_names_them() {
    let site = fixture("basic");
    std::fs::write(
        site.path().join("content/articles/links.md"),
        "---\ntitle: Links\ndate: 2025-07-01\n---\n\nSee [a missing page](/articles/nowhere/) and [a missing paragraph](/articles/envoy-in-doha/#p-99).\n",
    )
    .unwrap();
    let out = dossier(site.path(), &["check"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("articles/links/index.html") && err.contains("/fixture/articles/nowhere/"),
        "{err}"
    );
    assert!(err.contains("#p-99"), "{err}");
}
