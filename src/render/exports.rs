//! Exports for other tools: `api/articles.json`, `api/entities.json`, `api/quotes.json` and
//! `api/people.json` (`people.rs`), so a newsroom can reuse what extraction found without
//! scraping the pages. The format is documented in the README; URLs are absolute when
//! `base_url` names a host.
//!
//! Each fact is written once and the files refer to each other by key, so that the exports
//! grow with the dossier and not with the product of its articles, entities and quotations:
//! an article lists its entities, and a quotation its speaker (`quotes.rs`), by position in
//! a list of ids the file gives once (`people/adam-boehler`, also the entity page's path); a
//! quotation names its article by slug; and neither repeats what the other file holds (an
//! article's date, an entity's URL, the entity's articles). Where a file holds many rows, it
//! names what they refer to once at its head ([`object`]).

mod people;
mod quotes;

use crate::link::{EntityId, Site};
use crate::load::ArticleId;
use crate::render::refs::iso_date;
use crate::render::url::{Urls, paths};
use crate::write::{OutputError, Sink};
use serde::Serialize;

#[derive(Serialize)]
struct ArticleOut<'a> {
    slug: &'a str,
    title: &'a str,
    date: String,
    source: Option<&'a str>,
    source_url: Option<&'a str>,
    summary: &'a str,
    authors: &'a [String],
    tags: &'a [String],
    /// Positions in the file's `entities`.
    entities: Vec<usize>,
    quotes: usize,
}

#[derive(Serialize)]
struct EntityOut<'a> {
    id: String,
    name: &'a str,
    slug: &'a str,
    kind: &'static str,
    url: String,
    roles: Vec<&'static str>,
    aliases: &'a [String],
    status: Option<&'static str>,
    affiliation: Option<&'a str>,
    nationality: &'a [String],
    description: Option<&'a str>,
    side: Option<&'static str>,
    in_registry: bool,
    mentions: usize,
    first_seen: Option<String>,
    last_seen: Option<String>,
    last_change: Option<String>,
    status_since: Option<String>,
}

/// An entity's key in the exports: its page's path without the slashes, `people/adam-boehler`
/// (a slug alone is unique only within its kind).
pub(crate) fn entity_id(site: &Site, id: EntityId) -> String {
    let e = site.entity(id);
    paths::entity(e.kind, &e.slug)
        .trim_end_matches('/')
        .to_string()
}

/// Writes a JSON array item by item, so the largest export is never held whole.
pub(crate) fn array<T: Serialize>(
    sink: &dyn Sink,
    path: &str,
    items: impl Iterator<Item = T>,
) -> Result<(), OutputError> {
    let mut items = items.peekable();
    sink.put_with(path.into(), &mut |w| {
        items_into(w, &mut items)?;
        w.write_all(b"\n")
    })
}

/// Writes `{"name": value, …, "key": [item, …]}`: what the items refer to (lists they name
/// by position, the names of their fields), given once, then the items one by one, so the
/// largest exports are never held whole.
pub(crate) fn object<T: Serialize>(
    sink: &dyn Sink,
    path: &str,
    head: &[(&str, serde_json::Value)],
    key: &str,
    items: impl Iterator<Item = T>,
) -> Result<(), OutputError> {
    let mut items = items.peekable();
    sink.put_with(path.into(), &mut |w| {
        w.write_all(b"{")?;
        for (name, value) in head {
            serde_json::to_writer(&mut *w, name)?;
            w.write_all(b":")?;
            serde_json::to_writer(&mut *w, value)?;
            w.write_all(b",")?;
        }
        serde_json::to_writer(&mut *w, key)?;
        w.write_all(b":")?;
        items_into(w, &mut items)?;
        w.write_all(b"}\n")
    })
}

fn items_into<T: Serialize>(
    w: &mut dyn std::io::Write,
    items: &mut std::iter::Peekable<impl Iterator<Item = T>>,
) -> std::io::Result<()> {
    w.write_all(b"[")?;
    while let Some(item) = items.next() {
        serde_json::to_writer(&mut *w, &item)?;
        if items.peek().is_some() {
            w.write_all(b",")?;
        }
    }
    w.write_all(b"]")
}

/// Writes the export files into `sink`. An export added here is written by `build` and, after
/// each save, by `serve`'s index job (`serve::session::IndexJob`), which treats every file
/// under `api/` as made from the whole site.
pub fn write_into(site: &Site, urls: &Urls, sink: &dyn Sink) -> Result<(), OutputError> {
    let mut entities = Table::default();
    for node in &site.articles {
        for (e, _) in &node.entities {
            entities.index(e.0);
        }
    }
    let articles = site.articles.iter().enumerate().map(|(i, node)| {
        let a = &node.article;
        ArticleOut {
            slug: &a.slug,
            title: &a.title,
            date: iso_date(&a.date),
            source: a.front.source.as_deref(),
            source_url: a.front.source_url.as_deref(),
            summary: crate::render::refs::summary_of(site, ArticleId(i as u32)),
            authors: &a.front.authors,
            tags: &a.front.tags,
            entities: (node.entities.iter())
                .map(|(e, _)| entities.position[&e.0])
                .collect(),
            quotes: node.quotes.len(),
        }
    });
    let ids: Vec<String> = (entities.order.iter())
        .map(|&e| entity_id(site, EntityId(e)))
        .collect();
    // An article's page is `base_url` + `articles/SLUG/`, so neither is repeated per article.
    let head = [
        ("base_url", urls.absolute("").into()),
        ("entities", ids.into()),
    ];
    object(sink, "api/articles.json", &head, "articles", articles)?;
    let day = |d: Option<chrono::NaiveDate>| d.map(super::refs::iso_day);
    let entities = site.entities.iter().enumerate().map(|(i, e)| EntityOut {
        id: entity_id(site, EntityId(i as u32)),
        name: &e.name,
        slug: &e.slug,
        kind: e.kind.as_str(),
        url: urls.absolute(&paths::entity(e.kind, &e.slug)),
        roles: e.roles.iter().map(|r| r.as_str()).collect(),
        aliases: &e.aliases,
        status: e.status.map(|s| s.as_str()),
        affiliation: e.affiliation.as_deref(),
        nationality: &e.nationality,
        description: e.description.as_deref(),
        side: e.side.map(|s| s.label()),
        in_registry: e.in_registry,
        mentions: e.mention_count,
        first_seen: day(site.history.dates[i].first_seen),
        last_seen: day(site.history.dates[i].last_seen),
        last_change: day(site.history.dates[i].last_change),
        status_since: day(crate::link::status::since(e)),
    });
    array(sink, "api/entities.json", entities)?;
    people::write_into(site, urls, sink)?;
    crate::render::changes::export(site, sink)?;
    quotes::write_into(site, sink)
}

/// Positions given in order of first use: what a row of an export names by position in a
/// list the file gives once.
pub(crate) struct Table<K> {
    pub order: Vec<K>,
    pub position: std::collections::HashMap<K, usize>,
}

impl<K> Default for Table<K> {
    fn default() -> Self {
        Table {
            order: Vec::new(),
            position: std::collections::HashMap::new(),
        }
    }
}

impl<K: std::hash::Hash + Eq + Copy> Table<K> {
    pub fn index(&mut self, key: K) -> usize {
        *self.position.entry(key).or_insert_with(|| {
            self.order.push(key);
            self.order.len() - 1
        })
    }
}
