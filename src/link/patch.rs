//! [`Linker::patch`]: one update of a linked site for the articles that changed, in the order
//! a full link works — the articles and their quotations in their new places, the identity
//! rule redone for the names those articles give (and the lone names whose full name that
//! changed), the entities of those names made again and put in their places, then the
//! articles whose names now mean another entity, and last what is counted over entities:
//! quotations, statuses, related entities, slugs and the history.

use super::index::{Index, KeyId};
use super::linker::{Delta, Diff, Linker};
use super::merge::{self, Related, Sides, base_slug, slug_family};
use super::place;
use super::renumber;
use super::{EntityId, EntityNode, QuoteId, Site, status, tag};
use crate::entity::{EntityKind, Role};
use crate::extract::identity::Mediating;
use crate::extract::{ArticleExtraction, FoundEntity, Registry, Span};
use crate::load::{Article, ArticleId};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;
use std::sync::Arc;

impl Linker {
    pub(super) fn patch(
        &mut self,
        diff: Diff,
        articles: Vec<Arc<Article>>,
        extraction: &[Arc<ArticleExtraction>],
        registry: &Registry,
    ) -> Delta {
        let mut delta = Delta::default();
        let Linker {
            site,
            index,
            of,
            keys,
            families,
            ..
        } = self;
        let site = Arc::make_mut(site);

        // The names the removed articles gave, and their tags, while their ids hold.
        let mut touched: Vec<KeyId> = Vec::new();
        for &o in &diff.removed {
            for (j, slot) in index.slots[o].iter().enumerate() {
                if let Some(k) = *slot {
                    let p = &mut index.keys[k as usize].postings;
                    if let Ok(at) = p.binary_search(&(ArticleId(o as u32), j as u32)) {
                        p.remove(at);
                    }
                    touched.push(k);
                }
            }
            untag(
                &mut site.tags,
                &site.articles[o].article,
                ArticleId(o as u32),
            );
        }
        let added_slugs: HashSet<&str> = diff
            .added
            .iter()
            .map(|&k| articles[k].slug.as_str())
            .collect();
        delta.removed_articles = diff
            .removed
            .iter()
            .map(|&o| site.articles[o].article.slug.clone())
            .filter(|s| !added_slugs.contains(s.as_str()))
            .collect();

        // The articles and their quotations in their new places.
        let (moved_articles, qmap) = place::articles(site, index, of, &diff, articles, extraction);
        if moved_articles {
            renumber::articles(site, &diff.kept);
            for key in &mut index.keys {
                key.postings
                    .retain_mut(|(a, _)| match diff.kept.article(*a) {
                        Some(n) => {
                            *a = n;
                            true
                        }
                        None => false,
                    });
            }
        }
        let moved_quotes = qmap.moves();
        if moved_quotes {
            renumber::quotes(site, &qmap);
        }

        // The names the added articles give.
        for &k in &diff.added {
            let x = site.articles[k].extraction.clone();
            let slots: Vec<Option<KeyId>> =
                x.entities.iter().map(|e| index.key_of(&e.name)).collect();
            for (j, slot) in slots.iter().enumerate() {
                if let Some(key) = *slot {
                    let p = &mut index.keys[key as usize].postings;
                    let posting = (ArticleId(k as u32), j as u32);
                    if let Err(at) = p.binary_search(&posting) {
                        p.insert(at, posting);
                    }
                    touched.push(key);
                }
            }
            of[k] = vec![None; slots.len()];
            index.slots[k] = slots;
        }
        touched.sort_unstable();
        touched.dedup();

        // The identity rule for those names: which lone names moved, which entities change.
        let mut dirty: Vec<KeyId> = touched.iter().map(|&k| index.root(k)).collect();
        let found = |a: ArticleId, j: u32| -> &FoundEntity {
            &site.articles[a.0 as usize].extraction.entities[j as usize]
        };
        let moved = index.refresh(&touched, &found, registry);
        dirty.extend(touched.iter().map(|&k| index.root(k)));
        for &(lone, from) in &moved {
            dirty.extend([lone, index.root(lone)]);
            dirty.extend(from);
        }
        dirty.sort_unstable();
        dirty.dedup();
        let roles: Vec<Role> = site.config.roles.iter().map(|r| r.name).collect();
        let declared = |r: &Role| roles.contains(r);
        // The same as before the edit (`Linker::update` relinks in full when it is not).
        let mediating = Mediating::of(site.articles.iter().map(|a| &*a.extraction));
        let fresh: Vec<(KeyId, Option<EntityNode>)> = dirty
            .iter()
            .map(|&r| {
                let identity = index.keys[r as usize]
                    .redirect
                    .is_none()
                    .then(|| index.identity(r, &found, registry, &mediating))
                    .flatten();
                (r, identity.map(|i| merge::node(i, registry, &declared)))
            })
            .collect();

        // Their entities, in their places.
        let mut old_slugs: Vec<(EntityKind, String)> = Vec::new();
        let mut relisted: Vec<KeyId> = moved.iter().map(|&(lone, _)| lone).collect();
        let mut reorder = false;
        // Their quotations as they were: most stay.
        let mut old_quotes: HashMap<KeyId, Vec<QuoteId>> = HashMap::default();
        for (r, node) in &fresh {
            let old = index.keys[*r as usize]
                .entity
                .map(|e| &site.entities[e.0 as usize]);
            if let Some(e) = old {
                old_slugs.push((e.kind, e.slug.clone()));
                let family = slug_family(e.kind, &e.slug);
                if let Some(list) = families.get_mut(&family) {
                    list.retain(|k| k != r);
                }
            }
            if old.is_some() != node.is_some() {
                relisted.push(*r);
            }
            reorder |= old.map(|e| e.kind) != node.as_ref().map(|n| n.kind);
            if let Some(e) = index.keys[*r as usize].entity {
                old_quotes.insert(*r, std::mem::take(&mut site.entities[e.0 as usize].quotes));
            }
        }
        if reorder {
            delta.renumbered = true;
            place::entities(site, of, index, keys, &dirty, fresh);
        } else {
            for (r, node) in fresh {
                if let (Some(e), Some(node)) = (index.keys[r as usize].entity, node) {
                    site.entities[e.0 as usize] = node;
                }
            }
        }
        let mut rebuilt: Vec<EntityId> = dirty
            .iter()
            .filter_map(|&r| index.keys[r as usize].entity)
            .collect();
        rebuilt.sort_unstable();

        // The articles whose names now mean another entity (or none).
        let mut relink: Vec<u32> = diff.added.iter().map(|&k| k as u32).collect();
        for &r in &relisted {
            let key = &index.keys[r as usize];
            for &k in std::iter::once(&r).chain(&key.sources) {
                relink.extend(index.keys[k as usize].postings.iter().map(|(a, _)| a.0));
            }
        }
        relink.sort_unstable();
        relink.dedup();
        let mut co_named: Vec<EntityId> = rebuilt.clone();
        let mut sides = Sides::default();
        for &a in &relink {
            let a = a as usize;
            let slots: Vec<Option<EntityId>> = index.slots[a]
                .iter()
                .map(|s| s.and_then(|k| index.keys[index.root(k) as usize].entity))
                .collect();
            let node = &site.articles[a];
            let named = first_mentions(&slots, &node.extraction);
            co_named.extend(named.iter().map(|(e, _)| *e));
            let speakers = merge::speakers(&merge::speaker_slots(&node.extraction), &slots);
            let quotes = merge::article_quotes_of(
                ArticleId(a as u32),
                node.extraction.quotes.clone(),
                &speakers,
                &site.entities,
                &mut sides,
            );
            for (&q, quote) in node.quotes.iter().zip(quotes) {
                site.quotes[q.0 as usize] = quote;
            }
            site.articles[a].entities = named;
            of[a] = slots;
        }
        delta.articles = relink.iter().map(|&a| ArticleId(a)).collect();

        // What is counted over entities.
        for &id in &rebuilt {
            let e = &site.entities[id.0 as usize];
            let quotes = match old_quotes.remove(&keys[id.0 as usize]) {
                Some(old) => requote(site, id, old, &relink),
                None => merge::quotes_of(id, e, &site.articles, &site.quotes),
            };
            for q in &quotes {
                site.quotes[q.0 as usize].side = e.side;
            }
            site.entities[id.0 as usize].quotes = quotes;
        }
        status::apply(&rebuilt, &mut site.entities, &site.articles, of);
        co_named.sort_unstable();
        co_named.dedup();
        let mut counter = Related::new(site.entities.len());
        for &id in &co_named {
            let list = counter.of(id.0 as usize, &site.entities, |a| {
                &site.articles[a.0 as usize].entities
            });
            site.entities[id.0 as usize].related = list;
        }
        let mut changed = co_named;
        let old_families = old_slugs.iter().map(|(k, s)| slug_family(*k, s)).collect();
        changed.extend(reslug(site, families, index, keys, &rebuilt, old_families));
        changed.sort_unstable();
        changed.dedup();
        let now: HashSet<(EntityKind, &str)> = changed
            .iter()
            .map(|&id| site.entity(id))
            .map(|e| (e.kind, e.slug.as_str()))
            .collect();
        delta.removed_entities = old_slugs
            .into_iter()
            .filter(|(k, s)| !now.contains(&(*k, s.as_str())))
            .collect();
        delta.entities = changed;
        let mut history = std::mem::take(&mut site.history);
        history.redo(site, &rebuilt);
        site.history = history;
        for &k in &diff.added {
            tag(
                &mut site.tags,
                &site.articles[k].article,
                ArticleId(k as u32),
            );
        }
        delta.renumbered |= moved_articles || moved_quotes;
        delta
    }
}

/// An entity's quotations after an edit, from those it had: the same but in the articles
/// `relinked` (sorted), whose speakers were found again. An old id past the end or in a
/// relinked article belonged to a quotation that is gone or made again.
fn requote(site: &Site, id: EntityId, old: Vec<QuoteId>, relinked: &[u32]) -> Vec<QuoteId> {
    let mut quotes: Vec<QuoteId> = old
        .into_iter()
        .filter(|q| {
            site.quotes
                .get(q.0 as usize)
                .is_some_and(|q| relinked.binary_search(&q.article.0).is_err())
        })
        .collect();
    for &a in relinked {
        quotes.extend(
            site.articles[a as usize]
                .quotes
                .iter()
                .filter(|q| site.quotes[q.0 as usize].speaker == Some(id)),
        );
    }
    quotes.sort_unstable();
    quotes
}

/// Makes the slugs of the families of `rebuilt` unique again, and of the families `touched`
/// that lost an entity; returns the entities whose slug changed.
fn reslug(
    site: &mut Site,
    families: &mut HashMap<(EntityKind, String), Vec<KeyId>>,
    index: &Index,
    keys: &[KeyId],
    rebuilt: &[EntityId],
    mut touched: Vec<(EntityKind, String)>,
) -> Vec<EntityId> {
    for &id in rebuilt {
        let e = &site.entities[id.0 as usize];
        let family = slug_family(e.kind, &e.slug);
        families
            .entry(family.clone())
            .or_default()
            .push(keys[id.0 as usize]);
        touched.push(family);
    }
    touched.sort();
    touched.dedup();
    let mut changed = Vec::new();
    for family in touched {
        let Some(members) = families.get(&family) else {
            continue;
        };
        let mut ids: Vec<usize> = members
            .iter()
            .filter_map(|&k| index.keys[k as usize].entity)
            .map(|e| e.0 as usize)
            .collect();
        ids.sort_unstable();
        let before: Vec<String> = ids.iter().map(|&i| site.entities[i].slug.clone()).collect();
        for &i in &ids {
            site.entities[i].slug = base_slug(&site.entities[i].name);
        }
        merge::assign_slugs(&mut site.entities, ids.iter().copied());
        for (&i, b) in ids.iter().zip(before) {
            if site.entities[i].slug != b {
                changed.push(EntityId(i as u32));
            }
        }
    }
    changed
}

/// Each entity an article names once, with its first mention, in reading order: what
/// `identity::merge` gives as `named`.
fn first_mentions(slots: &[Option<EntityId>], x: &ArticleExtraction) -> Vec<(EntityId, Span)> {
    let slots: Vec<Option<usize>> = slots.iter().map(|s| s.map(|e| e.0 as usize)).collect();
    crate::extract::identity::first_mentions(&slots, x)
        .into_iter()
        .map(|(e, span)| (EntityId(e as u32), span))
        .collect()
}

/// Takes article `id` off its tags' lists.
fn untag(tags: &mut BTreeMap<String, Vec<ArticleId>>, a: &Article, id: ArticleId) {
    for t in &a.front.tags {
        if let Some(list) = tags.get_mut(t) {
            list.retain(|&x| x != id);
            if list.is_empty() {
                tags.remove(t);
            }
        }
    }
}
