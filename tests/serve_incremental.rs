//! The incremental rebuild always equals a full build: after any sequence of edits,
//! creations, deletions and renames, byte for byte.

mod common;

use dossier::build::{self, Options};
use dossier::serve::{Changes, Session};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Sentences to build articles from: names that share surnames, titles, quotations.
const SENTENCES: &[&str] = &[
    "US envoy Adam Boehler met Hamas officials in Doha on Tuesday.",
    "\"We are talking to everyone who can help,\" Boehler told reporters.",
    "Edan Alexander, a soldier from New Jersey, was held in Gaza.",
    "His father, Adi Alexander, said the family was waiting for news.",
    "\"Every day counts,\" Alexander said.",
    "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani hosted the talks.",
    "A source familiar with the talks said \"the gaps remain wide on the timing.\"",
    "White House Press Secretary Karoline Leavitt said the envoy had authority to talk to anyone.",
    "Hamas official Basem Naim told Reuters that \"the movement is ready for a comprehensive deal.\"",
    "The Hostages and Missing Families Forum called for an agreement.",
    "Steve Witkoff proposed a bridge deal in Cairo.",
    "Witkoff later flew to Israel.",
];

const TAGS: &[&str] = &["talks", "doha", "release", "families"];

#[derive(Debug, Clone)]
enum Op {
    /// Write article `slot` with these sentences, tags and date day.
    Write {
        slot: usize,
        sentences: Vec<usize>,
        tag: usize,
        day: u32,
        title: usize,
    },
    Delete {
        slot: usize,
    },
    Rename {
        slot: usize,
    },
    /// A broken article: the next full build and the update must both fail.
    Break {
        slot: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..6usize, prop::collection::vec(0..SENTENCES.len(), 1..5), 0..TAGS.len(), 1..28u32, 0..3usize)
            .prop_map(|(slot, sentences, tag, day, title)| Op::Write { slot, sentences, tag, day, title }),
        1 => (0..6usize).prop_map(|slot| Op::Delete { slot }),
        1 => (0..6usize).prop_map(|slot| Op::Rename { slot }),
        1 => (0..6usize).prop_map(|slot| Op::Break { slot }),
    ]
}

/// Where article `slot` currently lives (renames move it between two names).
fn path_of(root: &Path, slot: usize, renamed: bool) -> PathBuf {
    let name = if renamed {
        format!("moved-{slot}.md")
    } else {
        format!("article-{slot}.md")
    };
    root.join("content/articles").join(name)
}

fn apply(root: &Path, op: &Op, renamed: &mut [bool; 6]) -> Vec<PathBuf> {
    match op {
        Op::Write {
            slot,
            sentences,
            tag,
            day,
            title,
        } => {
            let body: Vec<&str> = sentences.iter().map(|&i| SENTENCES[i]).collect();
            let text = format!(
                "---\ntitle: Briefing {title} of slot {slot}\ndate: 2025-05-{day:02}\ntags: [{}]\n---\n\n{}\n",
                TAGS[*tag],
                body.join("\n\n")
            );
            let p = path_of(root, *slot, renamed[*slot]);
            std::fs::write(&p, text).unwrap();
            vec![p]
        }
        Op::Delete { slot } => {
            let p = path_of(root, *slot, renamed[*slot]);
            let _ = std::fs::remove_file(&p);
            vec![p]
        }
        Op::Rename { slot } => {
            let from = path_of(root, *slot, renamed[*slot]);
            renamed[*slot] = !renamed[*slot];
            let to = path_of(root, *slot, renamed[*slot]);
            if from.exists() {
                std::fs::rename(&from, &to).unwrap();
            }
            vec![from, to]
        }
        Op::Break { slot } => {
            let p = path_of(root, *slot, renamed[*slot]);
            std::fs::write(&p, "---\ntitle: Broken\ndate: 2025-02-30\n---\n").unwrap();
            vec![p]
        }
    }
}

fn full_build(root: &Path) -> Option<BTreeMap<PathBuf, Vec<u8>>> {
    let options = Options::new(root);
    let built = build::build(&options, &indicatif::ProgressBar::hidden()).ok()?;
    Some(built.files.generated.into_iter().collect())
}

fn served(session: &Session) -> BTreeMap<PathBuf, Vec<u8>> {
    session
        .output()
        .files
        .iter()
        .map(|(p, b)| (p.clone(), b.as_ref().clone()))
        .collect()
}

fn check(ops: Vec<Op>) {
    let site = common::dossier::fixture("basic");
    let root = site.path();
    let mut session = Session::start(Options::new(root)).expect("the fixture builds");
    let mut renamed = [false; 6];
    for op in &ops {
        let touched = apply(root, op, &mut renamed);
        let result = session
            .update(&Changes {
                content: touched,
                ..Changes::default()
            })
            .map(|u| {
                if u.search_stale {
                    session.refresh_search();
                }
            });
        match full_build(root) {
            Some(full) => {
                assert!(
                    result.is_ok(),
                    "the update failed where a full build succeeds after {op:?}: {:?}",
                    result.err().map(|e| e.to_string())
                );
                let got = served(&session);
                let missing: Vec<_> = full.keys().filter(|k| !got.contains_key(*k)).collect();
                let extra: Vec<_> = got.keys().filter(|k| !full.contains_key(*k)).collect();
                let differ: Vec<_> = full
                    .iter()
                    .filter(|(k, v)| got.get(*k).is_some_and(|g| g != *v))
                    .map(|(k, _)| k)
                    .collect();
                assert!(
                    missing.is_empty() && extra.is_empty() && differ.is_empty(),
                    "after {op:?} (of {ops:?}):\nmissing {missing:?}\nextra {extra:?}\ndiffering {differ:?}"
                );
            }
            None => assert!(
                result.is_err(),
                "the update succeeded where a full build fails, after {op:?}"
            ),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn the_incremental_site_always_equals_a_full_build(ops in prop::collection::vec(op(), 1..10)) {
        check(ops);
    }
}

#[test]
fn an_edit_rerenders_only_what_it_touches() {
    let site = common::dossier::fixture("basic");
    let root = site.path();
    let mut session = Session::start(Options::new(root)).unwrap();
    let total = session.output().files.len();
    let p = root.join("content/articles/2025-06-02-pasted.txt");
    let text = std::fs::read_to_string(&p)
        .unwrap()
        .replace("Monday", "Tuesday");
    std::fs::write(&p, text).unwrap();
    let update = session
        .update(&Changes {
            content: vec![p],
            ..Changes::default()
        })
        .unwrap();
    assert_eq!(
        update.reextracted, 1,
        "only the edited article is extracted again"
    );
    assert!(
        update.rerendered < total / 2,
        "{} of {total} pages rendered again",
        update.rerendered
    );
    assert!(
        update
            .changed
            .contains(&PathBuf::from("articles/pasted/index.html"))
    );
}
