//! Where an entity is first named: in each article (the site links an entity at its first
//! mention) and across the corpus (one row per article it appears in).

use super::super::{ArticleExtraction, FoundEntity, Span};
use rustc_hash::FxHashMap as HashMap;

/// Counts `mentions` (one found entity's, in article `ai`) into `appearances`, one row per
/// article: (article, first mention, mentions). Found entities of one article come together,
/// so only the last row can be this article's. Shared with the incremental link's identities.
pub(crate) fn add_appearance(
    appearances: &mut Vec<(usize, Span, usize)>,
    ai: usize,
    mentions: &[Span],
) {
    let Some(first) = mentions.iter().min_by_key(|s| (s.paragraph, s.start)) else {
        return;
    };
    match appearances.last_mut().filter(|a| a.0 == ai) {
        Some(a) => {
            a.2 += mentions.len();
            if (first.paragraph, first.start) < (a.1.paragraph, a.1.start) {
                a.1 = *first;
            }
        }
        None => appearances.push((ai, *first, mentions.len())),
    }
}

/// Each entity an article names once, with its first mention, in reading order.
pub(crate) fn first_mentions(slots: &[Option<usize>], x: &ArticleExtraction) -> Vec<(usize, Span)> {
    first_mentions_of(slots, x.entities.iter().map(first_mention).collect())
}

/// A found entity's first mention.
pub(super) fn first_mention(e: &FoundEntity) -> Option<Span> {
    e.mentions
        .iter()
        .min_by_key(|s| (s.paragraph, s.start))
        .copied()
}

/// [`first_mentions`] from each found entity's first mention.
pub(super) fn first_mentions_of(
    slots: &[Option<usize>],
    firsts: Vec<Option<Span>>,
) -> Vec<(usize, Span)> {
    let mut out: Vec<(usize, Span)> = Vec::with_capacity(slots.len());
    // Where each entity is in `out`: an article of a thousand names (a list of freed
    // prisoners) would otherwise cost a million comparisons.
    let mut at: HashMap<usize, usize> = HashMap::default();
    for (slot, first) in slots.iter().zip(&firsts) {
        let (Some(id), Some(first)) = (*slot, first) else {
            continue;
        };
        match at.get(&id) {
            Some(&k) => {
                let o = &mut out[k];
                if (first.paragraph, first.start) < (o.1.paragraph, o.1.start) {
                    o.1 = *first;
                }
            }
            None => {
                at.insert(id, out.len());
                out.push((id, *first));
            }
        }
    }
    out.sort_by_key(|(_, s)| (s.paragraph, s.start));
    out
}
