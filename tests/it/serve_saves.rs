//! What one save in `dossier serve` makes again: only the files it touches, by patching the
//! last linked site and the corpus in place, and always what a full build would make.
use super::serve_incremental::{REGISTRIES, full_build, served};
use crate::common;

use dossier::engine::{self, Engine, Options};
use dossier::serve::{Changes, Session};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

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

/// The path and text of the article the save tests edit.
fn envoy_article(site: &tempfile::TempDir) -> (PathBuf, String) {
    let p = site
        .path()
        .join("content/articles/2025-03-05-envoy-in-doha.md");
    let text = std::fs::read_to_string(&p).unwrap();
    (p, text)
}

/// The basic fixture built by an incremental engine, with the path and text of the article
/// the save tests edit.
fn engine_on_the_envoy_article() -> (tempfile::TempDir, Engine, PathBuf, String) {
    let site = common::dossier::fixture("basic");
    let mut engine = Engine::incremental(Options::new(site.path()));
    engine.update(&Changes::default()).unwrap();
    let (p, text) = envoy_article(&site);
    (site, engine, p, text)
}

/// The `changes/` pages list what is dated in every article, so a save could make them all
/// again; only a page whose changes differ is made again.
#[test]
fn an_edit_that_changes_nothing_dated_leaves_the_changes_pages_alone() {
    let (_site, mut engine, p, text) = engine_on_the_envoy_article();
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
    let (p, text) = envoy_article(&site);
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
    let (_site, mut engine, p, text) = engine_on_the_envoy_article();
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

/// The watcher can report nothing at all for a file made and removed inside one debounce
/// window, so `serve` and `build --watch` look once more after a quiet spell, naming no
/// change (`serve::watch::SETTLE`). That look alone must find what no event reported: a new
/// file, a removed one, an edit.
#[test]
fn an_update_naming_no_change_finds_what_no_event_reported() {
    let (site, mut session, p, _) = serving_the_envoy_article();
    let dir = site.path().join("content/articles");
    let other = dir.join("2025-03-06-unreported.md");
    let text = "---\ntitle: Unreported\ndate: 2025-03-06\n---\nNo event named this file.\n";
    std::fs::write(&other, text).unwrap();
    std::fs::remove_file(&p).unwrap();
    let update = session.update(&Changes::default()).unwrap();
    let page = |slug: &str| PathBuf::from(format!("articles/{slug}/index.html"));
    assert!(
        update.changed.contains(&page("unreported")),
        "{:?}",
        update.changed
    );
    assert!(update.changed.contains(&page("envoy-in-doha")));
    let served = served(&session);
    assert!(served.contains_key(&page("unreported")));
    assert!(!served.contains_key(&page("envoy-in-doha")));
    assert_eq!(
        session.update(&Changes::default()).unwrap().changed,
        Vec::<PathBuf>::new()
    );
}
