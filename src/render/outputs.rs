//! The list of output files: every file of the site, declared once. Each [`OutputFile`] says
//! where it goes ([`OutputFile::path`]), what it shows as a number ([`OutputFile::fingerprint`])
//! and how it is made ([`OutputFile::make`]). A build makes them all; `serve` makes again
//! those whose fingerprint changed and removes the files no longer declared. A new kind of
//! output is a variant here and an arm in each of those three functions, nothing else.

use super::fingerprint::{Signatures, hash};
use super::url::{Urls, paths};
use super::{PageSpec, TIMELINE_PAGE, Theme, graph, site_files};
use crate::Error;
use crate::link::{EntityId, QuoteId, Site};
use crate::load::ArticleId;
use crate::write::Sink;
use std::path::PathBuf;

/// One file, or one group of files, of the site.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum OutputFile {
    /// A page made from a template.
    Page(PageSpec),
    /// `atom.xml`: the latest articles.
    SiteFeed,
    /// A topic's feed, by index.
    TopicFeed(usize),
    EntityFeed(EntityId),
    /// `robots.txt`, pointing at the sitemap.
    Robots,
    /// `.nojekyll`: GitHub Pages must serve the files as they are.
    NoJekyll,
    /// `CNAME`, when `site.yaml` names a domain.
    Cname,
    /// One of the theme's static files, under `static/`.
    Static(PathBuf),
    /// A file from `content/` copied as it is, by index into the site's assets.
    Asset(usize),
    /// `sitemap.xml`: every page.
    Sitemap,
    /// The exports under `api/`.
    Exports,
    /// The search index under `search/`.
    Search,
}

/// Every file of `site` with `theme`: pages first, the files made from the whole site
/// ([`OutputFile::whole_site`]) last, the search index at the very end.
pub(crate) fn outputs(site: &Site, theme: &Theme) -> Vec<OutputFile> {
    with_pages(site, theme, super::specs(site))
}

/// [`outputs`], the pages counted from the signatures of `site` (equal to what [`outputs`]
/// counts, without walking every timeline again).
pub(crate) fn outputs_signed(site: &Site, theme: &Theme, s: &Signatures) -> Vec<OutputFile> {
    let entity_pages = |id: EntityId| s.entity_pages[id.0 as usize].len();
    let specs = super::specs_counted(site, &entity_pages, s.changes.len());
    with_pages(site, theme, specs)
}

/// The pages `specs` names, then every other file.
fn with_pages(site: &Site, theme: &Theme, specs: Vec<super::PageSpec>) -> Vec<OutputFile> {
    let mut out: Vec<OutputFile> = specs.into_iter().map(OutputFile::Page).collect();
    out.push(OutputFile::SiteFeed);
    out.extend((0..site.config.topics.len()).map(OutputFile::TopicFeed));
    out.extend((0..site.entities.len()).map(|i| OutputFile::EntityFeed(EntityId(i as u32))));
    out.extend([OutputFile::Robots, OutputFile::NoJekyll]);
    if site.config.cname.is_some() {
        out.push(OutputFile::Cname);
    }
    out.extend(theme.statics.keys().cloned().map(OutputFile::Static));
    out.extend((0..site.assets.len()).map(OutputFile::Asset));
    out.extend([OutputFile::Sitemap, OutputFile::Exports, OutputFile::Search]);
    out
}

impl OutputFile {
    /// Where it goes under `output/`; for a group of files, the folder that holds them.
    pub(crate) fn path(&self, site: &Site) -> PathBuf {
        match self {
            OutputFile::Page(spec) => paths::file_for(&super::path_of(site, spec)),
            OutputFile::SiteFeed => paths::feed("").into(),
            OutputFile::TopicFeed(i) => {
                paths::feed(&paths::topic(&site.config.topics[*i].slug)).into()
            }
            OutputFile::EntityFeed(id) => {
                let e = site.entity(*id);
                paths::feed(&paths::entity(e.kind, &e.slug)).into()
            }
            OutputFile::Robots => "robots.txt".into(),
            OutputFile::NoJekyll => ".nojekyll".into(),
            OutputFile::Cname => "CNAME".into(),
            OutputFile::Static(p) => PathBuf::from("static").join(p),
            OutputFile::Asset(i) => site.assets[*i].1.clone(),
            OutputFile::Sitemap => site_files::SITEMAP.into(),
            OutputFile::Exports => "api".into(),
            OutputFile::Search => "search".into(),
        }
    }

    /// True for a group of files whose names depend on the site (the search index's shards,
    /// the exports): which files it made is recorded as it makes them.
    pub(crate) fn is_group(&self) -> bool {
        matches!(self, OutputFile::Exports | OutputFile::Search)
    }

    /// True for files made from the whole site at once, which no page a writer is looking at
    /// depends on: `serve` makes them away from the save (see `engine::IndexJob`).
    pub(crate) fn whole_site(&self) -> bool {
        matches!(
            self,
            OutputFile::Sitemap | OutputFile::Exports | OutputFile::Search
        )
    }

    /// A number that changes whenever the bytes of the file would: a hash of exactly what it
    /// shows. `None` for files made every time (one each, and cheap). What every page shows
    /// (`site.yaml`, the theme, the content pages in the footer) is not in it: a change there
    /// makes every file again.
    pub(crate) fn fingerprint(&self, site: &Site, s: &Signatures) -> Option<u64> {
        let per = site.config.page_size.max(1);
        Some(match self {
            OutputFile::Page(spec) => match spec {
                PageSpec::Article(id) => s.article[id.0 as usize],
                PageSpec::Entity(id, n) => s.entity(*id, *n)?,
                PageSpec::Section(kind) => {
                    let i = crate::entity::EntityKind::ALL
                        .iter()
                        .position(|k| k == kind);
                    s.sections[i?]
                }
                PageSpec::Timeline(1) => super::overview::timeline_first(site, s),
                PageSpec::Timeline(n) => {
                    let all = (0..site.articles.len()).map(|i| ArticleId(i as u32));
                    let pages = site.articles.len().div_ceil(TIMELINE_PAGE).max(1);
                    let first = (n - 1) * TIMELINE_PAGE;
                    // Whether the first article opens its week depends on the article before
                    // it, on the page before.
                    let anchor = (first < site.articles.len())
                        .then(|| super::charts::week_anchor(site, ArticleId(first as u32)));
                    let slice = s.slice(all.skip(first).take(TIMELINE_PAGE), pages);
                    hash((slice, anchor))
                }
                PageSpec::Tag(tag, n) => {
                    let ids = site.tags.get(tag).map_or(&[][..], Vec::as_slice);
                    let pages = crate::link::timeline_pages(ids.len(), per);
                    let range = crate::link::timeline_page(ids.len(), *n, per);
                    s.slice(ids[range].iter().copied(), pages)
                }
                PageSpec::Topic(i) => topic(site, s, *i),
                PageSpec::Changes(n) => *s.changes.get(n - 1)?,
                PageSpec::Graph => graph::signature(site),
                PageSpec::Page(i) => {
                    let p = &site.pages[*i];
                    hash((&p.path, &p.slug, &p.title, &p.body))
                }
                PageSpec::Search | PageSpec::NotFound => 0,
                PageSpec::Home => super::overview::home(site, s),
                PageSpec::Tags => super::overview::tags(site),
                PageSpec::Print(topic) => super::print::signature(site, s, *topic),
            },
            OutputFile::EntityFeed(id) => {
                let e = site.entity(*id);
                let latest = e.appearances.iter().take(super::feeds::FEED_LENGTH);
                let latest = s.slice(latest.map(|a| a.article), 1);
                hash((&e.name, e.kind, &e.slug, latest))
            }
            OutputFile::SiteFeed => super::overview::feed(site, None),
            OutputFile::TopicFeed(i) => super::overview::feed(site, Some(*i)),
            // Only site.yaml or the theme changes these.
            OutputFile::Robots | OutputFile::NoJekyll | OutputFile::Cname => 0,
            OutputFile::Static(_) => 0,
            OutputFile::Asset(i) => hash(&site.assets[*i].0),
            OutputFile::Sitemap | OutputFile::Exports | OutputFile::Search => return None,
        })
    }

    /// Makes the file into `sink`.
    pub(crate) fn make(
        &self,
        site: &Site,
        theme: &Theme,
        urls: &Urls,
        pre: &super::Prebuilt,
        sink: &dyn Sink,
    ) -> Result<(), Error> {
        let put = |(path, bytes): super::Rendered| sink.put(path, bytes);
        match self {
            OutputFile::Page(spec) => put(super::render_page(site, theme, urls, pre, spec)?)?,
            OutputFile::SiteFeed => put(site_files::site_feed(site, urls))?,
            OutputFile::TopicFeed(i) => put(site_files::topic_feed(site, urls, *i))?,
            OutputFile::EntityFeed(id) => put(site_files::entity_feed(site, urls, *id))?,
            OutputFile::Robots => put(site_files::robots(urls))?,
            OutputFile::NoJekyll => put((self.path(site), Vec::new()))?,
            OutputFile::Cname => {
                let cname = site.config.cname.as_deref().unwrap_or_default();
                put((self.path(site), format!("{cname}\n").into_bytes()))?
            }
            OutputFile::Static(p) => {
                let bytes = theme.statics.get(p).cloned().unwrap_or_default();
                put((self.path(site), bytes))?
            }
            OutputFile::Asset(i) => {
                let (source, path) = &site.assets[*i];
                sink.copy(path.clone(), source)?
            }
            OutputFile::Sitemap => put(site_files::sitemap(site, urls, &super::specs(site)))?,
            OutputFile::Exports => super::exports::write_into(site, urls, sink)?,
            OutputFile::Search => crate::search::build_into(crate::search::site_docs(site), sink)?,
        }
        Ok(())
    }
}

/// A topic page: every listing (a topic links entities of any kind), and what the topic
/// itself gathers: its role's entities with their latest articles, or each speaker's latest
/// quotations, by side, and the latest anonymous ones; and its sparkline, of every mention
/// or quotation by week. What it shows of each entity is signed per entity
/// ([`topic_signatures`]), so a save signs again only the entities it may have changed.
fn topic(site: &Site, s: &Signatures, index: usize) -> u64 {
    let mut parts = vec![s.all_sections()];
    match site.config.topics[index].role {
        Some(role) => {
            for (i, e) in site.entities.iter().enumerate() {
                if e.roles.contains(&role) {
                    parts.push(hash((s.entity_listing[i], s.topic[i].0)));
                }
            }
        }
        None => {
            let mut speakers = rustc_hash::FxHashSet::default();
            for q in &site.quotes {
                if let Some(e) = q.speaker
                    && speakers.insert((q.side, e))
                {
                    parts.push(hash((q.side, s.topic[e.0 as usize].1)));
                }
            }
            let anonymous = (0..site.quotes.len()).map(|i| QuoteId(i as u32));
            let anonymous = anonymous.filter(|&q| site.quote(q).anonymous);
            parts.extend(
                anonymous
                    .take(site.config.page_size)
                    .map(|q| quote(site, s, q)),
            );
        }
    }
    hash(parts)
}

/// What the topics show of an entity besides its listing: in a role topic, its articles (by
/// their listing, which holds their date) and its mentions in each (the sparkline); in the
/// quotations topic, its listing, its latest quotations, and the articles of all of them
/// (the sparkline). Needs the entity's listing signed first.
pub(crate) fn topic_signatures(site: &Site, s: &Signatures, id: EntityId) -> (u64, u64) {
    let e = site.entity(id);
    let articles = s.slice(e.appearances.iter().map(|a| a.article), 1);
    let mentions: Vec<usize> = e.appearances.iter().map(|a| a.mentions).collect();
    let quoted = s.slice(e.quotes.iter().map(|&q| site.quote(q).article), 1);
    let latest = e.quotes.iter().take(super::topics::QUOTES_PER_SPEAKER);
    let latest: Vec<u64> = latest.map(|&q| quote(site, s, q)).collect();
    let listing = s.entity_listing[id.0 as usize];
    (
        hash((articles, mentions)),
        hash((listing, e.quotes.len(), latest, quoted)),
    )
}

/// A quotation as a listing shows it ([`super::refs::QuoteRef`]).
fn quote(site: &Site, s: &Signatures, id: QuoteId) -> u64 {
    let q = site.quote(id);
    let speaker = q.speaker.map(|e| s.entity_listing[e.0 as usize]);
    hash((
        (
            s.listing[q.article.0 as usize],
            q.text(),
            q.paragraph,
            q.ordinal,
        ),
        (q.speaker_name(), q.description(), q.unclear().is_some()),
        (speaker, q.side, q.anonymous),
    ))
}

/// What every page shows besides `site.yaml` and the theme ([`super::globals`]): the content
/// pages, listed in the footer (their text too: a page is rarely edited, and making every
/// file again then is the safe side). When it changes, every file is made again.
pub(crate) fn globals_fingerprint(site: &Site) -> u64 {
    hash(
        site.pages
            .iter()
            .map(|p| (&p.path, &p.slug, &p.title, &p.body))
            .collect::<Vec<_>>(),
    )
}

/// The search index of a build that no longer needs its site: the site is let go as soon as
/// the documents are made from it, so the linked site (the largest thing in memory) and the
/// inverted index are never held together.
pub(crate) fn search_last(site: Site, sink: &dyn Sink) -> Result<(), Error> {
    let docs = crate::search::into_docs(site);
    Ok(crate::search::build_into(docs, sink)?)
}
