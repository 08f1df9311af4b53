//! The context of each kind of page: which template, which data. One function per page kind,
//! each building a `tera::Context` from the site and nothing else.

use super::refs::{self, Pager};
use super::topics::{statuses, with_role};
use super::url::{Urls, paths};
use super::{PageSpec, Prebuilt, TIMELINE_PAGE};
use crate::entity::{EntityKind, Role};
use crate::link::{EntityId, QuoteId, Site};
use crate::load::markdown::{self, Insertion};
use crate::load::{ArticleId, ContentError, Flavor};
use serde::Serialize;
use tera::Context;

/// What every page says about itself: the `page` variable of every template.
#[derive(Serialize)]
pub struct PageMeta {
    pub title: String,
    /// Site-relative path, e.g. `people/adam-boehler/`.
    pub path: String,
    /// Link to this page under the base path.
    pub url: String,
    /// Absolute URL, for canonical links and social cards.
    pub canonical: String,
    pub description: String,
    /// The page's own Atom feed, if it has one.
    pub feed: Option<String>,
}

pub fn meta(
    urls: &Urls,
    title: &str,
    path: &str,
    description: &str,
    feed: Option<String>,
) -> PageMeta {
    PageMeta {
        title: title.to_string(),
        path: path.to_string(),
        url: urls.path(path),
        canonical: urls.absolute(path),
        description: crate::link::truncate_chars(description, 200),
        feed: feed.map(|f| urls.path(&f)),
    }
}

pub use super::entity_page::entity;

pub fn flavor(site: &Site) -> Flavor {
    Flavor {
        smart_punctuation: site.config.markdown.smart_punctuation,
        unsafe_html: site.config.markdown.unsafe_html,
    }
}

pub(super) fn slice<T>(items: &[T], page: usize, per: usize) -> &[T] {
    let start = ((page.max(1) - 1) * per).min(items.len());
    &items[start..(start + per).min(items.len())]
}

pub fn home(site: &Site, urls: &Urls) -> (&'static str, Context) {
    let mut c = Context::new();
    let latest: Vec<_> = (0..site.articles.len().min(super::overview::HOME_LATEST))
        .map(|i| refs::article(site, urls, ArticleId(i as u32)))
        .collect();
    let hostages: Vec<EntityId> = with_role(site, Role::Hostage);
    let by_status = statuses(site, &hostages);
    let attributed = site.quotes.iter().filter(|q| q.speaker.is_some()).count();
    // One card per configured topic: how many people have its role (with their statuses, for
    // a topic of hostages), or how many attributed quotations there are.
    let topic_cards: Vec<_> = site
        .config
        .topics
        .iter()
        .map(|t| {
            let members = t.role.map(|r| with_role(site, r));
            let by_status = match t.role {
                Some(Role::Hostage) => statuses(site, members.as_deref().unwrap_or_default()),
                _ => Vec::new(),
            };
            serde_json::json!({
                "name": t.name,
                "url": urls.path(&crate::render::url::paths::topic(&t.slug)),
                "role": t.role.map(|r| r.as_str()),
                "count": members.map_or(attributed, |m| m.len()),
                "by_status": by_status,
            })
        })
        .collect();
    let count = |k: EntityKind| site.entities.iter().filter(|e| e.kind == k).count();
    let reactions: Vec<_> = (0..site.quotes.len())
        .map(|i| QuoteId(i as u32))
        .filter(|&q| site.quote(q).speaker.is_some())
        .take(super::overview::HOME_REACTIONS)
        .map(|q| refs::quote(site, urls, q))
        .collect();
    c.insert("latest", &latest);
    c.insert("hostages_by_status", &by_status);
    c.insert("hostage_count", &hostages.len());
    c.insert("topic_cards", &topic_cards);
    c.insert(
        "counts",
        &serde_json::json!({
            "articles": site.articles.len(),
            "people": count(EntityKind::Person),
            "organizations": count(EntityKind::Organization),
            "places": count(EntityKind::Place),
            "quotes": site.quotes.len(),
        }),
    );
    c.insert("reactions", &reactions);
    let desc = site.config.description.as_ref().map_or("", |d| d.as_str());
    c.insert(
        "page",
        &meta(
            urls,
            site.config.title.as_str(),
            "",
            desc,
            Some(paths::feed("")),
        ),
    );
    ("index.html", c)
}

/// An article's page. Its Markdown may be read again from its file ([`Article::body`]),
/// which fails when the file changed since it was loaded.
///
/// [`Article::body`]: crate::load::Article::body
pub fn article(
    site: &Site,
    urls: &Urls,
    pre: &Prebuilt,
    id: ArticleId,
) -> Result<(&'static str, Context), ContentError> {
    let node = site.article(id);
    let a = &node.article;
    let mut insertions: Vec<Insertion> = Vec::new();
    for &(eid, span) in &node.entities {
        let e = site.entity(eid);
        insertions.push(Insertion {
            paragraph: span.paragraph,
            start: span.start,
            end: span.end,
            // No class: the stylesheet finds an entity link by its URL, a link of the body
            // into a kind's folder (`.body a[href*="/places/"]:not([href*=":"])`); a class on
            // each cost a site of 10,000 articles 2.6 MB.
            open: format!(
                "<a href=\"{}\">",
                markdown::escape(&refs::entity_url(urls, e))
            ),
            close: "</a>".into(),
            is_link: true,
        });
    }
    for &qid in &node.quotes {
        let q = site.quote(qid);
        insertions.push(Insertion {
            paragraph: q.paragraph,
            start: q.start,
            end: q.start,
            // An empty element that only marks the spot: `.body span[id^="q-"]` finds them.
            open: format!("<span id=\"q-{}\">", q.ordinal),
            close: "</span>".into(),
            is_link: false,
        });
    }
    let body = markdown::to_html(
        &a.body()?,
        a.format,
        flavor(site),
        urls.base_path(),
        &insertions,
    );
    let mut by_kind = Vec::new();
    for kind in EntityKind::ALL {
        let items: Vec<_> = node
            .entities
            .iter()
            .filter(|(e, _)| site.entity(*e).kind == kind)
            .map(|(e, _)| pre.entity(site, urls, *e))
            .collect();
        if !items.is_empty() {
            by_kind.push(KindGroup {
                kind: kind.as_str(),
                label: section_label(site, kind),
                items,
            });
        }
    }
    let quotes: Vec<_> = node
        .quotes
        .iter()
        .map(|&q| refs::quote_shared(site, urls, pre, q))
        .collect();
    let by_speaker = quotes_by_speaker(site, &node.quotes, &quotes);
    let mut c = Context::new();
    c.insert("article", pre.article(site, urls, id));
    c.insert(
        "source_url",
        &a.front.source_url.as_deref().map(safe_source_url),
    );
    c.insert("body", &body);
    c.insert("entities_by_kind", &by_kind);
    c.insert("quotes", &quotes);
    c.insert("quotes_by_speaker", &by_speaker);
    c.insert("extra", &a.front.extra);
    let path = paths::article(&a.slug);
    c.insert(
        "page",
        &meta(urls, &a.title, &path, refs::summary_of(site, id), None),
    );
    Ok(("article.html", c))
}

/// An article's entities of one kind, for its sidebar (a struct rather than a `json!` value,
/// which would be built and then converted again for the template).
#[derive(Serialize)]
struct KindGroup<'a> {
    kind: &'static str,
    label: &'a str,
    /// Each entity's [`refs::EntityRef`], converted once for the whole build.
    items: Vec<&'a tera::Value>,
}

/// One speaker of an article's quotation index: the first quotation (whose speaker the
/// template shows) and each quotation's anchor with its opening words.
#[derive(Serialize)]
struct SpeakerQuotes<'a> {
    first: &'a refs::QuoteRef<'a>,
    quotes: Vec<QuoteLink<'a>>,
}

#[derive(Serialize)]
struct QuoteLink<'a> {
    anchor: &'a str,
    opening: String,
}

/// An article's quotations by speaker, in the order each speaker is first quoted. The body
/// holds the quotations in full; the index says who said each and links to it, and names a
/// speaker once rather than once per quotation.
fn quotes_by_speaker<'a>(
    site: &Site,
    ids: &[QuoteId],
    quotes: &'a [refs::QuoteRef<'a>],
) -> Vec<SpeakerQuotes<'a>> {
    type Key<'k> = (Option<EntityId>, Option<&'k str>, bool, bool);
    let mut groups: Vec<(Key<'_>, SpeakerQuotes<'a>)> = Vec::new();
    for (&id, q) in ids.iter().zip(quotes) {
        // Unnamed sources are told apart by how the article describes them.
        let name = site.quote(id).speaker_name().or(q.description);
        let key = (site.quote(id).speaker, name, q.anonymous, q.unclear);
        let link = QuoteLink {
            anchor: &q.anchor,
            opening: crate::link::truncate_chars(q.text, 24),
        };
        match groups.iter_mut().find(|g| g.0 == key) {
            Some(g) => g.1.quotes.push(link),
            None => groups.push((
                key,
                SpeakerQuotes {
                    first: q,
                    quotes: vec![link],
                },
            )),
        }
    }
    groups.into_iter().map(|(_, g)| g).collect()
}

/// Only web and mail links leave the site from an article's `source_url`; anything else
/// (`javascript:`, `data:`) is dropped.
fn safe_source_url(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| url.trim().to_string())
}

/// "People", "Organisations", "Places", in the dossier's language.
pub fn section_label(site: &Site, kind: EntityKind) -> &str {
    word(
        site,
        match kind {
            EntityKind::Person => "people",
            EntityKind::Organization => "organisations",
            EntityKind::Place => "places",
        },
    )
}

/// The theme's word for `key` in the dossier's language (every key the code uses is in the
/// English table, which a language's own table only overrides).
pub(super) fn word<'a>(site: &'a Site, key: &'a str) -> &'a str {
    site.config.i18n.get(key).unwrap_or(key)
}

pub fn page(site: &Site, urls: &Urls, index: usize) -> (&'static str, Context) {
    let p = &site.pages[index];
    let body = markdown::to_html(&p.body, p.format, flavor(site), urls.base_path(), &[]);
    let mut c = Context::new();
    c.insert("title", &p.title);
    c.insert("body", &body);
    c.insert("extra", &p.front.extra);
    let desc = p.front.summary.as_deref().unwrap_or("");
    c.insert(
        "page",
        &meta(urls, &p.title, &paths::page(&p.slug), desc, None),
    );
    ("page.html", c)
}

pub fn timeline(site: &Site, urls: &Urls, n: usize) -> (&'static str, Context) {
    let ids: Vec<ArticleId> = (0..site.articles.len())
        .map(|i| ArticleId(i as u32))
        .collect();
    let mut months: Vec<serde_json::Value> = Vec::new();
    let mut current: Option<(String, Vec<super::charts::Dated<'_>>)> = None;
    for &id in slice(&ids, n, TIMELINE_PAGE) {
        let r = super::charts::Dated {
            article: refs::article(site, urls, id),
            anchor: super::charts::week_anchor(site, id),
        };
        match &mut current {
            Some((m, list)) if *m == r.article.month => list.push(r),
            _ => {
                if let Some((m, list)) = current.take() {
                    months.push(serde_json::json!({ "month": m, "articles": list }));
                }
                current = Some((r.article.month.clone(), vec![r]));
            }
        }
    }
    if let Some((m, list)) = current {
        months.push(serde_json::json!({ "month": m, "articles": list }));
    }
    let mut c = Context::new();
    c.insert("months", &months);
    if n <= 1 {
        c.insert("chart", &super::charts::timeline_chart(site, urls));
    }
    c.insert(
        "pager",
        &Pager::new(urls, "timeline/", n, ids.len(), TIMELINE_PAGE),
    );
    let path = paths::paged("timeline/", n);
    c.insert(
        "page",
        &meta(
            urls,
            word(site, "timeline"),
            &path,
            word(site, "timeline_lede"),
            Some(paths::feed("")),
        ),
    );
    ("timeline.html", c)
}

pub fn section(
    site: &Site,
    urls: &Urls,
    pre: &Prebuilt,
    kind: EntityKind,
) -> (&'static str, Context) {
    let items: Vec<_> = (0..site.entities.len())
        .map(|i| EntityId(i as u32))
        .filter(|&e| site.entity(e).kind == kind)
        .map(|e| pre.entity(site, urls, e))
        .collect();
    let mut c = Context::new();
    c.insert("kind", kind.as_str());
    c.insert("entities", &items);
    let title = section_label(site, kind);
    c.insert(
        "page",
        &meta(
            urls,
            title,
            &paths::section(kind),
            &site.config.i18n.fill("entity_lede", &[("name", title)]),
            None,
        ),
    );
    ("section.html", c)
}

pub fn simple(site: &Site, urls: &Urls, spec: &PageSpec) -> (&'static str, Context) {
    let mut c = Context::new();
    let (template, title, path) = match spec {
        PageSpec::Search => ("search.html", word(site, "search"), "search/"),
        _ => ("404.html", word(site, "page_not_found"), "404.html"),
    };
    c.insert("page", &meta(urls, title, path, title, None));
    (template, c)
}
