//! Where things go after an edit: the articles (and their quotations) in their new order,
//! and the entities in theirs when some were added, removed or changed kind, with every id
//! renumbered to match.

use super::index::{Index, KeyId};
use super::linker::Diff;
use super::merge::{self, Sides};
use super::renumber::{self, Map};
use super::{ArticleNode, EntityId, EntityNode, QuoteId, QuoteNode, Site};
use crate::entity::EntityKind;
use crate::extract::ArticleExtraction;
use crate::load::{Article, ArticleId};
use std::sync::Arc;

/// Puts the articles in their new order (`diff.kept` for those that did not change, fresh
/// nodes with unlinked quotations for those added) and their quotations with them. Returns
/// whether a kept article moved, and where each old quotation went.
pub(super) fn articles(
    site: &mut Site,
    index: &mut Index,
    of: &mut Vec<Vec<Option<EntityId>>>,
    diff: &Diff,
    articles: Vec<Arc<Article>>,
    extraction: &[Arc<ArticleExtraction>],
) -> (bool, Map) {
    let mut qmap = Map(vec![None; site.quotes.len()]);
    let mut old_quotes = std::mem::take(&mut site.quotes).into_iter();
    let mut old = std::mem::take(&mut site.articles)
        .into_iter()
        .zip(std::mem::take(&mut index.slots))
        .zip(std::mem::take(of))
        .enumerate();
    let mut moved = false;
    let mut sides = Sides::default();
    for (k, article) in articles.into_iter().enumerate() {
        let id = ArticleId(k as u32);
        if diff.added.binary_search(&k).is_ok() {
            let x = &extraction[k];
            let first = site.quotes.len();
            let none = vec![None; x.entities.len()];
            site.quotes
                .extend(merge::article_quotes_of(id, x, &none, &[], &mut sides));
            site.articles.push(ArticleNode {
                article,
                extraction: x.clone(),
                entities: Vec::new(),
                quotes: (first..site.quotes.len())
                    .map(|q| QuoteId(q as u32))
                    .collect(),
            });
            index.slots.push(Vec::new());
            of.push(Vec::new());
            continue;
        }
        // The next kept article: the old ones in between were removed.
        for (o, ((mut node, slots), of_o)) in old.by_ref() {
            let quotes: Vec<QuoteNode> = old_quotes.by_ref().take(node.quotes.len()).collect();
            if diff.kept.article(ArticleId(o as u32)).is_none() {
                continue;
            }
            moved |= o != k;
            for (q, mut quote) in node.quotes.iter_mut().zip(quotes) {
                let new = QuoteId(site.quotes.len() as u32);
                qmap.0[q.0 as usize] = Some(new.0);
                *q = new;
                quote.article = id;
                site.quotes.push(quote);
            }
            site.articles.push(node);
            index.slots.push(slots);
            of.push(of_o);
            break;
        }
    }
    (moved, qmap)
}

/// Puts the entities in their order again after `dirty` changed (some added, removed, or of
/// another kind), with the `fresh` nodes of those that are listed, and renumbers every id.
pub(super) fn entities(
    site: &mut Site,
    of: &mut [Vec<Option<EntityId>>],
    index: &mut Index,
    keys: &mut Vec<KeyId>,
    dirty: &[KeyId],
    fresh: Vec<(KeyId, Option<EntityNode>)>,
) {
    let mut order: Vec<(EntityKind, KeyId, Option<EntityNode>)> = keys
        .iter()
        .enumerate()
        .filter(|(_, k)| dirty.binary_search(k).is_err())
        .map(|(e, &k)| (site.entities[e].kind, k, None))
        .collect();
    for (r, node) in fresh {
        let Some(node) = node else {
            index.keys[r as usize].entity = None;
            continue;
        };
        let fold = index.keys[r as usize].fold.as_str();
        let at = order.partition_point(|(kind, k, _)| {
            (*kind, index.keys[*k as usize].fold.as_str()) < (node.kind, fold)
        });
        order.insert(at, (node.kind, r, Some(node)));
    }
    let mut map = Map(vec![None; site.entities.len()]);
    let mut old: Vec<Option<EntityNode>> = std::mem::take(&mut site.entities)
        .into_iter()
        .map(Some)
        .collect();
    keys.clear();
    for (new, (_, k, node)) in order.into_iter().enumerate() {
        let key = &mut index.keys[k as usize];
        let was = key.entity.replace(EntityId(new as u32));
        if let Some(was) = was {
            map.0[was.0 as usize] = Some(new as u32);
        }
        let node = node.or_else(|| was.and_then(|w| old[w.0 as usize].take()));
        site.entities.extend(node);
        keys.push(k);
    }
    let count = site.entities.len();
    renumber::entities(site, of, &map, count);
}
