//! Words printed on a thing ("a banner reading '…'", "shirts that read '…'") are lettering,
//! not speech: no one is quoted. So are set phrases painted or written on a wall ("two
//! mottos scrawled over the cell door: '…,' '…' and '…'").

use crate::extract::text::is_hyphen;

/// Things words are printed on (`data/lettered_objects.txt`).
const OBJECTS: &str = include_str!("../data/lettered_objects.txt");

/// Whether `w` is one of [`OBJECTS`] (a short list, read only before a verb of lettering).
pub(crate) fn lettered(w: &str) -> bool {
    listed(OBJECTS, w)
}

/// Whether `w` is a word of `list`, a data file's text ("#" opens a comment line): for short
/// lists read only where a rarer shape has already matched, so not worth a set in `LEX`.
pub(crate) fn listed(list: &str, w: &str) -> bool {
    list.lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .any(|x| x == w)
}

/// Bytes before a quotation that hold the last words `said_on_object` reads, with room to spare.
const WINDOW: usize = 400;

/// The last `n` words of `text`, last first, in lower case and without punctuation.
fn last_words(text: &str, n: usize) -> Vec<String> {
    text.split_whitespace()
        .rev()
        .take(n)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && !is_hyphen(c))
                .to_lowercase()
        })
        .collect()
}

/// "the podium sign reading '…'", "hats that read '…'": the words before the span end on a
/// verb of lettering, with a thing words are printed on among the three words before it.
pub(super) fn written_on_object(before: &str) -> bool {
    let words = last_words(before, 5);
    let lettering = words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "reading" | "read" | "reads"));
    lettering && words[1..].iter().take(3).any(|w| lettered(w))
}

/// "hung a banner on the school gate saying: '…'", "a poster which said: '…'", "placards
/// bearing the words '…'": a thing words are printed on, then "saying", "bearing" or
/// "proclaiming" in the same clause (no comma between: "holding a sign, saying '…'" is the
/// holder speaking), or "that/which said". The words are quoted as the thing's, and no one
/// spoke them: the one who hung the banner is no speaker (`attribution`).
pub(crate) fn said_on_object(before: &str) -> bool {
    // Only the clause's last nine words count: reading back no further than a window keeps a
    // paragraph of a thousand quotations and no comma linear.
    let mut from = before.len().saturating_sub(WINDOW);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let tail = before[from..].trim_end().trim_end_matches([':', ',', ' ']);
    let clause = tail.rsplit([',', ';', '(']).next().unwrap_or(tail);
    let words = last_words(clause, 9);
    // "bearing the words", "with the message": the verb before a word for the lettering.
    let mut k = 0;
    if words
        .first()
        .is_some_and(|w| LETTERING_NOUNS.contains(&w.as_str()))
    {
        k = if words.get(1).is_some_and(|w| w == "the") {
            2
        } else {
            1
        };
    }
    let rest = |from: usize, n: usize| words.iter().skip(from).take(n).any(|w| lettered(w));
    match words.get(k).map(String::as_str) {
        Some(
            "saying" | "bearing" | "proclaiming" | "declaring" | "carrying" | "reading" | "reads",
        ) => rest(k + 1, 7),
        Some("said" | "says") => {
            matches!(words.get(k + 1).map(String::as_str), Some("that" | "which")) && rest(k + 2, 3)
        }
        _ => false,
    }
}

/// "two mottos scrawled over the cell door: '…,' '…' and '…'": set phrases that a participle
/// of lettering puts on a wall or a thing, listed after a colon, are named as phrases, not
/// quoted as anyone's words. `before` is the paragraph before one item's opening mark; the
/// items listed before it (each in marks, joined by commas and "and" or "or") are read past.
pub(super) fn lettered_phrases(before: &str) -> bool {
    let mut rest = before.trim_end();
    loop {
        let t = rest.trim_end_matches([',', ' ']);
        let t = t
            .strip_suffix(" and")
            .or_else(|| t.strip_suffix(" or"))
            .unwrap_or(t)
            .trim_end();
        let Some(inner) = t.strip_suffix(['”', '"']) else {
            rest = t;
            break;
        };
        let Some(open) = inner.rfind(['“', '"']) else {
            return false;
        };
        rest = &inner[..open];
    }
    let Some(lead) = rest.strip_suffix(':') else {
        return false;
    };
    let clause = lead.rsplit([',', ';', '.']).next().unwrap_or(lead);
    let words = last_words(clause, 8);
    let painted = words.iter().position(|w| PAINTED.contains(&w.as_str()));
    painted.is_some_and(|k| {
        words[k + 1..]
            .iter()
            .take(3)
            .any(|w| SET_PHRASES.contains(&w.as_str()))
    })
}

/// Participles that put words on a surface.
const PAINTED: &[&str] = &[
    "painted",
    "written",
    "scrawled",
    "carved",
    "etched",
    "inscribed",
    "engraved",
    "printed",
    "tattooed",
    "stitched",
    "embroidered",
    "pinned",
    "posted",
    "taped",
];

/// Nouns that name set phrases, not someone's speech.
const SET_PHRASES: &[&str] = &[
    "phrase", "phrases", "motto", "mottos", "mottoes", "mantra", "mantras", "slogan", "slogans",
    "sayings", "maxims", "verses", "verse", "quotes",
];

/// Words for what a thing bears ("bearing the words", "carrying the message").
const LETTERING_NOUNS: &[&str] = &["words", "message", "slogan", "slogans", "inscription"];

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

    #[test]
    fn the_window_reads_the_clause_before_the_words_whatever_came_long_before() {
        let long = "The crowd waited for hours in the heat before the doors opened. ".repeat(40);
        let before = format!("{long}Outside, marchers carried a banner saying: ");
        assert!(super::said_on_object(&before));
        // A character of two bytes across the window's first byte.
        let tail = "They held placards bearing the words ";
        let before = format!(
            "{long}é{}{tail}",
            "x ".repeat((super::WINDOW - 1 - tail.len()) / 2)
        );
        assert!(!before.is_char_boundary(before.len() - super::WINDOW));
        assert!(super::said_on_object(&before));
        assert!(!super::said_on_object(&format!("{long}The mayor said ")));
    }
}
