//! Hardening of `build` and `check` against a dossier someone else wrote: symbolic links out
//! of the dossier, theme paths, addresses in site.yaml, text XML cannot hold, a symlinked
//! output/, and two writers at once. Each refusal names the file, exits non-zero and leaves
//! the previous output/ as it was.

use crate::common::dossier::*;
use std::io::BufRead;
use std::path::Path;
use std::process::{Command, Stdio};

/// Runs `dossier ARGS` with a secret in its environment, as a CI job has.
fn with_secret(root: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .current_dir(root)
        .env("DOSSIER_TEST_SECRET", "hunter2-do-not-publish")
        .output()
        .expect("dossier runs")
}

#[cfg(unix)]
#[test]
fn links_out_of_the_dossier_are_errors_in_build_and_check() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("id_rsa"), "PRIVATE KEY").unwrap();
    std::fs::write(
        outside.path().join("leak.md"),
        "---\ntitle: Leaked\ndate: 2025-04-01\n---\n\nPRIVATE KEY\n",
    )
    .unwrap();
    let cases: [(&str, &Path); 4] = [
        ("content/environ.txt", Path::new("/proc/self/environ")),
        (
            "content/articles/environ.md",
            Path::new("/proc/self/environ"),
        ),
        ("content/articles/leak.md", &outside.path().join("leak.md")),
        ("content/keys", outside.path()),
    ];
    for (link, target) in cases {
        let (site, before) = built_fixture("basic");
        symlink(target, site.path().join(link)).unwrap();
        for args in [&["build", "--quiet"][..], &["check"]] {
            let command = args[0];
            let out = with_secret(site.path(), args);
            let err = stderr(&out);
            assert!(!out.status.success(), "{command} with {link}: must fail");
            assert!(
                err.contains(link) && err.contains(&target.display().to_string()),
                "{command}: the error names {link} and where it points: {err}"
            );
            assert!(
                !err.contains("hunter2") && !err.contains("PRIVATE"),
                "{err}"
            );
        }
        assert_eq!(
            snapshot(&site.path().join("output")),
            before,
            "{link}: output/ changed"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_link_that_stays_inside_the_dossier_is_followed() {
    let site = fixture("basic");
    let root = site.path();
    std::fs::create_dir_all(root.join("shared")).unwrap();
    std::fs::write(
        root.join("shared/briefing.md"),
        "---\ntitle: Linked from a shared folder\ndate: 2025-04-01\n---\n\nText.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(
        "../../shared/briefing.md",
        root.join("content/articles/briefing.md"),
    )
    .unwrap();
    dossier_ok(root, &["build", "--quiet"]);
    assert!(root.join("output/articles/briefing/index.html").is_file());
}

#[cfg(unix)]
#[test]
fn a_theme_link_out_of_the_dossier_and_a_theme_path_are_refused() {
    let (site, before) = built_fixture("basic");
    let root = site.path();
    std::fs::create_dir_all(root.join("themes/mine/static")).unwrap();
    std::os::unix::fs::symlink(
        "/proc/self/environ",
        root.join("themes/mine/static/env.css"),
    )
    .unwrap();
    let yaml = read(&root.join("site.yaml")).replace("theme: default", "theme: mine");
    std::fs::write(root.join("site.yaml"), &yaml).unwrap();
    let out = with_secret(root, &["build", "--quiet"]);
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(
        err.contains("themes/mine/static/env.css") && err.contains("/proc/self/environ"),
        "{err}"
    );
    assert!(!err.contains("hunter2"), "{err}");

    for theme in ["../../../etc", "/etc"] {
        std::fs::write(
            root.join("site.yaml"),
            yaml.replace("theme: mine", &format!("theme: {theme}")),
        )
        .unwrap();
        let out = dossier(root, &["build", "--quiet"]);
        let err = stderr(&out);
        assert!(!out.status.success());
        assert!(
            err.contains("site.yaml:4:") && err.contains("themes/"),
            "{theme}: {err}"
        );
    }
    assert_eq!(snapshot(&root.join("output")), before);
}

#[test]
fn base_url_and_cname_must_be_plain_addresses() {
    let (site, before) = built_fixture("basic");
    let root = site.path();
    let yaml = read(&root.join("site.yaml"));
    for (bad, line, word) in [
        (
            "base_url: \"https://x.org/\\nDisallow: /\"",
            3,
            "line breaks",
        ),
        (
            "base_url: javascript:alert(document.domain)//",
            3,
            "https://",
        ),
        ("base_url: example.org/foo", 3, "no scheme"),
    ] {
        let text = yaml.replace("base_url: https://example.github.io/fixture/", bad);
        std::fs::write(root.join("site.yaml"), text).unwrap();
        let out = dossier(root, &["build", "--quiet"]);
        let err = stderr(&out);
        assert!(!out.status.success(), "{bad} must fail");
        assert!(
            err.contains(&format!("site.yaml:{line}:")) && err.contains(word),
            "{bad}: {err}"
        );
    }
    std::fs::write(
        root.join("site.yaml"),
        format!("{yaml}cname: \"a.org\\nb.org\"\n"),
    )
    .unwrap();
    let err = stderr(&dossier(root, &["build", "--quiet"]));
    assert!(
        err.contains("site.yaml:10:") && err.contains("bare host name"),
        "{err}"
    );
    std::fs::write(root.join("site.yaml"), &yaml).unwrap();
    let out = dossier(
        root,
        &["build", "--quiet", "--base-url", "javascript:alert(1)//"],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--base-url"), "{}", stderr(&out));
    assert_eq!(snapshot(&root.join("output")), before);
}

#[test]
fn every_xml_file_is_well_formed_whatever_the_text() {
    let site = fixture("hostile");
    let root = site.path();
    // Raw in the Markdown body; as YAML escapes in front matter and site.yaml (YAML refuses
    // the raw characters, and its escapes make them).
    let raw = "Bell\u{7} vertical\u{b} form\u{c} escape\u{1b} nonchar\u{fffe}\u{ffff} end";
    let nasty = r"Bell\a vertical\v form\f escape\e nonchar\uFFFE\uFFFF end";
    std::fs::write(
        root.join("content/articles/nasty.md"),
        format!(
            "---\ntitle: \"Talks {nasty}\"\ndate: 2025-04-01\ntags: [\"tag {nasty}\"]\n---\n\nUS envoy Adam Boehler said \"{raw}\" in Doha.\n"
        ),
    )
    .unwrap();
    let yaml = read(&root.join("site.yaml"));
    let yaml = yaml.replace("description: \"", &format!("description: \"{nasty} "));
    std::fs::write(root.join("site.yaml"), yaml).unwrap();
    dossier_ok(root, &["build", "--quiet"]);
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(root.join("output")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "xml") {
            let text = read(entry.path());
            if let Err(e) = roxmltree::Document::parse(&text) {
                panic!("{}: {e}", entry.path().display());
            }
            checked += 1;
        }
    }
    assert!(checked > 5, "only {checked} XML files");
    assert!(read(&root.join("output/atom.xml")).contains("nonchar end"));
}

#[cfg(unix)]
#[test]
fn an_output_folder_that_is_a_link_is_refused_before_anything_is_touched() {
    let site = fixture("basic");
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("site");
    std::fs::create_dir_all(&target).unwrap();
    std::fs::write(target.join(dossier::write::MARKER), "").unwrap();
    std::fs::write(target.join("keep.txt"), "precious").unwrap();
    std::os::unix::fs::symlink(&target, site.path().join("output")).unwrap();
    for args in [&["build", "--quiet"][..], &["build", "--watch", "--quiet"]] {
        let out = dossier(site.path(), args);
        let err = stderr(&out);
        assert!(!out.status.success(), "{args:?}");
        assert!(err.contains("symbolic link"), "{err}");
    }
    assert!(site.path().join("output").is_symlink());
    assert_eq!(read(&target.join("keep.txt")), "precious");
    assert_eq!(std::fs::read_dir(&target).unwrap().count(), 2);
}

#[test]
fn a_second_build_fails_at_once_while_another_holds_the_output() {
    let site = fixture("basic");
    let root = site.path();
    let mut watch = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["build", "--watch"])
        .current_dir(root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(watch.stdout.take().unwrap()).lines();
    let started = lines.next().and_then(Result::ok).unwrap_or_default();
    let second = dossier(root, &["build", "--quiet"]);
    let _ = watch.kill();
    let _ = watch.wait();
    assert!(started.contains("watching"), "{started}");
    let err = stderr(&second);
    assert!(!second.status.success(), "the second build must not run");
    assert!(err.contains(".output.dossier-lock"), "{err}");
    assert!(err.contains(&format!("pid {}", watch.id())), "{err}");
    // Once the other has stopped, building works again.
    dossier_ok(root, &["build", "--quiet"]);
}

#[test]
fn staging_folders_of_interrupted_builds_are_removed_and_nothing_else() {
    let site = fixture("basic");
    let root = site.path();
    let marked = |name: &str| {
        std::fs::create_dir_all(root.join(name).join("articles")).unwrap();
        std::fs::write(root.join(name).join(dossier::write::MARKER), "").unwrap();
    };
    marked(".output.dossier-new-4242");
    marked(".output.dossier-old-4243");
    std::fs::create_dir_all(root.join(".output.dossier-new-77")).unwrap(); // killed before its marker
    marked(".output.dossier-notes"); // not a name dossier gives
    marked(".output.dossier-new-4242x");
    std::fs::create_dir_all(root.join(".output.dossier-new-5/mine")).unwrap(); // not ours: no marker
    dossier_ok(root, &["build", "--quiet"]);
    for gone in [
        ".output.dossier-new-4242",
        ".output.dossier-old-4243",
        ".output.dossier-new-77",
    ] {
        assert!(!root.join(gone).exists(), "{gone} was left");
    }
    for kept in [
        ".output.dossier-notes",
        ".output.dossier-new-4242x",
        ".output.dossier-new-5/mine",
    ] {
        assert!(root.join(kept).exists(), "{kept} was deleted");
    }
}
