//! A go-between named after "through" in a sentence about talks: "negotiating with the
//! group through businessman A", "indirect communications via intermediary B", "a message
//! relayed through C". One side reaches the
//! other through that person, who carries the messages and so takes part in the talks. Read
//! only where the sentence names talks before "through", so "said through his lawyer A" or
//! "travelled through Rafah" gives nothing.

use super::super::Para;
use super::word;
use crate::entity::Role;

/// Words of talks or of contact between sides, one of which must come before "through".
const TALKS: &[&str] = &[
    "talks",
    "negotiations",
    "negotiating",
    "negotiated",
    "negotiate",
    "negotiates",
    "contacts",
    "communicated",
    "communicating",
    "communicates",
    "messages",
    "communications",
    "channel",
    "relayed",
    "conveyed",
];

/// Small words that open another phrase, so that "through" before them is not the name's.
const PHRASE: &[&str] = &[
    "with", "to", "for", "of", "and", "or", "on", "in", "at", "by", "from", "after", "before",
];

/// Negotiator for the name whose title run starts at `l0` when "through" or "via" stands
/// before it (up to three words of its noun phrase between: "through retired diplomat A")
/// and a word of talks comes earlier in its sentence.
pub(super) fn through_go_between(p: &Para<'_>, l0: usize) -> Vec<Role> {
    let via = (1..=4)
        .take_while(|&k| l0 >= k)
        .map(|k| l0 - k)
        .take_while(|&i| word(p, i).is_some_and(|w| !PHRASE.contains(&w.as_str())))
        .find(|&i| word(p, i).is_some_and(|w| matches!(w.as_str(), "through" | "via")));
    let Some(via) = via else {
        return Vec::new();
    };
    let s = p.sentence_start(via);
    let talks = (s..via).any(|i| word(p, i).is_some_and(|w| TALKS.contains(&w.as_str())));
    if talks {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}
