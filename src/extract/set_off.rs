//! What stands right after a name and is neither its apposition nor its predicate: an age or
//! a photo position in brackets ("A (54)", "B (R)") and an age set off by commas ("C, 40,").
//! News copy puts these between a name and what it says of the name ("The three youths, A
//! (25), B (27) and C (28), all residents of X, were abducted"; "D (R), head of the
//! council, meets …"; "E, 40, a trader, was kidnapped"), so the window after the name
//! (`context`) starts past them and still finds the apposition and the predicate.

use super::Para;
use super::runs::position_marker;

/// A run of at most three ASCII digits: an age ("A, 34,", "B (27)").
pub(super) fn is_age(w: &str) -> bool {
    !w.is_empty() && w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit())
}

/// Where the words about the name ending at `t1` begin: past "(54)", "(13 at the time)",
/// "(R)" or "(left)", and
/// past ", 40" when another comma follows it (the comma then opens the apposition). `t1`
/// itself when nothing stands there.
pub(super) fn past_set_off(p: &Para<'_>, t1: usize) -> usize {
    let mut s = t1;
    if let Some(n) = bracket_age(p, s) {
        s += n;
    } else if let Some(n) = position_marker(p, s) {
        s += n;
    }
    // "C, 40, a trader from Kano, was": the age is no apposition; the comma after it opens
    // one, a noun phrase with its determiner ("a", "the", "all residents"). Not a clause
    // ("all of whom were seized", "across a platform before they were freed"): that is the
    // predicate after the age, as it always was.
    let opens_noun_phrase = |i: usize| {
        let w = p.word_at(i).map(str::to_lowercase);
        match w.as_deref() {
            Some("a" | "an" | "the" | "his" | "her" | "their" | "its" | "one") => true,
            Some("all" | "both") => p.word_at(i + 1).is_some_and(|n| n != "of"),
            _ => false,
        }
    };
    let comma_age = p.toks.get(s).is_some_and(|t| t.is_punct(','))
        && p.word_at(s + 1).is_some_and(is_age)
        && p.toks.get(s + 2).is_some_and(|t| t.is_punct(','))
        && opens_noun_phrase(s + 3);
    if comma_age {
        s += 2;
    }
    s
}

/// Words that may stand with an age inside its brackets and say when it was that age:
/// "(13 at the time)", "(then 17)", "(aged 40)", "(now 19)".
const AGE_WORDS: &[&str] = &["at", "the", "time", "then", "aged", "now"];

/// How many tokens an age in brackets opening at `open` takes, the brackets counted: "(54)"
/// is three, "(13 at the time)" six. Only an age and [`AGE_WORDS`], at most four words.
pub(super) fn bracket_age(p: &Para<'_>, open: usize) -> Option<usize> {
    if !p.toks.get(open)?.is_punct('(') {
        return None;
    }
    let close = (open + 1..p.toks.len().min(open + 6)).find(|&i| p.toks[i].is_punct(')'))?;
    let inside = open + 1..close;
    let ages = inside
        .clone()
        .filter(|&i| p.word_at(i).is_some_and(is_age))
        .count();
    let rest = inside.clone().all(|i| {
        p.word_at(i)
            .is_some_and(|w| is_age(w) || AGE_WORDS.contains(&w.to_lowercase().as_str()))
    });
    (ages == 1 && rest).then_some(close + 1 - open)
}

/// "presented a “bridge proposal” to extend the truce": where a short span in brackets or in
/// quotation marks opening at token `open` closes (the token after it), when it closes within
/// five tokens. Such a span inside a predicate is a word or two set off, not the end of the
/// clause; a longer quotation is someone's words and ends what the narration says.
pub(super) fn past_short_span(p: &Para<'_>, open: usize) -> Option<usize> {
    let closer = match p.toks.get(open)?.text(p.text) {
        "(" => ")",
        "“" => "”",
        "\"" => "\"",
        _ => return None,
    };
    (open + 1..p.toks.len().min(open + 6))
        .find(|&i| p.toks[i].text(p.text) == closer)
        .filter(|&c| (open + 1..c).all(|i| p.toks[i].is_word()) || closer == ")")
        .map(|c| c + 1)
}
