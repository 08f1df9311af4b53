//! Entity and topic pages on a fixture dossier whose expected pages and links are known:
//! the Hostages table, the reactions page's links to paragraphs, namesakes kept apart,
//! registry-only entities, topics as data, article pages, home, pagination.

use crate::common::dossier::*;
use std::path::Path;

fn built() -> (tempfile::TempDir, std::path::PathBuf) {
    let site = fixture("entities");
    dossier_ok(site.path(), &["build", "--quiet"]);
    let out = site.path().join("output");
    (site, out)
}

#[test]
fn the_hostages_table_has_exactly_the_hostages_and_their_statuses() {
    let (_site, out) = built();
    let doc = html(&out.join("hostages/index.html"));
    let rows: Vec<(String, String)> = select(&doc, "table.hostages tbody tr")
        .iter()
        .map(|tr| {
            let cells: Vec<String> = tr
                .select(&scraper::Selector::parse("th, td").unwrap())
                .map(|c| text(&c))
                .collect();
            (cells[0].clone(), cells[1].clone())
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("Edan Alexander".to_string(), "released".to_string()),
            ("Keith Siegel".to_string(), "released".to_string()),
            ("Omer Neutra".to_string(), "deceased".to_string()),
        ]
    );
}

#[test]
fn every_quotation_on_the_reactions_page_links_to_its_paragraph() {
    let (_site, out) = built();
    let doc = html(&out.join("reactions/index.html"));
    let quotes = select(&doc, "figure.quote");
    assert!(quotes.len() >= 5, "only {} quotations listed", quotes.len());
    for q in quotes {
        let quoted = text(
            &q.select(&scraper::Selector::parse("blockquote").unwrap())
                .next()
                .unwrap(),
        );
        let quoted = quoted.trim_matches(['“', '”']).to_string();
        let href = q
            .select(&scraper::Selector::parse("figcaption a").unwrap())
            .find_map(|a| {
                a.value()
                    .attr("href")
                    .filter(|h| h.contains("#p-"))
                    .map(String::from)
            })
            .expect("a link to a paragraph");
        let (page, para) = href.split_once('#').unwrap();
        let article = file_for(&out, "/entities/", page).unwrap();
        let adoc = html(&article);
        let target = select(&adoc, &format!("#{para}"));
        assert_eq!(target.len(), 1, "{href}: no such paragraph");
        assert!(
            text(&target[0]).contains(&quoted),
            "{href} does not hold “{quoted}”: {}",
            text(&target[0])
        );
    }
}

#[test]
fn the_reactions_page_groups_by_side_and_keeps_unnamed_sources_apart() {
    let (_site, out) = built();
    let doc = html(&out.join("reactions/index.html"));
    let sides: Vec<String> = select(&doc, "section.side h2").iter().map(text).collect();
    assert!(
        sides.contains(&"United States".to_string())
            && sides.contains(&"Israel".to_string())
            && sides.contains(&"Hamas".to_string()),
        "{sides:?}"
    );
    assert_eq!(sides.last().map(String::as_str), Some("Unnamed sources"));
    let unnamed = select(&doc, "section.side:last-of-type figcaption");
    assert!(
        text(&unnamed[0]).contains("senior Israeli official"),
        "{}",
        text(&unnamed[0])
    );
}

#[test]
fn a_surname_shared_by_two_people_does_not_merge_them() {
    let (_site, out) = built();
    let adi = read(&out.join("people/adi-alexander/index.html"));
    let edan = read(&out.join("people/edan-alexander/index.html"));
    assert!(
        adi.contains("We wake up every day thinking this could be the day"),
        "Adi's quotation is on Adi's page"
    );
    assert!(
        !edan.contains("We wake up every day"),
        "Edan's page must not take his father's words"
    );
}

#[test]
fn a_registry_entity_no_article_names_still_has_a_page() {
    let (_site, out) = built();
    let page = read(&out.join("people/mohammed-al-khulaifi/index.html"));
    assert!(page.contains("Qatari minister of state"));
    assert!(page.contains("No article in the dossier mentions"));
    assert!(
        read(&out.join("people/index.html")).contains("/entities/people/mohammed-al-khulaifi/")
    );
}

#[test]
fn adding_a_topic_to_site_yaml_adds_a_page() {
    let site = fixture("entities");
    let yaml = site.path().join("site.yaml");
    let text = read(&yaml) + "  - { name: Officials, slug: officials, role: official }\n";
    std::fs::write(&yaml, text).unwrap();
    dossier_ok(site.path(), &["build", "--quiet"]);
    let page = read(&site.path().join("output/officials/index.html"));
    for name in ["Benjamin Netanyahu", "Basem Naim", "Adam Boehler"] {
        assert!(
            page.contains(name),
            "{name} missing from the Officials topic"
        );
    }
    assert!(site.path().join("output/officials/atom.xml").is_file());
    assert!(
        read(&site.path().join("output/index.html")).contains("/entities/officials/"),
        "the new topic is in the navigation"
    );
}

#[test]
fn negotiators_show_the_side_they_speak_for() {
    let (_site, out) = built();
    let doc = html(&out.join("negotiators/index.html"));
    let boehler = select(&doc, ".entity-rows li")
        .into_iter()
        .find(|li| text(li).contains("Adam Boehler"))
        .expect("Boehler is a negotiator");
    assert!(text(&boehler).contains("United States"));
}

#[test]
fn an_article_links_each_entity_at_its_first_mention_and_anchors_quotations() {
    let (_site, out) = built();
    let doc = html(&out.join("articles/doha-talks/index.html"));
    let links: Vec<_> = select(&doc, ".body a[href='/entities/people/adam-boehler/']");
    assert_eq!(links.len(), 1, "linked once, at the first mention");
    let first = select(&doc, "#p-0 a[href='/entities/people/adam-boehler/']");
    assert_eq!(
        first.len(),
        1,
        "the first mention is in the first paragraph"
    );
    assert_eq!(select(&doc, ".body span[id^='q-']").len(), 2);
    let aside = text(&select(&doc, ".in-this-article")[0]);
    assert!(
        aside.contains("Adam Boehler negotiator official"),
        "{aside}"
    );
    let speaker_links: Vec<_> = select(
        &doc,
        ".quote-index a[href='/entities/people/adi-alexander/']",
    );
    assert_eq!(speaker_links.len(), 1, "the quotation's speaker is linked");
}

#[test]
fn home_shows_key_figures_and_latest_reactions() {
    let (_site, out) = built();
    let doc = html(&out.join("index.html"));
    let status = text(&select(&doc, ".status-line")[0]);
    assert!(
        status.contains("released: 2") && status.contains("deceased: 1"),
        "{status}"
    );
    assert!(!select(&doc, "aside figure.quote").is_empty());
}

#[test]
fn entity_pages_have_a_timeline_with_snippets_related_entities_and_pages() {
    let site = fixture("entities");
    let yaml = site.path().join("site.yaml");
    std::fs::write(&yaml, read(&yaml) + "page_size: 1\n").unwrap();
    dossier_ok(site.path(), &["build", "--quiet"]);
    let out = site.path().join("output");
    let doc = html(&out.join("people/edan-alexander/index.html"));
    let items = select(&doc, ".mention-timeline li");
    assert_eq!(items.len(), 1, "one article per page");
    let snippet = select(&doc, ".mention-timeline a.snippet")[0];
    assert!(snippet.value().attr("href").unwrap().contains("#p-"));
    assert!(text(&snippet).contains("Edan Alexander"));
    assert!(
        out.join("people/edan-alexander/page/2/index.html")
            .is_file(),
        "the timeline is paginated"
    );
    let related: Vec<String> = select(&doc, ".related a").iter().map(text).collect();
    assert!(related.contains(&"Adam Boehler".to_string()), "{related:?}");
    let facts: Vec<String> = select(&doc, ".facts dt, .facts dd")
        .iter()
        .map(text)
        .collect();
    let after = |label: &str| {
        facts
            .iter()
            .position(|f| f == label)
            .and_then(|i| facts.get(i + 1))
            .cloned()
    };
    assert_eq!(
        after("First mentioned").as_deref(),
        Some("10 March 2025"),
        "{facts:?}"
    );
    assert_eq!(
        after("Last mentioned").as_deref(),
        Some("12 May 2025"),
        "{facts:?}"
    );
}

#[test]
fn a_folder_of_unseen_articles_without_a_registry_builds_with_no_broken_link() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    copy_dir(
        &repo().join("content/articles"),
        &root.join("content/articles"),
    );
    std::fs::write(
        root.join("site.yaml"),
        "title: Unseen\nbase_url: https://user.github.io/unseen/\n",
    )
    .unwrap();
    assert!(!root.join("content/entities.yaml").exists());
    let out = dossier_ok(root, &["check"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains(" 0 broken"));
    dossier_ok(root, &["build", "--quiet"]);
    assert!(Path::new(&root.join("output/people/adam-boehler/index.html")).is_file());
    assert!(read(&root.join("output/negotiators/index.html")).contains("Steve Witkoff"));
}

#[test]
fn entities_suggest_lists_names_the_registry_lacks_as_yaml_to_paste() {
    let site = fixture("entities");
    let out = dossier_ok(site.path(), &["entities", "suggest"]);
    let yaml = String::from_utf8_lossy(&out.stdout).into_owned();
    let entries: Vec<dossier::entity::EntitySpec> =
        serde_saphyr::from_str(&yaml).unwrap_or_else(|e| panic!("not registry YAML: {e}\n{yaml}"));
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    assert!(
        names.contains(&"Adi Alexander") && names.contains(&"Orna Neutra"),
        "{names:?}"
    );
    assert!(
        !names.contains(&"Edan Alexander"),
        "a registered name is not suggested"
    );
    assert!(yaml.contains("# "), "mention counts are given as comments");
    // Pasted into the registry, the suggestions are accepted as they are.
    let registry = site.path().join("content/entities.yaml");
    std::fs::write(&registry, read(&registry) + &yaml).unwrap();
    dossier_ok(site.path(), &["build", "--quiet"]);
}

/// A made-up capitalised word for `n`, distinct for distinct `n`.
fn word(mut n: u64) -> String {
    n = n.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 20;
    let mut w = String::from("Q");
    while n > 0 {
        w.push((b'a' + (n % 26) as u8) as char);
        n /= 26;
    }
    w
}

#[test]
fn a_registry_of_a_hundred_thousand_entries_loads() {
    let dir = tempfile::tempdir().unwrap();
    let registry: String = (0..100_000u64)
        .map(|i| {
            format!(
                "- name: {} {}\n  kind: person\n  roles: [official]\n  description: Entry {i}.\n",
                word(i),
                word(i + 1_000_000)
            )
        })
        .collect();
    std::fs::write(dir.path().join("entities.yaml"), registry).unwrap();
    let (first, last) = (word(99_999), word(1_099_999));
    let article = dir.path().join("a.md");
    std::fs::write(
        &article,
        format!("---\ntitle: T\ndate: 2025-01-01\n---\n\n{first} {last} met reporters.\n"),
    )
    .unwrap();
    let out = dossier(
        dir.path(),
        &["extract", "--json", "--registry", "entities.yaml", "a.md"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let json = String::from_utf8_lossy(&out.stdout);
    assert!(
        json.contains(&format!("\"name\": \"{first} {last}\"")),
        "{json}"
    );
}

#[test]
fn registry_names_that_differ_only_in_what_a_reader_cannot_see_are_reported() {
    for (a, b) in [
        ("Adam Boehler", "Adam\u{200b} Boehler"),
        ("Mohammed Al-Thani", "Mohammed Al Thani"),
        ("Basem Naim", "Basem Na\u{ad}im"),
    ] {
        let site = fixture("basic");
        let path = site.path().join("content/entities.yaml");
        let yaml = read(&path)
            + &format!("- name: \"{b}\"\n  kind: person\n- name: \"{a}\"\n  kind: person\n");
        std::fs::write(
            &path,
            yaml.replace("- name: Adam Boehler", "- name: Adam B."),
        )
        .unwrap();
        let out = dossier(site.path(), &["build", "--quiet"]);
        let err = stderr(&out);
        assert!(!out.status.success(), "{a} / {b} must be reported");
        assert!(
            err.contains("content/entities.yaml:") && err.contains("differ only"),
            "{err}"
        );
        assert!(
            err.contains(a) && err.contains(&b.escape_debug().to_string()),
            "{err}"
        );
    }
}

/// An entity's timeline lists each article once, with the quotations it gave there under it,
/// not in a second list that repeated each article's title and date; a quotation the mention's
/// snippet already shows in full is not shown twice.
#[test]
fn an_entity_timeline_shows_each_article_once_with_what_it_said_there() {
    let site = fixture("basic");
    let root = site.path();
    std::fs::write(
        root.join("content/articles/2025-03-07-spokeswoman.md"),
        "---\ntitle: Forum presses for a date\ndate: 2025-03-07\n---\n\n\
         \"Nobody should sleep until they are home,\" said Mara Quill, a spokeswoman for the \
         families.\n\nThe families met officials in Jerusalem on Friday.\n\n\
         \"We expect an answer this week,\" Quill said.\n",
    )
    .unwrap();
    dossier_ok(root, &["build", "--quiet"]);
    let out = root.join("output");
    let doc = html(&out.join("people/mara-quill/index.html"));
    let items = select(&doc, ".mention-timeline > li");
    assert_eq!(items.len(), 1, "one entry for the one article");
    assert!(select(&doc, "figure.quote").is_empty(), "no second list");
    let snippet = text(&select(&doc, ".mention-timeline a.snippet")[0]);
    assert!(snippet.contains("Nobody should sleep"), "{snippet}");
    let quotes = select(&doc, ".mention-timeline > li blockquote a");
    let said: Vec<String> = quotes.iter().map(text).collect();
    assert_eq!(said, vec!["“We expect an answer this week,”".to_string()]);
    // The quotation links to the paragraph that holds it.
    let href = quotes[0].value().attr("href").unwrap();
    let (page, para) = href.split_once('#').unwrap();
    let article = html(&file_for(&out, "/fixture/", page).unwrap());
    assert!(text(&select(&article, &format!("#{para}"))[0]).contains("We expect an answer"));
}
