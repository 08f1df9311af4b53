//! The text pipeline: elasticlunr-rs's English tokenizer, trimmer, stop-word filter and Porter
//! stemmer, used unchanged, after one step of our own that drops possessive `'s` (elasticlunr
//! alone indexes "Boehler's" as `boehler'`, which a search for "Boehler" finds only as a
//! penalised prefix match). `themes/default/static/search.js` mirrors all of it token for
//! token, and `tests/search_parity.rs` proves that on a word list, because a query can only
//! find what its tokens spell exactly as the index spells them.

use elasticlunr::lang::English;
use elasticlunr::{Language, Pipeline};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

/// elasticlunr-rs's English analysis, ready to run. Not `Sync` (the crate's pipeline holds
/// boxed trait objects), so each worker thread makes its own; making one is cheap.
pub(crate) struct Analyzer {
    lang: English,
    pipeline: Pipeline,
    /// Piece of text (a token before lower-casing) to term id, and the terms. The pipeline treats each token on its own, so a token
    /// always gives the same term; text repeats its words, so most tokens are looked up here
    /// instead of trimmed and stemmed again.
    cache: HashMap<String, Option<u32>>,
    terms: Vec<Box<str>>,
    /// Term to id: tokens such as "negotiations" and "negotiating" stem to one term, which
    /// must have one id for its count to be right.
    ids: HashMap<Box<str>, u32>,
}

/// Past this many distinct tokens the cache starts afresh, so hostile input cannot grow it
/// without bound.
const CACHE_LIMIT: usize = 1 << 18;

impl Analyzer {
    pub(crate) fn new() -> Self {
        let lang = English::new();
        let pipeline = lang.make_pipeline();
        Analyzer {
            lang,
            pipeline,
            cache: HashMap::default(),
            terms: Vec::new(),
            ids: HashMap::default(),
        }
    }

    /// The ids of the index terms of `text`, in order, repeats kept (their count is the term
    /// frequency). An id names a term (see [`Analyzer::term`]) until the next call.
    pub(crate) fn term_ids(&mut self, text: &str) -> Vec<u32> {
        let text = if text.contains(['\'', '\u{2019}']) {
            Cow::Owned(drop_possessives(text))
        } else {
            Cow::Borrowed(text)
        };
        if self.cache.len() > CACHE_LIMIT {
            self.cache.clear();
            self.terms.clear();
            self.ids.clear();
        }
        let mut ids = Vec::new();
        // elasticlunr-rs's `tokenize_whitespace` splits exactly so before lower-casing each
        // piece; splitting here first lets a cached piece skip its allocations.
        for piece in text.split(|c: char| c.is_whitespace() || c == '-') {
            if piece.is_empty() {
                continue;
            }
            let id = match self.cache.get(piece) {
                Some(id) => *id,
                None => {
                    let term = self.pipeline.run(self.lang.tokenize(piece)).pop();
                    let id = term.map(|t| match self.ids.get(t.as_str()) {
                        Some(&id) => id,
                        None => {
                            let id = self.terms.len() as u32;
                            self.terms.push(t.clone().into_boxed_str());
                            self.ids.insert(t.into_boxed_str(), id);
                            id
                        }
                    });
                    self.cache.insert(piece.to_string(), id);
                    id
                }
            };
            ids.extend(id);
        }
        ids
    }

    /// The term an id from the last [`Analyzer::term_ids`] names.
    pub(crate) fn term(&self, id: u32) -> &str {
        &self.terms[id as usize]
    }

    /// The index terms of `text`, in order.
    pub(crate) fn terms(&mut self, text: &str) -> Vec<String> {
        let ids = self.term_ids(text);
        ids.into_iter()
            .map(|id| self.term(id).to_string())
            .collect()
    }
}

/// Removes `'s`, `’s` (and `'S`) where no ASCII letter or digit follows: "Boehler's" becomes
/// "Boehler", "it's" becomes "it", "Hamas'" is left to the trimmer. `search.js` has the same
/// rule, written as a regular expression.
fn drop_possessives(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let apostrophe = matches!(chars[i], '\'' | '\u{2019}');
        let s = chars.get(i + 1).is_some_and(|c| matches!(c, 's' | 'S'));
        let word_goes_on = chars.get(i + 2).is_some_and(|c| c.is_ascii_alphanumeric());
        if apostrophe && s && !word_goes_on {
            i += 2;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// The index terms of `text`: possessives dropped, then as elasticlunr-rs makes them: split on
/// whitespace and hyphens, lower-cased, trimmed of non-ASCII-alphanumeric edges, stop words
/// dropped, Porter-stemmed. `"Negotiating al-Hayya's"` gives `["negoti", "al", "hayya"]`.
pub fn analyze(text: &str) -> Vec<String> {
    Analyzer::new().terms(text)
}

#[cfg(test)]
mod tests {
    use super::analyze;

    #[test]
    fn stems_and_drops_stop_words_like_elasticlunr() {
        assert_eq!(
            analyze("The negotiations were negotiating"),
            ["negoti", "negoti"]
        );
    }

    #[test]
    fn splits_hyphenated_names_and_drops_possessives() {
        assert_eq!(analyze("Negotiating al-Hayya's"), ["negoti", "al", "hayya"]);
        assert_eq!(
            analyze("Boehler\u{2019}s Hamas' S's x'sy"),
            ["boehler", "hama", "s", "x'si"]
        );
    }
}
