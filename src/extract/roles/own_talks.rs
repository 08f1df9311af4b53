//! Talks a name owns: "Haniyeh's talks with the Egyptian mediators", "Boehler's direct
//! engagement with Hamas", "Kessler's discussions with the group". Whose talks with the other
//! side they are is one who negotiates, with a word or two of their manner between ("direct",
//! "secret").

use super::super::Para;
use super::super::text::Tok;
use super::word;
use crate::entity::Role;

/// Words of the talks' manner that may stand between the possessive and the talks.
const MANNER: &[&str] = &[
    "direct", "indirect", "secret", "recent", "ongoing", "latest", "private", "separate",
];

/// Nouns of talks a person may own.
const TALKS: &[&str] = &[
    "talks",
    "negotiations",
    "discussions",
    "engagement",
    "contacts",
];

/// The name ending at `t1` owns talks "with" someone after it: a negotiator.
pub(super) fn own_talks_with(p: &Para<'_>, t1: usize) -> Vec<Role> {
    let own = p.toks.get(t1).is_some_and(|t| t.kind == Tok::Possessive);
    let manner = |k: usize| word(p, k).is_some_and(|x| MANNER.contains(&x.as_str()));
    let at = t1 + 1 + usize::from(manner(t1 + 1)) + usize::from(manner(t1 + 1) && manner(t1 + 2));
    let talks = word(p, at).is_some_and(|x| TALKS.contains(&x.as_str()));
    if own && talks && word(p, at + 1).as_deref() == Some("with") {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// The name from `l0` to `t1` opens its sentence, and the sentence goes on to "his" or "her"
/// talks "with" someone, with no other person named between: "A revealed that the progress
/// followed his talks with the defence minister". The owner is the sentence's subject, who
/// negotiates.
pub(super) fn subject_talks_with(
    p: &Para<'_>,
    (l0, t1): (usize, usize),
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    if !p.starts.get(l0).copied().unwrap_or(false) || p.in_quote.get(l0).copied().unwrap_or(true) {
        return Vec::new();
    }
    let manner = |k: usize| word(p, k).is_some_and(|x| MANNER.contains(&x.as_str()));
    let mut k = t1;
    while k < p.toks.len() && !p.starts[k] && !person_at(k) {
        if !p.in_quote[k] && matches!(word(p, k).as_deref(), Some("his" | "her")) {
            let mut at = k + 1;
            while at < k + 3 && manner(at) {
                at += 1;
            }
            if word(p, at).is_some_and(|x| TALKS.contains(&x.as_str()))
                && word(p, at + 1).as_deref() == Some("with")
            {
                return vec![Role::Negotiator];
            }
        }
        k += 1;
    }
    Vec::new()
}
