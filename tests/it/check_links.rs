//! `dossier check` sends the writer to the line to fix: a broken link is reported at the
//! article file and line where it is written; `--external` fetches the links that leave the
//! site (here, a server on 127.0.0.1 with one page that exists and one that does not), and
//! without it nothing is fetched.

use crate::common::dossier::{dossier, dossier_ok, fixture, stderr};
use crate::common::server::Server;

#[test]
fn a_broken_internal_link_is_reported_at_its_article_line() {
    let site = fixture("basic");
    std::fs::write(
        site.path().join("content/articles/links.md"),
        "---\ntitle: Links\ndate: 2025-07-01\n---\n\nThe envoy met mediators.\n\n\
         A [timeline](/timeline/) that exists,\nand a [missing page](/articles/nowhere/).\n",
    )
    .expect("write");
    let out = dossier(site.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(
            "content/articles/links.md:9: link to /fixture/articles/nowhere/ is broken: no page articles/nowhere/index.html (on articles/links/index.html)"
        ),
        "{err}"
    );
    assert!(
        !err.contains("timeline"),
        "a good link is not reported: {err}"
    );
}

#[test]
fn external_links_are_fetched_only_with_external() {
    let served = tempfile::tempdir().expect("temp dir");
    std::fs::write(served.path().join("ok.html"), "<p>here</p>").expect("write");
    let server = Server::start(served.path(), "/");
    let ok = format!("{}ok.html", server.url());
    let missing = format!("{}missing.html", server.url());
    let site = fixture("basic");
    std::fs::write(
        site.path().join("content/articles/sources.md"),
        format!(
            "---\ntitle: Sources\ndate: 2025-07-02\n---\n\nThe [statement]({ok}) was published.\n\n\
             The [earlier report]({missing}) is gone.\n"
        ),
    )
    .expect("write");

    dossier_ok(site.path(), &["check"]);
    assert_eq!(server.served(), Vec::new(), "nothing fetched by default");

    let out = dossier(site.path(), &["check", "--external", "--timeout", "5"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "content/articles/sources.md:8: link to {missing} is broken: the server answered 404"
        )),
        "{err}"
    );
    assert!(!err.contains("ok.html"), "{err}");
    let asked: Vec<String> = server.served().into_iter().map(|s| s.path).collect();
    assert!(asked.contains(&"/ok.html".to_string()), "{asked:?}");
    assert_eq!(
        asked.iter().filter(|p| *p == "/missing.html").count(),
        1,
        "each address is fetched once: {asked:?}"
    );
}
