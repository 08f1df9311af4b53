//! What makes the site a good citizen of the web and of GitHub Pages: Atom feeds, the sitemap,
//! `robots.txt`, `.nojekyll` and `CNAME`.

use super::feeds::{self, ENTITY_FEED_LENGTH, Entry, FEED_LENGTH, feed, xml_escape};
use crate::link::{EntityId, QuoteId, Site};
use crate::load::ArticleId;
use crate::render::url::{Urls, paths};
use crate::render::{PageSpec, Rendered, path_of};
use std::fmt::Write;

/// The entries of `atom.xml`: the latest articles.
pub fn site_entries(site: &Site) -> Vec<Entry> {
    (0..site.articles.len().min(FEED_LENGTH))
        .map(|i| feeds::article_entry(site, ArticleId(i as u32)))
        .collect()
}

/// `atom.xml`.
pub fn site_feed(site: &Site, urls: &Urls) -> Rendered {
    let latest = site_entries(site);
    let xml = feed(
        site,
        urls,
        site.config.title.as_str(),
        "",
        &paths::feed(""),
        &latest,
    );
    (paths::feed("").into(), xml.into_bytes())
}

/// The entries of a topic's feed: articles naming someone with the topic's role, or the
/// latest quotations.
pub fn topic_entries(site: &Site, index: usize) -> Vec<Entry> {
    match site.config.topics[index].role {
        Some(role) => {
            let mut ids: Vec<ArticleId> = site
                .entities
                .iter()
                .filter(|e| e.roles.contains(&role))
                .flat_map(|e| e.appearances.iter().take(FEED_LENGTH).map(|a| a.article))
                .collect();
            ids.sort();
            ids.dedup();
            ids.into_iter()
                .take(FEED_LENGTH)
                .map(|id| feeds::article_entry(site, id))
                .collect()
        }
        None => (0..site.quotes.len())
            .map(|i| QuoteId(i as u32))
            .filter(|&q| site.quote(q).speaker.is_some() || site.quote(q).anonymous)
            .take(FEED_LENGTH)
            .map(|q| feeds::quote_entry(site, q))
            .collect(),
    }
}

/// `TOPIC/atom.xml`.
pub fn topic_feed(site: &Site, urls: &Urls, index: usize) -> Rendered {
    let topic = &site.config.topics[index];
    let page = paths::topic(&topic.slug);
    let path = paths::feed(&page);
    let entries = topic_entries(site, index);
    let title = format!("{} — {}", topic.name, site.config.title);
    let xml = feed(site, urls, &title, &page, &path, &entries);
    (path.into(), xml.into_bytes())
}

/// `people/SLUG/atom.xml` (and the same for organisations and places): the latest
/// [`ENTITY_FEED_LENGTH`] articles naming the entity.
pub fn entity_feed(site: &Site, urls: &Urls, id: EntityId) -> Rendered {
    let e = site.entity(id);
    let page = paths::entity(e.kind, &e.slug);
    let path = paths::feed(&page);
    let entries: Vec<_> = e
        .appearances
        .iter()
        .take(ENTITY_FEED_LENGTH)
        .map(|a| feeds::article_entry(site, a.article))
        .collect();
    let title = format!("{} — {}", e.name, site.config.title);
    let xml = feed(site, urls, &title, &page, &path, &entries);
    (path.into(), xml.into_bytes())
}

/// `sitemap.xml`: every page of `specs` but the search page and the 404 page.
pub fn sitemap(site: &Site, urls: &Urls, specs: &[PageSpec]) -> Rendered {
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for spec in specs {
        if matches!(spec, PageSpec::NotFound | PageSpec::Search) {
            continue;
        }
        let loc = urls.absolute(&path_of(site, spec));
        let _ = write!(x, "  <url><loc>{}</loc>", xml_escape(&loc));
        if let PageSpec::Article(id) = spec {
            let _ = write!(
                x,
                "<lastmod>{}</lastmod>",
                super::refs::iso_date(&site.article(*id).article.date)
            );
        }
        x.push_str("</url>\n");
    }
    x.push_str("</urlset>\n");
    (SITEMAP.into(), x.into_bytes())
}

/// Where the sitemap goes.
pub const SITEMAP: &str = "sitemap.xml";

/// `robots.txt`, pointing at the sitemap.
pub fn robots(urls: &Urls) -> Rendered {
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        urls.absolute(SITEMAP)
    );
    ("robots.txt".into(), robots.into_bytes())
}
