//! A headline that opens or closes with a speaker's label, "Igesund: Nigeria didn't bully
//! us" or "No turning back from peace: Erdoğan", names the speaker by surname alone. Sports and
//! foreign-desk copy then often goes on with that surname and no full name, and no title or
//! reporting verb right beside it. The label is the sign of a person the bare word lacks,
//! when the article's narration names the word again inside a sentence (not as its first
//! word, where a tag such as "Exclusive" or "Watch" could stand).

use super::Para;
use super::names::Candidate;
use super::text::Tok;
use rustc_hash::FxHashSet as HashSet;

/// The most tokens a headline carrying a label has.
const HEADLINE: usize = 24;

/// Marks the bare word of a headline's speaker label as a person's, when the narration names
/// it again mid-sentence.
pub(super) fn mark(paras: &[Para<'_>], cands: &mut [Candidate]) {
    let labels: Vec<bool> = cands.iter().map(|c| is_label(paras, c)).collect();
    // Bare words the narration names inside a sentence, once for the article.
    let named_inside: HashSet<String> = cands
        .iter()
        .zip(&labels)
        .filter(|(d, label)| !**label && d.kind.is_none() && !d.in_quote)
        .filter(|(d, _)| {
            paras
                .get(d.para)
                .is_some_and(|p| !p.starts[d.t0] && !p.headline)
        })
        .map(|(d, _)| d.name.to_lowercase())
        .collect();
    for (c, label) in cands.iter_mut().zip(labels) {
        if label && named_inside.contains(&c.name.to_lowercase()) {
            c.person_cue = true;
        }
    }
}

/// A bare word that is a short line's label: the line opens with it and a colon follows, or
/// it closes the line after a colon; the line ends with no full stop.
fn is_label(paras: &[Para<'_>], c: &Candidate) -> bool {
    let Some(p) = paras.get(c.para) else {
        return false;
    };
    let n = p.toks.len();
    // A short line only: what follows asks no more than a headline's tokens.
    if c.kind.is_some() || c.in_quote || n > HEADLINE {
        return false;
    }
    let words_after = p.toks[c.t1..].iter().filter(|t| t.is_word()).count();
    let opens = c.t0 == 0 && p.toks.get(c.t1).is_some_and(|t| t.is_punct(':')) && words_after >= 3;
    let closes = c.t1 == n && c.t0 >= 4 && p.toks[c.t0 - 1].is_punct(':');
    let ends_plain = p
        .toks
        .last()
        .is_some_and(|t| !matches!(t.kind, Tok::Punct('.')));
    ends_plain && (opens || closes)
}
