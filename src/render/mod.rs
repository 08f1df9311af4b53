//! The "render" stage: the linked [`Site`] and a theme into pages, held in memory as
//! (path under `output/`, bytes) until the write stage puts them on disk.
//!
//! Every file of the site is declared once in [`outputs`], with its path and a fingerprint of
//! what it shows; the pages among them are data ([`PageSpec`]), so an incremental rebuild
//! can render just the pages an edit touches, and a full build renders them all in parallel.

pub mod changes;
pub mod charts;
mod compact;
mod entity_page;
pub mod exports;
pub mod extras;
pub mod feeds;
pub(crate) mod fingerprint;
pub mod graph;
mod helpers;
pub(crate) mod outputs;
mod overview;
pub mod pages;
pub mod prebuilt;
pub mod print;
pub mod refs;
pub mod site_files;
pub mod theme;
pub mod topics;
pub mod url;

pub use prebuilt::Prebuilt;
pub use theme::{TemplateError, Theme};
pub use url::Urls;

use crate::entity::EntityKind;
use crate::link::{EntityId, Site};
use crate::load::ArticleId;
use std::path::PathBuf;

/// Articles per page of the timeline.
pub const TIMELINE_PAGE: usize = 500;

/// One page dossier renders.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PageSpec {
    Home,
    Article(ArticleId),
    /// A page from `content/pages/`, by index.
    Page(usize),
    /// Page `n` (1-based) of the timeline.
    Timeline(usize),
    Section(EntityKind),
    Entity(EntityId, usize),
    /// A topic from `site.yaml`, by index.
    Topic(usize),
    Tags,
    Tag(String, usize),
    /// Page `n` (1-based) of `changes/`: what changed, week by week.
    Changes(usize),
    /// `graph/`: who appears with whom.
    Graph,
    /// `print/` (the whole dossier) or `print/TOPIC/` (a topic, by index): the briefing book.
    Print(Option<usize>),
    Search,
    NotFound,
}

/// A rendered file: path under `output/` and contents.
pub type Rendered = (PathBuf, Vec<u8>);

/// Every page of the site.
pub fn specs(site: &Site) -> Vec<PageSpec> {
    let per = site.config.page_size;
    let entity_pages = |id| site.page_count(id, per);
    specs_counted(site, &entity_pages, changes::pages(site).len())
}

/// [`specs`], with the number of pages of each entity's timeline and of `changes/` given:
/// counting them walks every entity's timeline and every change, which `serve` has counted
/// already ([`fingerprint::Signatures`]).
pub(crate) fn specs_counted(
    site: &Site,
    entity_pages: &dyn Fn(EntityId) -> usize,
    changes_pages: usize,
) -> Vec<PageSpec> {
    let per = site.config.page_size;
    let mut out = vec![
        PageSpec::Home,
        PageSpec::Tags,
        PageSpec::Graph,
        PageSpec::Search,
        PageSpec::NotFound,
    ];
    out.extend((0..site.articles.len()).map(|i| PageSpec::Article(ArticleId(i as u32))));
    out.extend((0..site.pages.len()).map(PageSpec::Page));
    let timeline_pages = site.articles.len().div_ceil(TIMELINE_PAGE).max(1);
    out.extend((1..=timeline_pages).map(PageSpec::Timeline));
    out.extend(EntityKind::ALL.map(PageSpec::Section));
    for i in 0..site.entities.len() {
        let n = entity_pages(EntityId(i as u32));
        out.extend((1..=n).map(|p| PageSpec::Entity(EntityId(i as u32), p)));
    }
    out.extend((0..site.config.topics.len()).map(PageSpec::Topic));
    out.extend((1..=changes_pages).map(PageSpec::Changes));
    out.push(PageSpec::Print(None));
    out.extend((0..site.config.topics.len()).map(|i| PageSpec::Print(Some(i))));
    for (tag, ids) in &site.tags {
        let n = crate::link::timeline_pages(ids.len(), per);
        out.extend((1..=n).map(|p| PageSpec::Tag(tag.clone(), p)));
    }
    out
}

/// The site-relative URL path of a page.
pub fn path_of(site: &Site, spec: &PageSpec) -> String {
    use url::paths;
    match spec {
        PageSpec::Home => String::new(),
        PageSpec::Article(id) => paths::article(&site.article(*id).article.slug),
        PageSpec::Page(i) => paths::page(&site.pages[*i].slug),
        PageSpec::Timeline(n) => paths::paged("timeline/", *n),
        PageSpec::Section(k) => paths::section(*k),
        PageSpec::Entity(id, n) => {
            let e = site.entity(*id);
            paths::paged(&paths::entity(e.kind, &e.slug), *n)
        }
        PageSpec::Topic(i) => paths::topic(&site.config.topics[*i].slug),
        PageSpec::Tags => "tags/".into(),
        PageSpec::Tag(t, n) => paths::paged(&paths::tag(&refs::tag_slug(t)), *n),
        PageSpec::Changes(n) => paths::paged("changes/", *n),
        PageSpec::Graph => "graph/".into(),
        PageSpec::Print(t) => print::print_path(t.map(|i| site.config.topics[i].slug.as_str())),
        PageSpec::Search => "search/".into(),
        PageSpec::NotFound => "404.html".into(),
    }
}

/// Renders one page. Fails on a template error, and for an article page on its file changed
/// since it was loaded (see [`crate::load::Article::body`]).
pub fn render_page(
    site: &Site,
    theme: &Theme,
    urls: &Urls,
    pre: &Prebuilt,
    spec: &PageSpec,
) -> Result<Rendered, crate::Error> {
    let (template, mut context) = match spec {
        PageSpec::Home => pages::home(site, urls),
        PageSpec::Article(id) => pages::article(site, urls, pre, *id)?,
        PageSpec::Page(i) => pages::page(site, urls, *i),
        PageSpec::Timeline(n) => pages::timeline(site, urls, *n),
        PageSpec::Section(k) => pages::section(site, urls, pre, *k),
        PageSpec::Entity(id, n) => pages::entity(site, urls, pre, *id, *n),
        PageSpec::Topic(i) => {
            let topic = &site.config.topics[*i];
            match topic.role {
                Some(role) => topics::role_topic(site, urls, topic, role),
                None => topics::quotes_topic(site, urls, topic),
            }
        }
        PageSpec::Tags => topics::tags(site, urls),
        PageSpec::Tag(t, n) => topics::tag(site, urls, pre, t, *n),
        PageSpec::Changes(n) => changes::page(site, urls, *n),
        PageSpec::Graph => graph::page(site, urls),
        PageSpec::Print(t) => print::page(site, urls, *t),
        PageSpec::Search | PageSpec::NotFound => pages::simple(site, urls, spec),
    };
    // A theme may give one topic a template of its own: `topics/SLUG.html`.
    let custom = match spec {
        PageSpec::Topic(i) => Some(format!("topics/{}.html", site.config.topics[*i].slug)),
        _ => None,
    };
    let template = custom
        .as_deref()
        .filter(|t| theme.has(t))
        .unwrap_or(template);
    if let PageSpec::Topic(i) = spec {
        context.insert("sparkline", &charts::topic_sparkline(site, *i));
    }
    context.insert("section", section_of(spec));
    let html = theme.render(template, &context)?;
    Ok((
        url::paths::file_for(&path_of(site, spec)),
        compact::compact(&html).into_bytes(),
    ))
}

/// Which navigation entry a page belongs to, for highlighting it.
fn section_of(spec: &PageSpec) -> &'static str {
    match spec {
        PageSpec::Home => "home",
        PageSpec::Article(_) | PageSpec::Timeline(_) => "timeline",
        PageSpec::Section(k) => k.section(),
        PageSpec::Entity(..) => "entities",
        PageSpec::Topic(_) => "topics",
        PageSpec::Tags | PageSpec::Tag(..) => "tags",
        PageSpec::Search => "search",
        PageSpec::Changes(_) => "changes",
        PageSpec::Graph => "graph",
        PageSpec::Print(_) => "print",
        PageSpec::Page(_) | PageSpec::NotFound => "",
    }
}

/// The global template context: the site's name, navigation and base path.
pub fn globals(site: &Site, urls: &Urls) -> tera::Context {
    let mut c = tera::Context::new();
    let topics: Vec<_> = site
        .config
        .topics
        .iter()
        .map(|t| serde_json::json!({ "name": t.name, "slug": t.slug, "url": urls.path(&url::paths::topic(&t.slug)) }))
        .collect();
    let pages: Vec<_> = site
        .pages
        .iter()
        .map(|p| serde_json::json!({ "title": p.title, "url": urls.path(&url::paths::page(&p.slug)) }))
        .collect();
    c.insert(
        "site",
        &serde_json::json!({
            "title": site.config.title.as_str(),
            "description": site.config.description.as_ref().map(|d| d.as_str()),
            "base_url": urls.base_url(),
            "language": site.config.language,
            "topics": topics,
            "pages": pages,
            "extra": site.config.extra,
        }),
    );
    c.insert("base_path", urls.base_path());
    c.insert("generator", concat!("dossier ", env!("CARGO_PKG_VERSION")));
    c
}
