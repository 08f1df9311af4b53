//! `api/people.json`: every person with their roles and page, written by `build` and kept
//! up to date by `serve` after an edit.

use crate::common::dossier::*;
use dossier::engine::Options;
use dossier::serve::{Changes, Session};
use serde_json::Value;
use std::path::Path;

/// `(id, name, roles, url)` of every person an export lists.
fn people(json: &[u8]) -> Vec<(String, String, Vec<String>, String)> {
    let items: Vec<Value> = serde_json::from_slice(json).expect("people.json is JSON");
    items
        .iter()
        .map(|p| {
            let text = |k: &str| p[k].as_str().unwrap_or_default().to_string();
            let roles = p["roles"].as_array().expect("roles is a list");
            let roles = roles.iter().map(|r| r.as_str().unwrap().to_string());
            (text("id"), text("name"), roles.collect(), text("url"))
        })
        .collect()
}

#[test]
fn people_json_lists_every_person_with_roles_and_page_url() {
    let site = fixture("basic");
    let base = "https://example.org/dossier/";
    dossier_ok(site.path(), &["build", "--quiet", "--base-url", base]);
    let out = site.path().join("output");
    let listed = people(read(&out.join("api/people.json")).as_bytes());

    // The same people, in the same order, as the persons of api/entities.json.
    let entities: Vec<Value> =
        serde_json::from_str(&read(&out.join("api/entities.json"))).expect("JSON");
    let persons: Vec<(String, String, Vec<String>, String)> = entities
        .iter()
        .filter(|e| e["kind"] == "person")
        .map(|e| {
            let roles = e["roles"].as_array().unwrap().iter();
            (
                e["id"].as_str().unwrap().to_string(),
                e["name"].as_str().unwrap().to_string(),
                roles.map(|r| r.as_str().unwrap().to_string()).collect(),
                e["url"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(persons.len() >= 2, "{persons:?}");
    assert_eq!(listed, persons);

    let boehler = listed
        .iter()
        .find(|p| p.1 == "Adam Boehler")
        .expect("Adam Boehler is listed");
    assert_eq!(boehler.0, "people/adam-boehler");
    assert!(boehler.2.contains(&"negotiator".to_string()), "{boehler:?}");
    assert_eq!(boehler.3, format!("{base}people/adam-boehler/"));
    for (_, name, _, url) in &listed {
        let page = url
            .strip_prefix(base)
            .expect("an absolute URL under base_url");
        assert!(
            out.join(page).join("index.html").is_file(),
            "{name}: no page at {url}"
        );
    }
}

#[test]
fn people_json_follows_an_edit_in_serve() {
    let site = fixture("basic");
    let root = site.path();
    let mut session = Session::start(Options::new(root)).expect("the fixture builds");
    let names = |s: &Session| -> Vec<String> {
        let json = s.output().files[Path::new("api/people.json")].clone();
        people(&json).into_iter().map(|p| p.1).collect()
    };
    assert!(!names(&session).contains(&"Steve Witkoff".to_string()));

    let article = root.join("content/articles/2025-03-05-envoy-in-doha.md");
    let text = read(&article).replace(
        "See the [timeline]",
        "US special envoy Steve Witkoff joined the talks in Doha.\n\nSee the [timeline]",
    );
    std::fs::write(&article, text).unwrap();
    let update = session
        .update(&Changes {
            content: vec![article],
            ..Changes::default()
        })
        .expect("the edit builds");
    if update.indexes_stale {
        session.refresh_indexes();
    }
    assert!(
        names(&session).contains(&"Steve Witkoff".to_string()),
        "{:?}",
        names(&session)
    );
}
