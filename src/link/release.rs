//! What the link stage of a build lets go of as it goes ([`super::link_releasing`]): each
//! article's found entities, with their mentions, evidence and aliases (most of a large
//! dossier's extraction), once the entities are merged past the article.

use crate::extract::ArticleExtraction;
use rayon::prelude::*;
use std::sync::Arc;

/// How many articles' extractions are let go together: often enough that the merge's own
/// memory never comes on top of much of the extraction, seldom enough that giving the freed
/// pages back (every thread's heap is visited) costs nothing to speak of.
const BATCH: usize = 4096;

/// The articles read by the merge and not yet let go: `from..` up to the one last read.
#[derive(Default)]
pub(super) struct Batches {
    from: usize,
}

impl Batches {
    /// Article `ai` has been read: once a batch is complete (or the last article read), the
    /// batch's extractions are each replaced by what the site keeps ([`kept`]), and the pages
    /// freed go back to the system, so that what the link stage makes next can use them.
    ///
    /// What is kept is copied, on the worker threads, and every old extraction freed whole,
    /// rather than the quotations moved out of it: extraction made each article's entities
    /// and quotations side by side, so moved quotations kept nearly every page of the old
    /// extractions in use (at 100,000 articles the process shrank by 58 MiB instead of
    /// 454 MiB when the site was released that way after the link stage).
    pub(super) fn read(&mut self, ai: usize, extraction: &mut [Arc<ArticleExtraction>]) {
        let end = ai + 1;
        if end - self.from < BATCH && end < extraction.len() {
            return;
        }
        (extraction[self.from..end].par_iter_mut()).for_each(|x| *x = Arc::new(kept(x)));
        self.from = end;
        crate::engine::give_back_free_pages();
    }
}

/// What the link reads of an article's extraction once its entities are merged: its
/// quotations (taken over by the site's quotation nodes right after, see `merge`) and its
/// status events; its entities are in the site's nodes.
pub(super) fn kept(x: &ArticleExtraction) -> ArticleExtraction {
    ArticleExtraction {
        quotes: x.quotes.clone(),
        status: x.status.clone(),
        entities: Vec::new(),
        mediators: x.mediators.clone(),
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::{Engine, Options, extract_one};
    use crate::link::{Site, link, link_releasing};
    use std::sync::Arc;

    /// A build's link lets go of every article's extraction, the old one freed whole, and
    /// keeps copies of its quotations and status events: the site it links is the one the
    /// borrowing link makes, with the same entities, first mentions, quotations and history.
    #[test]
    fn the_releasing_link_frees_each_extraction_and_links_the_same_site() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (inputs, corpus) = Engine::new(Options::new(root)).loaded().unwrap();
        let x: Vec<_> = (corpus.articles.iter())
            .map(|a| Arc::new(extract_one(a, &inputs.registry, &inputs.cues)))
            .collect();
        let (config, registry) = (&inputs.config, &inputs.registry);
        // The borrowing link's site shares the extractions it is given: give it copies.
        let copies: Vec<_> = x.iter().map(|a| Arc::new((**a).clone())).collect();
        let kept = link(config.clone(), corpus.clone(), &copies, registry);
        let old: Vec<_> = x.iter().map(Arc::downgrade).collect();
        let site = link_releasing(config.clone(), corpus, x, registry);
        assert!(
            old.iter().all(|w| w.upgrade().is_none()),
            "an old extraction is held"
        );
        assert!(
            site.articles
                .iter()
                .all(|n| n.extraction.entities.is_empty())
        );
        assert!(
            site.articles
                .iter()
                .any(|n| !n.extraction.status.is_empty())
        );
        assert_eq!(
            format!("{:?}", site.entities),
            format!("{:?}", kept.entities)
        );
        assert_eq!(format!("{:?}", site.history), format!("{:?}", kept.history));
        let quotes = |s: &Site| {
            (s.quotes.iter())
                .map(|q| {
                    (
                        q.article,
                        q.ordinal,
                        q.speaker,
                        q.side,
                        q.text().to_string(),
                        q.words.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert!(!site.quotes.is_empty());
        assert_eq!(quotes(&site), quotes(&kept));
        let named = |s: &Site| {
            (s.articles.iter())
                .map(|n| (n.entities.clone(), n.quotes.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(named(&site), named(&kept));
        // The releasing link's quotations took their words over: no article's extraction
        // holds them any more; the borrowing link's extractions are left whole.
        assert!(site.articles.iter().all(|n| n.extraction.quotes.is_empty()));
        assert!(copies.iter().any(|x| !x.quotes.is_empty()));
        assert!(
            copies.iter().all(|x| Arc::strong_count(x) > 1),
            "kept by its site"
        );
    }
}
