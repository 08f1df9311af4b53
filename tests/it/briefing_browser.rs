//! The briefing pages in headless Chromium, served under a sub-path as on GitHub Pages: the
//! changes page's date picker, the sortable and filterable tables, the graph's filter, and
//! the briefing book printed to PDF; and an article's entity links, styled without a class.
//! Skipped when Chromium is not installed, unless DOSSIER_REQUIRE_BROWSER=1.

use crate::common::browser::Browser;
use crate::common::dossier::{dossier_ok, fixture};
use crate::common::server::Server;
use serde_json::json;

/// The briefing fixture built under `/briefing/` and served there.
fn served() -> (tempfile::TempDir, Server) {
    let site = fixture("briefing");
    dossier_ok(site.path(), &["build", "--quiet"]);
    let server = Server::start(&site.path().join("output"), "/briefing/");
    (site, server)
}

#[test]
fn the_date_picker_shows_everything_since_the_chosen_date() {
    let Some(mut b) = Browser::launch() else {
        return;
    };
    let (_site, server) = served();
    b.navigate(&format!("{}changes/", server.url()));
    b.wait_for("!document.getElementById('since-form').hidden");
    b.eval(
        "document.getElementById('since-date').value = '2025-09-20';
         document.getElementById('since-form').requestSubmit(); true",
    );
    b.wait_for("!document.getElementById('since-results').hidden");
    let dates =
        b.eval("[...document.querySelectorAll('#since-results li')].map(li => li.dataset.date)");
    let dates: Vec<&str> = dates
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap())
        .collect();
    assert!(!dates.is_empty());
    assert!(dates.iter().all(|d| *d >= "2025-09-20"), "{dates:?}");
    // Everything since the date is there: the remains returned on 22 September.
    let text = b.text("#since-results").as_str().unwrap().to_string();
    assert!(text.contains("Daniel Orr: remains returned"), "{text}");
    // A quotation's words, which the page reads from api/quotes.json.
    assert!(text.contains("“We can finally bury our son,”"), "{text}");
    assert!(
        b.eval("document.getElementById('weekly').hidden")
            .as_bool()
            .unwrap()
    );
    // Links in the list work under the sub-path.
    let href = b.eval("document.querySelector('#since-results li a').getAttribute('href')");
    assert!(
        href.as_str().unwrap().starts_with("/briefing/people/"),
        "{href}"
    );
    b.eval("document.getElementById('since-clear').click(); true");
    assert!(
        !b.eval("document.getElementById('weekly').hidden")
            .as_bool()
            .unwrap()
    );
    assert!(b.exceptions().is_empty(), "{:?}", b.exceptions());
}

fn visible_cells(b: &mut Browser, table: &str, column: usize) -> Vec<String> {
    let v = b.eval(&format!(
        "[...document.querySelectorAll('{table} tbody tr')].filter(r => !r.hidden).map(r => r.children[{column}].textContent.trim())"
    ));
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_hostages_table_sorts_and_filters_by_status_and_nationality() {
    let Some(mut b) = Browser::launch() else {
        return;
    };
    let (_site, server) = served();
    b.navigate(&format!("{}hostages/", server.url()));
    b.wait_for_selector("#hostages-table th button.sort");
    let names = visible_cells(&mut b, "#hostages-table", 0);
    assert_eq!(names, ["Daniel Orr", "Mira Talon", "Yoav Kessler"]);
    // Name, descending after two clicks.
    b.eval("document.querySelector('#hostages-table th button.sort').click(); true");
    b.eval("document.querySelector('#hostages-table th button.sort').click(); true");
    assert_eq!(
        visible_cells(&mut b, "#hostages-table", 0),
        ["Yoav Kessler", "Mira Talon", "Daniel Orr"]
    );
    let set = |b: &mut Browser, name: &str, value: &str| {
        b.eval(&format!(
            "(s => {{ s.value = {}; s.dispatchEvent(new Event('change')); return true }})(document.querySelector('.table-filters select[name={name}]'))",
            json!(value)
        ));
    };
    set(&mut b, "status", "released");
    assert_eq!(
        visible_cells(&mut b, "#hostages-table", 0),
        ["Yoav Kessler", "Mira Talon"]
    );
    set(&mut b, "nationality", "Canada");
    assert_eq!(
        visible_cells(&mut b, "#hostages-table", 0),
        ["Yoav Kessler"]
    );
    set(&mut b, "status", "");
    set(&mut b, "nationality", "Israel");
    assert_eq!(
        visible_cells(&mut b, "#hostages-table", 0),
        ["Yoav Kessler", "Daniel Orr"]
    );
    assert!(b.exceptions().is_empty(), "{:?}", b.exceptions());
}

#[test]
fn the_speakers_table_filters_by_side_and_speaker() {
    let Some(mut b) = Browser::launch() else {
        return;
    };
    let (_site, server) = served();
    b.navigate(&format!("{}reactions/", server.url()));
    b.wait_for_selector("#speakers-table th button.sort");
    let all = visible_cells(&mut b, "#speakers-table", 0);
    assert!(all.contains(&"Mark Halden".to_string()), "{all:?}");
    b.eval(
        "(s => { s.value = 'United States'; s.dispatchEvent(new Event('change')); return true })(document.querySelector('.table-filters select[name=side]'))",
    );
    let sides = visible_cells(&mut b, "#speakers-table", 1);
    assert!(
        !sides.is_empty() && sides.iter().all(|s| s == "United States"),
        "{sides:?}"
    );
    b.eval(
        "(s => { s.value = ''; s.dispatchEvent(new Event('change')); return true })(document.querySelector('.table-filters select[name=side]'));
         (i => { i.value = 'halden'; i.dispatchEvent(new Event('input')); return true })(document.querySelector('.table-filters input[type=search]'))",
    );
    assert_eq!(visible_cells(&mut b, "#speakers-table", 0), ["Mark Halden"]);
}

#[test]
fn the_graph_filters_by_kind_and_role_and_zooms() {
    let Some(mut b) = Browser::launch() else {
        return;
    };
    let (_site, server) = served();
    b.navigate(&format!("{}graph/", server.url()));
    b.wait_for("!document.getElementById('graph-controls').hidden");
    let shown = |b: &mut Browser| {
        let v = b.eval(
            "[...document.querySelectorAll('#graph a.node')].filter(a => a.style.display !== 'none').map(a => a.dataset.kind + ':' + a.dataset.roles)",
        );
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let all = shown(&mut b);
    assert!(all.iter().any(|n| n.starts_with("place:")), "{all:?}");
    b.eval(
        "(c => { c.checked = false; c.dispatchEvent(new Event('change', {bubbles: true})); return true })(document.querySelector('input[name=kind][value=place]'))",
    );
    let some = shown(&mut b);
    assert!(
        !some.is_empty() && some.iter().all(|n| !n.starts_with("place:")),
        "{some:?}"
    );
    b.eval(
        "(s => { s.value = 'hostage'; s.dispatchEvent(new Event('change', {bubbles: true})); return true })(document.getElementById('graph-role'))",
    );
    let hostages = shown(&mut b);
    assert!(
        !hostages.is_empty() && hostages.iter().all(|n| n.contains("hostage")),
        "{hostages:?}"
    );
    // No tie is drawn to a hidden node.
    let dangling = b.eval(
        "[...document.querySelectorAll('#graph line[data-a]')].filter(l => l.style.display !== 'none').filter(l => [l.dataset.a, l.dataset.b].some(i => document.querySelector('#graph a[data-i=\"' + i + '\"]').style.display === 'none')).length",
    );
    assert_eq!(dangling, json!(0));
    let before = b.eval("document.getElementById('graph').getAttribute('viewBox')");
    b.eval("document.querySelector('button[data-zoom=in]').click(); true");
    let after = b.eval("document.getElementById('graph').getAttribute('viewBox')");
    assert_ne!(before, after);
}

/// The page at `path` printed by Chromium to PDF: its pages' text, first page first.
fn print_pdf(b: &mut Browser, url: &str) -> Vec<String> {
    use base64::Engine;
    b.navigate(url);
    let result = b.call(
        "Page.printToPDF",
        json!({ "preferCSSPageSize": true, "printBackground": false }),
    );
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(result["data"].as_str().expect("a PDF"))
        .expect("base64");
    assert!(bytes.starts_with(b"%PDF"));
    let doc = lopdf::Document::load_mem(&bytes).expect("a readable PDF");
    let pages = doc.get_pages().len() as u32;
    (1..=pages)
        .map(|p| doc.extract_text(&[p]).expect("text of a page"))
        .collect()
}

/// A page's text with its whitespace collapsed and the typesetter's ligatures ("ﬁ") undone.
fn squash(s: &str) -> String {
    s.replace('ﬁ', "fi")
        .replace('ﬂ', "fl")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_briefing_book_prints_to_a_clean_pdf() {
    let Some(mut b) = Browser::launch() else {
        return;
    };
    let (_site, server) = served();
    let pages = print_pdf(&mut b, &format!("{}print/", server.url()));
    // The cover and contents, then a page for each chapter: three topics, recent changes,
    // latest articles (each short enough for one page).
    assert_eq!(pages.len(), 6, "{pages:#?}");
    let first = squash(&pages[0]);
    assert!(first.starts_with("Briefing Fixture"), "{first}");
    assert!(
        first.contains("Contents") && first.contains("Official Reactions"),
        "{first}"
    );
    // No navigation, and no chapter on the cover.
    assert!(
        !first.contains("Search") && !first.contains("Yoav Kessler"),
        "{first}"
    );
    let hostages = squash(&pages[1]);
    assert!(hostages.starts_with("Hostages"), "{hostages}");
    assert!(
        hostages.contains("Yoav Kessler released since 8 September 2025"),
        "{hostages}"
    );
    // Quotations carry their sources.
    let reactions = squash(&pages[3]);
    assert!(
        reactions.contains("“This is a day for his family, and a reason to keep going,”")
            && reactions.contains("Yoav Kessler freed after two years in captivity"),
        "{reactions}"
    );

    let topic = print_pdf(&mut b, &format!("{}print/hostages/", server.url()));
    assert_eq!(topic.len(), 2, "{topic:#?}");
    assert!(squash(&topic[0]).starts_with("Hostages"), "{}", topic[0]);
}

/// An entity link in an article's body carries no class: the stylesheet finds it by its URL,
/// under the site's sub-path, and leaves the author's own links to other pages alone.
#[test]
fn entity_links_in_an_article_are_styled_and_other_links_are_not() {
    let Some(mut b) = Browser::launch() else {
        return;
    };
    let site = fixture("basic");
    dossier_ok(site.path(), &["build", "--quiet"]);
    let server = Server::start(&site.path().join("output"), "/fixture/");
    b.navigate(&format!("{}articles/envoy-in-doha/", server.url()));
    b.wait_for("document.readyState === 'complete'");
    let thickness = |b: &mut Browser, href: &str| {
        b.eval(&format!(
            "getComputedStyle(document.querySelector('.body a[href=\"{href}\"]')).textDecorationThickness"
        ))
    };
    assert_eq!(thickness(&mut b, "/fixture/people/adam-boehler/"), "2px");
    assert_ne!(thickness(&mut b, "/fixture/timeline/"), "2px");
}
