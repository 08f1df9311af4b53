//! Short forms of an organisation's name that the article spells out: "the Integrated Food
//! Security Phase Classification (IPC)", then "the IPC says"; "the United Nations Interim Force
//! in Lebanon", then "Unifil said". News defines an acronym once, in brackets after the full
//! name, or writes the full name somewhere and the acronym (often in title case, as British
//! and wire styles do) elsewhere. Either way the short form is that organisation: never a
//! person, however it is used ("Unifil said"), and a quotation it gives goes to the full
//! name, the one a reader (and the gold) knows the body by.

use super::Para;
use super::lexicon::LEX;
use super::names::Candidate;
use super::text::is_capitalised;
use crate::entity::EntityKind;
use rustc_hash::FxHashMap as HashMap;

/// Small words inside an organisation's name, which an acronym may or may not spell.
const LINKS: &[&str] = &["of", "for", "in", "on", "and", "the", "de", "du", "to"];

/// Where a full name is spelled out: paragraph, first token, end token, the name.
type Spelled = (usize, usize, usize, String);

/// Makes each one-word candidate that is the acronym of a name the article spells out an
/// organisation named by that full name, and the full name's first writing a mention of it
/// (in place of whatever its words were read as), so the article's name for it is the full one.
pub(super) fn expand(paras: &[Para<'_>], cands: &mut Vec<Candidate>) {
    let mut seen: HashMap<String, Option<Spelled>> = HashMap::default();
    let mut defs: Vec<(Spelled, usize)> = Vec::new();
    for (ci, c) in cands.iter_mut().enumerate() {
        if c.source.is_some() || c.t1 != c.t0 + 1 || c.kind == Some(EntityKind::Place) {
            continue;
        }
        if !acronym_like(&c.name) {
            continue;
        }
        let full = seen
            .entry(c.name.clone())
            .or_insert_with(|| spelled_out(paras, &c.name));
        if let Some(full) = full.clone() {
            c.kind = Some(EntityKind::Organization);
            c.name.clone_from(&full.3);
            c.title = None;
            c.person_cue = false;
            if !defs.iter().any(|(d, _)| *d == full) {
                defs.push((full, ci));
            }
        }
    }
    for ((para, t0, t1, name), ci) in defs {
        let mut c = cands[ci].clone();
        (c.para, c.t0, c.t1, c.name) = (para, t0, t1, name);
        c.in_quote = paras[para].in_quote[t0];
        cands.retain(|d| d.para != para || d.t1 <= t0 || d.t0 >= t1);
        let at = cands.partition_point(|d| (d.para, d.t0) < (para, t0));
        cands.insert(at, c);
    }
}

/// "IPC", "UNRWA", "Unifil", "MoFA": three to eight letters, a capital first, and either
/// another capital or a word no one is named (a known given name is a person's).
fn acronym_like(w: &str) -> bool {
    let n = w.chars().count();
    (3..=8).contains(&n)
        && w.chars().all(char::is_alphabetic)
        && w.chars().next().is_some_and(char::is_uppercase)
        && !LEX.given_names.contains_key(w.to_lowercase().as_str())
}

/// The full name that `acr` abbreviates somewhere in the article: in brackets right after it
/// (its letters, in order, among the initials of the name's words, the first and last word's
/// included), or anywhere as a run of capitalised words (and small linking words) whose
/// initials are exactly its letters.
fn spelled_out(paras: &[Para<'_>], acr: &str) -> Option<Spelled> {
    let letters: Vec<char> = acr.to_lowercase().chars().collect();
    for (pi, p) in paras.iter().enumerate() {
        let words: Vec<Option<&str>> = (0..p.toks.len()).map(|i| p.word_at(i)).collect();
        for i in 0..p.toks.len() {
            // "… Phase Classification (IPC)": the name before the bracket.
            let bracketed = p.toks[i].is_punct('(')
                && words.get(i + 1).copied().flatten() == Some(acr)
                && p.toks.get(i + 2).is_some_and(|t| t.is_punct(')'));
            if bracketed && let Some(s) = before_bracket(&words, i, &letters) {
                let name = p.text[p.toks[s].start..p.toks[i - 1].end].to_string();
                return Some((pi, s, i, name));
            }
            if let Some(end) = exact_from(&words, i, &letters) {
                let name = p.text[p.toks[i].start..p.toks[end - 1].end].to_string();
                return Some((pi, i, end, name));
            }
        }
    }
    None
}

/// The first token of the name right before the bracket at `open` that `letters`
/// abbreviates: the capitalised words (and links) back to the one whose initial is the
/// acronym's first letter.
fn before_bracket(words: &[Option<&str>], open: usize, letters: &[char]) -> Option<usize> {
    let mut start = open;
    while start > 0 {
        let Some(w) = words[start - 1] else { break };
        if !(is_capitalised(w) || LINKS.contains(&w)) {
            break;
        }
        start -= 1;
    }
    let initial = |i: usize| {
        words[i]
            .and_then(|w| w.chars().next())
            .map(|c| c.to_lowercase().next().unwrap_or(c))
    };
    let last = open.checked_sub(1)?;
    if start >= open || initial(last) != letters.last().copied() {
        return None;
    }
    // The latest start that still spells the acronym: the words before it describe the body.
    (start..last)
        .rev()
        .filter(|&s| words[s].is_some_and(is_capitalised) && initial(s) == Some(letters[0]))
        .find(|&s| {
            let mut it = (s..open).filter_map(initial);
            letters.iter().all(|l| it.any(|c| c == *l))
        })
        .filter(|&s| open - s >= 2)
}

/// The end of a run from token `i` whose capitalised words' initials are exactly `letters`,
/// a linking word's initial counted or not; at least three words, the last capitalised.
fn exact_from(words: &[Option<&str>], i: usize, letters: &[char]) -> Option<usize> {
    fn go(words: &[Option<&str>], i: usize, letters: &[char], n: usize) -> Option<usize> {
        if letters.is_empty() {
            return (n >= 3).then_some(i);
        }
        let w = words.get(i).copied().flatten()?;
        let first = w.chars().next()?.to_lowercase().next()?;
        if is_capitalised(w) && w.chars().skip(1).any(char::is_lowercase) {
            return (first == letters[0])
                .then(|| go(words, i + 1, &letters[1..], n + 1))
                .flatten();
        }
        if LINKS.contains(&w) && n > 0 {
            let spelt = (first == letters[0] && letters.len() > 1)
                .then(|| go(words, i + 1, &letters[1..], n + 1))
                .flatten();
            return spelt.or_else(|| go(words, i + 1, letters, n + 1));
        }
        None
    }
    go(words, i, letters, 0)
}
