//! One identity rule for the whole tool: `dossier extract --json` over a dossier names the same
//! people with the same roles as the built site; person pages show the sentence behind each
//! role; a quotation whose speaker is only a guess is published as "speaker unclear" and
//! listed by `dossier check` as a warning.

use crate::common::dossier::*;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

type People = BTreeMap<String, BTreeSet<String>>;

#[test]
fn extract_json_names_the_same_people_and_roles_as_the_built_site() {
    let site = fixture("identity");
    dossier_ok(site.path(), &["build", "--quiet"]);
    let api: Value =
        serde_json::from_str(&read(&site.path().join("output/api/entities.json"))).expect("JSON");
    let built: People = api
        .as_array()
        .expect("a list")
        .iter()
        .filter(|e| e["kind"] == "person" && e["mentions"].as_u64().unwrap_or(0) > 0)
        .map(|e| {
            (
                e["name"].as_str().unwrap_or("").to_string(),
                json_strings::<BTreeSet<String>>(&e["roles"]),
            )
        })
        .collect();

    let mut articles: Vec<String> = std::fs::read_dir(site.path().join("content/articles"))
        .expect("articles")
        .map(|e| {
            format!(
                "content/articles/{}",
                e.expect("entry").file_name().to_string_lossy()
            )
        })
        .collect();
    articles.sort();
    let mut args = vec!["extract", "--json"];
    args.extend(articles.iter().map(String::as_str));
    let out = dossier_ok(site.path(), &args);
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let mut extracted = People::new();
    for a in json["articles"].as_array().expect("articles") {
        for e in a["entities"].as_array().expect("entities") {
            if e["kind"] == "person" {
                let name = e["entity"].as_str().unwrap_or("").to_string();
                extracted
                    .entry(name)
                    .or_default()
                    .extend(json_strings::<BTreeSet<String>>(&e["roles"]));
            }
        }
    }
    assert_eq!(extracted, built);
    // The surname in the cabinet article is the site's Ron Dermer, with his roles.
    assert!(built.contains_key("Ron Dermer"), "{built:?}");
    assert!(!built.contains_key("Dermer"), "{built:?}");
}

#[test]
fn every_role_in_extract_json_names_the_article_and_sentence_that_gave_it() {
    let site = fixture("identity");
    let out = dossier_ok(
        site.path(),
        &[
            "extract",
            "--json",
            "content/articles/2025-03-05-doha-channel.md",
            "content/articles/2025-03-12-cabinet.md",
        ],
    );
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let cabinet = &json["articles"][1]["entities"];
    let dermer = cabinet
        .as_array()
        .and_then(|a| a.iter().find(|e| e["name"] == "Dermer"))
        .expect("Dermer in the cabinet article");
    assert_eq!(dermer["entity"], "Ron Dermer");
    let evidence = dermer["evidence"].as_array().expect("evidence");
    // The other file's sentence, which says the office; the cabinet article itself gives it
    // only as a known office holder's ("Dermer briefed the ministers").
    let official = evidence
        .iter()
        .find(|e| e["role"] == "official" && e["rule"] != "office holder")
        .expect("evidence for official");
    assert_eq!(
        official["article"],
        "content/articles/2025-03-05-doha-channel.md"
    );
    assert!(
        official["sentence"]
            .as_str()
            .is_some_and(|s| s.contains("strategic affairs minister")),
        "{official}"
    );
    let quote = &json["articles"][0]["quotes"][0];
    assert_eq!(quote["rule"], "trailing");
    assert!(
        quote["confidence"].as_f64().is_some_and(|c| c >= 0.9),
        "{quote}"
    );
}

#[test]
fn a_person_page_links_each_role_to_the_sentence_that_gave_it() {
    let site = fixture("identity");
    dossier_ok(site.path(), &["build", "--quiet"]);
    let out = site.path().join("output");
    let doc = html(&out.join("people/adam-boehler/index.html"));
    let items = select(&doc, "ul.role-evidence li");
    assert_eq!(items.len(), 2, "negotiator and official");
    for li in items {
        let link = li
            .select(&scraper::Selector::parse("a").expect("selector"))
            .next()
            .expect("a link to the sentence");
        let href = link.value().attr("href").expect("href");
        assert!(href.ends_with("/articles/doha-channel/#p-0"), "{href}");
        let text: String = link.text().collect();
        assert!(
            text.contains("led the American side at the talks"),
            "{text}"
        );
    }
    assert!(broken_links(&out, "/identity/").is_empty());
}

#[test]
fn a_guessed_speaker_is_published_as_unclear_and_listed_by_check() {
    let site = fixture("identity");
    let out = dossier_ok(site.path(), &["check"]);
    let err = stderr(&out);
    assert!(
        err.contains("2025-03-09-families.md: paragraph 3: speaker unclear")
            && err.contains("perhaps Noy Ashkenazi"),
        "{err}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 speaker unclear"));
    dossier_ok(site.path(), &["build", "--quiet"]);
    let doc = html(&site.path().join("output/articles/families/index.html"));
    let listed: String = select(&doc, "li")
        .iter()
        .map(|li| li.text().collect::<String>())
        .collect();
    assert!(listed.contains("speaker unclear"), "{listed}");
    let person = read(&site.path().join("output/people/noy-ashkenazi/index.html"));
    assert!(
        !person.contains("phased deal"),
        "a guess is never shown on a person page"
    );
}

/// The outlet an article's front matter names (`source:`) is an organisation where its own
/// copy names it ("told Hamevaser"), in `extract --json` and on the built site alike.
#[test]
fn the_outlet_the_front_matter_names_is_no_person_in_extract_or_on_the_site() {
    let site = fixture("identity");
    let article = site.path().join("content/articles/outlet-names-itself.md");
    std::fs::write(
        &article,
        "---\ntitle: \"Village prays for freed lookout\"\ndate: 2025-01-25\nsource: Hamevaser\n---\n\
         Dan Levin, the rabbi of the moshav, told Hamevaser that the families had prayed for \
         weeks. \"We never stopped,\" he said.\n",
    )
    .expect("write the article");
    let path = article.to_string_lossy().to_string();
    let out = dossier_ok(site.path(), &["extract", "--json", "--no-registry", &path]);
    let x: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let kind_of = |name: &str| {
        x["articles"][0]["entities"]
            .as_array()
            .expect("entities")
            .iter()
            .find(|e| e["name"] == name)
            .map(|e| e["kind"].as_str().unwrap_or("").to_string())
    };
    assert_eq!(kind_of("Hamevaser").as_deref(), Some("organization"));
    assert_eq!(kind_of("Dan Levin").as_deref(), Some("person"));
    dossier_ok(site.path(), &["build", "--quiet"]);
    let api: Value =
        serde_json::from_str(&read(&site.path().join("output/api/entities.json"))).expect("JSON");
    let hamevaser: Vec<&Value> = api
        .as_array()
        .expect("a list")
        .iter()
        .filter(|e| e["name"] == "Hamevaser")
        .collect();
    assert!(!hamevaser.is_empty(), "the outlet is on the site");
    assert!(
        hamevaser.iter().all(|e| e["kind"] == "organization"),
        "{hamevaser:?}"
    );
}

/// A person the article names without a title but who held a known office on its date
/// ("Biden said", 2023) is an official in `extract --json` and on the built site alike: both
/// read the front matter's date.
#[test]
fn a_known_office_holder_is_an_official_by_the_articles_date_in_extract_and_on_the_site() {
    let site = fixture("identity");
    let article = site.path().join("content/articles/office-holder.md");
    std::fs::write(
        &article,
        "---\ntitle: \"Talks to resume\"\ndate: 2023-06-01\n---\n\
         Biden said on Thursday that the talks would resume next week.\n",
    )
    .expect("write the article");
    let path = article.to_string_lossy().to_string();
    let out = dossier_ok(site.path(), &["extract", "--json", "--no-registry", &path]);
    let x: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let biden = x["articles"][0]["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .find(|e| e["name"] == "Biden")
        .expect("Biden found")
        .clone();
    assert_eq!(biden["roles"], serde_json::json!(["official"]), "{biden}");
    assert_eq!(biden["evidence"][0]["rule"], "office holder", "{biden}");
    dossier_ok(site.path(), &["build", "--quiet"]);
    let api: Value =
        serde_json::from_str(&read(&site.path().join("output/api/entities.json"))).expect("JSON");
    let on_site = api
        .as_array()
        .expect("a list")
        .iter()
        .find(|e| e["name"] == "Biden")
        .expect("Biden on the site")
        .clone();
    assert_eq!(
        on_site["roles"],
        serde_json::json!(["official"]),
        "{on_site}"
    );
}
