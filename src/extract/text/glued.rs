//! Where two words meet inside one run of letters: the hyphens, typed or typeset, that join
//! them into one word, and the signs that a page glued two words together (a dotted
//! abbreviation before a lower-case word, a credit or a date after a name) and they part.

use super::is_capitalised;
use crate::extract::lexicon::LEX;

/// A hyphen as typeset text writes it: the plain '-', and the Unicode hyphen (U+2010), the
/// non-breaking hyphen (U+2011), the figure dash (U+2012) and the soft hyphen (U+00AD) that
/// publishing systems put between the parts of a compound name ("al‑Hayya") or a word.
/// Each joins two word characters as '-' does, and every test that reads a word's parts
/// splits on all of them, so a name typeset with one is read like one typed with '-'.
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{00AD}')
}

/// The words of `text`: its runs of letters and digits, a hyphen kept inside a word
/// ("co-chair", "al‑Hayya"), every other sign a break. How a title or a clause is read word
/// by word.
pub(crate) fn hyphenated_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && !is_hyphen(c))
        .filter(|w| !w.is_empty())
}

/// Single capitals joined by full stops, the last stop not yet read ("U.S", "U.K", "D.C").
pub(super) fn dotted_initials(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('.') {
        let mut chars = part.chars();
        if !(chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// Three or more capitals, then no lower-case letter: an agency's name in capitals.
pub(super) fn glued_capitals(rest: &str) -> bool {
    let caps = rest.chars().take_while(|c| c.is_uppercase()).count();
    caps >= 3 && !rest.chars().nth(caps).is_some_and(char::is_lowercase)
}

/// One or two digits, a space and a month's name: a day of a date.
pub(super) fn glued_date(rest: &str) -> bool {
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let month = rest[digits..]
        .strip_prefix(' ')
        .and_then(|r| r.split([' ', ',']).next());
    (1..=2).contains(&digits)
        && month.is_some_and(|m| m.len() >= 3 && is_capitalised(m) && LEX.is_calendar(m))
}

/// A capital, then a lower-case letter: a capitalised word.
pub(super) fn glued_sentence(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// A photo label ("Image source", "Image caption") that a page glued to the word before.
pub(super) fn glued_label(rest: &str) -> bool {
    rest.starts_with("Image source") || rest.starts_with("Image caption")
}

/// "Jane Roe-POOL/Getty Images", "Jane Roe-Pool/AFP": a wire's credit for a pool photo
/// glues "Pool" to the photographer's surname with a hyphen, then gives the agency after a
/// slash (or ends the line or the bracket). `rest` is what follows the hyphen. No surname
/// is compounded with "Pool" before a slash, so the hyphen parts the photographer from it.
pub(super) fn glued_pool(rest: &str) -> bool {
    ["POOL", "Pool"].iter().any(|w| {
        rest.strip_prefix(w).is_some_and(|r| {
            let r = r.trim_start();
            r.is_empty() || r.starts_with(['/', ')'])
        })
    })
}
