//! A release that is only demanded: "Hamas is demanding the release of A", "the group calls
//! for the return of the bodies of B and C". The people a side demands be freed are the other
//! side's prisoners as often as its captives, so such a phrase says nothing of who holds them,
//! unless its own noun phrase says they are hostages ("demands the release of the hostages,
//! among them A").

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::roles::word;

/// Clause openers and relative words: a demand verb before one of them governs another
/// clause ("after Israel demanded it, Hamas returned the bodies of A").
const CLAUSE_BREAKS: &[&str] = &[
    "who", "which", "that", "after", "before", "when", "while", "because", "since", "as", "once",
    "until",
];

/// Nouns that make the demanded people captives in the phrase's own words.
const CAPTIVE_NOUNS: &[&str] = &[
    "hostage",
    "hostages",
    "captive",
    "captives",
    "abductee",
    "abductees",
    "kidnapped",
    "abducted",
];

/// The release or remains phrase before the name at `l0` is the object of a verb of
/// demanding in the same clause (back to a comma, semicolon, colon or clause opener, at most
/// twenty-four tokens, across a quoted word), and no word between the verb and the name calls them captives.
pub(in crate::extract) fn demanded(p: &Para<'_>, l0: usize) -> bool {
    // A scare quote ("the release of “aces”") opens a quotation, not a new sentence.
    let mut i = l0;
    while i > 0 && l0 - i < 24 && (!p.starts[i] || p.in_quote[i]) {
        i -= 1;
        let t = &p.toks[i];
        if t.is_punct(',') || t.is_punct(';') || t.is_punct(':') {
            return false;
        }
        let Some(w) = word(p, i) else { continue };
        // "as well as" joins two objects of the one demand.
        let well = |k: usize| word(p, k).as_deref() == Some("well");
        let joining = w == "as" && (i >= 1 && well(i - 1) || well(i + 1));
        if CAPTIVE_NOUNS.contains(&w.as_str()) || CLAUSE_BREAKS.contains(&w.as_str()) && !joining {
            return false;
        }
        let for_after = word(p, i + 1).as_deref() == Some("for");
        if LEX.demand_verbs.contains(w.as_str())
            || for_after && LEX.demand_for_verbs.contains(w.as_str())
        {
            return !p.in_quote[i];
        }
    }
    false
}
