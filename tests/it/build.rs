//! `dossier build` on a small fixture dossier: the pages it makes, links under a sub-path,
//! escaping, drafts, and valid HTML; and on a generated one, the progress bar of a long build
//! and the lean path `dossier build` takes (the site's text moved into the search index).

use crate::common::dossier::*;
use std::process::Command;

fn build(dir: &std::path::Path, extra: &[&str]) -> std::path::PathBuf {
    let mut args = vec!["build", "--quiet"];
    args.extend_from_slice(extra);
    dossier_ok(dir, &args);
    dir.join("output")
}

#[test]
fn builds_one_page_per_published_article_plus_home_timeline_and_404() {
    let site = fixture("basic");
    let out = build(site.path(), &[]);
    for f in [
        "index.html",
        "timeline/index.html",
        "404.html",
        ".nojekyll",
        "articles/envoy-in-doha/index.html",
        "articles/alexander-freed/index.html",
        "articles/script-title/index.html",
        "articles/pasted/index.html",
        "pages/about/index.html",
        "articles/photo.png",
        "static/style.css",
        "atom.xml",
        "sitemap.xml",
        "robots.txt",
    ] {
        assert!(out.join(f).is_file(), "missing {f}");
    }
    let articles: Vec<_> = std::fs::read_dir(out.join("articles"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .collect();
    assert_eq!(articles.len(), 4, "four published articles");
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = fixture("basic");
    let out = build(site.path(), &[]);
    assert!(!out.join("articles/unfinished").exists());
    let all = snapshot(&out);
    assert!(
        all.values()
            .all(|b| !String::from_utf8_lossy(b).contains("This draft must never be published")),
        "draft text leaked into the site"
    );
    let out = build(site.path(), &["--drafts"]);
    assert!(out.join("articles/unfinished/index.html").is_file());
}

#[test]
fn titles_and_tags_with_markup_are_escaped() {
    let site = fixture("basic");
    let out = build(site.path(), &[]);
    let page = read(&out.join("articles/script-title/index.html"));
    assert!(
        !page.contains("<script>alert"),
        "a script from the article survived"
    );
    assert!(
        page.contains("&lt;script&gt;alert("),
        "the title is shown, escaped"
    );
    assert!(
        !page.contains("javascript:alert"),
        "a javascript: link survived"
    );
    assert!(!page.contains("<img src=x"), "a tag became markup");
    let doc = html(&out.join("articles/script-title/index.html"));
    let h1: String = select(&doc, "h1")[0].text().collect();
    assert_eq!(h1, "Statement <script>alert('title')</script> on the talks");
}

#[test]
fn every_internal_link_resolves_under_a_sub_path() {
    let site = fixture("basic");
    let out = build(site.path(), &["--base-url", "https://user.github.io/repo/"]);
    let broken = broken_links(&out, "/repo/");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    // A Markdown link written from the site root follows the base path.
    let doha = read(&out.join("articles/envoy-in-doha/index.html"));
    assert!(
        doha.contains("href=\"/repo/timeline/\""),
        "root link not rewritten"
    );
    assert!(
        read(&out.join("sitemap.xml"))
            .contains("<loc>https://user.github.io/repo/articles/envoy-in-doha/</loc>")
    );
}

#[test]
fn paragraphs_carry_stable_ids_and_plain_text_drops_read_more() {
    let site = fixture("basic");
    let out = build(site.path(), &[]);
    let doc = html(&out.join("articles/pasted/index.html"));
    let ids: Vec<_> = select(&doc, ".body [id^='p-']")
        .iter()
        .map(|e| e.value().attr("id").unwrap().to_string())
        .collect();
    assert_eq!(ids, ["p-0", "p-1", "p-2"]);
    let page = read(&out.join("articles/pasted/index.html"));
    assert!(
        !page.contains("Unrelated headline"),
        "the Read More trailer was published"
    );
}

#[test]
fn the_summary_line_counts_articles_and_pages() {
    let site = fixture("basic");
    let out = dossier_ok(site.path(), &["build"]);
    let line = String::from_utf8_lossy(&out.stdout);
    assert!(line.starts_with("Built 4 articles, "), "{line}");
    assert!(line.trim_end().ends_with("→ output/"), "{line}");
}

#[test]
fn every_page_is_valid_html5() {
    let site = fixture("basic");
    let out = build(site.path(), &[]);
    if let Some(errors) = html_errors(&out) {
        assert!(
            errors.trim().is_empty(),
            "the Nu HTML Checker found errors:\n{errors}"
        );
    }
}

#[test]
fn base_url_on_the_command_line_overrides_site_yaml() {
    let site = fixture("basic");
    let out = build(site.path(), &["--base-url", "https://other.example/sub"]);
    let home = read(&out.join("index.html"));
    assert!(home.contains("href=\"/sub/static/style.css\""));
    assert!(home.contains("<link rel=\"canonical\" href=\"https://other.example/sub/\">"));
}

#[test]
fn a_folder_that_is_not_a_dossier_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = dossier(dir.path(), &["build"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("site.yaml") && err.contains("dossier init"),
        "{err}"
    );
}

#[test]
fn init_makes_a_dossier_that_builds_and_new_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    dossier_ok(dir.path(), &["init", "mine"]);
    let root = dir.path().join("mine");
    for f in [
        "site.yaml",
        "content/entities.yaml",
        ".gitignore",
        ".github/workflows/pages.yml",
    ] {
        assert!(root.join(f).is_file(), "init did not write {f}");
    }
    assert!(read(&root.join(".gitignore")).contains("output/"));
    let again = dossier(dir.path(), &["init", "mine"]);
    assert!(
        !again.status.success(),
        "init over an existing dossier must refuse"
    );

    let made = dossier_ok(&root, &["new", "Talks resume in Cairo"]);
    let said = String::from_utf8_lossy(&made.stdout);
    assert!(said.contains("talks-resume-in-cairo.md"), "{said}");
    let twice = dossier(&root, &["new", "Talks resume in Cairo"]);
    assert!(!twice.status.success(), "new must never overwrite");
    assert!(stderr(&twice).contains("already exists"));

    let out = dossier_ok(&root, &["build", "--drafts"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Built 2 articles"));
    assert!(
        root.join("output/articles/talks-resume-in-cairo/index.html")
            .is_file()
    );
}

/// `dossier build` lets the linked site go before it makes the search index (to keep peak
/// memory down); the files must be exactly those of the in-memory pipeline, which keeps it.
#[test]
fn the_written_output_is_the_in_memory_build_file_for_file() {
    let site = fixture("entities");
    let out = build(site.path(), &[]);
    let options = dossier::engine::Options::new(site.path());
    let built = dossier::engine::build(&options, &indicatif::ProgressBar::hidden()).unwrap();
    let search: Vec<_> = built
        .files
        .generated
        .iter()
        .filter(|(p, _)| p.starts_with("search"))
        .collect();
    assert!(search.len() >= 2, "no search index in memory");
    for (path, bytes) in &built.files.generated {
        let written = std::fs::read(out.join(path))
            .unwrap_or_else(|e| panic!("{} not written: {e}", path.display()));
        assert!(&written == bytes, "{} differs", path.display());
    }
}

/// The labels the progress bar shows for the stages a long build spends its time in (the
/// terminal is redrawn at most 20 times a second, so a stage of a few milliseconds, such as
/// writing the feeds, may pass between two frames).
const STAGE_LABELS: [&str; 3] = [
    "extracting articles",
    "rendering pages",
    "building the search index",
];

#[test]
fn a_long_build_on_a_terminal_shows_every_stage_and_elsewhere_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("d");
    newsgen::generate(&newsgen::Options {
        articles: 1000,
        seed: 3,
        out: root.clone(),
        hugo: None,
    })
    .expect("the corpus is written");
    // `script` gives the build a terminal, as a user's shell would, and copies what it drew.
    let command = format!("'{}' build", env!("CARGO_BIN_EXE_dossier"));
    let on_terminal = Command::new("script")
        .args(["-q", "-e", "-c", &command, "/dev/null"])
        .current_dir(&root)
        .env("TERM", "xterm")
        .output()
        .expect("util-linux `script` gives the build a terminal");
    let drawn = String::from_utf8_lossy(&on_terminal.stdout);
    assert!(on_terminal.status.success(), "{drawn}");
    for label in STAGE_LABELS {
        assert!(
            drawn.contains(label),
            "the bar never showed {label:?}: {drawn}"
        );
    }
    assert!(drawn.contains("Built "), "{drawn}");

    let piped = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("build")
        .current_dir(&root)
        .output()
        .unwrap();
    assert!(piped.status.success());
    let stderr = String::from_utf8_lossy(&piped.stderr);
    assert!(
        STAGE_LABELS.iter().all(|l| !stderr.contains(l)) && !stderr.contains('\r'),
        "a build that is not on a terminal draws no bar: {stderr}"
    );
}

/// `dossier build` moves the articles' text into the search documents and lets the site go;
/// `dossier check` and the tests keep the whole site. Both must
/// make the same files, byte for byte, quotations, snippets and search index included.
#[test]
fn the_lean_build_makes_the_files_of_a_build_that_keeps_its_site() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("d");
    newsgen::generate(&newsgen::Options {
        articles: 150,
        seed: 5,
        out: root.clone(),
        hugo: None,
    })
    .expect("the corpus is written");
    let options = dossier::engine::Options::new(&root);
    let hidden = indicatif::ProgressBar::hidden();
    let kept = dossier::engine::build(&options, &hidden).unwrap();
    assert!(kept.site.quotes.len() > 100, "the corpus quotes people");
    let lean = dossier::write::Memory::default();
    dossier::engine::Engine::new(options)
        .build_all(&lean, &hidden)
        .unwrap();
    let lean = lean.into_files();
    let paths = |files: &[(std::path::PathBuf, Vec<u8>)]| {
        files.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>()
    };
    assert_eq!(paths(&lean.generated), paths(&kept.files.generated));
    for ((path, lean), (_, kept)) in lean.generated.iter().zip(&kept.files.generated) {
        assert!(lean == kept, "{} differs", path.display());
    }
    assert_eq!(lean.copied, kept.files.copied);
}
