//! The "link" stage: articles, extraction results and the registry joined into one graph,
//! [`Site`]: articles ↔ entities ↔ topics ↔ quotations, joined by small ids.
//!
//! Entities are merged across articles by canonical name (the registry's name first, then
//! extraction's fullest form). A registry entry that no article mentions still gets a node,
//! and so a page. Linking is linear in the number of mentions, so it can be redone on every
//! incremental rebuild.

pub mod changes;
mod merge;
mod side;
pub mod status;

pub use changes::History;
pub use side::Side;
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

/// One quotation, attributed (or marked anonymous). Its words stay in the article's
/// extraction, shared rather than copied: a large dossier has more quotations than anything.
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
    pub(crate) source: Arc<ArticleExtraction>,
}

impl QuoteNode {
    fn found(&self) -> &crate::extract::Quote {
        &self.source.quotes[self.ordinal]
    }
    /// The exact words between the quotation marks.
    pub fn text(&self) -> &str {
        &self.found().text
    }
    /// The speaker's name as extraction gave it (also set when `speaker` is).
    pub fn speaker_name(&self) -> Option<&str> {
        self.found().speaker.as_deref()
    }
    /// How the article describes the speaker.
    pub fn description(&self) -> Option<&str> {
        self.found().speaker_description.as_deref()
    }
    /// The speaker extraction guessed below its confidence threshold: the quotation is
    /// published as "speaker unclear".
    pub fn unclear(&self) -> Option<&str> {
        self.found().unclear.as_deref()
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

    /// How many pages an entity's timeline takes at `per` articles a page.
    pub fn page_count(&self, id: EntityId, per: usize) -> usize {
        self.timeline(id).len().div_ceil(per.max(1)).max(1)
    }
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
    let mut merged = merge::merge(extraction, registry);
    // Only the roles the dossier declares are shown: an election dossier has no hostages,
    // whatever the built-in rules read.
    let declared = |r: &Role| config.roles.iter().any(|d| d.name == *r);
    for e in &mut merged.entities {
        e.roles.retain(declared);
        e.evidence.retain(|(_, ev)| declared(&ev.role));
    }
    let dates: Vec<_> = corpus.articles.iter().map(|a| a.date.date()).collect();
    status::apply(&mut merged.entities, extraction, &merged.of, &dates);
    let mut tags: BTreeMap<String, Vec<ArticleId>> = BTreeMap::new();
    for (i, a) in corpus.articles.iter().enumerate() {
        for t in &a.front.tags {
            let list = tags.entry(t.clone()).or_default();
            if list.last() != Some(&ArticleId(i as u32)) {
                list.push(ArticleId(i as u32));
            }
        }
    }
    let articles = corpus
        .articles
        .into_iter()
        .zip(extraction)
        .zip(merged.article_entities)
        .zip(merged.article_quotes)
        .map(|(((article, extraction), entities), quotes)| ArticleNode {
            article,
            extraction: extraction.clone(),
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
    site.history = changes::history(&site);
    site
}

/// The sentence of `paragraph` around the byte range `start..end`, for entity timelines. A
/// long sentence is cut to a window of about [`SNIPPET_CHARS`] that keeps the mention in view:
/// an entity is listed once per article it appears in, so at scale these snippets are most of
/// the entity pages' bytes.
pub fn sentence_around(paragraph: &str, start: usize, end: usize) -> String {
    let (from, to) = sentence_bounds(paragraph, start, end);
    let raw = &paragraph[from..to];
    let sentence = raw.trim_start();
    // The mention's offset in the trimmed sentence: the space after the previous full stop
    // is not part of it.
    let lead = raw.len() - sentence.len();
    window(
        sentence.trim_end(),
        start.min(paragraph.len()).saturating_sub(from + lead),
    )
}

/// The byte range of the sentence of `paragraph` around `start..end`: it ends after a full
/// stop, question or exclamation mark that no abbreviation ("U.S.", "Gen.") or initial makes.
pub fn sentence_bounds(paragraph: &str, start: usize, end: usize) -> (usize, usize) {
    let start = start.min(paragraph.len());
    let end = end.clamp(start, paragraph.len());
    let bytes = paragraph.as_bytes();
    let is_stop = |i: usize| {
        if !matches!(bytes[i], b'.' | b'!' | b'?') || bytes.get(i + 1).is_some_and(|b| *b != b' ') {
            return false;
        }
        if bytes[i] != b'.' {
            return true;
        }
        // A full stop after an abbreviation ("U.S.", "Gen.", "Oct.") or an initial ends nothing.
        let word_start = paragraph[..i].rfind(' ').map_or(0, |w| w + 1);
        let word = &paragraph[word_start..i];
        !(word.contains('.')
            || (word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase()))
            || ABBREVIATIONS.contains(&word))
    };
    let mut from = 0;
    for i in (0..start).rev() {
        if is_stop(i) {
            from = i + 1;
            break;
        }
    }
    let mut to = paragraph.len();
    for i in end..paragraph.len() {
        if is_stop(i) {
            to = i + 1;
            break;
        }
    }
    (from, to)
}

/// How many characters of a sentence an entity timeline shows.
pub const SNIPPET_CHARS: usize = 160;

/// `sentence` cut to about [`SNIPPET_CHARS`], starting a little before byte `at` (the mention)
/// when the mention would otherwise fall outside, with `…` where words were cut.
fn window(sentence: &str, at: usize) -> String {
    const LEAD: usize = 50;
    if sentence.chars().count() <= SNIPPET_CHARS {
        return sentence.to_string();
    }
    let mut at = at.min(sentence.len());
    while !sentence.is_char_boundary(at) {
        at -= 1;
    }
    let lead_start = sentence[..at]
        .char_indices()
        .rev()
        .nth(LEAD)
        .map_or(0, |(i, _)| i);
    if sentence[..at].chars().count() + 30 < SNIPPET_CHARS || lead_start == 0 {
        return truncate_chars(sentence, SNIPPET_CHARS);
    }
    // Start at the word after the cut, so no word is shown in part.
    let from = sentence[lead_start..at]
        .find(' ')
        .map_or(lead_start, |i| lead_start + i + 1);
    format!("…{}", truncate_chars(&sentence[from..], SNIPPET_CHARS - 1))
}

/// Words that a full stop follows without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm",
    "St", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Jr",
    "Sr",
];

pub use crate::load::truncate_chars;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_is_the_sentence_of_the_mention() {
        let p = "Talks began in Doha. The U.S. envoy Adam Boehler met Hamas. Nothing was agreed.";
        let at = p.find("Adam").unwrap();
        assert_eq!(
            sentence_around(p, at, at + 12),
            "The U.S. envoy Adam Boehler met Hamas."
        );
    }

    #[test]
    fn a_long_sentence_is_cut_to_a_window_that_shows_the_mention() {
        let before = "word ".repeat(60);
        let p = format!(
            "{before}Adam Boehler met Hamas {}today.",
            "again ".repeat(40)
        );
        let at = p.find("Adam").unwrap();
        let s = sentence_around(&p, at, at + 12);
        assert!(s.contains("Adam Boehler met Hamas"), "{s}");
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.chars().count() <= SNIPPET_CHARS + 1, "{s}");
        let early = format!("Adam Boehler met Hamas {}today.", "again ".repeat(60));
        let s = sentence_around(&early, 0, 12);
        assert!(s.starts_with("Adam Boehler") && s.ends_with('…'), "{s}");
    }

    #[test]
    fn a_window_after_an_earlier_sentence_keeps_a_name_that_starts_with_a_wide_letter() {
        let p = format!(
            "Talks began. {}Ömer Yılmaz met the envoys {}today.",
            "word ".repeat(60),
            "again ".repeat(40)
        );
        let at = p.find("Ömer").unwrap();
        let s = sentence_around(&p, at, at + "Ömer Yılmaz".len());
        assert!(s.contains("Ömer Yılmaz met the envoys"), "{s}");
    }

    #[test]
    fn long_snippets_are_cut_at_a_word() {
        let s = truncate_chars(&"word ".repeat(100), 20);
        assert!(s.ends_with('…') && s.chars().count() <= 21, "{s}");
    }
}
