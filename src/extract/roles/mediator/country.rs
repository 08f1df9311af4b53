//! Which country a word names: a place and its demonym come to one key ("Qatar",
//! "Qatari"; "U.S.", "American"; "Türkiye", "Turkish"), so a title's country can be matched
//! with the states an article names as mediators.

use crate::extract::Para;
use crate::extract::lexicon::LEX;

/// A country's key for matching a place with its demonym ("Qatar", "Qatari"; "U.S.",
/// "American"), or `None` when token `i` names no country.
pub(in crate::extract) fn country(p: &Para<'_>, i: usize) -> Option<(String, usize)> {
    let w = p.word_at(i)?;
    let next = |k: usize| p.word_at(i + k).unwrap_or_default();
    if w == "United" && next(1) == "States" {
        return Some(("us".into(), 2));
    }
    if matches!(w, "US" | "USA" | "U.S" | "U.S." | "America" | "American") {
        return Some(("us".into(), 1));
    }
    let capital = w.chars().next().is_some_and(char::is_uppercase);
    (capital && (LEX.is_known_place(w) || LEX.is_demonym(w)))
        .then(|| (w.to_lowercase().replace('.', ""), 1))
}

/// Spellings of a country whose demonym shares no stem with them, each with its key.
const IRREGULAR: &[(&str, &str)] = &[
    ("türkiye", "turkey"),
    ("turkiye", "turkey"),
    ("turkish", "turkey"),
    ("turks", "turkey"),
    ("turk", "turkey"),
];

/// The place and its demonym share a stem: "egypt"/"egyptian", "qatar"/"qatari"; and
/// "Türkiye"/"Turkish" come to one key.
pub(in crate::extract) fn same_country(a: &str, b: &str) -> bool {
    let key = |w: &str| {
        IRREGULAR
            .iter()
            .find(|(s, _)| *s == w)
            .map_or_else(|| w.to_string(), |(_, k)| (*k).to_string())
    };
    let (a, b) = (key(a), key(b));
    let (a, b) = (a.as_str(), b.as_str());
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    a == b || common >= 4 && common + 1 >= shorter
}
