//! An entity's page: its profile and facts, its timeline of articles (`page_size` a page,
//! newest first) with what it said in each, and on the first page its pictures and the
//! entities named most often with it.

use super::Prebuilt;
use super::pages::meta;
use super::refs::{self, Pager};
use super::url::{Urls, paths};
use crate::link::{EntityId, Site};
use serde::Serialize;
use tera::Context;

/// One article of an entity's timeline. Structs rather than `json!` values, which were built
/// and then converted again for the template: these lists are most of the site. The fields
/// are in the order the `json!` maps had (by name).
#[derive(Serialize)]
struct Entry<'a> {
    /// The article's [`refs::ArticleRef`], converted once for the whole build.
    article: &'a tera::Value,
    new_day: bool,
    quotes: Vec<QuoteLink<'a>>,
    snippet: Option<String>,
    url: String,
}

/// A quotation of an article on an entity's timeline, linked to its paragraph.
#[derive(Serialize)]
struct QuoteLink<'a> {
    text: &'a str,
    url: String,
}

/// An entity named in the same articles, and in how many of them.
#[derive(Serialize)]
struct Related<'a> {
    /// Its [`refs::EntityRef`], converted once for the whole build.
    entity: &'a tera::Value,
    shared: u32,
}

/// Page `n` (1-based) of entity `id`: `entity.html` and its context.
pub fn entity(
    site: &Site,
    urls: &Urls,
    pre: &Prebuilt,
    id: EntityId,
    n: usize,
) -> (&'static str, Context) {
    let e = site.entity(id);
    let per = site.config.page_size;
    // One entry per article: where it is named, and what it said there. Quotations sit under
    // their article rather than in a list of their own that repeated each article's title.
    // The newest page shows the sentence that names the entity in each article; older pages
    // list each article by its title alone (linked to that sentence), with the quotations in
    // full: at 10,000 articles the sentences on older pages were a tenth of the site, most of
    // them a place or organisation named in passing.
    let entries = site.timeline(id);
    let page = &entries[crate::link::timeline_page(entries.len(), n, per)];
    let timeline: Vec<_> = (page.iter().enumerate())
        .map(|(i, t)| {
            let a = &site.article(t.article).article;
            let snippet = t.appearance.filter(|_| n <= 1).map(|app| site.snippet(app));
            // A quotation the snippet already shows in full is not shown twice.
            let in_snippet = |text: &str| snippet.as_deref().is_some_and(|s| s.contains(text));
            let quotes: Vec<_> = t
                .quotes
                .iter()
                .map(|&q| site.quote(q))
                .filter(|q| !in_snippet(q.text()))
                .map(|q| QuoteLink {
                    text: q.text(),
                    url: urls.path(&paths::paragraph(&a.slug, q.paragraph)),
                })
                .collect();
            // On a page without the sentences, a day's articles share one date.
            let new_day = snippet.is_some() || {
                let day = |t: &crate::link::TimelineEntry| site.article(t.article).article.date;
                i == 0 || day(&page[i - 1]) != day(t)
            };
            Entry {
                article: pre.article(site, urls, t.article),
                new_day,
                quotes,
                snippet,
                url: t.appearance.map_or_else(
                    || urls.path(&paths::article(&a.slug)),
                    |app| urls.path(&paths::paragraph(&a.slug, app.first.paragraph)),
                ),
            }
        })
        .collect();
    // Like the pictures, the related entities are shown on the first page only.
    let related: Vec<_> = e
        .related
        .iter()
        .filter(|_| n <= 1)
        .map(|&(r, shared)| Related {
            entity: pre.entity(site, urls, r),
            shared,
        })
        .collect();
    let first_path = paths::entity(e.kind, &e.slug);
    let items = entries.len();
    let date = |i: Option<&crate::link::Appearance>| {
        i.map(|a| refs::display_date(site, &site.article(a.article).article.date))
    };
    let mut c = Context::new();
    c.insert("entity", pre.entity(site, urls, id));
    c.insert("role_evidence", &refs::role_evidence(site, urls, e));
    c.insert("aliases", &e.aliases);
    c.insert("affiliation", &e.affiliation);
    c.insert("nationality", &e.nationality);
    c.insert("first_mention", &date(e.appearances.last()));
    c.insert("last_mention", &date(e.appearances.first()));
    c.insert("article_count", &e.appearances.len());
    c.insert("quote_count", &e.quotes.len());
    c.insert("timeline", &timeline);
    c.insert("related", &related);
    let pages = crate::link::timeline_pages(items, per);
    c.insert("pager", &Pager::of(urls, &first_path, n, pages));
    super::extras::entity_context(site, urls, id, n, &mut c);
    let desc = e
        .description
        .clone()
        .unwrap_or_else(|| site.config.i18n.fill("entity_lede", &[("name", &e.name)]));
    let feed = paths::feed(&first_path);
    c.insert(
        "page",
        &meta(
            urls,
            &e.name,
            &paths::paged(&first_path, n),
            &desc,
            Some(feed),
        ),
    );
    ("entity.html", c)
}
