//! Words in title case that open a sentence and close on a comma before their speech tag:
//! "“Welcome Home, Sergeant Cole,” the mayor's office said in a post." A greeting or a toast
//! is written with capitals and often ends on a name, so it looks like the title of a work,
//! but a title is not followed by a tag that gives who said it.

use super::interrupted::after_opening_on_comma;
use crate::extract::lexicon::LEX;

/// The most words a speech tag puts before its verb ("Israel's foreign ministry said").
const TAG_WORDS: usize = 6;

/// Whether the span `[start, end)` of `paragraph`, closed by the mark at `close`, is
/// speech by its tag: it opens a sentence (or follows a colon), ends on a comma inside the
/// marks, and a reporting verb comes within six words after the closing mark, before any
/// stop or other mark. ("on 'Meet the Press,' he said" opens no sentence.)
pub(super) fn tagged(
    paragraph: &str,
    open: usize,
    (start, end): (usize, usize),
    close: usize,
) -> bool {
    let Some(rest) = after_opening_on_comma(paragraph, open, (start, end), close) else {
        return false;
    };
    let clause = rest
        .find(['.', '!', '?', ';', ':', '"', '“', '”'])
        .map_or(rest, |k| &rest[..k]);
    clause
        .split_whitespace()
        .take(TAG_WORDS + 1)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .any(|w| LEX.reporting_verbs.contains(w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::super::{is_quotation_in, spans};

    fn quotations(text: &str) -> usize {
        spans(text)
            .iter()
            .filter(|q| is_quotation_in(text, q))
            .count()
    }

    #[test]
    fn a_greeting_in_title_case_before_its_tag_is_speech() {
        let text = "“Welcome Home, Sergeant Cole,” the city's press office said on Monday.";
        assert_eq!(quotations(text), 1);
    }

    #[test]
    fn a_title_inside_narration_stays_a_title() {
        let text = "He spoke on “Meet the Press,” and he said little.";
        assert_eq!(quotations(text), 0);
    }
}
