//! The pages that sum up the whole dossier (the home page, the tag index, the timeline's first
//! page, the site and topic feeds, the topic pages and the briefing book) carry a fingerprint
//! of what they show: a save that leaves them as they were does not make them again, and one
//! that changes what they show does.
use crate::common;

use dossier::engine::{Engine, Options};
use dossier::serve::Changes;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const ARTICLE: &str = "content/articles/2025-03-05-envoy-in-doha.md";

/// Every page that lists the envoy article (by title, in a feed or a listing) or sums up
/// the dossier.
const SUMMARIES: &[&str] = &[
    "index.html",
    "tags/index.html",
    "tags/talks/index.html",
    "timeline/index.html",
    "atom.xml",
    "hostages/atom.xml",
    "negotiators/atom.xml",
    "reactions/atom.xml",
    "hostages/index.html",
    "reactions/index.html",
    "print/index.html",
    "people/adam-boehler/index.html",
];

/// An engine that has built the basic fixture, and the envoy article's text.
fn built(root: &Path) -> (Engine, String) {
    let mut engine = Engine::incremental(Options::new(root));
    engine.update(&Changes::default()).unwrap();
    let text = std::fs::read_to_string(root.join(ARTICLE)).unwrap();
    (engine, text)
}

/// Saves the envoy article as `text`; returns the files the update made, as text.
fn save(engine: &mut Engine, root: &Path, text: &str) -> BTreeMap<PathBuf, String> {
    let path = root.join(ARTICLE);
    std::fs::write(&path, text).unwrap();
    let update = engine
        .update(&Changes {
            content: vec![path],
            ..Changes::default()
        })
        .unwrap();
    (update.files.generated.into_iter())
        .map(|(p, bytes)| (p, String::from_utf8_lossy(&bytes).into_owned()))
        .collect()
}

#[test]
fn a_sentence_added_to_an_article_makes_only_its_page_again() {
    let site = common::dossier::fixture("basic");
    let (mut engine, text) = built(site.path());
    let made = save(
        &mut engine,
        site.path(),
        &format!("{text}\nThe talks went on into the night.\n"),
    );
    assert!(made.contains_key(Path::new("articles/envoy-in-doha/index.html")));
    for page in SUMMARIES {
        assert!(!made.contains_key(Path::new(page)), "{page} was made again");
    }
}

#[test]
fn a_new_title_reaches_every_page_that_lists_the_article() {
    let site = common::dossier::fixture("basic");
    let (mut engine, text) = built(site.path());
    let old = "US envoy met Hamas officials in Doha";
    let new = "Envoy and Hamas officials meet in Qatar";
    assert!(text.contains(old));
    let made = save(&mut engine, site.path(), &text.replace(old, new));
    // The tag index shows tags, and the hostages' table their latest articles by date only.
    let untitled = ["tags/index.html", "hostages/index.html"];
    for page in SUMMARIES.iter().filter(|p| !untitled.contains(p)) {
        let Some(bytes) = made.get(Path::new(page)) else {
            panic!("{page} was not made again");
        };
        assert!(bytes.contains(new), "{page} does not show the new title");
    }
    assert!(!made.contains_key(Path::new("tags/index.html")));
}

#[test]
fn a_new_tag_reaches_the_tag_index() {
    let site = common::dossier::fixture("basic");
    let (mut engine, text) = built(site.path());
    let made = save(
        &mut engine,
        site.path(),
        &text.replace("tags: [talks, doha]", "tags: [talks, doha, ceasefire]"),
    );
    let tags = made.get(Path::new("tags/index.html"));
    assert!(tags.is_some_and(|t| t.contains("ceasefire")), "{tags:?}");
}

/// The book's chapters, the topics and the timeline's chart are signed from what is kept per
/// entity and per article: a new quotation must reach each page that shows it or counts it.
#[test]
fn a_new_quotation_reaches_the_home_page_the_reactions_and_the_book() {
    let site = common::dossier::fixture("basic");
    let (mut engine, text) = built(site.path());
    let said = "We will be back next week";
    let made = save(
        &mut engine,
        site.path(),
        &format!("{text}\n\"{said},\" Boehler told reporters.\n"),
    );
    for page in [
        "index.html",
        "reactions/index.html",
        "reactions/atom.xml",
        "print/index.html",
        "print/negotiators/index.html",
        "print/reactions/index.html",
    ] {
        let shown = made.get(Path::new(page));
        assert!(shown.is_some_and(|p| p.contains(said)), "{page}: {shown:?}");
    }
    // The timeline's chart counts the quotations of each week.
    let timeline = made.get(Path::new("timeline/index.html"));
    assert!(
        timeline.is_some(),
        "the timeline's chart was not made again"
    );
}

/// A quotation reworded changes no count and no listing, only what the reactions topic and
/// the book quote: they must be made again, with the new words.
#[test]
fn a_reworded_quotation_reaches_the_reactions_and_the_book() {
    let site = common::dossier::fixture("basic");
    let (mut engine, text) = built(site.path());
    let (old, new) = ("talking to everyone who", "speaking with anyone who");
    assert!(text.contains(old));
    let made = save(&mut engine, site.path(), &text.replace(old, new));
    for page in [
        "reactions/index.html",
        "print/index.html",
        "print/negotiators/index.html",
        "print/reactions/index.html",
    ] {
        let shown = made.get(Path::new(page));
        assert!(shown.is_some_and(|p| p.contains(new)), "{page}: {shown:?}");
    }
}

/// A role one article gives a person shows beside the person's name on every article page
/// that names them: a save of one article must make the pages of the others again.
#[test]
fn a_role_given_in_one_article_reaches_the_pages_of_the_others() {
    let site = common::dossier::fixture("basic");
    let (mut engine, text) = built(site.path());
    let said = "The negotiator Yael Alexander met mediators in Doha on Thursday.";
    let made = save(&mut engine, site.path(), &format!("{text}\n{said}\n"));
    let page = Path::new("articles/alexander-freed/index.html");
    let options = Options::new(site.path());
    let full = dossier::engine::build(&options, &indicatif::ProgressBar::hidden()).unwrap();
    let expected =
        file(full.files.generated, page).map(|b| String::from_utf8_lossy(&b).into_owned());
    assert!(
        expected
            .as_deref()
            .is_some_and(|p| p.contains("role-negotiator")),
        "a full build shows the role on the other article's page"
    );
    assert_eq!(
        made.get(page),
        expected.as_ref(),
        "{} was not made again",
        page.display()
    );
}

/// Whether the first article of a timeline page opens its week depends on the article before
/// it, the last of the page before: an edit that moves that one into the same week must make
/// the next page again.
#[test]
fn a_week_moved_at_the_end_of_a_timeline_page_reaches_the_next_page() {
    use chrono::{Days, NaiveDate};
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("site.yaml"),
        "title: Weekly notes\nbase_url: https://example.org/\n",
    )
    .unwrap();
    let articles = root.join("content/articles");
    std::fs::create_dir_all(&articles).unwrap();
    let monday = NaiveDate::from_ymd_opt(2010, 1, 4).unwrap();
    let write = |k: u64, date: NaiveDate| {
        let text =
            format!("---\ntitle: Week {k}\ndate: {date}\n---\n\nA short note on the talks.\n");
        std::fs::write(articles.join(format!("week-{k}.md")), text).unwrap();
    };
    // One article a week, each opening its week. The timeline lists them newest first, 500
    // to a page, so week 5 ends page 1 and week 4 opens page 2.
    for k in 0..505 {
        write(k, monday + Days::new(7 * k));
    }
    let mut engine = Engine::incremental(Options::new(root));
    let page = Path::new("timeline/page/2/index.html");
    let first = engine.update(&Changes::default()).unwrap();
    let first_build_page2 = file(first.files.generated, page).unwrap_or_default();
    write(5, monday + Days::new(7 * 4 + 1));
    let update = engine
        .update(&Changes {
            content: vec![articles.join("week-5.md")],
            ..Changes::default()
        })
        .unwrap();
    let made = file(update.files.generated, page);
    let options = Options::new(root);
    let full = dossier::engine::build(&options, &indicatif::ProgressBar::hidden()).unwrap();
    let expected = file(full.files.generated, page);
    let opens_week_4 = |b: &[u8]| String::from_utf8_lossy(b).contains("id=\"week-2010-02-01\"");
    assert!(
        opens_week_4(&first_build_page2),
        "week 4 opened page 2 before the edit"
    );
    assert!(
        expected.as_deref().is_some_and(|b| !opens_week_4(b)),
        "a full build makes {} without week 4's anchor",
        page.display()
    );
    assert!(
        made == expected,
        "the update did not make page 2 as a full build does"
    );
}

/// The bytes of `page` among the files a build or an update made.
fn file(made: impl IntoIterator<Item = (PathBuf, Vec<u8>)>, page: &Path) -> Option<Vec<u8>> {
    made.into_iter()
        .find_map(|(p, bytes)| (p == page).then_some(bytes))
}
