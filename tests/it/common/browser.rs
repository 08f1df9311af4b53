//! Headless Chromium driven over the DevTools protocol, for browser tests.
//!
//! A small client of our own over a websocket (tungstenite), so that nothing is downloaded and
//! nothing but Debian's `chromium` is needed. [`Browser::launch`] starts Chromium with a fresh
//! profile and the flags that keep it off the network; it returns `None`, after printing
//! "skipped: chromium not installed", when there is no Chromium, unless
//! `DOSSIER_REQUIRE_BROWSER=1`, under which a missing browser fails the test.
//!
//! ```ignore
//! let Some(mut b) = Browser::launch() else { return };
//! b.navigate("http://127.0.0.1:8000/repo/search/?q=Boehler");
//! b.wait_for("document.querySelectorAll('.search-result').length > 0");
//! b.press("/");
//! b.type_text("negotiating");
//! assert_eq!(b.eval("document.activeElement.id"), "search-box");
//! ```

use serde_json::{Value, json};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tungstenite::{Message, WebSocket};

/// How long a command, a page load or a condition may take before the test fails.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// The flags from DESIGN.md: headless, and no attempt to reach the network.
const FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--no-default-browser-check",
    "--disable-extensions",
    "--remote-debugging-port=0",
];

/// Where Chromium is: `$DOSSIER_CHROMIUM`, else Debian's `/usr/bin/chromium`, else a
/// `chromium` or `chromium-browser` on the PATH.
pub fn chromium_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("DOSSIER_CHROMIUM") {
        let path = PathBuf::from(path);
        return path.exists().then_some(path);
    }
    let debian = Path::new("/usr/bin/chromium");
    if debian.exists() {
        return Some(debian.into());
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| [dir.join("chromium"), dir.join("chromium-browser")])
        .find(|p| p.exists())
}

/// True when a missing browser must fail the test instead of skipping it.
pub fn browser_required() -> bool {
    std::env::var("DOSSIER_REQUIRE_BROWSER").is_ok_and(|v| v == "1")
}

/// One Chromium process with one page (tab), killed when dropped.
pub struct Browser {
    child: Child,
    ws: WebSocket<TcpStream>,
    session: String,
    next_id: u64,
    /// Events received while waiting for replies, oldest first.
    events: Vec<Value>,
    profile: tempfile::TempDir,
}

impl Browser {
    /// Starts Chromium, or returns `None` (after saying so) when it is not installed and
    /// `DOSSIER_REQUIRE_BROWSER=1` is not set. Panics if Chromium is there but won't start.
    pub fn launch() -> Option<Browser> {
        let Some(exe) = chromium_path() else {
            assert!(
                !browser_required(),
                "chromium not installed, and DOSSIER_REQUIRE_BROWSER=1"
            );
            println!("skipped: chromium not installed");
            eprintln!("skipped: chromium not installed");
            return None;
        };
        let profile = tempfile::tempdir().expect("a temporary profile folder");
        let log = std::fs::File::create(profile.path().join("chromium.log")).expect("a log file");
        let child = Command::new(&exe)
            .args(FLAGS)
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", exe.display()));
        // Chromium writes its port and browser target to DevToolsActivePort once it listens.
        let port_file = profile.path().join("DevToolsActivePort");
        let start = Instant::now();
        let endpoint = loop {
            if let Ok(text) = std::fs::read_to_string(&port_file) {
                let mut lines = text.lines();
                if let (Some(port), Some(path)) = (lines.next(), lines.next()) {
                    break format!("127.0.0.1:{port}{path}");
                }
            }
            let log =
                std::fs::read_to_string(profile.path().join("chromium.log")).unwrap_or_default();
            assert!(
                start.elapsed() < TIMEOUT,
                "chromium did not open its DevTools port:\n{log}"
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        let (host, path) = endpoint.split_at(endpoint.find('/').unwrap_or(endpoint.len()));
        let stream = TcpStream::connect(host).expect("connect to chromium");
        stream
            .set_read_timeout(Some(TIMEOUT))
            .expect("a read timeout");
        let (ws, _) = tungstenite::client(format!("ws://{host}{path}"), stream)
            .expect("DevTools websocket handshake");
        let mut browser = Browser {
            child,
            ws,
            session: String::new(),
            next_id: 0,
            events: Vec::new(),
            profile,
        };
        let target = browser.call("Target.createTarget", json!({ "url": "about:blank" }));
        let target = target["targetId"]
            .as_str()
            .expect("a target id")
            .to_string();
        let attached = browser.call(
            "Target.attachToTarget",
            json!({ "targetId": target, "flatten": true }),
        );
        browser.session = attached["sessionId"]
            .as_str()
            .expect("a session id")
            .to_string();
        browser.call("Page.enable", json!({}));
        browser.call("Runtime.enable", json!({}));
        Some(browser)
    }

    /// Sends a command to the page (or to the browser before a page is attached) and returns
    /// its result; panics on a protocol error.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        match self.try_call(method, params) {
            Ok(result) => result,
            Err(error) => panic!("{method} failed: {error}"),
        }
    }

    /// [`Browser::call`], returning a protocol error instead of panicking.
    pub fn try_call(&mut self, method: &str, params: Value) -> Result<Value, Value> {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({ "id": id, "method": method, "params": params });
        if !self.session.is_empty() {
            message["sessionId"] = json!(self.session);
        }
        self.ws
            .send(Message::text(message.to_string()))
            .expect("send to chromium");
        loop {
            let reply = self.receive();
            if reply["id"].as_u64() == Some(id) {
                return match reply.get("error") {
                    Some(error) => Err(error.clone()),
                    None => Ok(reply["result"].clone()),
                };
            }
            self.events.push(reply);
        }
    }

    fn receive(&mut self) -> Value {
        loop {
            match self.ws.read() {
                Ok(Message::Text(text)) => {
                    return serde_json::from_str(&text).expect("DevTools sends JSON");
                }
                Ok(_) => continue,
                Err(e) => panic!("reading from chromium: {e}; its log:\n{}", self.log()),
            }
        }
    }

    /// Chromium's own log (standard error), for failure messages.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.profile.path().join("chromium.log")).unwrap_or_default()
    }

    /// Loads `url` and waits for its `load` event.
    pub fn navigate(&mut self, url: &str) {
        self.events.clear();
        let result = self.call("Page.navigate", json!({ "url": url }));
        if let Some(error) = result.get("errorText") {
            panic!("cannot load {url}: {error}");
        }
        self.wait_event("Page.loadEventFired");
    }

    /// Waits for an event of the page, kept or still to come.
    pub fn wait_event(&mut self, method: &str) -> Value {
        let start = Instant::now();
        loop {
            if let Some(at) = self.events.iter().position(|e| e["method"] == method) {
                return self.events.remove(at);
            }
            assert!(start.elapsed() < TIMEOUT, "no {method} within {TIMEOUT:?}");
            let event = self.receive();
            self.events.push(event);
        }
    }

    /// Evaluates a JavaScript expression in the page, awaiting a promise, and returns its
    /// value as JSON. Panics, with the message, if it throws.
    pub fn eval(&mut self, expression: &str) -> Value {
        match self.try_eval(expression) {
            Ok(value) => value,
            Err(error) => panic!("{expression} threw: {error}"),
        }
    }

    /// [`Browser::eval`], returning what it threw (or the protocol error, as when the page
    /// navigates meanwhile) instead of panicking.
    pub fn try_eval(&mut self, expression: &str) -> Result<Value, Value> {
        let result = self.try_call(
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
        )?;
        match result.get("exceptionDetails") {
            Some(exception) => Err(exception.clone()),
            None => Ok(result["result"]["value"].clone()),
        }
    }

    /// Polls `condition` (a JavaScript expression) until it is truthy, and returns its value.
    /// A condition that throws counts as false, since a page that is still loading may lack
    /// what it looks at.
    pub fn wait_for(&mut self, condition: &str) -> Value {
        let start = Instant::now();
        loop {
            let value = self.try_eval(condition).unwrap_or(Value::Null);
            let truthy = match &value {
                Value::Null => false,
                Value::Bool(b) => *b,
                Value::Number(n) => n.as_f64() != Some(0.0),
                Value::String(s) => !s.is_empty(),
                _ => true,
            };
            if truthy {
                return value;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "still false after {TIMEOUT:?}: {condition}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until an element matches `selector`.
    pub fn wait_for_selector(&mut self, selector: &str) {
        self.wait_for(&format!(
            "document.querySelector({}) !== null",
            json!(selector)
        ));
    }

    /// The text of the first element matching `selector`, or null.
    pub fn text(&mut self, selector: &str) -> Value {
        self.eval(&format!(
            "(e => e && e.textContent)(document.querySelector({}))",
            json!(selector)
        ))
    }

    /// The outer HTML of the first element matching `selector`, or null.
    pub fn html(&mut self, selector: &str) -> Value {
        self.eval(&format!(
            "(e => e && e.outerHTML)(document.querySelector({}))",
            json!(selector)
        ))
    }

    /// Presses and releases one key, as a person would: a character ("/", "a") or a key name
    /// ("Enter", "ArrowDown", "ArrowUp", "Escape", "Tab", "Backspace").
    pub fn press(&mut self, key: &str) {
        let (code, vk, text) = match key {
            "Enter" => ("Enter".to_string(), 13, "\r".to_string()),
            "ArrowDown" => ("ArrowDown".into(), 40, String::new()),
            "ArrowUp" => ("ArrowUp".into(), 38, String::new()),
            "Escape" => ("Escape".into(), 27, String::new()),
            "Tab" => ("Tab".into(), 9, String::new()),
            "Backspace" => ("Backspace".into(), 8, String::new()),
            "/" => ("Slash".into(), 191, "/".into()),
            c => (
                String::new(),
                c.chars()
                    .next()
                    .map_or(0, |c| c.to_ascii_uppercase() as u32),
                c.to_string(),
            ),
        };
        let kind = if text.is_empty() {
            "rawKeyDown"
        } else {
            "keyDown"
        };
        let mut down =
            json!({ "type": kind, "key": key, "code": code, "windowsVirtualKeyCode": vk });
        if !text.is_empty() {
            down["text"] = json!(text);
            down["unmodifiedText"] = json!(text);
        }
        self.call("Input.dispatchKeyEvent", down);
        self.call(
            "Input.dispatchKeyEvent",
            json!({ "type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": vk }),
        );
    }

    /// Types `text` into the focused element, one key at a time.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.press(&c.to_string());
        }
    }

    /// Uncaught JavaScript exceptions the page has thrown so far, as their descriptions.
    pub fn exceptions(&mut self) -> Vec<String> {
        self.eval("0"); // let pending events arrive
        self.events
            .iter()
            .filter(|e| e["method"] == "Runtime.exceptionThrown")
            .map(|e| e["params"]["exceptionDetails"].to_string())
            .collect()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.ws.close(None);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
