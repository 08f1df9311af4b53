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
    mut articles: Vec<Arc<Article>>,
    extraction: &[Arc<ArticleExtraction>],
) -> (bool, Map) {
    if let ([k], [o]) = (diff.added.as_slice(), diff.removed.as_slice())
        && k == o
        && articles.len() == site.articles.len()
    {
        let article = articles.swap_remove(*k);
        return (
            false,
            in_place(site, index, of, *k, article, &extraction[*k]),
        );
    }
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
            // No speakers yet, one for each quotation: the patch links them once the
            // entities are placed.
            let none = vec![None; x.quotes.len()];
            site.quotes.extend(merge::article_quotes_of(
                id,
                x.quotes.clone(),
                &none,
                &[],
                &mut sides,
            ));
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

/// The common edit: one article replaced where it stood, so no article moves. Its quotations
/// take the place of the old ones; when there are more or fewer, the later ones move.
fn in_place(
    site: &mut Site,
    index: &mut Index,
    of: &mut [Vec<Option<EntityId>>],
    k: usize,
    article: Arc<Article>,
    x: &Arc<ArticleExtraction>,
) -> Map {
    let old = &site.articles[k].quotes;
    // Where its quotations start: after those of the articles before it.
    let start = match old.first() {
        Some(q) => q.0 as usize,
        None => site.articles[..k]
            .iter()
            .rev()
            .find_map(|a| a.quotes.last())
            .map_or(0, |q| q.0 as usize + 1),
    };
    let (gone, count) = (old.len(), x.quotes.len());
    // No speakers yet, one for each quotation (see `merge::speakers`).
    let none = vec![None; x.quotes.len()];
    let quotes = merge::article_quotes_of(
        ArticleId(k as u32),
        x.quotes.clone(),
        &none,
        &[],
        &mut Sides::default(),
    );
    site.quotes.splice(start..start + gone, quotes);
    site.articles[k] = ArticleNode {
        article,
        extraction: x.clone(),
        entities: Vec::new(),
        quotes: (start..start + count).map(|q| QuoteId(q as u32)).collect(),
    };
    index.slots[k] = Vec::new();
    of[k] = Vec::new();
    let total = site.quotes.len() + gone - count;
    let map = Map((0..total as u32)
        .map(|q| match q as usize {
            q if q < start => Some(q as u32),
            q if q < start + gone => None,
            q => Some((q + count - gone) as u32),
        })
        .collect());
    if gone != count {
        for a in &mut site.articles[k + 1..] {
            for q in &mut a.quotes {
                *q = QuoteId((q.0 as usize + count - gone) as u32);
            }
        }
    }
    map
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
