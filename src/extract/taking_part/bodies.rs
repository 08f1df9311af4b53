//! Leaders of political or armed bodies: "who has led the movement since 2017", "heads the
//! group's political bureau". Whoever leads such a body holds an office in it, so these are
//! cues of the official role, read beside the cues of taking part in talks.

use super::WORDS;
use crate::entity::Role;

/// "who has led the movement since 2017", "heads the group's political bureau", "chaired the
/// ruling party": one who leads a political or armed body holds an office in it. A verb of
/// leading, then up to four words, then a noun of such a body (`data/taking_part.txt`), not
/// followed by "of" ("led the group of captives") nor denied. A cue of the normalised text
/// (byte ranges as in `cues`), so only the person's own predicate or apposition is read.
pub(crate) fn leads_body(norm: &str) -> Vec<crate::extract::lexicon::Cue<'static>> {
    let mut at = 0;
    let words: Vec<(usize, &str)> = norm
        .split(' ')
        .map(|w| {
            let start = at;
            at += w.len() + 1;
            (start, w)
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    for (i, &(start, w)) in words.iter().enumerate() {
        if !WORDS.lead_verbs.contains(w) {
            continue;
        }
        let denied = words[i.saturating_sub(2)..i]
            .iter()
            .any(|(_, x)| matches!(*x, "not" | "never") || x.ends_with("n't"));
        let body = (i + 1..words.len().min(i + 6))
            .take_while(|&k| !matches!(words[k].1, "to" | "and" | "but" | "for" | "in" | "at"))
            .find(|&k| WORDS.bodies.contains(words[k].1))
            .filter(|&k| words.get(k + 1).is_none_or(|x| x.1 != "of"));
        if let (Some(k), false) = (body, denied) {
            let (e, x) = words[k];
            out.push((start, e + x.len(), &[Role::Official][..], true));
        }
    }
    out
}

/// A noun of a political or armed body ("movement", "party", "bureau"), whose leader holds an
/// office (`delegation::led_by`).
pub(in crate::extract) fn is_body(w: &str) -> bool {
    WORDS.bodies.contains(w)
}
