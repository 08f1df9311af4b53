//! The incremental rebuild always equals a full build: after any sequence of edits,
//! creations, deletions, renames, truncations, broken files and `site.yaml` and registry
//! edits (made while the dossier builds or while it does not), byte for byte.
use crate::common;

use dossier::engine::{self, Engine, Options};
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
const REGISTRIES: &[&str] = &[
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

fn full_build(root: &Path) -> Option<BTreeMap<PathBuf, Vec<u8>>> {
    let options = Options::new(root);
    let built = engine::build(&options, &indicatif::ProgressBar::hidden()).ok()?;
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

/// The `changes/` pages list what is dated in every article, so a save could make them all
/// again; only a page whose changes differ is made again.
#[test]
fn an_edit_that_changes_nothing_dated_leaves_the_changes_pages_alone() {
    let site = common::dossier::fixture("basic");
    let root = site.path();
    let mut engine = Engine::incremental(Options::new(root));
    engine.update(&Changes::default()).unwrap();
    let p = root.join("content/articles/2025-03-05-envoy-in-doha.md");
    let text = std::fs::read_to_string(&p).unwrap();
    let mut save = |text: String| {
        std::fs::write(&p, text).unwrap();
        let update = engine
            .update(&Changes {
                content: vec![p.clone()],
                ..Changes::default()
            })
            .unwrap();
        let made = |prefix: &str| {
            update
                .files
                .generated
                .iter()
                .filter(|(path, _)| path.starts_with(prefix))
                .count()
        };
        (made("changes"), made("articles"))
    };
    assert_eq!(
        save(format!("{text}\nThe talks went on into the night.\n")),
        (0, 1),
        "the article is made again, no changes/ page"
    );
    assert_eq!(
        save(format!(
            "{text}\n\"We will be back next week,\" Boehler told reporters.\n"
        )),
        (1, 1),
        "a new quotation is a change"
    );
}

/// Puts an engine update into `files`, as serve does.
fn put(files: &mut BTreeMap<PathBuf, Vec<u8>>, update: engine::Update) {
    for p in update.remove {
        files.remove(&p);
    }
    files.extend(update.files.generated);
}

/// A save patches the last linked site rather than link the whole corpus again, and the
/// files end as a full build makes them; a registry edit (which can change every entity)
/// links in full.
#[test]
fn an_article_edit_patches_the_linked_site() {
    let site = common::dossier::fixture("basic");
    let root = site.path();
    let mut engine = Engine::incremental(Options::new(root));
    let mut files = BTreeMap::new();
    let mut save = |engine: &mut Engine, changes: Changes| {
        let mut update = engine.update(&changes).unwrap();
        let job = update.index.take();
        let in_full = update.linked_in_full;
        put(&mut files, update);
        if let Some(more) = job.and_then(|job| engine.apply_index(job.run())) {
            put(&mut files, more);
        }
        (in_full, files.clone())
    };
    assert!(
        save(&mut engine, Changes::default()).0,
        "the first update links in full"
    );
    let p = root.join("content/articles/2025-03-05-envoy-in-doha.md");
    let text = std::fs::read_to_string(&p).unwrap();
    std::fs::write(
        &p,
        format!("{text}\n\"The door is open,\" Steve Witkoff told reporters in Cairo.\n"),
    )
    .unwrap();
    let edit = Changes {
        content: vec![p],
        ..Changes::default()
    };
    let (in_full, got) = save(&mut engine, edit);
    assert!(!in_full, "an article edit patches the linked site");
    assert_eq!(
        Some(got),
        full_build(root),
        "the patched site renders as a full build"
    );
    let registry = root.join("content/entities.yaml");
    let known = std::fs::read_to_string(&registry).unwrap();
    std::fs::write(&registry, format!("{known}{}", REGISTRIES[1])).unwrap();
    let edit = Changes {
        registry: true,
        ..Changes::default()
    };
    let (in_full, got) = save(&mut engine, edit);
    assert!(in_full, "a registry edit links in full");
    assert_eq!(Some(got), full_build(root));
}

/// Saves `text` to `path` and updates the session, index files included, as serve does:
/// whether the update succeeded, and the files served after it.
fn save_served(
    session: &mut Session,
    path: &Path,
    text: &str,
) -> (bool, BTreeMap<PathBuf, Vec<u8>>) {
    std::fs::write(path, text).unwrap();
    let changes = Changes {
        content: vec![path.to_path_buf()],
        ..Changes::default()
    };
    let result = session.update(&changes).map(|u| {
        if u.indexes_stale {
            session.refresh_indexes();
        }
    });
    (result.is_ok(), served(session))
}

/// The basic fixture served, with the path and text of the article the save tests edit.
fn serving_the_envoy_article() -> (tempfile::TempDir, Session, PathBuf, String) {
    let site = common::dossier::fixture("basic");
    let session = Session::start(Options::new(site.path())).unwrap();
    let p = site
        .path()
        .join("content/articles/2025-03-05-envoy-in-doha.md");
    let text = std::fs::read_to_string(&p).unwrap();
    (site, session, p, text)
}

/// A save that gives an article a new address moves its page, and the pages of what it
/// names stay where they are: the update finds each other file's path where the last one
/// left it, and must not find this one's there.
#[test]
fn an_article_given_a_new_slug_moves_to_its_new_address() {
    let (site, mut session, p, text) = serving_the_envoy_article();
    let root = site.path();
    let front = "tags: [talks, doha]\n";
    assert!(text.contains(front));
    let moved = text.replace(front, "tags: [talks, doha]\nslug: doha-envoy\n");
    let (ok, got) = save_served(&mut session, &p, &moved);
    assert!(ok);
    assert!(got.contains_key(Path::new("articles/doha-envoy/index.html")));
    assert!(!got.contains_key(Path::new("articles/envoy-in-doha/index.html")));
    assert_eq!(
        Some(got),
        full_build(root),
        "the served site is a full build's"
    );
}

/// The load stage keeps the corpus in order between saves and puts a re-read article back
/// in its place; a new date moves it, and a new slug that clashes with another's leaves it
/// out with an error, as a full build does.
#[test]
fn a_new_date_or_a_clashing_slug_reorders_the_corpus_as_a_full_build() {
    let (site, mut session, p, text) = serving_the_envoy_article();
    let root = site.path();
    let (ok, got) = save_served(
        &mut session,
        &p,
        &text.replace("date: 2025-03-05", "date: 2025-07-01"),
    );
    assert!(ok);
    assert_eq!(Some(got), full_build(root), "the article moved to the top");
    let clash = text.replace(
        "tags: [talks, doha]\n",
        "tags: [talks, doha]\nslug: alexander-freed\n",
    );
    let (ok, _) = save_served(&mut session, &p, &clash);
    assert!(!ok, "a slug another article has is an error");
    assert!(full_build(root).is_none());
    let (ok, got) = save_served(&mut session, &p, &text);
    assert!(ok);
    assert_eq!(
        Some(got),
        full_build(root),
        "the article is back in its place"
    );
}

/// The index job of one save, still waiting when the next save comes, does not hold the
/// site: the next save patches it where it is rather than copy it, and the old job then
/// makes nothing, the new one making the files of the new site.
#[test]
fn a_waiting_index_job_does_not_make_the_next_save_copy_the_site() {
    let site = common::dossier::fixture("basic");
    let root = site.path();
    let mut engine = Engine::incremental(Options::new(root));
    engine.update(&Changes::default()).unwrap();
    let p = root.join("content/articles/2025-03-05-envoy-in-doha.md");
    let text = std::fs::read_to_string(&p).unwrap();
    let save = |engine: &mut Engine, n: usize| {
        std::fs::write(&p, format!("{text}\nThe envoy met them again, day {n}.\n")).unwrap();
        let changes = Changes {
            content: vec![p.clone()],
            ..Changes::default()
        };
        engine
            .update(&changes)
            .unwrap()
            .index
            .expect("a save leaves an index job")
    };
    let first = save(&mut engine, 1);
    // Where the site's lists are: a copy of the site puts them elsewhere.
    let lists = |engine: &Engine| {
        let site = engine.site().unwrap();
        (site.articles.as_ptr(), site.entities.as_ptr())
    };
    let before = lists(&engine);
    let second = save(&mut engine, 2);
    assert_eq!(before, lists(&engine), "the save copied the site");
    assert!(engine.apply_index(first.run()).is_none());
    let made = engine
        .apply_index(second.run())
        .expect("the new job's files");
    assert!(!made.files.generated.is_empty());
}
