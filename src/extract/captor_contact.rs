//! Talking to the captors is negotiating: "held meetings with the abductors to secure the
//! release", "met the kidnappers", "was in contact with the captors", "spoke to the
//! hostage-takers by phone". Kidnappings outside a war have no delegations or talks rounds;
//! whoever deals with the kidnappers, a police chief, an elder or a relative, is the one who
//! negotiates. A role cue that is a pattern, read by `lexicon::cues` like `talks`.
//!
//! The other way round, one "released by" or "freed by" such a group or the captors was
//! their captive: "became the fifth national released by the Taliban", "was freed by his
//! kidnappers" (`released_by_captors`). The groups are data (`data/captor_groups.txt`).

use super::lexicon::{Cue, LEX};
use crate::entity::Role;

/// Verbs and nouns of contact.
const CONTACT: &[&str] = &[
    "met",
    "meet",
    "meets",
    "meeting",
    "meetings",
    "talks",
    "talked",
    "talking",
    "spoke",
    "speak",
    "speaking",
    "contact",
    "contacts",
    "negotiated",
    "negotiating",
    "negotiate",
    "negotiations",
    "dialogue",
    "engaged",
    "reached",
];

/// Nouns for the ones who hold a captive.
const CAPTORS: &[&str] = &[
    "kidnappers",
    "abductors",
    "captors",
    "hostage-takers",
    "kidnappers'",
    "abductors'",
    "captors'",
];

/// What talks with captors are about: the deal, the release, the captives.
const DEAL_TOPICS: &[&str] = &[
    "proposal",
    "proposals",
    "deal",
    "ceasefire",
    "truce",
    "release",
    "hostages",
    "hostage",
    "exchange",
    "agreement",
    "captives",
];

/// "met with Hamas in Doha about the proposal", "spoke to the Taliban on the release": an armed
/// group that holds captives, right after the contact word, and then within the clause
/// "about", "on", "over" or "regarding" a deal, a release or the captives; the contact is
/// talks over them, so a negotiator. Meeting the group on its own ("met with Hamas leaders")
/// is not enough. Returns the end word of the cue.
fn group_about_deal<'a>(rest: &'a [(usize, &'a str)]) -> Option<&'a (usize, &'a str)> {
    let words: Vec<&str> = rest.iter().map(|(_, x)| *x).collect();
    let (group, len) =
        (0..words.len().min(2)).find_map(|i| Some((i, LEX.captor_group_at(&words[i..])?)))?;
    let after = &rest[group + len..];
    let about = after
        .iter()
        .take(5)
        .take_while(|(_, x)| !matches!(*x, "and" | "but" | "after" | "before" | "who"))
        .position(|(_, x)| matches!(*x, "about" | "on" | "over" | "regarding"))?;
    after[about + 1..]
        .iter()
        .take(3)
        .find(|(_, x)| DEAL_TOPICS.contains(x))
}

/// A contact word, then "with" or "to" (or, after "met", nothing), then at most three words
/// ("the", "their", "representatives of the"), then a captor noun. Not when denied ("never
/// met the kidnappers", "had no contact with the abductors"). Byte ranges as in `cues`.
pub(super) fn with_captors(norm: &str) -> Vec<Cue<'static>> {
    let words = super::talks::words_at(norm);
    let mut out = Vec::new();
    for (i, &(start, w)) in words.iter().enumerate() {
        if !CONTACT.contains(&w) {
            continue;
        }
        let denied = words[i.saturating_sub(2)..i]
            .iter()
            .any(|(_, x)| matches!(*x, "not" | "never" | "no") || x.ends_with("n't"));
        if denied {
            continue;
        }
        let mut j = i + 1;
        if words
            .get(j)
            .is_some_and(|(_, x)| matches!(*x, "with" | "to" | "out"))
        {
            j += 1;
            if words.get(j).is_some_and(|(_, x)| *x == "to") {
                j += 1;
            }
        } else if !matches!(w, "met" | "meet" | "meets") {
            continue;
        }
        let captor = words[j.min(words.len())..]
            .iter()
            .take(4)
            .take_while(|(_, x)| !matches!(*x, "and" | "or" | "after" | "before" | "for"))
            .find(|(_, x)| CAPTORS.contains(x));
        let captor = captor.or_else(|| group_about_deal(&words[j.min(words.len())..]));
        if let Some(&(at, x)) = captor {
            out.push((start, at + x.len(), &[Role::Negotiator][..], true));
        }
    }
    out
}

/// Nouns of what a group puts out, not whom it frees: "a video released by Hamas", "a
/// statement released by the Taliban".
const PUBLISHED: &[&str] = &[
    "statement",
    "statements",
    "video",
    "videos",
    "footage",
    "clip",
    "image",
    "images",
    "photo",
    "photos",
    "photograph",
    "photographs",
    "recording",
    "audio",
    "message",
    "letter",
    "list",
    "names",
    "document",
    "documents",
    "report",
    "figures",
    "details",
    "information",
    "proof",
    "propaganda",
];

/// Words that may stand between "by" and the group: "by the Taliban", "by Afghanistan's
/// Taliban authorities", "by his captors", "by armed gunmen".
fn before_group(w: &str) -> bool {
    matches!(
        w,
        "the" | "his" | "her" | "their" | "its" | "armed" | "islamist" | "militant" | "jihadist"
    ) || w.ends_with("'s")
}

/// "released by the Taliban", "freed by her abductors": a freeing verb, "by", at most two
/// words of a determiner, owner or adjective, then an armed group that holds captives or a
/// noun for captors. What a group publishes is no captive ("a video released by Hamas").
/// Byte ranges as in `cues`.
pub(super) fn released_by_captors(norm: &str) -> Vec<Cue<'static>> {
    let words = super::talks::words_at(norm);
    let plain: Vec<&str> = words.iter().map(|(_, x)| *x).collect();
    let mut out = Vec::new();
    for (i, &(start, w)) in words.iter().enumerate() {
        if !matches!(w, "released" | "freed") || plain.get(i + 1) != Some(&"by") {
            continue;
        }
        if i > 0 && PUBLISHED.contains(&plain[i - 1]) {
            continue;
        }
        let mut j = i + 2;
        while j < i + 4 && plain.get(j).is_some_and(|x| before_group(x)) {
            j += 1;
        }
        if let Some(len) = LEX.captor_group_at(&plain[j.min(plain.len())..]) {
            let (at, x) = words[j + len - 1];
            out.push((start, at + x.len(), &[Role::Hostage][..], true));
        }
    }
    out
}
