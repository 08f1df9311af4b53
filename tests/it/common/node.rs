//! Running the theme's JavaScript under Node.js, which the parity tests need: unlike Chromium,
//! Node is not optional (`.ci/run` installs it), so a missing `node` fails the test.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The `node` to run: `$DOSSIER_NODE`, else `/usr/bin/node`, else `node` on the PATH.
pub fn node() -> PathBuf {
    if let Some(path) = std::env::var_os("DOSSIER_NODE") {
        return path.into();
    }
    let usr = Path::new("/usr/bin/node");
    if usr.exists() {
        usr.into()
    } else {
        "node".into()
    }
}

/// Runs `tests/js/SCRIPT` with `args`, feeding `stdin`, and returns its standard output.
/// Panics with Node's standard error if it fails or cannot start.
pub fn run(script: &str, args: &[&str], stdin: &str) -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/js")
        .join(script);
    let mut child = Command::new(node())
        .arg(&script)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run node ({}): {e}; install Node.js",
                node().display()
            )
        });
    let mut input = child.stdin.take().expect("piped stdin");
    let stdin = stdin.to_string();
    let writer = std::thread::spawn(move || input.write_all(stdin.as_bytes()));
    let out = child.wait_with_output().expect("node runs");
    writer
        .join()
        .expect("writer thread")
        .expect("stdin written");
    assert!(
        out.status.success(),
        "node {} failed:\n{}",
        script.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("node prints UTF-8")
}
