//! Site-wide entities and quotations from per-article extraction. Which names are one entity
//! and which roles it has is the corpus's one identity rule, `extract::identity::merge`; this
//! module turns its identities into the site's nodes, links each quotation to its speaker's
//! node and counts which entities appear together.

use super::side::{self, Side};
use super::{Appearance, EntityId, EntityNode, QuoteId, QuoteNode};
use crate::entity::EntityKind;
use crate::extract::identity::{self, Identities, Identity};
use crate::extract::{ArticleExtraction, Registry, Span};
use crate::load::{ArticleId, slug::slugify};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::Arc;

pub(super) struct Merged {
    pub entities: Vec<EntityNode>,
    pub quotes: Vec<QuoteNode>,
    pub article_entities: Vec<Vec<(EntityId, Span)>>,
    pub article_quotes: Vec<Vec<QuoteId>>,
    /// Per article, per entity of its extraction: its entity index (see `Identities::of`).
    pub of: Vec<Vec<Option<usize>>>,
}

/// The site's entities are the corpus's identities (`extract::identity::merge`, the one
/// identity rule `extract` and `suggest` use too), in the same order, so an identity's index
/// is its [`EntityId`].
pub(super) fn merge(extraction: &[Arc<ArticleExtraction>], registry: &Registry) -> Merged {
    let ids = identity::merge(extraction, registry);
    let mut used_slugs: HashSet<(EntityKind, String)> = HashSet::default();
    let Identities {
        entities: identities,
        of,
        named,
    } = ids;
    let mut entities: Vec<EntityNode> = identities
        .into_iter()
        .map(|identity| build_node(identity, registry, &mut used_slugs))
        .collect();
    let article_entities: Vec<Vec<(EntityId, Span)>> = named
        .into_iter()
        .map(|list| {
            list.into_iter()
                .map(|(i, s)| (EntityId(i as u32), s))
                .collect()
        })
        .collect();
    let (quotes, article_quotes) = link_quotes(extraction, &of, &mut entities);
    related(&mut entities, &article_entities);
    Merged {
        entities,
        quotes,
        article_entities,
        article_quotes,
        of,
    }
}

fn build_node(
    identity: Identity,
    registry: &Registry,
    used: &mut HashSet<(EntityKind, String)>,
) -> EntityNode {
    let kind = identity.kind;
    let spec = identity.registry.map(|r| &registry.entries[r]);
    let base = slugify(&identity.name).unwrap_or_else(|| "entity".into());
    let mut slug = base.clone();
    let mut n = 2;
    while !used.insert((kind, slug.clone())) {
        slug = format!("{base}-{n}");
        n += 1;
    }
    let affiliation = spec.and_then(|s| s.affiliation.clone());
    let nationality = spec.map(|s| s.nationality.clone()).unwrap_or_default();
    let side = side::classify(
        &identity.name,
        affiliation.as_deref(),
        &nationality,
        identity.description.as_deref(),
    );
    let evidence = identity
        .evidence
        .iter()
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
        name: identity.name,
        slug,
        kind,
        roles: identity.roles,
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

type QuoteLinks = (Vec<QuoteNode>, Vec<Vec<QuoteId>>);

fn link_quotes(
    extraction: &[Arc<ArticleExtraction>],
    of: &[Vec<Option<usize>>],
    entities: &mut [EntityNode],
) -> QuoteLinks {
    let mut quotes = Vec::new();
    let mut per_article = Vec::with_capacity(extraction.len());
    // The same few descriptions ("a source familiar with the talks") recur thousands of times.
    let mut sides: HashMap<&str, Option<Side>> = HashMap::default();
    for (ai, x) in extraction.iter().enumerate() {
        let mut ids = Vec::with_capacity(x.quotes.len());
        for (ordinal, q) in x.quotes.iter().enumerate() {
            // The speaker is one of the article's own entities, by the name it gave it.
            let speaker = q
                .speaker
                .as_deref()
                .and_then(|s| x.entities.iter().position(|e| e.name == s))
                .and_then(|i| of[ai][i])
                .map(|i| EntityId(i as u32));
            let side = match speaker {
                Some(id) => entities[id.0 as usize].side,
                None => q
                    .speaker_description
                    .as_deref()
                    .and_then(|d| *sides.entry(d).or_insert_with(|| Side::from_words(d))),
            };
            let id = QuoteId(quotes.len() as u32);
            if let Some(s) = speaker {
                entities[s.0 as usize].quotes.push(id);
            }
            quotes.push(QuoteNode {
                article: ArticleId(ai as u32),
                ordinal,
                paragraph: q.span.paragraph,
                start: q.span.start,

                speaker,
                anonymous: q.anonymous,
                side,
                source: x.clone(),
            });
            ids.push(id);
        }
        per_article.push(ids);
    }
    (quotes, per_article)
}

/// How many related entities an entity page lists.
const RELATED: usize = 12;

/// Co-occurrence counts with a dense counter, so the cost is the sum over articles of the
/// square of their entity count, with no hashing.
fn related(entities: &mut [EntityNode], article_entities: &[Vec<(EntityId, Span)>]) {
    let mut counts = vec![0u32; entities.len()];
    let mut touched: Vec<usize> = Vec::new();
    let lists: Vec<Vec<(EntityId, u32)>> = (0..entities.len())
        .map(|i| {
            for app in &entities[i].appearances {
                for (other, _) in &article_entities[app.article.0 as usize] {
                    let o = other.0 as usize;
                    if o != i {
                        if counts[o] == 0 {
                            touched.push(o);
                        }
                        counts[o] += 1;
                    }
                }
            }
            let mut list: Vec<(EntityId, u32)> = touched
                .iter()
                .map(|&o| (EntityId(o as u32), counts[o]))
                .collect();
            list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            list.truncate(RELATED);
            for &o in &touched {
                counts[o] = 0;
            }
            touched.clear();
            list
        })
        .collect();
    for (e, list) in entities.iter_mut().zip(lists) {
        e.related = list;
    }
}
