//! Merging per-article extraction into site-wide entities and quotations.
//!
//! Entities are keyed by their folded canonical name. The registry seeds the keys (and its
//! aliases point at them), so its facts win; extraction adds the rest. A lone surname that
//! no article spells out in full stays its own entity, unless exactly one person in the whole
//! dossier carries that surname, in which case it is that person.

use super::side::{self, Side};
use super::{Appearance, EntityId, EntityNode, QuoteId, QuoteNode};
use crate::content::{ArticleId, slug::slugify};
use crate::entity::{EntityKind, Role};
use crate::extract::{ArticleExtraction, Registry, Span};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;
use std::sync::Arc;

pub(super) struct Merged {
    pub entities: Vec<EntityNode>,
    pub quotes: Vec<QuoteNode>,
    pub article_entities: Vec<Vec<(EntityId, Span)>>,
    pub article_quotes: Vec<Vec<QuoteId>>,
}

/// What is gathered about one entity before it gets its id.
#[derive(Default)]
struct Acc<'a> {
    name: String,
    registry: Option<usize>,
    kinds: BTreeMap<EntityKind, usize>,
    roles: Vec<Role>,
    aliases: Vec<String>,
    /// The aliases already in `aliases`, to keep them unique without a scan per mention.
    alias_seen: HashSet<&'a str>,
    /// Descriptions (borrowed from extraction) by how often articles give them.
    descriptions: HashMap<&'a str, usize>,
    appearances: Vec<Appearance>,
    mention_count: usize,
}

/// Folds a name for comparison: lower case, no accents, apostrophes and hyphens as spaces.
pub(super) fn fold(name: &str) -> String {
    deunicode::deunicode(name)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn merge<'a>(
    extraction: &'a [Arc<ArticleExtraction>],
    registry: &'a Registry,
) -> Merged {
    let mut accs: Vec<Acc<'a>> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::default();
    // Names as written, to their entity: most names recur letter for letter across articles,
    // so folding (which allocates) happens once per spelling, not once per article.
    let mut by_name: HashMap<&str, usize> = HashMap::default();
    for (ri, e) in registry.entries.iter().enumerate() {
        let key = fold(&e.name);
        if by_key.contains_key(&key) {
            continue;
        }
        by_key.insert(key, accs.len());
        let mut acc = Acc {
            name: e.name.clone(),
            registry: Some(ri),
            ..Acc::default()
        };
        acc.aliases.extend(e.aliases.iter().cloned());
        acc.alias_seen.extend(e.aliases.iter().map(String::as_str));
        accs.push(acc);
    }
    for (ri, e) in registry.entries.iter().enumerate() {
        for alias in &e.aliases {
            let target = by_key.get(&fold(&e.name)).copied();
            if let Some(t) = target.filter(|&t| accs[t].registry == Some(ri)) {
                by_key.entry(fold(alias)).or_insert(t);
            }
        }
    }

    // Per article: (acc index, first mention, count) in order of first mention.
    let mut per_article: Vec<Vec<(usize, Span, usize)>> = Vec::with_capacity(extraction.len());
    for (ai, x) in extraction.iter().enumerate() {
        let mut seen: Vec<(usize, Span, usize)> = Vec::new();
        for e in &x.entities {
            let idx = match by_name.get(e.name.as_str()) {
                Some(&idx) => idx,
                None => {
                    let key = fold(&e.name);
                    if key.is_empty() {
                        continue;
                    }
                    let idx = *by_key.entry(key).or_insert_with(|| {
                        accs.push(Acc {
                            name: e.name.clone(),
                            ..Acc::default()
                        });
                        accs.len() - 1
                    });
                    by_name.insert(e.name.as_str(), idx);
                    idx
                }
            };
            let acc = &mut accs[idx];
            *acc.kinds.entry(e.kind).or_default() += e.mentions.len().max(1);
            for r in &e.roles {
                if !acc.roles.contains(r) {
                    acc.roles.push(*r);
                }
            }
            for a in &e.aliases {
                if *a != acc.name && acc.alias_seen.insert(a.as_str()) {
                    acc.aliases.push(a.clone());
                }
            }
            if let Some(d) = &e.description {
                *acc.descriptions.entry(d.as_str()).or_default() += 1;
            }
            acc.mention_count += e.mentions.len();
            let Some(first) = e
                .mentions
                .iter()
                .min_by_key(|s| (s.paragraph, s.start))
                .copied()
            else {
                continue;
            };
            match seen.iter_mut().find(|(i, _, _)| *i == idx) {
                Some(s) => {
                    s.2 += e.mentions.len();
                    if (first.paragraph, first.start) < (s.1.paragraph, s.1.start) {
                        s.1 = first;
                    }
                }
                None => seen.push((idx, first, e.mentions.len())),
            }
        }
        seen.sort_by_key(|(_, s, _)| (s.paragraph, s.start));
        for (idx, span, n) in &seen {
            accs[*idx].appearances.push(Appearance {
                article: ArticleId(ai as u32),
                first: *span,
                mentions: *n,
            });
        }
        per_article.push(seen);
    }

    let redirect = surname_redirects(&accs, registry);
    // In a fixed order, so aliases come out the same on every build.
    let mut moves: Vec<(usize, usize)> = redirect.iter().map(|(&f, &t)| (f, t)).collect();
    moves.sort_unstable();
    for &(from, to) in &moves {
        let moved = std::mem::take(&mut accs[from]);
        let target = &mut accs[to];
        target.mention_count += moved.mention_count;
        if !target.aliases.contains(&moved.name) {
            target.aliases.push(moved.name.clone());
        }
        for r in moved.roles {
            if !target.roles.contains(&r) {
                target.roles.push(r);
            }
        }
        for (k, n) in moved.kinds {
            *target.kinds.entry(k).or_default() += n;
        }
        target.appearances.extend(moved.appearances);
    }

    // Final order and ids: by kind, then folded name.
    let kind_of = |acc: &Acc| -> EntityKind {
        acc.registry
            .and_then(|r| registry.entries[r].kind)
            .or_else(|| {
                acc.kinds
                    .iter()
                    .max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k)))
                    .map(|(k, _)| *k)
            })
            .unwrap_or(EntityKind::Person)
    };
    let mut order: Vec<usize> = (0..accs.len())
        .filter(|i| !redirect.contains_key(i))
        .filter(|&i| accs[i].registry.is_some() || !accs[i].appearances.is_empty())
        .collect();
    order.sort_by_cached_key(|&i| (kind_of(&accs[i]), fold(&accs[i].name), accs[i].name.clone()));
    let mut id_of: HashMap<usize, EntityId> = HashMap::default();
    for (n, &i) in order.iter().enumerate() {
        id_of.insert(i, EntityId(n as u32));
    }
    for (&from, &to) in &redirect {
        if let Some(&id) = id_of.get(&to) {
            id_of.insert(from, id);
        }
    }

    let mut used_slugs: HashSet<(EntityKind, String)> = HashSet::default();
    let mut entities: Vec<EntityNode> = order
        .iter()
        .map(|&i| {
            let acc = std::mem::take(&mut accs[i]);
            let kind = kind_of(&acc);
            build_node(acc, kind, registry, &mut used_slugs)
        })
        .collect();
    for e in &mut entities {
        e.appearances.sort_by_key(|a| a.article);
    }

    let article_entities: Vec<Vec<(EntityId, Span)>> = per_article
        .iter()
        .map(|seen| {
            let mut out: Vec<(EntityId, Span)> = Vec::with_capacity(seen.len());
            for (idx, span, _) in seen {
                if let Some(&id) = id_of.get(idx)
                    && !out.iter().any(|(e, _)| *e == id)
                {
                    out.push((id, *span));
                }
            }
            out
        })
        .collect();

    let (quotes, article_quotes) =
        link_quotes(extraction, &by_key, &by_name, &id_of, &mut entities);
    related(&mut entities, &article_entities);
    Merged {
        entities,
        quotes,
        article_entities,
        article_quotes,
    }
}

/// Lone names ("Boehler", "Adi") that belong to exactly one fully named person of the whole
/// dossier, by surname or by first name.
fn surname_redirects(accs: &[Acc], registry: &Registry) -> HashMap<usize, usize> {
    let is_person = |a: &Acc| {
        a.registry
            .and_then(|r| registry.entries[r].kind)
            .unwrap_or_else(|| {
                a.kinds
                    .iter()
                    .max_by_key(|(_, n)| **n)
                    .map_or(EntityKind::Person, |(k, _)| *k)
            })
            == EntityKind::Person
    };
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, a) in accs.iter().enumerate() {
        let f = fold(&a.name);
        if is_person(a)
            && f.contains(' ')
            && let (Some(first), Some(last)) = (f.split(' ').next(), f.rsplit(' ').next())
        {
            by_surname.entry(last.to_string()).or_default().push(i);
            if first != last {
                by_surname.entry(first.to_string()).or_default().push(i);
            }
        }
    }
    let mut out = HashMap::default();
    for (i, a) in accs.iter().enumerate() {
        let f = fold(&a.name);
        if a.registry.is_none()
            && is_person(a)
            && !f.contains(' ')
            && !a.appearances.is_empty()
            && let Some([only]) = by_surname.get(&f).map(Vec::as_slice)
        {
            out.insert(i, *only);
        }
    }
    out
}

fn build_node(
    acc: Acc,
    kind: EntityKind,
    registry: &Registry,
    used: &mut HashSet<(EntityKind, String)>,
) -> EntityNode {
    let spec = acc.registry.map(|r| &registry.entries[r]);
    let base = slugify(&acc.name).unwrap_or_else(|| "entity".into());
    let mut slug = base.clone();
    let mut n = 2;
    while !used.insert((kind, slug.clone())) {
        slug = format!("{base}-{n}");
        n += 1;
    }
    let mut roles = match spec {
        Some(s) if !s.roles.is_empty() => s.roles.clone(),
        _ if kind == EntityKind::Person => acc.roles,
        _ => Vec::new(),
    };
    roles.sort();
    roles.dedup();
    let description = spec.and_then(|s| s.description.clone()).or_else(|| {
        acc.descriptions
            .iter()
            // Most given, then shortest, then alphabetical: the same whatever the map's order.
            .max_by_key(|(d, n)| (**n, std::cmp::Reverse(d.len()), std::cmp::Reverse(**d)))
            .map(|(d, _)| d.to_string())
    });
    let affiliation = spec.and_then(|s| s.affiliation.clone());
    let nationality = spec.map(|s| s.nationality.clone()).unwrap_or_default();
    let side = side::classify(
        &acc.name,
        affiliation.as_deref(),
        &nationality,
        description.as_deref(),
    );
    let mention_count = acc.mention_count;
    EntityNode {
        name: acc.name,
        slug,
        kind,
        roles,
        aliases: acc.aliases,
        status: spec.and_then(|s| s.status),
        affiliation,
        nationality,
        description,
        side,
        in_registry: spec.is_some(),
        appearances: acc.appearances,
        quotes: Vec::new(),
        related: Vec::new(),
        mention_count,
    }
}

type QuoteLinks = (Vec<QuoteNode>, Vec<Vec<QuoteId>>);

fn link_quotes(
    extraction: &[Arc<ArticleExtraction>],
    by_key: &HashMap<String, usize>,
    by_name: &HashMap<&str, usize>,
    id_of: &HashMap<usize, EntityId>,
    entities: &mut [EntityNode],
) -> QuoteLinks {
    let mut quotes = Vec::new();
    let mut per_article = Vec::with_capacity(extraction.len());
    // The same few descriptions ("a source familiar with the talks") recur thousands of times.
    let mut sides: HashMap<&str, Option<Side>> = HashMap::default();
    for (ai, x) in extraction.iter().enumerate() {
        let mut ids = Vec::with_capacity(x.quotes.len());
        for (ordinal, q) in x.quotes.iter().enumerate() {
            let speaker = q
                .speaker
                .as_deref()
                .and_then(|s| by_name.get(s).or_else(|| by_key.get(&fold(s))))
                .and_then(|i| id_of.get(i))
                .copied();
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
