//! The given names the data knows, looked up as written in any alphabet's letters: the lists
//! hold plain letters, and "İbrahim", "Ömer" or "José" in copy that keeps a language's own
//! letters is the listed "ibrahim", "omer", "jose".

use crate::extract::gender::Gender;
use rustc_hash::FxHashMap as HashMap;

/// Given names (lower case, plain letters) with their usual gender.
pub(crate) struct GivenNames(pub(super) HashMap<&'static str, Gender>);

impl GivenNames {
    /// The gender of a lower-cased given name, read again in plain letters when it has others
    /// ("i̇brahim", the lower case of "İbrahim", is "ibrahim").
    pub(crate) fn get(&self, word: &str) -> Option<&Gender> {
        self.0.get(word).or_else(|| {
            if word.is_ascii() {
                return None;
            }
            let plain = deunicode::deunicode(word).to_lowercase();
            self.0.get(plain.as_str())
        })
    }

    /// True when the lower-cased word is a given name the data knows.
    pub(crate) fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}
