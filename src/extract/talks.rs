//! Taking part in talks, however the noun phrase is worded: the one role cue that is a
//! pattern rather than a phrase, because "led the talks", "led the Qatari team's talks" and
//! "mediated the indirect ceasefire talks" cannot all be listed in `data/role_cues.txt`.
//! Playing a part in them ("played a key role in the negotiations") is the same pattern.

use super::lexicon::Cue;
use crate::entity::Role;

/// "leading the Biden team's negotiations", "mediated the indirect talks", "involved in the
/// hostage negotiations": a verb of leading or taking part, then up to three words of the noun phrase, then "talks" or "negotiations",
/// makes a negotiator however the phrase between is worded. Byte ranges as in `cues`.
pub(super) fn led_talks(norm: &str) -> Vec<Cue<'static>> {
    const LEAD: &[&str] = &[
        "lead",
        "leads",
        "led",
        "leading",
        "head",
        "heads",
        "headed",
        "heading",
        "conduct",
        "conducts",
        "conducted",
        "conducting",
        "mediate",
        "mediates",
        "mediated",
        "mediating",
        "join",
        "joins",
        "joined",
        "joining",
    ];
    const BREAK: &[&str] = &[
        "to", "after", "before", "for", "from", "into", "without", "despite", "since", "and", "or",
        "but", "while", "as", "of", "on", "in", "at", "by", "with",
    ];
    let words = words_at(norm);
    let mut out = Vec::new();
    for (i, &(start, w)) in words.iter().enumerate() {
        // "has been heavily involved in the negotiations", not "was not involved in the talks".
        let negated = words[i.saturating_sub(2)..i]
            .iter()
            .any(|(_, x)| matches!(*x, "not" | "never") || x.ends_with("n't"));
        let involved = w == "involved" && words.get(i + 1).is_some_and(|x| x.1 == "in");
        if !(LEAD.contains(&w) || (involved && !negated)) {
            continue;
        }
        let noun = words[i + 1 + usize::from(involved)..]
            .iter()
            .take(4)
            .take_while(|(_, x)| !BREAK.contains(x))
            .find(|(_, x)| matches!(*x, "talks" | "negotiations"));
        if let Some(&(at, x)) = noun {
            out.push((start, at + x.len(), &[Role::Negotiator][..], true));
        }
    }
    out
}

/// "playing an active role in the next phases of the negotiations", "played a central part in
/// the talks": a verb of playing, its object "role" or "part" within three words, "in", then
/// up to six words to "talks", "negotiations" or "mediation". Not when the object is denied
/// ("played no role in the talks", "did not play a part").
pub(super) fn role_in_talks(norm: &str) -> Vec<Cue<'static>> {
    const PLAY: &[&str] = &["play", "plays", "played", "playing"];
    const NOUNS: &[&str] = &["talks", "negotiations", "negotiation", "mediation"];
    let words = words_at(norm);
    let mut out = Vec::new();
    for (i, &(start, w)) in words.iter().enumerate() {
        if !PLAY.contains(&w) {
            continue;
        }
        let before = &words[i.saturating_sub(3)..i];
        if before
            .iter()
            .any(|(_, x)| matches!(*x, "not" | "never") || x.ends_with("n't"))
        {
            continue;
        }
        let rest = &words[i + 1..];
        let Some(r) = rest
            .iter()
            .take(4)
            .position(|(_, x)| matches!(*x, "role" | "part"))
        else {
            continue;
        };
        if rest[..r].iter().any(|(_, x)| matches!(*x, "no" | "little")) {
            continue;
        }
        if rest.get(r + 1).is_none_or(|(_, x)| *x != "in") {
            continue;
        }
        let noun = rest[r + 2..]
            .iter()
            .take(6)
            .take_while(|(_, x)| !matches!(*x, "to" | "and" | "but" | "while" | "after"))
            .find(|(_, x)| NOUNS.contains(x));
        if let Some(&(at, x)) = noun {
            out.push((start, at + x.len(), &[Role::Negotiator][..], true));
        }
    }
    out
}

/// The words of a normalised sentence, each with its byte offset.
fn words_at(norm: &str) -> Vec<(usize, &str)> {
    norm.split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect()
}
