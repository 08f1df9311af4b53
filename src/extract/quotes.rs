//! Direct quotations: where they are in a paragraph, which marks open and close them, and
//! which spans are quotations at all (not scare quotes, not titles of works).
//!
//! Curly and straight double marks are read by one small state machine per paragraph: an
//! opening mark is followed by a non-space (a curly one after a space may have a stray space
//! after it), a closing mark follows a non-space. A mark left
//! open runs to the end of the paragraph; the next paragraph that opens with a mark carries
//! the same quotation on (news style for a quotation over several paragraphs), and so do
//! paragraphs with no marks at all before one that only closes it (`run_on`). Single marks
//! nest inside double ones and are otherwise apostrophes, so they never open a quotation.
//! A double mark opened inside an open quotation right after a verb of saying nests
//! (`nested`); elsewhere it means the first was never closed.
//! Wire copy's typewriter marks are double marks of two characters: `''` reads as a straight
//! double mark and two grave accents as an opening one (`text::typewriter_mark`).

use super::lexicon::LEX;
use super::text::{is_double_quote, typewriter_mark};
mod doubled;
mod forgotten;
mod interrupted;
mod lettering;
mod named_kind;
mod nested;
mod run_on;
mod tagged;
use doubled::doubled_open;
use interrupted::interrupted;
pub(crate) use lettering::{lettered, listed, said_on_object};
use lettering::{lettered_phrases, written_on_object};
pub(crate) use run_on::run_on;

/// One quotation's position in its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct QuoteSpan {
    /// Byte index of the opening mark.
    pub open: usize,
    /// The quoted text, without the marks.
    pub start: usize,
    pub end: usize,
    /// Byte index of the closing mark; `None` when the quotation runs to the paragraph's end.
    pub close: Option<usize>,
    /// The opening mark is the paragraph's first character.
    pub opens_paragraph: bool,
}

impl QuoteSpan {
    /// Where the quotation ends, closing mark included.
    pub fn outer_end(&self, text: &str) -> usize {
        match self.close {
            Some(c) => c + mark_len(&text[c..]),
            None => text.len(),
        }
    }
}

/// The width in bytes of the mark that opens `rest`: a typewriter pair's, else its
/// first character's.
fn mark_len(rest: &str) -> usize {
    match typewriter_mark(rest) {
        Some((_, width)) => width,
        None => rest.chars().next().map_or(0, char::len_utf8),
    }
}

/// Every double mark of `text` in order: its byte index and the mark it reads as (a
/// typewriter pair reads as the double mark it stands for), with the character after it.
fn marks(text: &str) -> impl Iterator<Item = (usize, char, Option<char>)> + '_ {
    marks_and_primes(text).filter(|&(_, c, _)| c != PRIME)
}

/// The double prime, an inch or second mark ("a 6″ pipe"), that copy set by hand also types
/// for a closing double mark after a digit ("the “Group 6″ -- …"). See `prime_closes`.
const PRIME: char = '\u{2033}';

/// The marks of `marks`, with every double prime too.
fn marks_and_primes(text: &str) -> impl Iterator<Item = (usize, char, Option<char>)> + '_ {
    let mut it = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some((i, c)) = it.next() {
            let mark = match typewriter_mark(&text[i..]) {
                Some((m, _)) => {
                    it.next();
                    m
                }
                None if is_double_quote(c) || c == PRIME => c,
                None => continue,
            };
            return Some((i, mark, it.peek().map(|&(_, n)| n)));
        }
        None
    })
}

/// Every span between double quotation marks, in order, before any filtering.
pub(crate) fn spans(text: &str) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    // The second mark of a doubled opening one (`doubled_open`), which opens nothing more.
    let mut skip: Option<usize> = None;
    // Inner quotations open inside the one open (`nested`), not yet closed.
    let mut inner = 0usize;
    for (i, c, next) in marks_and_primes(text) {
        if skip.take() == Some(i) {
            continue;
        }
        if c == PRIME && !open.is_some_and(|o| prime_closes(text, o, i, next)) {
            continue;
        }
        if open.is_none()
            && let Some(second) = doubled_open(text, i)
        {
            open = Some(i);
            skip = Some(second);
            continue;
        }
        let prev = text[..i].chars().next_back();
        let looks_open = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p))
            && next.is_some_and(|n| !n.is_whitespace());
        let looks_close =
            prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric());
        match open {
            None => {
                let opens = match c {
                    // "“ I didn't think …”": a curly opening mark after a space opens even
                    // when the copy left a stray space after it too.
                    '“' | '„' | '«' => {
                        next.is_some_and(|n| !n.is_whitespace())
                            || looks_open
                            || prev.is_none_or(char::is_whitespace) && next.is_some()
                    }
                    '”' | '»' => looks_open && !looks_close,
                    _ => looks_open || (!looks_close && next.is_some_and(|n| !n.is_whitespace())),
                };
                if opens {
                    open = Some(i);
                }
            }
            Some(o) => {
                // Typewriter copy has one mark for both ends: a straight one that looks
                // like an opening nests as a curly one does (`nested`).
                let straight = c == '"' && text[o..].starts_with('"');
                // The mark that closes the outer quotation, looked for after an inner one.
                let outer_close = if straight { '"' } else { '”' };
                if (c == '“' || straight) && looks_open && !looks_close && nested::nests(text, o, i)
                {
                    inner += 1;
                } else if inner > 0 && c != '“' && text[i + c.len_utf8()..].contains(outer_close)
                {
                    // The inner quotation closes; the outer goes on to a later mark.
                    inner -= 1;
                } else if c == '“' && looks_open && !looks_close {
                    // A new opening mark while one is open: the first was never closed,
                    // unless the copy only forgot its mark before the attribution
                    // (`forgotten`).
                    out.push(forgotten::closed_before_tag(text, o, i).map_or_else(
                        || span(text, o, i, None),
                        |comma| span(text, o, comma + 1, Some(comma)),
                    ));
                    open = Some(i);
                } else {
                    out.push(span(text, o, i, Some(i)));
                    open = None;
                    inner = 0;
                }
            }
        }
    }
    if let Some(o) = open {
        out.push(span(text, o, text.len(), None));
    }
    out.retain(|q| q.end > q.start);
    out
}

/// A double prime at `at` closes the quotation opened at `open` when that was opened by a
/// curly “, the prime ends a word (a space, punctuation or the paragraph's end follows it) and
/// no closing ” or straight mark comes later in the paragraph to close the quotation instead.
/// A prime inside a quotation that closes properly later ("“We laid 6″ pipe,” he said") and
/// one with no quotation open ("a 6″ pipe") stay inch marks.
fn prime_closes(text: &str, open: usize, at: usize, next: Option<char>) -> bool {
    text[open..].starts_with('“')
        && next.is_none_or(|n| !n.is_alphanumeric())
        && !text[at..].contains(['”', '"'])
}

fn span(text: &str, open: usize, end: usize, close: Option<usize>) -> QuoteSpan {
    let mut start = open + mark_len(&text[open..]);
    if close.is_none_or(|c| c > start) && doubled_open(text, open).is_some() {
        start += mark_len(&text[start..]);
    }
    let end = if close.is_some() {
        end
    } else {
        start + text[start..end].trim_end().len()
    };
    // "“ I didn't …”": a stray space after the opening mark is not part of the words.
    if end > start {
        start += text[start..end].len() - text[start..end].trim_start().len();
    }
    QuoteSpan {
        open,
        start,
        end: end.max(start),
        close,
        opens_paragraph: text[..open].trim().is_empty(),
    }
}

/// True for real quotations: three words or more, and not a title of a work in title case
/// ("Face the Nation"). Shorter spans are scare quotes ("bridge").
#[cfg(test)]
fn is_quotation(text: &str) -> bool {
    is_quotation_after(text, "", false)
}

/// [`is_quotation`] for the span `q` of `paragraph`, which also reads the words before it: a
/// programme named after its network ("on CNN's 'State of the Union.'") or after a noun for
/// its kind ("the talk show 'Face the Nation.'") is a title even
/// with the full stop that American style puts inside the marks, where a title-case span
/// ending a sentence elsewhere ("We Are Ready.") is speech.
/// The first half of a quotation its attribution interrupts is speech, never a title
/// (`interrupted`), and so are words that close on a comma before their tag (`tagged`).
pub(crate) fn is_quotation_in(paragraph: &str, q: &QuoteSpan) -> bool {
    if is_gloss(paragraph, q)
        || named_kind::names_kind(paragraph, q)
        || named_kind::dash_gloss(paragraph, q)
        || named_kind::nickname(paragraph, q)
    {
        return false;
    }
    let split = q.close.is_some_and(|c| {
        interrupted(paragraph, q.open, (q.start, q.end), c)
            || tagged::tagged(paragraph, q.open, (q.start, q.end), c)
    });
    is_quotation_after(&paragraph[q.start..q.end], &paragraph[..q.open], split)
}

/// "cries of “Am Yisrael Chai” (“The people of Israel live”)": a quotation alone in brackets
/// right after another's closing mark is the reporter's translation of it, not words anyone
/// said or wrote in that form.
fn is_gloss(paragraph: &str, q: &QuoteSpan) -> bool {
    let Some(before) = paragraph.get(..q.open) else {
        return false;
    };
    let bracket = before.trim_end().strip_suffix('(');
    let after_quote = bracket.is_some_and(|b| b.trim_end().ends_with(['”', '"']));
    let end = q.outer_end(paragraph);
    let closes = paragraph
        .get(end..)
        .is_some_and(|a| a.trim_start().starts_with(')'));
    after_quote && closes
}

fn is_quotation_after(text: &str, before: &str, split: bool) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    if words.len() < 3 {
        return false;
    }
    let owned = before.trim_end().ends_with(['s', 'S'])
        && before
            .trim_end()
            .trim_end_matches(['s', 'S'])
            .ends_with(['\'', '’']);
    // "a plan they deemed 'The Iowa 10,000.'": after a verb of naming, the same.
    // "The forum was called, 'Keeping Faith - Notes from a Long Night.'": a comma or colon
    // after the verb too.
    let naming = before
        .trim_end()
        .trim_end_matches([',', ':'])
        .trim_end_matches(" as")
        .rsplit(' ')
        .next()
        .is_some_and(|w| NAMING.contains(&w.to_lowercase().as_str()));
    // "told CBS's talk show 'Face the Nation.'": after a noun for a kind of work, the same.
    let genre = before
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| LEX.work_genres.contains(w.to_lowercase().as_str()));
    let text = if owned || naming || genre {
        text.trim_end().trim_end_matches('.')
    } else {
        text
    };
    // "a sign reading: 'We love our children …'": a sentence in prose on a sign is writing
    // quoted (kept, with no speaker: `said_on_object`); a slogan in title case is lettering.
    // So are set phrases painted on a wall and listed after a colon (`lettered_phrases`).
    let slogan = written_on_object(before) && !in_prose(&words) || lettered_phrases(before);
    // A name given by a verb of naming may run long ("a panel titled 'Fighting Fear at
    // Home - Lessons from One Long Night'"); elsewhere a long title-case span is speech.
    let longest = if naming { 14 } else { 8 };
    (split || !is_title_of_work(text, &words, longest)) && !slogan
}

/// Whether some word opens in lower case and is not one of [`SMALL_WORDS`] that a title keeps
/// small: a sentence ("We love our children"), not a title-case slogan ("Now or Never").
fn in_prose(words: &[&str]) -> bool {
    words.iter().any(|w| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_lowercase)
            && !SMALL_WORDS.contains(&w.to_lowercase().as_str())
    })
}

const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from",
];

/// Verbs that give a thing its name: a title-case span after one is that name, with or
/// without the full stop American style puts inside the marks.
const NAMING: &[&str] = &[
    "called",
    "dubbed",
    "named",
    "titled",
    "entitled",
    "deemed",
    "nicknamed",
    "branded",
    "billed",
    "christened",
];

fn is_title_of_work(text: &str, words: &[&str], longest: usize) -> bool {
    // A title may carry the sentence's comma inside the marks ("Face the Nation,").
    let trimmed = text.trim_end().trim_end_matches(',');
    if words.len() > longest || trimmed.ends_with(['.', '?', '!', ':', ';', '…']) {
        return false;
    }
    // "chants of 'Rick, Rick, Rick,'": one word said over and over is a cry, never a title.
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    if words.iter().all(|w| bare(w) == bare(words[0])) {
        return false;
    }
    // "a 'FULL AND IMMEDIATE CEASEFIRE'": words all in capitals, the small ones too, are
    // shouted, as posts shout; a title keeps its small words small.
    let shouted = words
        .iter()
        .all(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase));
    if shouted
        && words
            .iter()
            .any(|w| SMALL_WORDS.contains(&w.to_lowercase().as_str()))
    {
        return false;
    }
    words.iter().enumerate().all(|(i, w)| {
        let first = w.chars().find(|c| c.is_alphanumeric());
        first.is_some_and(|c| c.is_uppercase() || c.is_numeric())
            || (i > 0 && SMALL_WORDS.contains(&w.to_lowercase().as_str()))
    })
}

#[cfg(test)]
mod tests;
