//! Words and sentences with byte positions: the tokens every other sieve reads.
//!
//! A token is a word (letters and digits, with inner hyphens, apostrophes and the full stops
//! of "U.S."), a possessive ending ("’s", or the bare "’" of "hostages’"), or one punctuation
//! character (a typewriter double mark, `''`, is one token of two characters). Positions are
//! byte ranges into the paragraph, always on char boundaries, so the renderer can wrap exactly
//! the bytes a mention covers.

use super::lexicon::LEX;
use std::borrow::Cow;

mod glued;
mod sentences;
use glued::{dotted_initials, glued_capitals, glued_date, glued_label, glued_pool, glued_sentence};
pub(crate) use glued::{hyphenated_words, is_hyphen};
pub(crate) use sentences::sentence_starts;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tok {
    Word,
    /// "’s", "'s" or a bare trailing apostrophe after a word.
    Possessive,
    Punct(char),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Tok,
}

/// Double quotation marks, curly and straight.
pub(crate) fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»')
}

/// A typewriter double mark at the start of `rest`, the mark it stands for, and its width in
/// bytes: wire copy keyed on machines with no double mark closes a quotation with two
/// apostrophes (`''`) and sometimes opens one with two grave accents. Each pair is one mark,
/// read like the straight and the opening curly double mark. Of three apostrophes the first
/// closes a nested single quotation and the last two are the pair ("'Senator X.'''"). Copy
/// retyped from a page opens one with two curly apostrophes too, right before a word
/// ("’’I would say …“"), where no closing single mark can stand.
#[inline]
pub(crate) fn typewriter_mark(rest: &str) -> Option<(char, usize)> {
    // Called at every character: most open with none of the three marks' first bytes
    // (`'`, `` ` ``, and 0xE2 that opens '’').
    if !matches!(rest.as_bytes().first(), Some(b'\'' | b'`' | 0xE2)) {
        return None;
    }
    if rest.starts_with("''") && !rest.starts_with("'''") {
        Some(('"', 2))
    } else if rest.starts_with("``") {
        Some(('“', 2))
    } else if let Some(after) = rest.strip_prefix("’’")
        && after.starts_with(char::is_alphanumeric)
    {
        Some(('“', "’’".len()))
    } else {
        None
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits a paragraph into tokens in one pass.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if let Some((mark, width)) = typewriter_mark(&text[i..]) {
            it.next();
            out.push(Token {
                start: i,
                end: i + width,
                kind: Tok::Punct(mark),
            });
            continue;
        }
        if !is_word_char(c) {
            // A bare apostrophe glued to the end of a word ("hostages’ families") is a
            // possessive; elsewhere it is punctuation.
            let glued = out
                .last()
                .is_some_and(|t: &Token| t.kind == Tok::Word && t.end == i);
            let next_is_space = it.peek().is_none_or(|&(_, n)| !is_word_char(n));
            let kind = if is_apostrophe(c) && glued && next_is_space {
                Tok::Possessive
            } else {
                Tok::Punct(c)
            };
            out.push(Token {
                start: i,
                end: i + c.len_utf8(),
                kind,
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut prev = c;
        // Extend over letters, digits, and joiners that sit between two word characters.
        while let Some(&(j, d)) = it.peek() {
            if is_word_char(d) {
                // "Adam BoehlerREUTERS": a caption whose credit lost its space; a capitals
                // run glued to a lower-case letter starts a word of its own.
                // "Guy IllouzImage source, Reuters": a live page's photo label lost its
                // space after the caption's name.
                // Both start with a capital: the cheap test first, at every letter.
                if prev.is_lowercase()
                    && d.is_uppercase()
                    && (glued_capitals(&text[j..]) || d == 'I' && glued_label(&text[j..]))
                {
                    break;
                }
                // "Jane Roe11 September 2025": a byline's date glued to the name by a page.
                if prev.is_lowercase() && d.is_ascii_digit() && glued_date(&text[j..]) {
                    break;
                }
                prev = d;
                end = j + d.len_utf8();
                it.next();
                continue;
            }
            if matches!(d, '.' | '&') || is_hyphen(d) || is_apostrophe(d) {
                let after = text[j + d.len_utf8()..].chars().next();
                // "U.S.envoy X", "the U.K.government": a page dropped the space after a
                // dotted abbreviation; its full stop closes it, and the lower-case word is
                // the next word ("NJ.com" has no dotted initials and stays one word).
                if d == '.' && after.is_some_and(char::is_lowercase) && dotted_initials(&text[i..j])
                {
                    end = j + 1;
                    it.next();
                    break;
                }
                // "on Tuesday.John Wessels / AFP": a caption whose credit lost its space; a
                // full stop after a lower-case letter and before a capitalised word ends the
                // sentence, where "U.S." and "NJ.com" join.
                if d == '.' && prev.is_lowercase() && glued_sentence(&text[j + 1..]) {
                    break;
                }
                // "Jane Roe-POOL/Getty Images": a pool credit glued to the surname.
                if is_hyphen(d) && prev.is_lowercase() && glued_pool(&text[j + d.len_utf8()..]) {
                    break;
                }
                if after.is_some_and(is_word_char) {
                    end = j + d.len_utf8();
                    it.next();
                    continue;
                }
            }
            break;
        }
        let word = &text[i..end];
        // A trailing full stop belongs to abbreviations and initials ("U.S.", "Gen.", "J.").
        if text[end..].starts_with('.') && keeps_full_stop(word) {
            end += 1;
            it.next();
        }
        let word = &text[i..end];
        // Split off a possessive "’s" / "'s".
        let poss = ["’s", "'s", "ʼs"]
            .iter()
            .find(|p| word.len() > p.len() && word.ends_with(*p));
        if let Some(p) = poss {
            let cut = end - p.len();
            out.push(Token {
                start: i,
                end: cut,
                kind: Tok::Word,
            });
            out.push(Token {
                start: cut,
                end,
                kind: Tok::Possessive,
            });
        } else {
            out.push(Token {
                start: i,
                end,
                kind: Tok::Word,
            });
        }
    }
    out
}

/// Single capitals ("J."), dotted abbreviations ("U.S", "D.C") and listed abbreviations.
fn keeps_full_stop(word: &str) -> bool {
    let mut chars = word.chars();
    let first = chars.next();
    if first.is_some_and(char::is_uppercase) && chars.next().is_none() {
        return true;
    }
    if word.contains('.') && word.len() <= 8 {
        return true;
    }
    LEX.abbreviations.contains(word.to_lowercase().as_str()) || state_tag(word)
}

/// The abbreviations news style gives US states after a town or in a party tag ("South Bend,
/// Ind.", "Sen. John Fetterman, D-Pa., said"), written with a capital.
pub(crate) const STATE_ABBREVIATIONS: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo",
];

/// "Ind" or a party tag "D-Pa": a state's abbreviation keeps its full stop.
fn state_tag(word: &str) -> bool {
    let state = word
        .strip_prefix(['R', 'D', 'I'])
        .and_then(|w| w.strip_prefix('-'))
        .unwrap_or(word);
    STATE_ABBREVIATIONS.contains(&state)
}

impl Token {
    pub fn text<'a>(&self, para: &'a str) -> &'a str {
        para.get(self.start..self.end).unwrap_or("")
    }

    pub fn is_word(&self) -> bool {
        self.kind == Tok::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Tok::Punct(c)
    }
}

/// `word.to_lowercase()`, borrowed when there is nothing to fold (ASCII with no capital: most
/// words of running text), so that a sieve looking a token up by its lower-case form
/// allocates only for the few words that need it.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// True when the word has the form of a regular past tense ("convened", "travelled"), not a
/// short word or a noun in "-eed" ("red", "need", "greed").
pub(crate) fn is_regular_past(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed")
}

/// True when the word starts with a capital letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// True when every letter is a capital and there are at least two ("IDF", "REUTERS").
pub(crate) fn is_all_caps(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && word.chars().all(|c| !c.is_lowercase())
}

/// Prepositions and conjunctions that many desks leave in lower case inside a title-case
/// headline ("Delegation Heads to Egypt for Talks with Hamas"), however long they are.
const TITLE_CASE_LOWER: &[&str] = &[
    "with", "from", "into", "onto", "over", "upon", "amid", "than", "that", "like", "near",
    "after", "about", "across", "against", "among", "before", "between", "during", "since",
    "through", "toward", "towards", "under", "until", "within", "without", "despite",
];

/// A short line in title case, not ended like a sentence: every word of four letters or more
/// capitalised ("Hostages Released: Emotional Reunions, Tearful Calls"), as headlines and
/// headings are written.
pub(crate) fn is_headline(text: &str, toks: &[Token]) -> bool {
    let ends_sentence = toks
        .iter()
        .rev()
        .find(|t| !matches!(t.kind, Tok::Punct(c) if is_double_quote(c) || c == ')'))
        .is_some_and(|t| matches!(t.kind, Tok::Punct('.' | '!' | '?')));
    if toks.len() > 30 || ends_sentence {
        return false;
    }
    // "Israel Backs 'phased Return' Of …": the word that opens a quotation inside a
    // headline keeps the case of the words quoted.
    let quoted_first = |k: usize| {
        k > 0
            && matches!(toks[k - 1].kind, Tok::Punct(c) if is_double_quote(c) || is_apostrophe(c) || c == '‘')
    };
    let long: Vec<&str> = (toks.iter().enumerate())
        .filter(|&(k, t)| t.is_word() && !quoted_first(k))
        .map(|(_, t)| t.text(text))
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
        .filter(|w| !TITLE_CASE_LOWER.contains(w))
        .collect();
    // Every content word capitalised: a caption ("… speaks in the Oval Office") is not one.
    let caps = long.iter().filter(|w| is_capitalised(w)).count();
    caps >= 3 && caps == long.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn abbreviations_and_initials_keep_their_full_stop() {
        assert_eq!(
            words("U.S. President Donald J. Trump met Gen. Smith."),
            [
                "U.S.",
                "President",
                "Donald",
                "J.",
                "Trump",
                "met",
                "Gen.",
                "Smith",
                "."
            ]
        );
    }

    #[test]
    fn possessives_are_split_from_the_name() {
        assert_eq!(words("Trump’s envoy"), ["Trump", "’s", "envoy"]);
        let s = "the hostages’ families";
        let t = tokenize(s);
        assert_eq!(t[1].text(s), "hostages");
        assert_eq!(t[2].kind, Tok::Possessive);
    }

    #[test]
    fn particles_stay_inside_hyphenated_names() {
        assert_eq!(
            words("Khalil al-Hayya said"),
            ["Khalil", "al-Hayya", "said"]
        );
    }

    #[test]
    fn lower_folds_exactly_as_to_lowercase_does() {
        for w in [
            "said",
            "Said",
            "U.S.",
            "ÉLYSÉE",
            "İstanbul",
            "ΟΔΟΣ",
            "al-Hayya",
            "",
            "’s",
        ] {
            assert_eq!(lower(w), w.to_lowercase(), "{w}");
        }
        assert!(matches!(lower("said"), Cow::Borrowed(_)));
    }

    #[test]
    fn odd_unicode_and_lone_marks_do_not_panic() {
        for s in [
            "",
            "’",
            "\"",
            "é’s",
            "a.’",
            "“”",
            "x\u{301}y. Z",
            "日本語。テスト",
            "'s",
        ] {
            let t = tokenize(s);
            let _ = sentence_starts(s, &t);
            for tok in &t {
                assert!(s.is_char_boundary(tok.start) && s.is_char_boundary(tok.end));
            }
        }
    }
}
