//! What an entity page shows of the dossier over time, beyond its own articles: first and
//! last seen, last change, and a hostage's status history with the sentence behind each step.
//! One function adds it to the page's context; one says what it depends on, so that an
//! incremental rebuild knows when the page must be made again.

use super::refs::{display_date, iso_date};
use super::url::{Urls, paths};
use crate::link::{EntityId, Site, status};
use rustc_hash::FxHasher;
use std::hash::{Hash, Hasher};
use tera::Context;

/// A day as `{iso, display}`, displayed in the dossier's language.
fn day(site: &Site, d: Option<chrono::NaiveDate>) -> Option<serde_json::Value> {
    d.map(|d| {
        serde_json::json!({
            "iso": super::refs::iso_day(d),
            "display": site.config.i18n.day(d),
        })
    })
}

/// Adds `seen` (first and last seen, last change) and `status_since` to page `n` of an
/// entity's pages, and on the first page only (a long timeline has many pages, and these would
/// be repeated on each) the `status_history` and the `sparkline` and `neighbourhood` SVGs.
pub fn entity_context(site: &Site, urls: &Urls, id: EntityId, n: usize, c: &mut Context) {
    let e = site.entity(id);
    let dates = site.history.dates[id.0 as usize];
    c.insert(
        "seen",
        &serde_json::json!({
            "first": day(site, dates.first_seen),
            "last": day(site, dates.last_seen),
            "change": day(site, dates.last_change),
        }),
    );
    c.insert("status_since", &day(site, status::since(e)));
    // Like the pictures, the status history is shown on the first page only.
    let history: Vec<_> = (e.status_history.iter())
        .filter(|_| n <= 1)
        .map(|s| {
            let a = &site.article(s.article).article;
            let text = &a.paragraphs[s.sentence.paragraph];
            serde_json::json!({
                "kind": s.kind.as_str(),
                "date": day(site, Some(s.date)),
                "sentence": crate::link::truncate_chars(
                    text.get(s.sentence.start..s.sentence.end).unwrap_or("").trim(),
                    300,
                ),
                "url": urls.path(&paths::paragraph(&a.slug, s.sentence.paragraph)),
                "article_title": &a.title,
                "article_date": display_date(site, &a.date),
                "article_date_iso": iso_date(&a.date),
            })
        })
        .collect();
    c.insert("status_history", &history);
    if n <= 1 {
        c.insert("sparkline", &super::charts::entity_sparkline(site, id));
        c.insert(
            "neighbourhood",
            &super::graph::neighbourhood(site, urls, id),
        );
    }
}

/// A hash of everything [`entity_context`] shows, comparable across two builds (articles by
/// path, not by id, since ids move when articles are added).
pub fn entity_signature(site: &Site, id: EntityId) -> u64 {
    let e = site.entity(id);
    let mut h = FxHasher::default();
    site.history.dates[id.0 as usize].hash(&mut h);
    for s in &e.status_history {
        let a = &site.article(s.article).article;
        (s.date, s.kind, &a.path, &a.title, a.date, s.sentence).hash(&mut h);
        a.paragraphs.get(s.sentence.paragraph).hash(&mut h);
    }
    // The pictures' inputs, not the pictures: drawing them for every entity of both builds
    // took most of a save's time in serve.
    super::charts::entity_weeks(site, id).hash(&mut h);
    super::graph::hash_neighbourhood(site, id, &mut h);
    h.finish()
}
