//! The small serialisable views of articles, entities and quotations that templates receive.
//! Templates never see the site graph itself, only these, so a theme author has one short
//! list of fields to learn (documented in the README).

use super::url::{Urls, paths};
use crate::content::ArticleId;
use crate::site::{EntityId, EntityNode, QuoteId, Site};
use chrono::NaiveDateTime;
use serde::Serialize;

#[derive(Serialize)]
pub struct TagRef {
    pub name: String,
    pub url: String,
}

#[derive(Serialize)]
pub struct ArticleRef<'a> {
    pub title: &'a str,
    pub url: String,
    pub date: String,
    pub date_iso: String,
    pub month: String,
    pub summary: &'a str,
    pub source: Option<&'a str>,
    pub tags: Vec<TagRef>,
}

#[derive(Serialize)]
pub struct EntityRef<'a> {
    pub name: &'a str,
    pub url: String,
    pub kind: &'static str,
    pub roles: Vec<&'static str>,
    pub status: Option<&'static str>,
    pub description: Option<&'a str>,
    pub side: Option<&'static str>,
    pub mentions: usize,
}

#[derive(Serialize)]
pub struct QuoteRef<'a> {
    pub text: &'a str,
    /// Link to the paragraph of the article the quotation is in.
    pub url: String,
    pub anchor: String,
    pub article_title: &'a str,
    pub article_url: String,
    pub date: String,
    pub date_iso: String,
    pub speaker: Option<EntityRef<'a>>,
    pub speaker_name: Option<&'a str>,
    pub description: Option<&'a str>,
    pub anonymous: bool,
}

/// "5 March 2025".
pub fn display_date(d: &NaiveDateTime) -> String {
    d.format("%-d %B %Y").to_string()
}

/// "2025-03-05".
pub fn iso_date(d: &NaiveDateTime) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A tag's slug; tags that slugify to nothing share `untitled`.
pub fn tag_slug(tag: &str) -> String {
    crate::content::slug::slugify(tag).unwrap_or_else(|| "untitled".into())
}

pub fn tag(urls: &Urls, name: &str) -> TagRef {
    TagRef {
        name: name.to_string(),
        url: urls.path(&paths::tag(&tag_slug(name))),
    }
}

/// The summary an article shows in lists: its own, else its first real paragraph, cut short.
pub fn summary_of(site: &Site, id: ArticleId) -> &str {
    &site.article(id).article.summary
}

pub fn article<'a>(site: &'a Site, urls: &Urls, id: ArticleId) -> ArticleRef<'a> {
    let a = &site.article(id).article;
    ArticleRef {
        title: &a.title,
        url: urls.path(&paths::article(&a.slug)),
        date: display_date(&a.date),
        date_iso: iso_date(&a.date),
        month: a.date.format("%B %Y").to_string(),
        summary: summary_of(site, id),
        source: a.front.source.as_deref(),
        tags: a.front.tags.iter().map(|t| tag(urls, t)).collect(),
    }
}

pub fn entity_url(urls: &Urls, e: &EntityNode) -> String {
    urls.path(&paths::entity(e.kind, &e.slug))
}

pub fn entity<'a>(site: &'a Site, urls: &Urls, id: EntityId) -> EntityRef<'a> {
    let e = site.entity(id);
    EntityRef {
        name: &e.name,
        url: entity_url(urls, e),
        kind: e.kind.as_str(),
        roles: e.roles.iter().map(|r| r.as_str()).collect(),
        status: e.status.map(|s| s.as_str()),
        description: e.description.as_deref(),
        side: e.side.map(|s| s.label()),
        mentions: e.mention_count,
    }
}

pub fn quote<'a>(site: &'a Site, urls: &Urls, id: QuoteId) -> QuoteRef<'a> {
    let q = site.quote(id);
    let a = &site.article(q.article).article;
    QuoteRef {
        text: q.text(),
        url: urls.path(&paths::paragraph(&a.slug, q.paragraph)),
        anchor: format!("q-{}", q.ordinal),
        article_title: &a.title,
        article_url: urls.path(&paths::article(&a.slug)),
        date: display_date(&a.date),
        date_iso: iso_date(&a.date),
        speaker: q.speaker.map(|s| entity(site, urls, s)),
        speaker_name: q.speaker_name(),
        description: q.description(),
        anonymous: q.anonymous,
    }
}

/// Page numbers and links for a paginated listing.
#[derive(Serialize)]
pub struct Pager {
    pub current: usize,
    pub total: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub first: String,
}

impl Pager {
    /// Page `n` (1-based) of `items` items, `per_page` a page, listed at site path `first`.
    pub fn new(urls: &Urls, first: &str, n: usize, items: usize, per_page: usize) -> Pager {
        let total = items.div_ceil(per_page).max(1);
        Pager {
            current: n,
            total,
            prev: (n > 1).then(|| urls.path(&paths::paged(first, n - 1))),
            next: (n < total).then(|| urls.path(&paths::paged(first, n + 1))),
            first: urls.path(first),
        }
    }
}
