//! Hostile input: script placed in every field a writer controls never becomes script in
//! the built site. This test reads the HTML; the browser test (`browser_hostile.rs`) loads
//! every page in Chromium and checks that nothing ran.

use crate::common::dossier::*;

/// Elements whose presence alone would mean markup got through.
/// The SVG pictures dossier draws, each in the element its template puts it in.
const OWN_SVG: &str = "figure.spark > svg.sparkline, .chart-scroll > svg.timeline-chart, figure.neighbourhood-figure > svg.neighbourhood, div.graph-wrap > svg#graph";
/// The forms dossier's templates add besides the search box.
const OWN_FORMS: &[&str] = &["since-form", "graph-controls"];
const FORBIDDEN: &[&str] = &[
    "iframe",
    "object",
    "embed",
    "svg foreignObject",
    "svg script",
    "style",
    "base",
    "meta[http-equiv]",
    ".body form",
];

#[test]
fn no_payload_becomes_markup_on_any_page() {
    let site = fixture("hostile");
    dossier_ok(site.path(), &["build", "--quiet"]);
    let out = site.path().join("output");
    let mut problems = Vec::new();
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(&out) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        pages += 1;
        let page = entry
            .path()
            .strip_prefix(&out)
            .unwrap()
            .display()
            .to_string();
        let doc = html(entry.path());
        for script in select(&doc, "script") {
            let inline: String = script.text().collect();
            if script.value().attr("src").is_none() || !inline.trim().is_empty() {
                problems.push(format!("{page}: an inline script: {inline}"));
            }
        }
        for form in select(&doc, "form") {
            let ours = form.value().attr("role") == Some("search")
                && form
                    .value()
                    .attr("action")
                    .is_some_and(|a| a.ends_with("/search/"));
            // The changes page's date picker and the graph's filter: no action, ours by id.
            let ours = ours
                || (form.value().attr("action").is_none()
                    && OWN_FORMS.contains(&form.value().attr("id").unwrap_or("")));
            if !ours {
                problems.push(format!("{page}: a form that is not dossier's search box"));
            }
        }
        // dossier's own pictures, where its templates put them, and no other SVG.
        if select(&doc, "svg").len() != select(&doc, OWN_SVG).len() {
            problems.push(format!("{page}: an <svg> element that is not dossier's"));
        }
        for css in FORBIDDEN {
            if !select(&doc, css).is_empty() {
                problems.push(format!("{page}: a <{css}> element"));
            }
        }
        for el in select(&doc, "*") {
            for (name, value) in el.value().attrs() {
                let v = value.trim().to_ascii_lowercase();
                if name.starts_with("on") {
                    problems.push(format!("{page}: an event handler {name}={value}"));
                }
                let url_attr = matches!(
                    name,
                    "href" | "src" | "action" | "formaction" | "data" | "poster" | "srcdoc"
                );
                if url_attr
                    && (v.starts_with("javascript:")
                        || v.starts_with("vbscript:")
                        || v.starts_with("data:")
                        || name == "srcdoc")
                {
                    problems.push(format!("{page}: {name}={value}"));
                }
            }
        }
    }
    assert!(pages > 10, "the fixture built only {pages} pages");
    assert!(
        problems.is_empty(),
        "payloads got through:\n{}",
        problems.join("\n")
    );
}

#[test]
fn payloads_are_shown_as_text() {
    let site = fixture("hostile");
    dossier_ok(site.path(), &["build", "--quiet"]);
    let doc = html(&site.path().join("output/articles/payloads/index.html"));
    let h1: String = select(&doc, "h1")[0].text().collect();
    assert!(
        h1.contains("<script>window.__pwned='title'</script>"),
        "the title is shown verbatim: {h1}"
    );
}
