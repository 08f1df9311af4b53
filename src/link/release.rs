//! What a build lets go of once the site is linked: what only linking reads of extraction.

use super::Site;
use crate::extract::ArticleExtraction;
use rayon::prelude::*;
use std::sync::Arc;

impl Site {
    /// Lets go of what extraction found that only linking reads (each article's entities,
    /// their mentions and evidence, its status events), keeping the quotations: half of a
    /// large dossier's extraction. A [`super::Linker`] cannot patch the site after. A build
    /// calls it right after the link stage, then gives the freed pages back.
    ///
    /// The quotations are copied, on the worker threads, and every old extraction freed
    /// whole, rather than the quotations moved out of it: extraction made each article's
    /// entities and quotations side by side, so the moved quotations kept nearly every page
    /// of the old extractions in use, and the memory freed could not go back to the system
    /// (at 100,000 articles the process shrank by 58 MiB instead of 454 MiB, and render
    /// started at 1,619 MiB instead of 1,165 MiB).
    pub(crate) fn release_extraction(&mut self) {
        for q in &mut self.quotes {
            q.source = Arc::default();
        }
        self.articles.par_iter_mut().for_each(|node| {
            let quotes = node.extraction.quotes.clone();
            node.extraction = Arc::new(ArticleExtraction {
                quotes,
                ..ArticleExtraction::default()
            });
        });
        for node in &self.articles {
            for q in &node.quotes {
                self.quotes[q.0 as usize].source = node.extraction.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::{Options, build};
    use indicatif::ProgressBar;
    use std::sync::Arc;

    /// The quotations kept are copies, each article's extraction a new one that every
    /// quotation of the article shares, so nothing of the old extraction stays in use.
    #[test]
    fn keeps_copies_of_the_quotations_and_drops_the_old_extraction_whole() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut site = build(&Options::new(root), &ProgressBar::hidden())
            .unwrap()
            .site;
        let quoted = |site: &super::Site| {
            let node = site.articles.iter().position(|n| !n.quotes.is_empty());
            node.expect("the example dossier has quotations")
        };
        let i = quoted(&site);
        let before: Vec<(String, *const u8)> = (site.articles[i].extraction.quotes.iter())
            .map(|q| (q.text.clone(), q.text.as_ptr()))
            .collect();
        let old = Arc::downgrade(&site.articles[i].extraction);
        site.release_extraction();
        assert!(old.upgrade().is_none(), "the old extraction is freed");
        let node = &site.articles[i];
        let after: Vec<(String, *const u8)> = (node.extraction.quotes.iter())
            .map(|q| (q.text.clone(), q.text.as_ptr()))
            .collect();
        assert_eq!(before.len(), after.len());
        for ((text, was), (now_text, now)) in before.iter().zip(&after) {
            assert_eq!(text, now_text);
            assert_ne!(was, now, "a quotation's text is a copy, not the old block");
        }
        for q in &node.quotes {
            let source = &site.quotes[q.0 as usize].source;
            assert!(Arc::ptr_eq(source, &node.extraction));
        }
        assert!(node.extraction.entities.is_empty());
    }
}
