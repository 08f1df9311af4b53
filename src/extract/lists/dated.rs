//! Two names joined by "and", each dated by the same preposition: "the release of A in
//! August and B in September". The time after the first name parallels the one after the
//! second, so the second is one more object of the words before the first.

use super::super::Para;
use super::super::lexicon::LEX;

/// Whether the words from `end` (just past a name) to `start` (where the next name's title
/// begins) are a date and "and" ("in August and"), and the name ending at `t1` is dated the
/// same way ("in September"). An age may stand before the next name ("and 77-year-old B").
pub(in super::super) fn dated_pair(p: &Para<'_>, end: usize, start: usize, t1: usize) -> bool {
    let word = |k: usize| {
        p.toks
            .get(k)
            .filter(|t| t.is_word())
            .map(|t| t.text(p.text))
    };
    // The preposition and the length of the date after it, from token `at`.
    let date = |at: usize| -> Option<(&str, usize)> {
        let prep = word(at).filter(|w| matches!(*w, "in" | "on"))?;
        let n = (1..=2)
            .take_while(|&k| word(at + k).is_some_and(|w| LEX.is_calendar(w) || numeric(w)))
            .count();
        (n > 0).then_some((prep, n))
    };
    let Some((prep, n)) = date(end) else {
        return false;
    };
    let and = end + 1 + n;
    if word(and) != Some("and") || and >= start {
        return false;
    }
    // "and 77-year-old B": an age between "and" and the name is the name's own.
    let age = (and + 1..start).all(|k| {
        p.toks[k].is_punct('-')
            || word(k).is_some_and(|w| numeric(w) || matches!(w, "year" | "old" | "year-old"))
            || word(k).is_some_and(|w| w.ends_with("-year-old"))
    });
    age && date(t1).is_some_and(|(q, _)| q == prep)
}

fn numeric(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())
}
