//! Runs `dossier extract --json --no-registry` over the fixture articles in
//! `tests/fixtures/extract/` and scores it against their gold files with the matching rules of
//! `shared/eval/score-extraction`, so a regression in extraction fails CI.

use crate::common::dossier::json_strings;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const BAR: f64 = 0.90;

/// Accents and case folded, curly apostrophes straightened, other punctuation as spaces.
fn fold(s: &str) -> String {
    let s = deunicode::deunicode(s)
        .to_lowercase()
        .replace(['’', '‘'], "'");
    let kept: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '\'' || c == ' ' || c == '-' {
                c
            } else {
                ' '
            }
        })
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn tokens(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// Share of `b`'s tokens found in `a` (as a multiset).
fn contains(a: &str, b: &str) -> f64 {
    let tb = tokens(b);
    if tb.is_empty() {
        return 0.0;
    }
    let mut pool: HashMap<String, usize> = HashMap::new();
    for t in tokens(a) {
        *pool.entry(t).or_default() += 1;
    }
    let hit = tb
        .iter()
        .filter(|t| match pool.get_mut(*t) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        })
        .count();
    hit as f64 / tb.len() as f64
}

fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
    let p = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        1.0
    };
    let r = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        1.0
    };
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

#[derive(Default)]
struct Counts {
    p: [usize; 3],
    r: [usize; 3],
    q: [usize; 3],
    speaker_ok: usize,
    speaker_n: usize,
}

fn score(gold: &Value, pred: &Value, c: &mut Counts) {
    let gp = gold["persons"].as_array().cloned().unwrap_or_default();
    let mut keys: HashMap<String, usize> = HashMap::new();
    for (i, g) in gp.iter().enumerate() {
        keys.insert(fold(g["name"].as_str().unwrap_or("")), i);
        for a in json_strings::<Vec<String>>(&g["aliases"]) {
            keys.insert(fold(&a), i);
        }
    }
    let mut matched = vec![false; gp.len()];
    let ents = pred["entities"].as_array().cloned().unwrap_or_default();
    for e in ents.iter().filter(|e| e["kind"] == "person") {
        let roles = json_strings::<Vec<String>>(&e["roles"]);
        match keys.get(&fold(e["name"].as_str().unwrap_or(""))) {
            Some(&gi) if !matched[gi] => {
                matched[gi] = true;
                c.p[0] += 1;
                let want = json_strings::<Vec<String>>(&gp[gi]["roles"]);
                c.r[0] += roles.iter().filter(|r| want.contains(r)).count();
                c.r[1] += roles.iter().filter(|r| !want.contains(r)).count();
                c.r[2] += want.iter().filter(|r| !roles.contains(r)).count();
            }
            _ => {
                c.p[1] += 1;
                c.r[1] += roles.len();
            }
        }
    }
    for (_, g) in gp.iter().enumerate().filter(|(i, _)| !matched[*i]) {
        c.p[2] += 1;
        c.r[2] += json_strings::<Vec<String>>(&g["roles"]).len();
    }
    let gq = gold["quotes"].as_array().cloned().unwrap_or_default();
    let mut used = vec![false; gq.len()];
    for q in pred["quotes"].as_array().cloned().unwrap_or_default() {
        let text = q["text"].as_str().unwrap_or("");
        let best = gq
            .iter()
            .enumerate()
            .filter(|(i, _)| !used[*i])
            .map(|(i, g)| {
                let gt = g["text"].as_str().unwrap_or("");
                (i, contains(text, gt).min(contains(gt, text)))
            })
            .fold(None, |acc: Option<(usize, f64)>, x| match acc {
                Some(a) if a.1 >= x.1 => Some(a),
                _ if x.1 > 0.0 => Some(x),
                _ => acc,
            });
        let Some((gi, _)) = best.filter(|b| b.1 >= 0.8) else {
            c.q[1] += 1;
            continue;
        };
        used[gi] = true;
        c.q[0] += 1;
        c.speaker_n += 1;
        let got = q["speaker"].as_str().map(fold);
        let g = &gq[gi];
        let ok = match g["speaker"].as_str() {
            None => {
                got.is_none()
                    || g["speaker_org"]
                        .as_str()
                        .map(fold)
                        .is_some_and(|o| Some(o) == got)
            }
            Some(want) => {
                let mut names = vec![fold(want)];
                for p in gp
                    .iter()
                    .filter(|p| fold(p["name"].as_str().unwrap_or("")) == fold(want))
                {
                    names.extend(
                        json_strings::<Vec<String>>(&p["aliases"])
                            .iter()
                            .map(|a| fold(a)),
                    );
                }
                got.is_some_and(|g| names.contains(&g))
            }
        };
        c.speaker_ok += usize::from(ok);
    }
    c.q[2] += used.iter().filter(|u| !**u).count();
}

#[test]
fn extraction_scores_at_least_the_bar_on_the_fixture_articles() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extract");
    let mut articles: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixture folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("md" | "txt")))
        .collect();
    articles.sort();
    assert!(
        articles.len() >= 6,
        "expected the fixture articles in {}",
        dir.display()
    );
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["extract", "--json", "--no-registry"])
        .args(&articles)
        .output()
        .expect("run dossier");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).expect("extract --json prints JSON");
    let preds = json["articles"].as_array().cloned().unwrap_or_default();
    let mut c = Counts::default();
    for (path, pred) in articles.iter().zip(&preds) {
        let gold_path = path.with_extension("gold.json");
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&gold_path).expect("gold"))
            .expect("gold JSON");
        score(&gold, pred, &mut c);
    }
    let persons = f1(c.p[0], c.p[1], c.p[2]);
    let roles = f1(c.r[0], c.r[1], c.r[2]);
    let quotes = f1(c.q[0], c.q[1], c.q[2]);
    let speaker = c.speaker_ok as f64 / c.speaker_n.max(1) as f64;
    let summary = format!(
        "persons F1 {persons:.2}, roles F1 {roles:.2}, quotes F1 {quotes:.2}, speaker acc {speaker:.2}"
    );
    eprintln!("{summary}");
    for (what, v) in [
        ("persons", persons),
        ("roles", roles),
        ("quotes", quotes),
        ("speaker", speaker),
    ] {
        assert!(v >= BAR, "{what} below {BAR}: {summary}");
    }
}

#[test]
fn the_scorer_port_matches_quotes_by_shared_tokens() {
    assert!(contains("We are ready, he said", "We are ready") >= 1.0);
    assert!(contains("ready", "We are ready") < 0.8);
    assert_eq!(fold("Prime Minister’s  Office!"), "prime minister's office");
}
