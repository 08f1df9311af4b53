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

/// Small words inside an organisation's name, which an acronym may or may not spell; French
/// and Spanish ones too, as names of bodies abroad keep them ("Nos Petits Freres et Soeurs"
/// for "NPFS", "Medecins Sans Frontieres", "Partido de la Revolucion").
const LINKS: &[&str] = &[
    "of", "for", "in", "on", "and", "the", "de", "du", "to", "et", "des", "la", "le", "del", "y",
];

/// Where a full name is spelled out: paragraph, first token, end token, the name.
type Spelled = (usize, usize, usize, String);

/// Makes each one-word candidate that is the acronym of a name the article spells out an
/// organisation named by that full name, and the full name's first writing a mention of it
/// (in place of whatever its words were read as), so the article's name for it is the full one.
pub(super) fn expand(paras: &[Para<'_>], cands: &mut Vec<Candidate>) {
    let eligible = |c: &Candidate| {
        c.source.is_none()
            && c.t1 == c.t0 + 1
            && c.kind != Some(EntityKind::Place)
            && (acronym_like(&c.name) || capitals_named(&c.name))
    };
    let wanted: Vec<String> = cands
        .iter()
        .filter(|c| eligible(c))
        .map(|c| c.name.clone())
        .collect();
    if wanted.is_empty() {
        return;
    }
    let found = spelled_out(paras, &wanted);
    let mut defs: Vec<(Spelled, usize)> = Vec::new();
    for (ci, c) in cands.iter_mut().enumerate() {
        if !eligible(c) {
            continue;
        }
        if let Some(full) = found.get(c.name.as_str()).cloned() {
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

/// "MEA", "ANA": a given name in capitals, three to five letters, may be a body's short
/// form too; only its definition in brackets right after the full name ("the Ministry of
/// External Affairs (MEA)") makes it one (`spelled_out`), never a run of words elsewhere, so
/// a byline's "By ANA ROE" stays a person.
fn capitals_named(w: &str) -> bool {
    (3..=5).contains(&w.chars().count())
        && w.chars().all(|c| c.is_ascii_uppercase())
        && LEX.given_names.contains_key(w.to_lowercase().as_str())
}

/// The full name each of the `wanted` acronyms abbreviates, where the article first writes
/// it: in brackets right after it (its letters, in order, among the initials of the name's
/// words, the first and last word's included), or anywhere as a run of capitalised words (and
/// small linking words) whose initials are exactly its letters.
///
/// One pass over the article for all the acronyms at once: every run's initials are made
/// once and looked up, so an article with thousands of capitalised words stays linear.
fn spelled_out<'w>(paras: &[Para<'_>], wanted: &'w [String]) -> HashMap<&'w str, Spelled> {
    let mut by_letters: HashMap<String, Vec<&'w str>> = HashMap::default();
    for acr in wanted.iter().map(String::as_str) {
        let acrs = by_letters.entry(acr.to_lowercase()).or_default();
        if !acrs.contains(&acr) {
            acrs.push(acr);
        }
    }
    let mut found: HashMap<&'w str, Spelled> = HashMap::default();
    for (pi, p) in paras.iter().enumerate() {
        let words: Vec<Option<&str>> = (0..p.toks.len()).map(|i| p.word_at(i)).collect();
        for i in 0..p.toks.len() {
            // "… Phase Classification (IPC)": the name before the bracket.
            let bracket =
                p.toks[i].is_punct('(') && p.toks.get(i + 2).is_some_and(|t| t.is_punct(')'));
            let acr = bracket
                .then(|| words.get(i + 1).copied().flatten())
                .flatten();
            let acr = acr.and_then(|w| {
                let acrs = by_letters.get(&w.to_lowercase())?;
                acrs.iter().copied().find(|a| *a == w)
            });
            if let Some(acr) = acr
                && !found.contains_key(acr)
            {
                let letters: Vec<char> = acr.to_lowercase().chars().collect();
                if let Some(s) = before_bracket(&words, i, &letters) {
                    let name = p.text[p.toks[s].start..p.toks[i - 1].end].to_string();
                    found.insert(acr, (pi, s, i, name));
                }
            }
            // Only a capitalised word opens a name ([`spell`] reads nothing else first).
            if !words[i].is_some_and(is_capitalised) {
                continue;
            }
            for (letters, end) in spellings(&words, i) {
                let spelt = by_letters.get(&letters).into_iter().flatten();
                for &acr in spelt.filter(|a| acronym_like(a)) {
                    found.entry(acr).or_insert_with(|| {
                        let name = p.text[p.toks[i].start..p.toks[end - 1].end].to_string();
                        (pi, i, end, name)
                    });
                }
            }
        }
    }
    found
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

/// The initials (three to eight letters) of each run from token `i` of three to
/// [`MAX_WORDS`] words, the last capitalised, with the run's end; a linking word's initial
/// counted or not, the counted reading first, as a name is first read with all its words.
fn spellings(words: &[Option<&str>], i: usize) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    spell(words, i, &mut String::new(), 0, &mut out);
    out
}

/// Longest run read as one name.
const MAX_WORDS: usize = 12;

/// [`spellings`] from word `i`, `spelt` the initials so far of the `n` words before it.
fn spell(
    words: &[Option<&str>],
    i: usize,
    spelt: &mut String,
    n: usize,
    out: &mut Vec<(String, usize)>,
) {
    if spelt.chars().count() >= 8 || n >= MAX_WORDS {
        return;
    }
    let Some(w) = words.get(i).copied().flatten() else {
        return;
    };
    let Some(first) = w.chars().next().and_then(|c| c.to_lowercase().next()) else {
        return;
    };
    if is_capitalised(w) && w.chars().skip(1).any(char::is_lowercase) {
        spelt.push(first);
        if n + 1 >= 3 && spelt.chars().count() >= 3 && !out.iter().any(|(s, _)| s == spelt) {
            out.push((spelt.clone(), i + 1));
        }
        spell(words, i + 1, spelt, n + 1, out);
        spelt.pop();
    } else if LINKS.contains(&w) && n > 0 {
        spelt.push(first);
        spell(words, i + 1, spelt, n + 1, out);
        spelt.pop();
        spell(words, i + 1, spelt, n + 1, out);
    }
}

#[cfg(test)]
mod tests {
    use super::spellings;

    fn words(text: &str) -> Vec<Option<&str>> {
        text.split(' ').map(Some).collect()
    }

    #[test]
    fn a_run_spells_its_initials_with_and_without_its_linking_words() {
        let w = words("United Nations Interim Force in Lebanon said");
        let found: Vec<(String, usize)> = spellings(&w, 0);
        assert!(found.contains(&("unif".to_string(), 4)), "{found:?}");
        assert!(found.contains(&("unifil".to_string(), 6)), "{found:?}");
        assert!(found.contains(&("unifl".to_string(), 6)), "{found:?}");
        // A linking word's initial never ends a spelling, and two words are no name.
        assert!(
            !found.iter().any(|(s, _)| s == "unifi" || s == "un"),
            "{found:?}"
        );
    }

    #[test]
    fn a_long_run_of_small_words_is_read_a_bounded_number_of_ways() {
        let text = format!("Bank {}Ohio", "of the ".repeat(30));
        let found = spellings(&words(&text), 0);
        assert!(found.is_empty(), "{found:?}");
    }
}
