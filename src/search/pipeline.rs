//! The text pipeline: elasticlunr-rs's English tokenizer, trimmer, stop-word filter and Porter
//! stemmer, used unchanged, after one step of our own that drops possessive `'s` (elasticlunr
//! alone indexes "Boehler's" as `boehler'`, which a search for "Boehler" finds only as a
//! penalised prefix match). `themes/default/static/search.js` mirrors all of it token for
//! token, and `tests/it/search_parity.rs` proves that on a word list, because a query can only
//! find what its tokens spell exactly as the index spells them.

use elasticlunr::lang::English;
use elasticlunr::{Language, Pipeline};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

/// elasticlunr-rs's English analysis, ready to run. Not `Sync` (the crate's pipeline holds
/// boxed trait objects), so each parallel job makes its own.
pub(crate) struct Analyzer {
    lang: English,
    pipeline: Pipeline,
    /// Piece of text (a token before lower-casing) to term id. The pipeline treats each token
    /// on its own, so a token always gives the same term; text repeats its words, so most
    /// tokens are looked up here instead of trimmed and stemmed again.
    cache: HashMap<String, Option<u32>>,
    /// The terms by id, and their ids: tokens such as "negotiations" and "negotiating" stem to
    /// one term, which must have one id for its count to be right. An id names the same term
    /// for the analyzer's whole life.
    terms: Vec<Box<str>>,
    ids: HashMap<Box<str>, u32>,
}

/// Past this many distinct pieces the cache starts afresh, so hostile input cannot grow it
/// without bound. (The terms stay: there are no more of them than of postings.)
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

    /// Puts into `ids` the ids of the index terms of `text`, in order, repeats kept (their
    /// count is the term frequency).
    pub(crate) fn term_ids(&mut self, text: &str, ids: &mut Vec<u32>) {
        ids.clear();
        let text = drop_possessives(text);
        if self.cache.len() > CACHE_LIMIT {
            self.cache.clear();
        }
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
                    let id = term.map(|t| self.id(t));
                    self.cache.insert(piece.to_string(), id);
                    id
                }
            };
            ids.extend(id);
        }
    }

    /// The id of `term`, new if the analyzer has not seen it.
    fn id(&mut self, term: String) -> u32 {
        if let Some(&id) = self.ids.get(term.as_str()) {
            return id;
        }
        let id = u32::try_from(self.terms.len()).unwrap_or(u32::MAX);
        let term = term.into_boxed_str();
        self.terms.push(term.clone());
        self.ids.insert(term, id);
        id
    }

    /// The term an id from [`Analyzer::term_ids`] names.
    pub(crate) fn term(&self, id: u32) -> &str {
        &self.terms[id as usize]
    }

    /// The index terms of `text`, in order.
    pub(crate) fn terms(&mut self, text: &str) -> Vec<String> {
        let mut ids = Vec::new();
        self.term_ids(text, &mut ids);
        ids.into_iter()
            .map(|id| self.term(id).to_string())
            .collect()
    }
}

/// Removes `'s`, `’s` (and `'S`) where no ASCII letter or digit follows: "Boehler's" becomes
/// "Boehler", "it's" becomes "it", "Hamas'" is left to the trimmer. `search.js` has the same
/// rule, written as a regular expression. Borrows `text` when there is nothing to remove.
fn drop_possessives(text: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut kept = 0;
    for (at, c) in text.match_indices(['\'', '\u{2019}']) {
        let rest = &text.as_bytes()[at + c.len()..];
        let s = rest.first().is_some_and(|b| matches!(b, b's' | b'S'));
        let word_goes_on = rest.get(1).is_some_and(u8::is_ascii_alphanumeric);
        if s && !word_goes_on {
            out.push_str(&text[kept..at]);
            kept = at + c.len() + 1;
        }
    }
    if kept == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[kept..]);
    Cow::Owned(out)
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
