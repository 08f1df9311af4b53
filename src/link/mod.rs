//! The "link" stage: articles, extraction results and the registry joined into one graph,
//! [`Site`]: articles ↔ entities ↔ topics ↔ quotations, joined by small ids.
//!
//! Entities are merged across articles by canonical name (the registry's name first, then
//! extraction's fullest form). A registry entry that no article mentions still gets a node,
//! and so a page. [`link`] links a whole corpus, linear in the number of mentions; a
//! [`Linker`] keeps a linked site and patches it for the articles an edit changed
//! ([`Linker::update`]), ending with the site [`link`] would make, and says what changed
//! ([`Delta`]).
//!
//! [`link`] runs `merge` (the corpus's identities into entity nodes, quotations, related
//! entities), `status` and `changes`; [`Linker`] keeps `index` (every name's articles,
//! `identity` to remake one entity) and runs `patch`, which uses `place` and `renumber` to
//! put articles, quotations and entities where a full link would number them.

pub mod changes;
mod identity;
mod index;
mod linker;
mod merge;
mod patch;
mod place;
mod release;
mod renumber;
mod side;
mod snippet;
pub mod status;

pub use crate::load::truncate_chars;
pub use changes::History;
pub use linker::{Delta, Linker};
pub use side::Side;
pub use snippet::{SNIPPET_CHARS, sentence_around, sentence_bounds};
pub use status::StatusChange;

use crate::entity::{EntityKind, Role, Status};
use crate::extract::{ArticleExtraction, Registry, RoleEvidence, Span};
use crate::load::config::SiteConfig;
use crate::load::{Article, ArticleId, Corpus, Page};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

/// Index of an entity in [`Site::entities`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct EntityId(pub u32);

/// Index of a quotation in [`Site::quotes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct QuoteId(pub u32);

/// The linked dossier, ready to render.
#[derive(Debug, Clone)]
pub struct Site {
    pub config: SiteConfig,
    /// Newest first; indexed by [`ArticleId`].
    pub articles: Vec<ArticleNode>,
    pub pages: Vec<Page>,
    /// By kind, then name; indexed by [`EntityId`].
    pub entities: Vec<EntityNode>,
    /// Newest first; indexed by [`QuoteId`].
    pub quotes: Vec<QuoteNode>,
    /// Tag name → articles, newest first.
    pub tags: BTreeMap<String, Vec<ArticleId>>,
    pub assets: Vec<(PathBuf, PathBuf)>,
    /// What changed and when: each entity's dates and the dossier's changes, newest first.
    pub history: History,
}

/// An article and what it links to.
#[derive(Debug, Clone)]
pub struct ArticleNode {
    pub article: Arc<Article>,
    /// What extraction found in it, shared with the quotations that quote it.
    pub extraction: Arc<ArticleExtraction>,
    /// Each entity the article names once, in order of first mention, with that mention.
    pub entities: Vec<(EntityId, Span)>,
    /// Its quotations, in reading order.
    pub quotes: Vec<QuoteId>,
}

/// A person, organisation or place, with everything known about it.
#[derive(Debug, Clone, Serialize)]
pub struct EntityNode {
    pub name: String,
    pub slug: String,
    pub kind: EntityKind,
    pub roles: Vec<Role>,
    /// Every sentence that gave one of `roles`, by article (none for the registry's roles).
    pub evidence: Vec<(ArticleId, RoleEvidence)>,
    pub aliases: Vec<String>,
    pub status: Option<Status>,
    pub affiliation: Option<String>,
    pub nationality: Vec<String>,
    pub description: Option<String>,
    pub side: Option<Side>,
    /// True when the registry knows this entity.
    pub in_registry: bool,
    /// Articles that name it, newest first.
    pub appearances: Vec<Appearance>,
    /// Its quotations, newest first.
    pub quotes: Vec<QuoteId>,
    /// Entities named in the same articles, most shared articles first.
    pub related: Vec<(EntityId, u32)>,
    /// Mentions across all articles.
    pub mention_count: usize,
    /// A hostage's status events read from the text, oldest first.
    #[serde(skip)]
    pub status_history: Vec<StatusChange>,
}

/// One article naming an entity.
#[derive(Debug, Clone, Serialize)]
pub struct Appearance {
    pub article: ArticleId,
    /// The first mention in that article.
    pub first: Span,
    pub mentions: usize,
}

impl Site {
    /// The sentence of an appearance's first mention, for timelines. Made when a page needs
    /// it rather than at link time: most appearances are never shown on a page a rebuild
    /// touches.
    pub fn snippet(&self, app: &Appearance) -> String {
        let text = self
            .article(app.article)
            .article
            .paragraphs
            .get(app.first.paragraph)
            .map_or("", String::as_str);
        sentence_around(text, app.first.start, app.first.end)
    }
}

/// One quotation, attributed (or marked anonymous), with the words the site shows of it.
#[derive(Debug, Clone)]
pub struct QuoteNode {
    pub article: ArticleId,
    /// Position among the article's quotations; the anchor is `q-{ordinal}`.
    pub ordinal: usize,
    pub paragraph: usize,
    /// Byte offset of the quotation in its paragraph's plain text.
    pub start: usize,
    /// The speaker when it is an entity of the site.
    pub speaker: Option<EntityId>,
    pub anonymous: bool,
    pub side: Option<Side>,
    pub(crate) words: QuoteWords,
}

/// What the site shows of a quotation beyond its ids: its own, at their length, not the
/// extraction's whole [`crate::extract::Quote`] (its span, rule and confidence are read
/// once, at link), which is let go with the rest of the extraction. A large dossier has more
/// quotations than anything: at 100,000 articles, 1.35 million, and each extracted quotation
/// is 144 bytes before its strings.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct QuoteWords {
    pub text: Box<str>,
    pub speaker: Option<Box<str>>,
    pub description: Option<Box<str>>,
    pub unclear: Option<Box<str>>,
}

impl QuoteWords {
    /// Takes the words of an extracted quotation over (uncopied: `String` to `Box<str>` keeps
    /// the block when it is at its length, as extraction's are).
    pub(crate) fn of(q: crate::extract::Quote) -> QuoteWords {
        QuoteWords {
            text: q.text.into_boxed_str(),
            speaker: q.speaker.map(String::into_boxed_str),
            description: q.speaker_description.map(String::into_boxed_str),
            unclear: q.unclear.map(String::into_boxed_str),
        }
    }
}

impl QuoteNode {
    /// The exact words between the quotation marks.
    pub fn text(&self) -> &str {
        &self.words.text
    }
    /// The speaker's name as extraction gave it (also set when `speaker` is).
    pub fn speaker_name(&self) -> Option<&str> {
        self.words.speaker.as_deref()
    }
    /// How the article describes the speaker.
    pub fn description(&self) -> Option<&str> {
        self.words.description.as_deref()
    }
    /// The speaker extraction guessed below its confidence threshold: the quotation is
    /// published as "speaker unclear".
    pub fn unclear(&self) -> Option<&str> {
        self.words.unclear.as_deref()
    }
}

/// One article of an entity's timeline: the article, the entity's first mention there, and
/// the quotations it gave there.
pub struct TimelineEntry<'a> {
    pub article: ArticleId,
    /// None when it is quoted there without being named (a speaker found by a pronoun).
    pub appearance: Option<&'a Appearance>,
    pub quotes: &'a [QuoteId],
}

impl Site {
    /// An entity's timeline, newest article first: each article that names or quotes it
    /// once, with what it said there. Its page lists this, `page_size` articles a page.
    pub fn timeline(&self, id: EntityId) -> Vec<TimelineEntry<'_>> {
        let e = self.entity(id);
        let mut out = Vec::with_capacity(e.appearances.len());
        let mut apps = e.appearances.iter().peekable();
        let mut quotes = &e.quotes[..];
        // Both lists are in article order (articles are numbered newest first).
        let quote_article = |q: &[QuoteId]| q.first().map(|&q| self.quote(q).article);
        while let Some(article) = match (apps.peek().map(|a| a.article), quote_article(quotes)) {
            (Some(a), Some(q)) => Some(a.min(q)),
            (a, q) => a.or(q),
        } {
            let appearance = apps.next_if(|a| a.article == article);
            let n = quotes
                .iter()
                .take_while(|&&q| self.quote(q).article == article)
                .count();
            out.push(TimelineEntry {
                article,
                appearance,
                quotes: &quotes[..n],
            });
            quotes = &quotes[n..];
        }
        out
    }

    /// How many pages an entity's timeline takes at `per` articles on its first page.
    pub fn page_count(&self, id: EntityId, per: usize) -> usize {
        timeline_pages(self.timeline(id).len(), per)
    }
}

/// Older pages of an entity's timeline (and of a tag) list each article by its title, without
/// the sentence (or summary) the first page shows, so each holds this many times `page_size`
/// articles: fewer, lighter pages for the places, organisations and tags named in thousands of
/// articles.
pub const OLDER_PAGE_FACTOR: usize = 4;

/// How many pages a timeline of `len` entries takes: `per` on the first page,
/// `per * OLDER_PAGE_FACTOR` on each older one.
pub fn timeline_pages(len: usize, per: usize) -> usize {
    let per = per.max(1);
    1 + len.saturating_sub(per).div_ceil(per * OLDER_PAGE_FACTOR)
}

/// The entries of page `n` (1-based) of a timeline of `len` entries (see [`timeline_pages`]).
pub fn timeline_page(len: usize, n: usize, per: usize) -> std::ops::Range<usize> {
    let per = per.max(1);
    let (start, size) = match n {
        0 | 1 => (0, per),
        n => (
            per + (n - 2) * per * OLDER_PAGE_FACTOR,
            per * OLDER_PAGE_FACTOR,
        ),
    };
    start.min(len)..(start + size).min(len)
}

impl Site {
    pub fn entity(&self, id: EntityId) -> &EntityNode {
        &self.entities[id.0 as usize]
    }
    pub fn article(&self, id: ArticleId) -> &ArticleNode {
        &self.articles[id.0 as usize]
    }
    pub fn quote(&self, id: QuoteId) -> &QuoteNode {
        &self.quotes[id.0 as usize]
    }
}

/// Links a corpus and its extraction (one [`ArticleExtraction`] per article, in corpus order)
/// into a site. Extraction is borrowed so an incremental rebuild can keep its cache.
pub fn link(
    config: SiteConfig,
    corpus: Corpus,
    extraction: &[Arc<ArticleExtraction>],
    registry: &Registry,
) -> Site {
    link_with_slots(config, corpus, extraction.to_vec(), registry, false).0
}

/// [`link`] for a build, which has no use for the extraction after: each article's extraction
/// is let go, but for its quotations and status events, as soon as the entities are merged
/// past it, so the rest of the link stage does not come on top of the whole extraction (see
/// `release`). A [`Linker`] cannot patch the site it makes.
pub fn link_releasing(
    config: SiteConfig,
    corpus: Corpus,
    extraction: Vec<Arc<ArticleExtraction>>,
    registry: &Registry,
) -> Site {
    link_with_slots(config, corpus, extraction, registry, true).0
}

/// [`link`], also returning for each article the entity of each of its found entities;
/// `release` as in [`link_releasing`].
fn link_with_slots(
    config: SiteConfig,
    corpus: Corpus,
    mut extraction: Vec<Arc<ArticleExtraction>>,
    registry: &Registry,
    release: bool,
) -> (Site, Vec<Vec<Option<EntityId>>>) {
    // Only the roles the dossier declares are shown: an election dossier has no hostages,
    // whatever the built-in rules read.
    let declared = |r: &Role| config.roles.iter().any(|d| d.name == *r);
    let merged = merge::merge(&mut extraction, registry, &declared, release);
    let mut tags: BTreeMap<String, Vec<ArticleId>> = BTreeMap::new();
    for (i, a) in corpus.articles.iter().enumerate() {
        tag(&mut tags, a, ArticleId(i as u32));
    }
    let articles = corpus
        .articles
        .into_iter()
        .zip(extraction)
        .zip(merged.article_entities)
        .zip(merged.article_quotes)
        .map(|(((article, extraction), entities), quotes)| ArticleNode {
            article,
            extraction,
            entities,
            quotes,
        })
        .collect();
    let mut site = Site {
        config,
        articles,
        pages: corpus.pages,
        entities: merged.entities,
        quotes: merged.quotes,
        tags,
        assets: corpus.assets,
        history: History::default(),
    };
    let all: Vec<EntityId> = (0..site.entities.len())
        .map(|i| EntityId(i as u32))
        .collect();
    status::apply(&all, &mut site.entities, &site.articles, &merged.of);
    site.history = changes::history(&site);
    (site, merged.of)
}

/// Lists article `id` under each of its tags; articles are tagged in order, newest first.
fn tag(tags: &mut BTreeMap<String, Vec<ArticleId>>, a: &Article, id: ArticleId) {
    for t in &a.front.tags {
        let list = tags.entry(t.clone()).or_default();
        if let Err(at) = list.binary_search(&id) {
            list.insert(at, id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{OLDER_PAGE_FACTOR, timeline_page, timeline_pages};

    /// The pages of a timeline cover each entry exactly once, in order, the first `per` on
    /// the first page and `per * OLDER_PAGE_FACTOR` on each older one but the last.
    #[test]
    fn timeline_pages_cover_every_entry_once() {
        for per in [1, 3, 50] {
            for len in 0..(per * OLDER_PAGE_FACTOR * 3 + 2) {
                let pages = timeline_pages(len, per);
                let ranges: Vec<_> = (1..=pages).map(|n| timeline_page(len, n, per)).collect();
                let covered: Vec<usize> = ranges.iter().flat_map(|r| r.clone()).collect();
                assert_eq!(
                    covered,
                    (0..len).collect::<Vec<_>>(),
                    "len {len}, per {per}"
                );
                assert!(ranges[0].len() == per.min(len));
                assert!(
                    ranges[1..].iter().all(|r| !r.is_empty()),
                    "no empty older page"
                );
                let full = &ranges[1..ranges.len().saturating_sub(1).max(1)];
                assert!(full.iter().all(|r| r.len() == per * OLDER_PAGE_FACTOR));
            }
        }
    }
}
