//! Words printed on a thing ("a banner reading '…'", "shirts that read '…'") are lettering,
//! not speech: no one is quoted.

/// Things words are printed on (`data/lettered_objects.txt`).
const OBJECTS: &str = include_str!("../data/lettered_objects.txt");

/// Whether `w` is one of [`OBJECTS`] (a short list, read only before a verb of lettering).
fn lettered(w: &str) -> bool {
    OBJECTS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .any(|x| x == w)
}

/// "the podium sign reading '…'", "hats that read '…'": the words before the span end on a
/// verb of lettering, with a thing words are printed on among the three words before it.
use crate::extract::text::is_hyphen;
pub(super) fn written_on_object(before: &str) -> bool {
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(5)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && !is_hyphen(c))
                .to_lowercase()
        })
        .collect();
    let lettering = words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "reading" | "read" | "reads"));
    lettering && words[1..].iter().take(3).any(|w| lettered(w))
}

#[cfg(test)]
mod tests {
    use super::super::{is_quotation_in, spans};

    #[test]
    fn words_printed_on_a_sign_or_shirt_are_not_quotations() {
        let para = "She spoke before a banner reading \"Vale for Valley, Valley for All.\" Her \
                    volunteers wore shirts that read \"Ask Me About Nora Now!\" and she said \
                    she was \"going to win this county.\"";
        let found: Vec<&str> = spans(para)
            .iter()
            .filter(|q| is_quotation_in(para, q))
            .map(|q| &para[q.start..q.end])
            .collect();
        assert_eq!(found, ["going to win this county."]);
    }
}
