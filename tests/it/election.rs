//! A dossier on another story, with roles of its own: a (fictional) city election declares
//! `candidate` with its cue words and `official`, topics over both, and builds its own topic
//! pages and home page cards, with no trace of the hostage roles built in; `dossier extract`
//! run inside it reads the same roles.
use crate::common;

use crate::common::dossier::{dossier, dossier_ok, fixture, read, select, stderr};

/// The names listed on a topic page, in order.
fn listed(html: &scraper::Html) -> Vec<String> {
    select(html, "main a[href*='/people/']")
        .iter()
        .map(|a| a.text().collect::<String>().trim().to_string())
        .collect()
}

#[test]
fn an_election_dossier_builds_its_own_topic_pages() {
    let site = fixture("election");
    dossier_ok(site.path(), &["build", "--quiet"]);
    let out = site.path().join("output");

    let candidates = common::dossier::html(&out.join("candidates/index.html"));
    let names = listed(&candidates);
    for name in ["Marta Quill", "Tomas Brekke", "Oskar Lind"] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert!(
        !names.iter().any(|n| n == "Ingrid Solberg"),
        "the commission chair is no candidate: {names:?}"
    );
    assert!(out.join("officials/index.html").is_file());
    assert!(!out.join("hostages").exists() && !out.join("negotiators").exists());

    let home = common::dossier::html(&out.join("index.html"));
    let cards: Vec<String> = select(&home, ".figure-grid dt")
        .iter()
        .map(|d| d.text().collect())
        .collect();
    assert!(cards.contains(&"Candidates".to_string()), "{cards:?}");
    assert!(
        cards.contains(&"Election Officials".to_string()),
        "{cards:?}"
    );
    assert!(!cards.contains(&"Hostages".to_string()), "{cards:?}");
    let nav = read(&out.join("index.html"));
    assert!(
        !nav.contains("Hostages"),
        "no hostage wording anywhere on the home page"
    );

    let brekke = common::dossier::html(&out.join("people/tomas-brekke/index.html"));
    assert!(
        !select(&brekke, ".badge.role-candidate").is_empty(),
        "the cue words gave Brekke his role"
    );
    let entities: serde_json::Value =
        serde_json::from_str(&read(&out.join("api/entities.json"))).expect("json");
    let roles_of = |id: &str| {
        entities
            .as_array()
            .expect("an array")
            .iter()
            .find(|e| e["id"] == id)
            .map(|e| e["roles"].clone())
            .unwrap_or_default()
    };
    assert_eq!(
        roles_of("people/oskar-lind"),
        serde_json::json!(["candidate"])
    );
    assert_eq!(
        roles_of("people/marta-quill"),
        serde_json::json!(["candidate"])
    );
}

#[test]
fn a_role_the_dossier_does_not_declare_is_refused_at_its_line() {
    let site = fixture("election");
    let registry = site.path().join("content/entities.yaml");
    let text = read(&registry).replace("roles: [candidate]", "roles: [hostage]");
    std::fs::write(&registry, text).expect("write");
    let out = dossier(site.path(), &["build"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("content/entities.yaml:1: role `hostage` is not one of this dossier's roles (candidate, official)"),
        "{err}"
    );

    let basic = fixture("basic");
    let registry = basic.path().join("content/entities.yaml");
    std::fs::write(
        &registry,
        format!(
            "{}\n- name: Dana Roe\n  roles: [candidate]\n",
            read(&registry)
        ),
    )
    .expect("write");
    let out = dossier(basic.path(), &["build"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "role `candidate` is not one of this dossier's roles (hostage, negotiator, official)"
        ),
        "{}",
        stderr(&out)
    );
}

/// The roles `dossier extract --json FILE` gives the person named `name`, run in `cwd`.
fn extracted_roles(cwd: &std::path::Path, file: &str, name: &str) -> serde_json::Value {
    let out = dossier_ok(cwd, &["extract", "--json", file]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    json["articles"][0]["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .find(|e| e["entity"] == name)
        .map(|e| e["roles"].clone())
        .unwrap_or_else(|| panic!("{name} in {json}"))
}

#[test]
fn extract_inside_a_dossier_uses_its_roles_and_a_plain_folder_the_built_in_ones() {
    let site = fixture("election");
    let article = "content/articles/2026-04-20-commission-rules.md";
    // Only the election's site.yaml knows that "nominee" makes a candidate.
    assert_eq!(
        extracted_roles(site.path(), article, "Oskar Lind"),
        serde_json::json!(["candidate"])
    );

    let plain = tempfile::tempdir().expect("tempdir");
    std::fs::copy(
        site.path().join(article),
        plain.path().join("commission.md"),
    )
    .expect("copy");
    assert_eq!(
        extracted_roles(plain.path(), "commission.md", "Oskar Lind"),
        serde_json::json!([])
    );
}
