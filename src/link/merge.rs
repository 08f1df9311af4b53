//! Site-wide entities and quotations from per-article extraction. Which names are one entity
//! and which roles it has is the corpus's one identity rule, `extract::identity::merge`; this
//! module turns its identities into the site's nodes, links each quotation to its speaker's
//! node and counts which entities appear together.
//!
//! Each step works on one entity or one article at a time, so that [`super::Linker`] can
//! redo only the entities and articles an edit touches with the very code a full link runs.

use super::side::{self, Side};
use super::{Appearance, ArticleNode, EntityId, EntityNode, QuoteId, QuoteNode, QuoteWords};
use crate::entity::{EntityKind, Role};
use crate::extract::identity::{self, Identities, Identity};
use crate::extract::{ArticleExtraction, Quote, Registry, Span};
use crate::load::{ArticleId, slug::slugify};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::Arc;

pub(super) struct Merged {
    pub entities: Vec<EntityNode>,
    pub quotes: Vec<QuoteNode>,
    pub article_entities: Vec<Vec<(EntityId, Span)>>,
    pub article_quotes: Vec<Vec<QuoteId>>,
    /// Per article, per entity of its extraction: its entity (see `Identities::of`).
    pub of: Vec<Vec<Option<EntityId>>>,
}

/// The site's entities are the corpus's identities (`extract::identity::merge`, the one
/// identity rule `extract` and `suggest` use too), in the same order, so an identity's index
/// is its [`EntityId`]. Only the roles `declared` keeps are shown.
/// With `release`, each article's extraction is let go but for what the site keeps
/// (`super::release`) once its entities are merged.
pub(super) fn merge(
    extraction: &mut [Arc<ArticleExtraction>],
    registry: &Registry,
    declared: &dyn Fn(&Role) -> bool,
    release: bool,
) -> Merged {
    let mut released = super::release::Batches::default();
    // Who said each quotation, by the article's found entities, read before they go.
    let mut said = Vec::with_capacity(extraction.len());
    let Identities {
        entities: identities,
        of,
        named,
    } = identity::merge_releasing(extraction, registry, |ai, x| {
        said.push(speaker_slots(&x[ai]));
        if release {
            released.read(ai, x);
        }
    });
    let mut entities: Vec<EntityNode> = identities
        .into_iter()
        .map(|identity| node(identity, registry, declared))
        .collect();
    let n = entities.len();
    assign_slugs(&mut entities, 0..n);
    let of: Vec<Vec<Option<EntityId>>> = of
        .into_iter()
        .map(|slots| slots.into_iter().map(|s| s.map(entity_id)).collect())
        .collect();
    let article_entities: Vec<Vec<(EntityId, Span)>> = named
        .into_iter()
        .map(|list| list.into_iter().map(|(i, s)| (entity_id(i), s)).collect())
        .collect();
    let mut quotes = Vec::with_capacity(extraction.iter().map(|x| x.quotes.len()).sum());
    let mut article_quotes = Vec::with_capacity(extraction.len());
    let mut sides = Sides::default();
    for (ai, x) in extraction.iter_mut().enumerate() {
        let first = quotes.len();
        // A build takes each quotation over from the extraction it lets go (`release`), so
        // the words are never held twice; an update's extractions stay whole in its cache.
        let found = match Arc::get_mut(x) {
            Some(x) if release => std::mem::take(&mut x.quotes),
            _ => x.quotes.clone(),
        };
        quotes.extend(article_quotes_of(
            ArticleId(ai as u32),
            found,
            &speakers(&said[ai], &of[ai]),
            &entities,
            &mut sides,
        ));
        article_quotes.push((first..quotes.len()).map(|q| QuoteId(q as u32)).collect());
    }
    for (i, q) in quotes.iter().enumerate() {
        if let Some(s) = q.speaker {
            entities[s.0 as usize].quotes.push(QuoteId(i as u32));
        }
    }
    let mut counter = Related::new(entities.len());
    let lists: Vec<_> = (0..entities.len())
        .map(|i| counter.of(i, &entities, |a| &article_entities[a.0 as usize]))
        .collect();
    for (e, list) in entities.iter_mut().zip(lists) {
        e.related = list;
    }
    Merged {
        entities,
        quotes,
        article_entities,
        article_quotes,
        of,
    }
}

fn entity_id(i: usize) -> EntityId {
    EntityId(i as u32)
}

/// The node of one identity, with the roles `declared` keeps and its slug not yet made
/// unique ([`assign_slugs`]); its quotations, related entities and status history are filled
/// in later, once every entity has its id.
pub(super) fn node(
    identity: Identity,
    registry: &Registry,
    declared: &dyn Fn(&Role) -> bool,
) -> EntityNode {
    let spec = identity.registry.map(|r| &registry.entries[r]);
    let affiliation = spec.and_then(|s| s.affiliation.clone());
    let nationality = spec.map(|s| s.nationality.clone()).unwrap_or_default();
    let side = side::classify(
        &identity.name,
        affiliation.as_deref(),
        &nationality,
        identity.description.as_deref(),
    );
    let mut roles = identity.roles;
    roles.retain(declared);
    let evidence = identity
        .evidence
        .iter()
        .filter(|(_, e)| declared(&e.role))
        .map(|(ai, e)| (ArticleId(*ai as u32), *e))
        .collect();
    // Newest first: the corpus lists articles newest first.
    let appearances = identity
        .appearances
        .iter()
        .map(|&(ai, first, mentions)| Appearance {
            article: ArticleId(ai as u32),
            first,
            mentions,
        })
        .collect();
    EntityNode {
        slug: base_slug(&identity.name),
        name: identity.name,
        kind: identity.kind,
        roles,
        evidence,
        aliases: identity.aliases,
        status: spec.and_then(|s| s.status),
        affiliation,
        nationality,
        description: identity.description,
        side,
        in_registry: spec.is_some(),
        appearances,
        quotes: Vec::new(),
        related: Vec::new(),
        mention_count: identity.mention_count,
        status_history: Vec::new(),
    }
}

/// An entity's slug before it is made unique.
pub(super) fn base_slug(name: &str) -> String {
    slugify(name).unwrap_or_else(|| "entity".into())
}

/// The slugs that can collide with `slug`: two entities' slugs can only be equal when their
/// kinds and families are (`name-2` is in the family of `name`), so the slugs of one family
/// can be made unique without looking at the others.
pub(super) fn slug_family(kind: EntityKind, slug: &str) -> (EntityKind, String) {
    let mut s = slug;
    while let Some((head, tail)) = s.rsplit_once('-')
        && !tail.is_empty()
        && tail.bytes().all(|b| b.is_ascii_digit())
    {
        s = head;
    }
    (kind, s.to_string())
}

/// Makes the slugs of `ids` (in entity order, slugs reset to their base) unique: the first
/// entity keeps its base, the next gets `-2`, and so on.
pub(super) fn assign_slugs(entities: &mut [EntityNode], ids: impl IntoIterator<Item = usize>) {
    let mut used: HashSet<(EntityKind, String)> = HashSet::default();
    for i in ids {
        let e = &mut entities[i];
        let base = std::mem::take(&mut e.slug);
        let mut slug = base.clone();
        let mut n = 2;
        while !used.insert((e.kind, slug.clone())) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        e.slug = slug;
    }
}

/// The side of each speaker description seen: the same few descriptions ("a source familiar
/// with the talks") recur thousands of times.
#[derive(Default)]
pub(super) struct Sides(HashMap<String, Option<Side>>);

impl Sides {
    fn of(&mut self, description: &str) -> Option<Side> {
        if let Some(s) = self.0.get(description) {
            return *s;
        }
        let side = Side::from_words(description);
        self.0.insert(description.to_string(), side);
        side
    }
}

/// Each quotation's speaker among the article's found entities, by the name it gave it.
pub(super) fn speaker_slots(x: &ArticleExtraction) -> Vec<Option<u32>> {
    (x.quotes.iter())
        .map(|q| {
            let s = q.speaker.as_deref()?;
            let i = x.entities.iter().position(|e| e.name == s)?;
            Some(i as u32)
        })
        .collect()
}

/// Each quotation's speaker, of [`speaker_slots`], as an entity, the article's found entities
/// being the entities `of`.
pub(super) fn speakers(slots: &[Option<u32>], of: &[Option<EntityId>]) -> Vec<Option<EntityId>> {
    (slots.iter())
        .map(|s| s.and_then(|i| of[i as usize]))
        .collect()
}

/// The quotations of one article, `speakers` saying who said each ([`speakers`]); each
/// node takes its quotation's words over.
pub(super) fn article_quotes_of(
    article: ArticleId,
    found: Vec<Quote>,
    speakers: &[Option<EntityId>],
    entities: &[EntityNode],
    sides: &mut Sides,
) -> Vec<QuoteNode> {
    // One speaker for each quotation: a shorter list would drop quotations unseen.
    assert_eq!(speakers.len(), found.len(), "a speaker for each quotation");
    found
        .into_iter()
        .zip(speakers)
        .enumerate()
        .map(|(ordinal, (q, &speaker))| {
            let side = match speaker {
                Some(id) => entities[id.0 as usize].side,
                None => q.speaker_description.as_deref().and_then(|d| sides.of(d)),
            };
            QuoteNode {
                article,
                ordinal,
                paragraph: q.span.paragraph,
                start: q.span.start,
                speaker,
                anonymous: q.anonymous,
                side,
                words: QuoteWords::of(q),
            }
        })
        .collect()
}

/// An entity's quotations, newest first: those of the articles it appears in that it gave.
pub(super) fn quotes_of(
    id: EntityId,
    e: &EntityNode,
    articles: &[ArticleNode],
    quotes: &[QuoteNode],
) -> Vec<QuoteId> {
    let mut out = Vec::new();
    let mut last = None;
    for app in &e.appearances {
        if last == Some(app.article) {
            continue;
        }
        last = Some(app.article);
        out.extend(
            articles[app.article.0 as usize]
                .quotes
                .iter()
                .filter(|&&q| quotes[q.0 as usize].speaker == Some(id)),
        );
    }
    out
}

/// How many related entities an entity page lists.
const RELATED: usize = 12;

/// Co-occurrence counts with a dense counter, so the cost is the sum over an entity's
/// articles of their entity count, with no hashing.
pub(super) struct Related {
    counts: Vec<u32>,
    touched: Vec<usize>,
}

impl Related {
    pub fn new(entities: usize) -> Self {
        Related {
            counts: vec![0; entities],
            touched: Vec::new(),
        }
    }

    /// The entities most often named in the same articles as entity `i` (`named` gives each
    /// article's entities), most shared articles first.
    pub fn of<'a>(
        &mut self,
        i: usize,
        entities: &[EntityNode],
        named: impl Fn(ArticleId) -> &'a [(EntityId, Span)],
    ) -> Vec<(EntityId, u32)> {
        if self.counts.len() < entities.len() {
            self.counts.resize(entities.len(), 0);
        }
        for app in &entities[i].appearances {
            for (other, _) in named(app.article) {
                let o = other.0 as usize;
                if o != i {
                    if self.counts[o] == 0 {
                        self.touched.push(o);
                    }
                    self.counts[o] += 1;
                }
            }
        }
        let mut list: Vec<(EntityId, u32)> = self
            .touched
            .iter()
            .map(|&o| (EntityId(o as u32), self.counts[o]))
            .collect();
        list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        list.truncate(RELATED);
        for &o in &self.touched {
            self.counts[o] = 0;
        }
        self.touched.clear();
        list
    }
}
