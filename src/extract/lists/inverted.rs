//! Captives named at the end of an inverted sentence: "Still held in the desert are her
//! colleagues A and B", "Also detained in Evin are C and D". The fronted participle of
//! holding is the predicate of the names after the verb. Read conservatively: only in a
//! story of a kidnapping or of captives (an earlier sentence says they were taken or held),
//! only with the participle opening the sentence, and never inside a quotation.

use super::super::Para;
use super::super::undergone::SEIZED;
use super::word;
use crate::entity::Role;

/// Participles of being held that may open an inverted sentence.
const HELD: &[&str] = &["held", "detained", "kept", "imprisoned", "jailed"];

/// Adverbs that may come before the participle: "Still held", "Also detained".
const ADVERBS: &[&str] = &["still", "also", "yet"];

/// The linking verb between the fronted predicate and the names.
const LINKS: &[&str] = &["are", "is", "remain", "remains", "were", "was"];

/// The article tells of a kidnapping or of captives outside quotations.
pub(in crate::extract) fn kidnap_story(paras: &[Para<'_>]) -> bool {
    paras.iter().any(|p| {
        (0..p.toks.len()).any(|i| {
            !p.in_quote[i]
                && word(p, i).is_some_and(|w| {
                    SEIZED.contains(&w.as_str())
                        || matches!(
                            w.as_str(),
                            "hostage" | "hostages" | "captive" | "captives" | "captivity"
                        )
                })
        })
    })
}

/// Hostage for the first name of a list at `l0` when the sentence opens with a participle
/// of holding (after an adverb at most), runs with no name or comma to a linking verb, and
/// the verb is followed by at most three lower-case words ("her colleagues", "the two
/// Italians" aside) before the name; `story` from [`kidnap_story`].
pub(in crate::extract) fn held_fronted(
    p: &Para<'_>,
    l0: usize,
    story: bool,
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    if !story || l0 == 0 || p.in_quote[l0] {
        return Vec::new();
    }
    let mut v = l0 - 1;
    let mut n = 0;
    while n < 3
        && v > 0
        && word(p, v).is_some_and(|w| !LINKS.contains(&w.as_str()))
        && p.word_at(v)
            .is_some_and(|w| w.chars().all(|c| c.is_lowercase()))
    {
        v -= 1;
        n += 1;
    }
    if !word(p, v).is_some_and(|w| LINKS.contains(&w.as_str())) {
        return Vec::new();
    }
    let s = p.sentence_start(v);
    let mut h = s;
    if word(p, h).is_some_and(|w| ADVERBS.contains(&w.as_str())) {
        h += 1;
    }
    let clean = (s..v).all(|i| !person_at(i) && !p.toks[i].is_punct(',') && !p.in_quote[i]);
    if h < v && clean && word(p, h).is_some_and(|w| HELD.contains(&w.as_str())) {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}
