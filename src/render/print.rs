//! The briefing book: a print view of the whole dossier (`print/`) and of each topic
//! (`print/TOPIC/`), each one page with a table of contents, a page break before every
//! chapter (`@media print` in the theme), and every quotation with its source. Printed from
//! the browser (or Chromium's print-to-PDF) it makes a clean PDF.
//!
//! A chapter is bounded whatever the dossier's size: a role topic lists its people with their
//! latest quotations, the reactions topic each speaker's latest quotations, and the book adds
//! the last weeks' changes and the latest articles.

use super::fingerprint::{Signatures, hash};
use super::refs;
use super::url::{Urls, paths};
use crate::entity::Role;
use crate::link::changes::week_of;
use crate::link::{EntityId, Site, status};
use serde_json::{Value, json};
use tera::Context;

/// Quotations per person or speaker in the book.
const QUOTES_EACH: usize = 3;
/// People per role chapter, and speakers in the reactions chapter, at most (most mentioned).
const PEOPLE_EACH: usize = 100;
/// Weeks of changes in the book.
const CHANGE_WEEKS: u64 = 4;
/// Articles listed in the book.
const ARTICLES: usize = 100;

fn quotes_of(site: &Site, urls: &Urls, id: EntityId) -> Vec<Value> {
    site.entity(id)
        .quotes
        .iter()
        .take(QUOTES_EACH)
        .map(|&q| json!(refs::quote(site, urls, q)))
        .collect()
}

/// The people of a role chapter: the most mentioned first.
fn top_people(site: &Site, role: Role) -> Vec<EntityId> {
    let mut ids = super::topics::with_role(site, role);
    ids.sort_by_key(|&e| (std::cmp::Reverse(site.entity(e).mention_count), e));
    ids.truncate(PEOPLE_EACH);
    ids
}

/// What a role chapter shows of a person.
fn person(site: &Site, urls: &Urls, id: EntityId) -> Value {
    let e = site.entity(id);
    let dates = site.history.dates[id.0 as usize];
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| site.config.i18n.day(d));
    json!({
        "entity": refs::entity(site, urls, id),
        "nationality": e.nationality,
        "affiliation": e.affiliation,
        "since": day(status::since(e)),
        "first_seen": day(dates.first_seen),
        "last_seen": day(dates.last_seen),
        "quotes": quotes_of(site, urls, id),
    })
}

/// The speakers of the reactions chapter: the most quoted first.
fn top_speakers(site: &Site) -> Vec<EntityId> {
    let mut ids: Vec<EntityId> = (0..site.entities.len())
        .map(|i| EntityId(i as u32))
        .filter(|&e| !site.entity(e).quotes.is_empty())
        .collect();
    ids.sort_by_key(|&e| (std::cmp::Reverse(site.entity(e).quotes.len()), e));
    ids.truncate(PEOPLE_EACH);
    ids
}

/// What a chapter shows of an entity, wherever it lists it: as a person of a role chapter
/// (which holds all a speaker of the reactions chapter shows). Signed per entity
/// ([`Signatures`]), so that a save signs again only the entities it may have changed.
pub(crate) fn entity_signature(site: &Site, urls: &Urls, id: EntityId) -> u64 {
    hash(person(site, urls, id).to_string())
}

fn chapter(site: &Site, urls: &Urls, index: usize) -> Value {
    let topic = &site.config.topics[index];
    let (people, speakers) = match topic.role {
        Some(role) => (
            top_people(site, role)
                .into_iter()
                .map(|id| person(site, urls, id))
                .collect(),
            Vec::new(),
        ),
        None => (
            Vec::new(),
            (top_speakers(site).into_iter())
                .map(|id| json!({ "entity": refs::entity(site, urls, id), "quotes": quotes_of(site, urls, id) }))
                .collect(),
        ),
    };
    json!({
        "id": format!("topic-{}", topic.slug),
        "name": topic.name,
        "url": urls.path(&paths::topic(&topic.slug)),
        "hostages": topic.role == Some(Role::Hostage),
        "people": people,
        "speakers": speakers,
    })
}

/// How many changes the page lists, the first ones of `site.history.changes` (newest
/// first): for the book, those of its last [`CHANGE_WEEKS`] weeks; none for a topic's page.
fn recent_changes(site: &Site, topic: Option<usize>) -> usize {
    if topic.is_some() {
        return 0;
    }
    let newest = site.history.changes.first().map(|c| week_of(c.date));
    let from = newest.map(|w| w - chrono::Days::new(7 * (CHANGE_WEEKS - 1)));
    from.map_or(0, |f| site.history.since(f).len())
}

/// What `print/` (`topic: None`) or `print/TOPIC/` shows besides its title and the book's
/// changes ([`changes`]): its chapters, and for the book its latest articles.
fn data(site: &Site, urls: &Urls, topic: Option<usize>) -> Value {
    let chapters: Vec<Value> = match topic {
        Some(i) => vec![chapter(site, urls, i)],
        None => (0..site.config.topics.len())
            .map(|i| chapter(site, urls, i))
            .collect(),
    };
    let articles: Vec<Value> = match topic {
        Some(_) => Vec::new(),
        None => (0..site.articles.len().min(ARTICLES))
            .map(|i| json!(refs::article(site, urls, crate::load::ArticleId(i as u32))))
            .collect(),
    };
    // The newest article's date, not the clock's: a build is reproducible.
    let as_of = site
        .articles
        .first()
        .map(|a| refs::display_date(site, &a.article.date));
    json!({
        "chapters": chapters,
        "articles": articles,
        "whole": topic.is_none(),
        "as_of": as_of,
    })
}

/// One of the book's changes, and the path of its evidence.
#[derive(serde::Serialize)]
struct Listed<'a> {
    url: String,
    item: super::changes::Item<'a>,
}

/// The book's latest changes; none for a topic's print page. Typed, not JSON values: the
/// template context is made from them, and at 100,000 articles the book lists some 70,000
/// changes, whose JSON objects (every key a string of its own) came on top of the context.
fn changes<'a>(site: &'a Site, urls: &Urls, topic: Option<usize>) -> Vec<Listed<'a>> {
    site.history.changes[..recent_changes(site, topic)]
        .iter()
        .map(|ch| super::changes::item(site, ch))
        .map(|item| Listed {
            url: urls.path(&item.evidence),
            item,
        })
        .collect()
}

/// A hash of what a print page shows: [`super::outputs`] makes the page again only when it
/// changed, since the book takes longer to make than any other page a save touches. Made
/// from the signatures of what it lists (each chapter's entities, the latest articles, the
/// changes as `changes/` signs them), not from the page's data: it is computed on every save.
/// Comparable across builds of the same `site.yaml` (its `base_url` makes the URLs).
pub(crate) fn signature(site: &Site, s: &Signatures, topic: Option<usize>) -> u64 {
    let chapters: Vec<u64> = match topic {
        Some(i) => vec![chapter_signature(site, s, i)],
        None => (0..site.config.topics.len())
            .map(|i| chapter_signature(site, s, i))
            .collect(),
    };
    let articles = (topic.is_none()).then(|| {
        let n = site.articles.len().min(ARTICLES);
        s.slice((0..n).map(|i| crate::load::ArticleId(i as u32)), 1)
    });
    let as_of = (site.articles.first()).map(|a| refs::display_date(site, &a.article.date));
    hash((
        chapters,
        articles,
        as_of,
        s.changes_signature(site, 0..recent_changes(site, topic)),
    ))
}

/// A chapter: its topic, and what it shows of each entity it lists, in order.
fn chapter_signature(site: &Site, s: &Signatures, index: usize) -> u64 {
    let topic = &site.config.topics[index];
    let ids = match topic.role {
        Some(role) => top_people(site, role),
        None => top_speakers(site),
    };
    let shown: Vec<u64> = ids.iter().map(|e| s.print[e.0 as usize]).collect();
    hash((
        &topic.slug,
        &topic.name,
        topic.role.map(|r| r.as_str()),
        shown,
    ))
}

/// `print/` (`topic: None`) or `print/TOPIC/`.
pub fn page(site: &Site, urls: &Urls, topic: Option<usize>) -> (&'static str, Context) {
    let mut c = Context::new();
    if let Value::Object(data) = data(site, urls, topic) {
        for (key, value) in data {
            c.insert(key, &value);
        }
    }
    c.insert("changes", &changes(site, urls, topic));
    let (title, path) = match topic {
        Some(i) => {
            let t = &site.config.topics[i];
            let title = site
                .config
                .i18n
                .fill("topic_briefing", &[("topic", &t.name)]);
            (title, print_path(Some(&t.slug)))
        }
        None => (
            super::pages::word(site, "briefing_book").to_string(),
            print_path(None),
        ),
    };
    c.insert(
        "page",
        &super::pages::meta(
            urls,
            &title,
            &path,
            super::pages::word(site, "print_lede"),
            None,
        ),
    );
    ("print.html", c)
}

/// `print/` or `print/SLUG/`.
pub fn print_path(topic: Option<&str>) -> String {
    match topic {
        Some(slug) => format!("print/{slug}/"),
        None => "print/".into(),
    }
}
