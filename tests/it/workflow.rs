//! The GitHub Pages workflows: this repository's (`.github/workflows/pages.yml`) and the one
//! `dossier init` writes (from `src/cli/scaffold/pages.yml`). They and the release workflow
//! pass actionlint; both Pages workflows publish the way GitHub Pages expects
//! (configure-pages → build with its base URL → upload `output` → deploy-pages), and they
//! differ only in how dossier is obtained. tests/it/release.rs runs the install step.
use crate::common;

use crate::common::dossier::repo;
use crate::common::workflow::{
    actionlint, example_workflow, init_workflow, parse, release_workflow, script, step, steps,
};
use serde_json::Value;
use std::path::Path;

/// The position and the step that uses the action `name` (any version).
fn step_using<'a>(steps: &'a [Value], name: &str) -> (usize, &'a Value) {
    steps
        .iter()
        .enumerate()
        .find(|(_, s)| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.split('@').next() == Some(name))
        })
        .unwrap_or_else(|| panic!("no step uses {name}"))
}

/// The step whose `run` calls the build with `--base-url`.
fn build_step(steps: &[Value]) -> (usize, &Value) {
    steps
        .iter()
        .enumerate()
        .find(|(_, s)| {
            s["run"]
                .as_str()
                .is_some_and(|r| r.contains(" build ") && r.contains("--base-url"))
        })
        .expect("a step builds the site with --base-url")
}

/// Everything a GitHub Pages publication needs, asserted for one workflow.
fn assert_publishes_to_pages(path: &Path) -> Value {
    let w = parse(path);
    let name = path.display();
    assert_eq!(
        w["on"]["push"]["branches"],
        serde_json::json!(["main"]),
        "{name}"
    );
    assert!(w["on"].get("workflow_dispatch").is_some(), "{name}");
    assert_eq!(
        w["permissions"],
        serde_json::json!({"contents": "read", "pages": "write", "id-token": "write"}),
        "{name}"
    );

    let build = steps(&w, "build");
    let (configure_at, configure) = step_using(build, "actions/configure-pages");
    let id = configure["id"].as_str().expect("configure-pages has an id");
    let (build_at, run) = build_step(build);
    assert_eq!(
        run["env"]["BASE_URL"],
        Value::from(format!("${{{{ steps.{id}.outputs.base_url }}}}")),
        "{name}: the build gets configure-pages' base URL"
    );
    let command = run["run"].as_str().unwrap_or_default();
    assert!(
        command.contains("--base-url \"$BASE_URL/\""),
        "{name}: base_url has no trailing slash, so the build adds one: {command}"
    );
    let (upload_at, upload) = step_using(build, "actions/upload-pages-artifact");
    assert_eq!(upload["with"]["path"], "output", "{name}");
    assert!(
        configure_at < build_at && build_at < upload_at,
        "{name}: step order"
    );

    let deploy = &w["jobs"]["deploy"];
    assert_eq!(deploy["needs"], "build", "{name}");
    assert_eq!(deploy["environment"]["name"], "github-pages", "{name}");
    let (_, pages) = step_using(steps(&w, "deploy"), "actions/deploy-pages");
    let url = deploy["environment"]["url"].as_str().unwrap_or_default();
    let deploy_id = pages["id"].as_str().expect("deploy-pages has an id");
    assert!(
        url.contains(&format!("steps.{deploy_id}.outputs.page_url")),
        "{name}: {url}"
    );
    w
}

#[test]
fn the_pages_and_release_workflows_pass_actionlint() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = [
        example_workflow(),
        init_workflow(dir.path()),
        release_workflow(),
    ];
    if let Some((clean, report)) = actionlint(&files) {
        assert!(clean && report.trim().is_empty(), "actionlint:\n{report}");
    }
}

#[test]
fn actionlint_catches_a_broken_workflow() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.yml");
    std::fs::write(
        &bad,
        "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.nowhere.outputs.base_url }}\n",
    )
    .expect("write");
    if let Some((clean, report)) = actionlint(&[bad]) {
        assert!(!clean, "actionlint passed a broken workflow");
        assert!(report.contains("nowhere"), "{report}");
    }
}

#[test]
fn the_example_workflow_builds_this_repository_with_the_pages_base_url() {
    let w = assert_publishes_to_pages(&example_workflow());
    let (_, run) = build_step(steps(&w, "build"));
    let command = run["run"].as_str().unwrap_or_default();
    assert!(
        command.starts_with("cargo run --release -- build "),
        "{command}"
    );
}

#[test]
fn the_init_workflow_installs_dossier_then_builds_with_the_pages_base_url() {
    let dir = tempfile::tempdir().expect("temp dir");
    let w = assert_publishes_to_pages(&init_workflow(dir.path()));
    let (build_at, run) = build_step(steps(&w, "build"));
    assert!(script(run).starts_with("dossier build "), "{run}");
    let install_at = steps(&w, "build")
        .iter()
        .position(|s| s["id"] == "install")
        .expect("a step installs dossier");
    assert!(install_at < build_at);
}

#[test]
fn init_pins_the_workflow_to_its_own_version_and_repository_with_nothing_to_edit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = init_workflow(dir.path());
    let text = common::dossier::read(&path);
    for placeholder in ["{VERSION}", "{REPOSITORY}", "OWNER", "DOSSIER_GIT"] {
        assert!(
            !text.contains(placeholder),
            "{placeholder} left in:\n{text}"
        );
    }
    let w = parse(&path);
    assert_eq!(w["env"]["DOSSIER_VERSION"], env!("CARGO_PKG_VERSION"));
    let releases = format!(
        "${{DOSSIER_RELEASES:-{}/releases/download}}",
        env!("CARGO_PKG_REPOSITORY")
    );
    let install = script(step(&w, "build", "install"));
    assert!(install.contains(&releases), "{install}");
    // Everything else is the scaffold as written.
    let scaffold = common::dossier::read(&repo().join("src/cli/scaffold/pages.yml"));
    assert_eq!(
        text,
        scaffold
            .replace("{VERSION}", env!("CARGO_PKG_VERSION"))
            .replace("{REPOSITORY}", env!("CARGO_PKG_REPOSITORY"))
    );
}

/// The fallback's cache: keyed on the pinned version, restored before the install step, saved
/// only when that step built dossier with cargo, and holding both the binary and the registry.
#[test]
fn the_cargo_fallback_is_cached_per_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let w = parse(&init_workflow(dir.path()));
    let (restore_at, restore) = step_using(steps(&w, "build"), "actions/cache/restore");
    let (save_at, save) = step_using(steps(&w, "build"), "actions/cache/save");
    let install_at = steps(&w, "build")
        .iter()
        .position(|s| s["id"] == "install")
        .expect("an install step");
    assert!(restore_at < install_at && install_at < save_at);
    let key = restore["with"]["key"].as_str().unwrap_or_default();
    assert!(key.contains("${{ env.DOSSIER_VERSION }}"), "{key}");
    let restore_id = restore["id"].as_str().expect("the restore step has an id");
    assert_eq!(
        save["with"]["key"],
        Value::from(format!(
            "${{{{ steps.{restore_id}.outputs.cache-primary-key }}}}"
        ))
    );
    assert_eq!(save["if"], "steps.install.outputs.built == 'true'");
    assert_eq!(restore["with"]["path"], save["with"]["path"]);
    let paths = save["with"]["path"].as_str().unwrap_or_default();
    for path in ["~/.cargo/bin/dossier", "~/.cargo/registry/"] {
        assert!(paths.contains(path), "{paths}");
    }
}

#[test]
fn the_two_workflows_differ_only_in_how_dossier_is_obtained() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (example, scaffold) = (
        parse(&example_workflow()),
        parse(&init_workflow(dir.path())),
    );
    for key in ["on", "permissions", "concurrency", "name"] {
        assert_eq!(example[key], scaffold[key], "{key}");
    }
    assert_eq!(example["jobs"]["deploy"], scaffold["jobs"]["deploy"]);
    // The actions that publish, apart from the cache of the init workflow's install.
    let actions = |w: &Value| -> Vec<Value> {
        steps(w, "build")
            .iter()
            .filter(|s| {
                s["uses"]
                    .as_str()
                    .is_some_and(|u| !u.starts_with("actions/cache/"))
            })
            .cloned()
            .collect()
    };
    assert_eq!(actions(&example), actions(&scaffold));
    let env = |w: &Value| build_step(steps(w, "build")).1["env"].clone();
    assert_eq!(env(&example), env(&scaffold));
}
