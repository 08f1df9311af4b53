//! Snippets: the sentence around a mention, cut to a window that keeps the mention in view,
//! for entity timelines.

use crate::load::truncate_chars;

/// The sentence of `paragraph` around the byte range `start..end`, for entity timelines. A
/// long sentence is cut to a window of about [`SNIPPET_CHARS`] that keeps the mention in view:
/// an entity is listed once per article it appears in, so at scale these snippets are most of
/// the entity pages' bytes.
pub fn sentence_around(paragraph: &str, start: usize, end: usize) -> String {
    let (from, to) = sentence_bounds(paragraph, start, end);
    let raw = &paragraph[from..to];
    let sentence = raw.trim_start();
    // The mention's offset in the trimmed sentence: the space after the previous full stop
    // is not part of it.
    let lead = raw.len() - sentence.len();
    window(
        sentence.trim_end(),
        start.min(paragraph.len()).saturating_sub(from + lead),
    )
}

/// The byte range of the sentence of `paragraph` around `start..end`: it ends after a full
/// stop, question or exclamation mark that no abbreviation ("U.S.", "Gen.") or initial makes.
pub fn sentence_bounds(paragraph: &str, start: usize, end: usize) -> (usize, usize) {
    let start = start.min(paragraph.len());
    let end = end.clamp(start, paragraph.len());
    let bytes = paragraph.as_bytes();
    let is_stop = |i: usize| {
        if !matches!(bytes[i], b'.' | b'!' | b'?') || bytes.get(i + 1).is_some_and(|b| *b != b' ') {
            return false;
        }
        if bytes[i] != b'.' {
            return true;
        }
        // A full stop after an abbreviation ("U.S.", "Gen.", "Oct.") or an initial ends nothing.
        let word_start = paragraph[..i].rfind(' ').map_or(0, |w| w + 1);
        let word = &paragraph[word_start..i];
        !(word.contains('.')
            || (word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase()))
            || ABBREVIATIONS.contains(&word))
    };
    let mut from = 0;
    for i in (0..start).rev() {
        if is_stop(i) {
            from = i + 1;
            break;
        }
    }
    let mut to = paragraph.len();
    for i in end..paragraph.len() {
        if is_stop(i) {
            to = i + 1;
            break;
        }
    }
    (from, to)
}

/// How many characters of a sentence an entity timeline shows.
pub const SNIPPET_CHARS: usize = 160;

/// `sentence` cut to about [`SNIPPET_CHARS`], starting a little before byte `at` (the mention)
/// when the mention would otherwise fall outside, with `…` where words were cut.
fn window(sentence: &str, at: usize) -> String {
    const LEAD: usize = 50;
    if sentence.chars().count() <= SNIPPET_CHARS {
        return sentence.to_string();
    }
    let mut at = at.min(sentence.len());
    while !sentence.is_char_boundary(at) {
        at -= 1;
    }
    let lead_start = sentence[..at]
        .char_indices()
        .rev()
        .nth(LEAD)
        .map_or(0, |(i, _)| i);
    if sentence[..at].chars().count() + 30 < SNIPPET_CHARS || lead_start == 0 {
        return truncate_chars(sentence, SNIPPET_CHARS);
    }
    // Start at the word after the cut, so no word is shown in part.
    let from = sentence[lead_start..at]
        .find(' ')
        .map_or(lead_start, |i| lead_start + i + 1);
    format!("…{}", truncate_chars(&sentence[from..], SNIPPET_CHARS - 1))
}

/// Words that a full stop follows without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm",
    "St", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Jr",
    "Sr",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_is_the_sentence_of_the_mention() {
        let p = "Talks began in Doha. The U.S. envoy Adam Boehler met Hamas. Nothing was agreed.";
        let at = p.find("Adam").unwrap();
        assert_eq!(
            sentence_around(p, at, at + 12),
            "The U.S. envoy Adam Boehler met Hamas."
        );
    }

    #[test]
    fn a_long_sentence_is_cut_to_a_window_that_shows_the_mention() {
        let before = "word ".repeat(60);
        let p = format!(
            "{before}Adam Boehler met Hamas {}today.",
            "again ".repeat(40)
        );
        let at = p.find("Adam").unwrap();
        let s = sentence_around(&p, at, at + 12);
        assert!(s.contains("Adam Boehler met Hamas"), "{s}");
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.chars().count() <= SNIPPET_CHARS + 1, "{s}");
        let early = format!("Adam Boehler met Hamas {}today.", "again ".repeat(60));
        let s = sentence_around(&early, 0, 12);
        assert!(s.starts_with("Adam Boehler") && s.ends_with('…'), "{s}");
    }

    #[test]
    fn a_window_after_an_earlier_sentence_keeps_a_name_that_starts_with_a_wide_letter() {
        let p = format!(
            "Talks began. {}Ömer Yılmaz met the envoys {}today.",
            "word ".repeat(60),
            "again ".repeat(40)
        );
        let at = p.find("Ömer").unwrap();
        let s = sentence_around(&p, at, at + "Ömer Yılmaz".len());
        assert!(s.contains("Ömer Yılmaz met the envoys"), "{s}");
    }

    #[test]
    fn long_snippets_are_cut_at_a_word() {
        let s = truncate_chars(&"word ".repeat(100), 20);
        assert!(s.ends_with('…') && s.chars().count() <= 21, "{s}");
    }
}
