//! The incremental rebuild always equals a full build: after any sequence of edits,
//! creations, deletions, renames, truncations, broken files and `site.yaml` and registry
//! edits (made while the dossier builds or while it does not), byte for byte.
use crate::common;

use dossier::engine::{self, Options};
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
    /// The first half of an editor's truncate-then-write save: the file is empty.
    Truncate {
        slot: usize,
    },
    /// `site.yaml` as [`CONFIGS`] has it.
    Config(usize),
    /// `content/entities.yaml` as [`REGISTRIES`] has it.
    Registry(usize),
}

/// Versions of `site.yaml`, appended to the fixture's: two items a page (so that edits move
/// articles across the pages of entities and tags), other titles and page sizes, and one
/// that does not load.
const CONFIGS: &[&str] = &[
    "page_size: 2\n",
    "page_size: 3\n",
    "page_size: 2\ndescription_typo: x\n",
];

/// Versions of the registry, appended to the fixture's: as it is, one more negotiator (who
/// takes mentions from the text), an alias more, and one that does not load.
pub(super) const REGISTRIES: &[&str] = &[
    "",
    "- name: Steve Witkoff\n  kind: person\n  roles: [negotiator]\n",
    "- name: Basem Naim\n  kind: person\n  aliases: [Naim]\n  roles: [official]\n",
    "- name: [unclosed\n",
];

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..6usize, prop::collection::vec(0..SENTENCES.len(), 1..5), 0..TAGS.len(), 1..28u32, 0..3usize)
            .prop_map(|(slot, sentences, tag, day, title)| Op::Write { slot, sentences, tag, day, title }),
        1 => (0..6usize).prop_map(|slot| Op::Delete { slot }),
        1 => (0..6usize).prop_map(|slot| Op::Rename { slot }),
        1 => (0..6usize).prop_map(|slot| Op::Break { slot }),
        1 => (0..6usize).prop_map(|slot| Op::Truncate { slot }),
        1 => (0..CONFIGS.len()).prop_map(Op::Config),
        1 => (0..REGISTRIES.len()).prop_map(Op::Registry),
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

/// Makes the change on disk and says what the watcher would report.
fn apply(root: &Path, op: &Op, renamed: &mut [bool; 6]) -> Changes {
    let content = |content| Changes {
        content,
        ..Changes::default()
    };
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
            content(vec![p])
        }
        Op::Delete { slot } => {
            let p = path_of(root, *slot, renamed[*slot]);
            let _ = std::fs::remove_file(&p);
            content(vec![p])
        }
        Op::Rename { slot } => {
            let from = path_of(root, *slot, renamed[*slot]);
            renamed[*slot] = !renamed[*slot];
            let to = path_of(root, *slot, renamed[*slot]);
            if from.exists() {
                std::fs::rename(&from, &to).unwrap();
            }
            content(vec![from, to])
        }
        Op::Break { slot } => {
            let p = path_of(root, *slot, renamed[*slot]);
            std::fs::write(&p, "---\ntitle: Broken\ndate: 2025-02-30\n---\n").unwrap();
            content(vec![p])
        }
        Op::Truncate { slot } => {
            let p = path_of(root, *slot, renamed[*slot]);
            std::fs::write(&p, "").unwrap();
            content(vec![p])
        }
        Op::Config(i) => {
            std::fs::write(
                root.join("site.yaml"),
                BASE_CONFIG.to_string() + CONFIGS[*i],
            )
            .unwrap();
            Changes {
                config: true,
                ..Changes::default()
            }
        }
        Op::Registry(i) => {
            let path = root.join("content/entities.yaml");
            std::fs::write(path, BASE_REGISTRY.to_string() + REGISTRIES[*i]).unwrap();
            Changes {
                registry: true,
                ..Changes::default()
            }
        }
    }
}

const BASE_CONFIG: &str = include_str!("../fixtures/basic/site.yaml");
const BASE_REGISTRY: &str = include_str!("../fixtures/basic/content/entities.yaml");

pub(super) fn full_build(root: &Path) -> Option<BTreeMap<PathBuf, Vec<u8>>> {
    let options = Options::new(root);
    let built = engine::build(&options, &indicatif::ProgressBar::hidden()).ok()?;
    Some(built.files.generated.into_iter().collect())
}

pub(super) fn served(session: &Session) -> BTreeMap<PathBuf, Vec<u8>> {
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
    apply(root, &Op::Config(0), &mut [false; 6]);
    let mut session = Session::start(Options::new(root)).expect("the fixture builds");
    let mut renamed = [false; 6];
    for op in &ops {
        let changes = apply(root, op, &mut renamed);
        let result = session.update(&changes).map(|u| {
            if u.indexes_stale {
                session.refresh_indexes();
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
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn the_incremental_site_always_equals_a_full_build(ops in prop::collection::vec(op(), 1..10)) {
        check(ops);
    }
}

#[test]
fn edits_to_site_yaml_and_the_registry_made_while_an_article_is_broken_are_kept() {
    let write = Op::Write {
        slot: 0,
        sentences: vec![10, 11],
        tag: 0,
        day: 3,
        title: 0,
    };
    check(vec![
        Op::Break { slot: 0 },
        Op::Registry(1),
        Op::Config(1),
        write.clone(),
    ]);
    check(vec![Op::Truncate { slot: 0 }, Op::Config(1), write]);
}
