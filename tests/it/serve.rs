//! `dossier serve`: edits show up with a reload event, broken edits keep the last good site
//! and report the error, paths that leave the site are refused, and nothing of the server
//! leaks into `dossier build` output.

use crate::common::dossier::*;

fn edit(path: &std::path::Path, from: &str, to: &str) {
    let text = read(path);
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replace(from, to)).unwrap();
}

#[test]
fn an_edit_is_served_after_a_reload_event() {
    let site = fixture("basic");
    let server = serve(site.path(), &[]);
    let page = format!("{}articles/envoy-in-doha/", server.url);
    let (status, kind, body) = get(&page);
    assert_eq!(status, 200);
    assert_eq!(kind, "text/html; charset=utf-8");
    assert!(body.contains("US envoy met Hamas officials in Doha"));
    assert!(
        body.contains("/__dossier/live.js"),
        "the live-reload script is injected when serving"
    );

    let events = events(&format!("{}__dossier/events", server.url));
    edit(
        &site
            .path()
            .join("content/articles/2025-03-05-envoy-in-doha.md"),
        "title: US envoy met Hamas officials in Doha",
        "title: Envoy and Hamas officials met again",
    );
    wait_for(&events, "reload");
    let (_, _, body) = get(&page);
    assert!(
        body.contains("Envoy and Hamas officials met again"),
        "the edit is served"
    );
}

#[test]
fn a_broken_edit_keeps_the_last_good_site_and_a_fix_recovers() {
    let site = fixture("basic");
    let server = serve(site.path(), &[]);
    let events = events(&format!("{}__dossier/events", server.url));
    let article = site
        .path()
        .join("content/articles/2025-03-05-envoy-in-doha.md");
    edit(&article, "date: 2025-03-05", "date: 2025-02-30");
    let message = wait_for(&events, "build-error");
    assert!(
        message.contains("2025-03-05-envoy-in-doha.md:3:"),
        "{message}"
    );

    let page = format!("{}articles/envoy-in-doha/", server.url);
    let (status, _, body) = get(&page);
    assert_eq!(status, 200, "the last good page is still served");
    assert!(body.contains("US envoy met Hamas officials in Doha"));
    let (_, _, state) = get(&format!("{}__dossier/status", server.url));
    assert!(
        state.contains("2025-02-30"),
        "the overlay can show the error: {state}"
    );

    edit(&article, "date: 2025-02-30", "date: 2025-03-06");
    wait_for(&events, "reload");
    let (_, _, state) = get(&format!("{}__dossier/status", server.url));
    assert_eq!(state, r#"{"error":null}"#);
    let (_, _, body) = get(&page);
    assert!(body.contains("6 March 2025"), "the fixed article is served");
}

#[test]
fn creating_deleting_and_renaming_articles_work() {
    let site = fixture("basic");
    let server = serve(site.path(), &[]);
    let events = events(&format!("{}__dossier/events", server.url));
    let dir = site.path().join("content/articles");
    // An editor that saves through a temporary file and a rename.
    std::fs::write(
        dir.join(".new.md.swp"),
        "---\ntitle: Fresh talks in Cairo\ndate: 2025-07-01\n---\n\nText.\n",
    )
    .unwrap();
    std::fs::rename(dir.join(".new.md.swp"), dir.join("cairo.md")).unwrap();
    wait_for(&events, "reload");
    assert_eq!(get(&format!("{}articles/cairo/", server.url)).0, 200);

    std::fs::rename(dir.join("cairo.md"), dir.join("cairo-talks.md")).unwrap();
    wait_for(&events, "reload");
    assert_eq!(get(&format!("{}articles/cairo/", server.url)).0, 404);
    assert_eq!(get(&format!("{}articles/cairo-talks/", server.url)).0, 200);

    std::fs::remove_file(dir.join("cairo-talks.md")).unwrap();
    wait_for(&events, "reload");
    assert_eq!(get(&format!("{}articles/cairo-talks/", server.url)).0, 404);
}

#[test]
fn paths_that_leave_the_site_get_a_4xx() {
    let site = fixture("basic");
    let server = serve(site.path(), &[]);
    let base = server.url.trim_end_matches('/');
    for bad in [
        "/%2e%2e/%2e%2e/etc/passwd",
        "/..%2f..%2fsite.yaml",
        "/static/%2e%2e/%2e%2e/site.yaml",
        "/a%5c..%5c..%5csite.yaml",
        "/%2fetc%2fpasswd",
    ] {
        let (status, _, body) = get(&format!("{base}{bad}"));
        assert!((400..500).contains(&status), "{bad} gave {status}");
        assert!(!body.contains("base_url"), "{bad} leaked site.yaml");
    }
}

#[test]
fn files_get_their_content_types_and_missing_pages_the_404_page() {
    let site = fixture("basic");
    let server = serve(site.path(), &[]);
    assert!(
        get(&format!("{}static/style.css", server.url))
            .1
            .starts_with("text/css")
    );
    assert!(get(&format!("{}atom.xml", server.url)).1.contains("xml"));
    assert!(
        get(&format!("{}articles/photo.png", server.url))
            .1
            .starts_with("image/png")
    );
    let (status, kind, body) = get(&format!("{}no/such/page/", server.url));
    assert_eq!(status, 404);
    assert!(kind.starts_with("text/html"));
    assert!(body.contains("Page not found"));
}

#[test]
fn the_server_binds_to_loopback_by_default_and_warns_otherwise() {
    let site = fixture("basic");
    let server = serve(site.path(), &[]);
    assert!(
        server.url.starts_with("http://127.0.0.1:"),
        "{}",
        server.url
    );
    drop(server);
    let open = serve(site.path(), &["--bind", "0.0.0.0"]);
    let warned = open
        .startup
        .iter()
        .any(|l| l.contains("warning") && l.contains("reachable"));
    assert!(warned, "binding beyond loopback must warn");
}

#[test]
fn build_output_never_carries_the_live_reload_script() {
    let site = fixture("basic");
    dossier_ok(site.path(), &["build", "--quiet"]);
    let all = snapshot(&site.path().join("output"));
    assert!(
        all.values()
            .all(|b| !String::from_utf8_lossy(b).contains("__dossier"))
    );
}
