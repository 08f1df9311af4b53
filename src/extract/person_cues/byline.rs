//! Paragraphs that name the article's writers, not its people: a byline ("By Jane Doe"),
//! a contributor's line ("With Jane Q. Roe") and a bare name above the dateline. The people
//! they name wrote the article; no "he said" later means them.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::is_capitalised;

/// A byline paragraph: "By Jane Doe", "Author, Alice Cuddy", "Reporting by …", a few words
/// at most. The people it names wrote the article; none of them is who "she said" means.
pub(in crate::extract) fn is_byline(p: &Para<'_>) -> bool {
    let mut words = p.toks.iter().filter(|t| t.is_word());
    let first = words.next().map(|t| t.text(p.text));
    matches!(
        first,
        Some("By" | "Author" | "Authors" | "Reporting" | "Written" | "Words" | "Byline")
    ) && words.count() < 8
        || contributor_line(p)
}

/// "With Jane Q. Roe" alone on its line under a byline: a contributor's credit. "With", then
/// a known given name and one to three more capitalised words or initials, and nothing else
/// but an initial's point. Its people wrote the article with the byline's writer; read as a
/// title-case headline (`para::read`, which also checks the surname is no common word, as
/// in "With Hope Rising"), its names would make no person.
pub(in crate::extract) fn contributor_line(p: &Para<'_>) -> bool {
    // Most paragraphs fail on their first word; read no further.
    if p.toks.first().is_none_or(|t| t.text(p.text) != "With") {
        return false;
    }
    let words: Vec<&str> = p
        .toks
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.text(p.text))
        .collect();
    let only_points = p.toks.iter().all(|t| t.is_word() || t.is_punct('.'));
    let [first, given, rest @ ..] = words.as_slice() else {
        return false;
    };
    *first == "With"
        && only_points
        && (1..=3).contains(&rest.len())
        && LEX.given_names.contains_key(given.to_lowercase().as_str())
        && rest.iter().all(|w| is_capitalised(w))
        && rest.last().is_some_and(|w| {
            w.chars().count() > 1 && !LEX.stopwords.contains(w.to_lowercase().as_str())
        })
}

/// A bare name alone as the article's first paragraph ("Jane Roe" above the dateline): the
/// writer's byline without its "By". Two to four capitalised words and nothing else; the
/// person it names wrote the article, so no "he said" later means them.
pub(in crate::extract) fn is_bare_byline(p: &Para<'_>, para: usize) -> bool {
    let n = p.toks.len();
    para == 0
        && (2..=4).contains(&n)
        && p.toks.iter().all(|t| {
            t.is_word()
                && t.text(p.text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        })
}
