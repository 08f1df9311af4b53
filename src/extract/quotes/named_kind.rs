//! Spans in marks that name a thing rather than quote anyone: "heard a special 'He who
//! blessed' prayer" (a name modifying the noun for its kind, right after the closing mark),
//! "Trump's 'big, beautiful bill'" (a nickname ending on the noun for the thing),
//! and "a Gmar Chatima Tova—'Inscription (in the Book of Life) for Good.'" (a term glossed
//! after a dash by its translation in title case).

use super::lettering::listed;
use super::{QuoteSpan, is_title_of_work};

/// Nouns a name in marks can modify (`data/named_kinds.txt`).
const KINDS: &str = include_str!("../data/named_kinds.txt");

/// "the 'Bring Them Home' campaign", "a special 'He who blessed' prayer": the closing mark is
/// followed by a space and a lower-case noun for a kind of text or event, and the span ends
/// on no punctuation of its own (speech ending a clause does: "'We will win,' song …" is
/// not this). Such a span is the thing's name: no one said it.
pub(super) fn names_kind(paragraph: &str, q: &QuoteSpan) -> bool {
    let Some(close) = q.close else {
        return false;
    };
    let inner = paragraph[q.start..q.end].trim_end();
    if inner.ends_with(['.', ',', '?', '!', ';', ':', '…']) || inner.split_whitespace().count() > 8
    {
        return false;
    }
    let after = &paragraph[q.outer_end(paragraph).max(close)..];
    if !after.starts_with(' ') {
        return false;
    }
    after
        .split_whitespace()
        .next()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .is_some_and(|w| w.chars().all(char::is_lowercase) && listed(KINDS, w))
}

/// Nouns for a thing a nickname in marks can name (`data/nicknamed_things.txt`).
const THINGS: &str = include_str!("../data/nicknamed_things.txt");

/// "praised Trump's 'big, beautiful bill,'", "the 'one fair deal'": right after a possessive
/// or "the", a span of two to six words in lower case whose last word is a noun for a bill,
/// plan or deal is the thing's nickname, used as a noun phrase of the sentence; no one is
/// quoted. Words in prose that end on another noun ("Israel's 'greatest friends in the
/// world'") stay a partial quotation.
pub(super) fn nickname(paragraph: &str, q: &QuoteSpan) -> bool {
    let before = paragraph[..q.open].trim_end();
    let owned = ["'s", "’s", "s'", "s’"].iter().any(|e| before.ends_with(e));
    let the = || {
        before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
    };
    if !(owned || the()) {
        return false;
    }
    let inner = paragraph[q.start..q.end]
        .trim_end()
        .trim_end_matches([',', '.']);
    let words: Vec<&str> = inner.split_whitespace().collect();
    let lower = words.iter().all(|w| !w.chars().any(char::is_uppercase));
    let head = words
        .last()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .is_some_and(|w| listed(THINGS, w));
    lower && (2..=6).contains(&words.len()) && head
}

/// "extended blessings for a Gmar Chatima Tova—'Inscription (in the Book of Life) for
/// Good.'": a span joined by a dash to a term in capitals before it, in title case once its
/// bracketed words and final stop are set aside, is the reporter's translation of that term,
/// not anyone's words.
pub(super) fn dash_gloss(paragraph: &str, q: &QuoteSpan) -> bool {
    let before = paragraph[..q.open].trim_end();
    let Some(term) = before
        .strip_suffix('—')
        .or_else(|| before.strip_suffix('–'))
        .or_else(|| before.strip_suffix("--"))
    else {
        return false;
    };
    let capital_term = term
        .trim_end()
        .rsplit(' ')
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    if !capital_term {
        return false;
    }
    let mut bare = String::new();
    let mut depth = 0usize;
    for c in paragraph[q.start..q.end].chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    let bare = bare.trim_end().trim_end_matches('.');
    let words: Vec<&str> = bare
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    words.len() >= 2 && is_title_of_work(bare, &words, 8)
}

#[cfg(test)]
mod tests {
    use super::super::{is_quotation_in, spans};

    fn quotations(text: &str) -> Vec<String> {
        spans(text)
            .iter()
            .filter(|q| is_quotation_in(text, q))
            .map(|q| text[q.start..q.end].to_string())
            .collect()
    }

    #[test]
    fn a_name_before_the_noun_for_its_kind_is_no_quotation() {
        let text = "The crowd recited a special \"Bless our captives\" prayer at dusk.";
        assert!(quotations(text).is_empty());
    }

    #[test]
    fn words_that_end_on_their_own_comma_stay_a_quotation() {
        let text = "\"Bless our captives and bring them home,\" song leader Dana Roth said.";
        assert_eq!(quotations(text).len(), 1);
    }

    #[test]
    fn a_bills_nickname_after_a_possessive_is_no_quotation() {
        let text = "She attacked the governor's \"fair and square budget,\" citing cuts.";
        assert!(quotations(text).is_empty());
    }

    #[test]
    fn praise_after_a_possessive_stays_a_quotation() {
        let text = "He thanked Canada's \"truest friends in the world,\" the envoy said.";
        assert_eq!(quotations(text).len(), 1);
    }

    #[test]
    fn a_translation_after_a_dash_is_no_quotation() {
        let text = "He wished them a Shana Tova—\"A Good (and Sweet) Year.\"";
        assert!(quotations(text).is_empty());
    }

    #[test]
    fn speech_after_a_dash_in_prose_stays_a_quotation() {
        let text = "She had one plea for the cabinet—\"bring them all home before winter.\"";
        assert_eq!(quotations(text).len(), 1);
    }
}
