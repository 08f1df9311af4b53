//! Helpers shared by the integration tests: fixture copies, running the binary, snapshots of
//! an output folder, a link checker, and the external checkers (Nu HTML Checker).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh copy of `tests/fixtures/NAME` in a temporary folder; the dossier is at `.path()`.
pub fn fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&repo().join("tests/fixtures").join(name), dir.path());
    dir
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("fixture readable");
        let rel = entry.path().strip_prefix(from).expect("inside");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A built copy of `tests/fixtures/NAME`, and a snapshot of its output to compare with
/// after a build that must leave it alone.
pub fn built_fixture(name: &str) -> (tempfile::TempDir, BTreeMap<PathBuf, Vec<u8>>) {
    let site = fixture(name);
    dossier_ok(site.path(), &["build", "--quiet"]);
    let snap = snapshot(&site.path().join("output"));
    (site, snap)
}

/// Runs `dossier ARGS` in `cwd`.
pub fn dossier(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("the dossier binary runs")
}

/// Runs `dossier ARGS` and insists it succeeds.
pub fn dossier_ok(cwd: &Path, args: &[&str]) -> Output {
    let out = dossier(cwd, args);
    assert!(
        out.status.success(),
        "dossier {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every file under `dir` with its bytes, for byte-for-byte comparisons.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut map = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.expect("readable");
        if entry.file_type().is_file() {
            let rel = entry
                .path()
                .strip_prefix(dir)
                .expect("inside")
                .to_path_buf();
            map.insert(rel, std::fs::read(entry.path()).expect("read"));
        }
    }
    map
}

/// The strings of a JSON array (none for anything else), gathered into a `Vec` or a set.
pub fn json_strings<C: FromIterator<String>>(v: &serde_json::Value) -> C {
    let items = v.as_array().map(Vec::as_slice).unwrap_or_default();
    items
        .iter()
        .filter_map(|x| x.as_str().map(str::to_string))
        .collect()
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn html(path: &Path) -> scraper::Html {
    scraper::Html::parse_document(&read(path))
}

pub fn select<'a>(doc: &'a scraper::Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let sel = scraper::Selector::parse(css).expect("selector");
    doc.select(&sel).collect()
}

/// An element's text with its whitespace collapsed, as a reader sees it.
pub fn text(el: &scraper::ElementRef<'_>) -> String {
    el.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The file a root-relative URL path names in `out`, for a site whose base path is
/// `base_path` (e.g. "/repo/"). `None` when the URL is outside the site.
pub fn file_for(out: &Path, base_path: &str, url: &str) -> Option<PathBuf> {
    let path = url.split(['#', '?']).next().unwrap_or("");
    let rest = path.strip_prefix(base_path)?;
    let rest = percent_decode(rest);
    Some(if rest.is_empty() || rest.ends_with('/') {
        out.join(rest).join("index.html")
    } else {
        out.join(rest)
    })
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(v);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Checks every internal link, stylesheet, script and image of every HTML page in `out`,
/// and every `#fragment` against the target's ids. Returns the broken ones as
/// "page: url (why)".
pub fn broken_links(out: &Path, base_path: &str) -> Vec<String> {
    let mut broken = Vec::new();
    let mut ids_cache: BTreeMap<PathBuf, Vec<String>> = BTreeMap::new();
    let sel =
        scraper::Selector::parse("a[href], link[href], script[src], img[src]").expect("selector");
    for entry in walkdir::WalkDir::new(out) {
        let entry = entry.expect("readable");
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let page = entry.path().to_path_buf();
        let doc = html(&page);
        for el in doc.select(&sel) {
            let url = el
                .value()
                .attr("href")
                .or_else(|| el.value().attr("src"))
                .unwrap_or("");
            if url.starts_with("http://")
                || url.starts_with("https://")
                || url.starts_with("mailto:")
            {
                continue;
            }
            let (target, fragment) = if let Some(frag) = url.strip_prefix('#') {
                (page.clone(), Some(frag.to_string()))
            } else if url.starts_with('/') {
                match file_for(out, base_path, url) {
                    Some(f) => (f, url.split_once('#').map(|(_, f)| f.to_string())),
                    None => {
                        broken.push(format!(
                            "{}: {url} (outside the base path {base_path})",
                            page.display()
                        ));
                        continue;
                    }
                }
            } else {
                broken.push(format!(
                    "{}: {url} (relative links are not made by dossier)",
                    page.display()
                ));
                continue;
            };
            if !target.is_file() {
                broken.push(format!(
                    "{}: {url} (no file {})",
                    page.display(),
                    target.display()
                ));
                continue;
            }
            if let Some(frag) = fragment.filter(|f| !f.is_empty()) {
                let ids = ids_cache.entry(target.clone()).or_insert_with(|| {
                    let d = html(&target);
                    select(&d, "[id]")
                        .iter()
                        .filter_map(|e| e.value().attr("id").map(String::from))
                        .collect()
                });
                if !ids.contains(&frag) {
                    broken.push(format!(
                        "{}: {url} (no id {frag} in {})",
                        page.display(),
                        target.display()
                    ));
                }
            }
        }
    }
    broken
}

/// True when the environment asks for every external checker (CI does).
pub fn tools_required() -> bool {
    std::env::var("DOSSIER_REQUIRE_TOOLS").is_ok_and(|v| v == "1")
}

/// The Nu HTML Checker's jar, when `tests/tools` has been installed (`npm ci`).
pub fn vnu_jar() -> Option<PathBuf> {
    let jar = repo().join("tests/tools/node_modules/vnu-jar/build/dist/vnu.jar");
    let java = Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success());
    if jar.is_file() && java {
        return Some(jar);
    }
    assert!(
        !tools_required(),
        "DOSSIER_REQUIRE_TOOLS=1 but vnu.jar or java is missing (run npm ci in tests/tools)"
    );
    eprintln!("skipped: the Nu HTML Checker is not installed (npm ci --prefix tests/tools)");
    None
}

/// Runs the Nu HTML Checker over every page in `dir`; returns its error report, empty when
/// every page is valid HTML5. `None` when the checker is not installed.
pub fn html_errors(dir: &Path) -> Option<String> {
    let jar = vnu_jar()?;
    let out = Command::new("java")
        .args(["-jar"])
        .arg(&jar)
        .args(["--errors-only", "--skip-non-html"])
        .arg(dir)
        .output()
        .expect("java runs");
    Some(format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    ))
}

/// A running `dossier serve`, stopped when dropped.
pub struct Served {
    child: std::process::Child,
    /// `http://127.0.0.1:PORT/`
    pub url: String,
    /// Lines the server printed before its address (warnings, the first build).
    pub startup: Vec<String>,
    /// Lines the server printed after starting (its rebuild summaries and errors).
    pub log: std::sync::mpsc::Receiver<String>,
}

impl Served {
    /// Sends the server SIGINT, as Ctrl+C in its terminal would, and waits up to `limit` for
    /// it to exit. True when it did.
    pub fn interrupt(&mut self, limit: std::time::Duration) -> bool {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill").args(["-INT", &pid]).status();
        assert!(sent.is_ok_and(|s| s.success()), "kill -INT {pid}");
        let deadline = std::time::Instant::now() + limit;
        while std::time::Instant::now() < deadline {
            if self.child.try_wait().ok().flatten().is_some() {
                return true;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        false
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `dossier serve --port 0` on the dossier at `root` and waits until it listens.
pub fn serve(root: &Path, extra: &[&str]) -> Served {
    use std::io::BufRead;
    let child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["serve", "--port", "0", "--root"])
        .arg(root)
        .args(extra)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("dossier serve starts");
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    // From here the server is owned by `served`, which stops it even if this function panics.
    let mut served = Served {
        child,
        url: String::new(),
        startup: Vec::new(),
        log: rx,
    };
    let stdout = served.child.stdout.take().expect("stdout");
    let stderr = served.child.stderr.take().expect("stderr");
    let tx2 = tx.clone();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx2.send(line);
        }
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        let line = served.log.recv_timeout(left).unwrap_or_else(|_| {
            panic!(
                "dossier serve did not print its address: {:?}",
                served.startup
            )
        });
        if let Some(at) = line.find("http://") {
            served.url = line[at..]
                .split_whitespace()
                .next()
                .expect("url")
                .to_string();
            return served;
        }
        served.startup.push(line);
    }
}

/// A blocking HTTP client that reports 4xx and 5xx as responses, not errors.
pub fn http() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(std::time::Duration::from_secs(20)))
        .build()
        .into()
}

/// GET `url`: status, content type and body.
pub fn get(url: &str) -> (u16, String, String) {
    let mut response = http()
        .get(url)
        .call()
        .unwrap_or_else(|e| panic!("GET {url}: {e}"));
    let status = response.status().as_u16();
    let kind = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = response.body_mut().read_to_string().unwrap_or_default();
    (status, kind, body)
}

/// Server-sent events from `url`, as (event name, data) on a channel.
pub fn events(url: &str) -> std::sync::mpsc::Receiver<(String, String)> {
    use std::io::BufRead;
    let (tx, rx) = std::sync::mpsc::channel();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let response = agent.get(url).call().expect("event stream opens");
    std::thread::spawn(move || {
        let reader = std::io::BufReader::new(response.into_body().into_reader());
        let mut name = String::new();
        let mut data = Vec::new();
        for line in reader.lines().map_while(Result::ok) {
            if let Some(n) = line.strip_prefix("event:") {
                name = n.trim().to_string();
            } else if let Some(d) = line.strip_prefix("data:") {
                data.push(d.trim_start().to_string());
            } else if line.is_empty() && !name.is_empty() {
                if tx
                    .send((std::mem::take(&mut name), data.join("\n")))
                    .is_err()
                {
                    return;
                }
                data.clear();
            }
        }
    });
    rx
}

/// Waits for the next event named `name`, skipping others.
pub fn wait_for(events: &std::sync::mpsc::Receiver<(String, String)>, name: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match events.recv_timeout(left) {
            Ok((n, data)) if n == name => return data,
            Ok(_) => {}
            Err(_) => panic!("no `{name}` event within 20 s"),
        }
    }
}
