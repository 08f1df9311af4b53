//! A quotation broken by its own attribution ("'Israel and Hamas,' he announced, 'have
//! both signed …'"): the first half is speech, however much it looks like a title.

use crate::extract::lexicon::LEX;
use crate::extract::text::is_double_quote;

/// Whether the span `[start, end)` of `paragraph`, opened by the mark at `open` and closed
/// by the one at `close`, is the first half of a quotation its attribution interrupts: it
/// opens a sentence (or follows a colon) and ends on a comma, then a short
/// speech tag (a reporting verb in at most six words, no sentence end) closes on a comma,
/// and the next quotation opens in lower case, carrying on the same sentence. A title of a
/// work is never read so ("on 'Meet the Press,' he said. 'We …'" has a full stop, and a
/// second half that opens a sentence of its own).
pub(super) fn interrupted(
    paragraph: &str,
    open: usize,
    (start, end): (usize, usize),
    close: usize,
) -> bool {
    let Some(rest) = after_opening_on_comma(paragraph, open, (start, end), close) else {
        return false;
    };
    let Some(mark) = rest.find(is_double_quote) else {
        return false;
    };
    let tag = rest[..mark].trim();
    let words: Vec<String> = tag
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let second = rest[mark..].chars().nth(1);
    tag.ends_with(',')
        && !tag.contains(['.', '!', '?', ';', ':'])
        && (1..=6).contains(&words.len())
        && words
            .iter()
            .any(|w| LEX.reporting_verbs.contains(w.as_str()))
        && second.is_some_and(char::is_lowercase)
}

/// What follows the closing mark at `close` of a span `[start, end)` that opens a sentence
/// (or follows a colon) and ends on a comma inside its marks, as a quotation broken or closed
/// by its tag does; `None` for any other span. "Asked about 'Face the Nation,' she said" is a
/// title inside narration: it opens no sentence.
pub(super) fn after_opening_on_comma(
    paragraph: &str,
    open: usize,
    (start, end): (usize, usize),
    close: usize,
) -> Option<&str> {
    let before = paragraph[..open].trim_end();
    let opens = before.is_empty() || before.ends_with(['.', '!', '?', ':', '”', '"']);
    if !opens || !paragraph[start..end].trim_end().ends_with(',') {
        return None;
    }
    let after = close + paragraph[close..].chars().next().map_or(0, char::len_utf8);
    Some(&paragraph[after..])
}
