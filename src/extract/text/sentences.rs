//! Where sentences begin: the full stops, question marks and quotation marks that close one,
//! told apart from the full stops of abbreviations ("U.S.", "Gen.") that do not.

use super::{Tok, Token, is_capitalised, is_double_quote};
use crate::extract::lexicon::LEX;

/// For each token, whether it begins a sentence. Sentences end at ".", "!" or "?" (after
/// any closing marks) before a capital, a digit or an opening mark, except where the full
/// stop belongs to an abbreviation: "U.S." ends a sentence only before a word that usually
/// opens one ("The", "He"). An opening quotation mark and a colon also start a fresh run of
/// capitals, so the word after them is treated as sentence-initial.
pub(crate) fn sentence_starts(text: &str, toks: &[Token]) -> Vec<bool> {
    let mut starts = vec![false; toks.len()];
    if let Some(s) = starts.first_mut() {
        *s = true;
    }
    // "- By Jane Roe", "· Gatwick worst hit": a bullet opening the paragraph sets off a
    // list item, whose first word opens a sentence.
    if toks.len() > 1 && matches!(toks[0].kind, Tok::Punct('-' | '–' | '•' | '·' | '*')) {
        starts[1] = true;
    }
    for i in 0..toks.len() {
        let t = toks[i];
        let ends = match t.kind {
            Tok::Punct('.' | '!' | '?' | '…') => true,
            Tok::Word => {
                let w = t.text(text);
                w.ends_with('.') && abbreviation_ends_sentence(text, toks, i)
            }
            _ => false,
        };
        let mut j = i + 1;
        if ends {
            while j < toks.len()
                && matches!(toks[j].kind, Tok::Punct(c) if is_closing_mark(c, text, toks[j]))
            {
                j += 1;
            }
            if let Some(n) = toks.get(j)
                && opens_sentence(text, *n)
            {
                starts[j] = true;
            }
        }
        if let Tok::Punct(c) = t.kind
            // "1 of 5 | Candidate X speaks …": a bar sets off a caption's parts as a
            // breadcrumb's or a byline's, so the word after it opens a sentence.
            && (is_opening_mark(c, text, t) || c == ':' || c == '(' || c == '—' || c == '|')
            && toks.get(i + 1).is_some()
        {
            starts[i + 1] = true;
        }
        if dateline_dash(text, toks, i) {
            starts[i + 1] = true;
        }
    }
    starts
}

/// "WASHINGTON, April 30 (AFP) – US President A urged …", "GAZA CITY - …": the dash that
/// ends a dateline opening the paragraph (after the agency's bracket, a city in capitals or
/// a date) ends it as a sentence, so the agency is never read as the subject.
fn dateline_dash(text: &str, toks: &[Token], i: usize) -> bool {
    if i >= 14 || !matches!(toks[i].kind, Tok::Punct('–' | '-' | '—')) {
        return false;
    }
    let spaced = text[..toks[i].start].ends_with(' ')
        && text[toks[i].end..].starts_with(' ')
        && i + 1 < toks.len();
    let ends_dateline = i >= 1
        && match toks[i - 1].kind {
            Tok::Punct(')') => true,
            Tok::Word => {
                let w = toks[i - 1].text(text);
                let caps = w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !w.chars().any(char::is_lowercase);
                caps || w.chars().all(|c| c.is_ascii_digit())
            }
            _ => false,
        };
    spaced && ends_dateline
}

/// “ always opens; a straight mark or a single ‘ (a quotation inside a quotation: "‘If Dana
/// comes home, …’") opens after a space and before a word.
fn is_opening_mark(c: char, text: &str, t: Token) -> bool {
    let after_space = text[..t.start]
        .chars()
        .next_back()
        .is_none_or(char::is_whitespace);
    let before_word = text[t.end..]
        .chars()
        .next()
        .is_some_and(|n| !n.is_whitespace());
    matches!(c, '“' | '„' | '«') || (matches!(c, '"' | '‘') && after_space && before_word)
}

fn is_closing_mark(c: char, text: &str, t: Token) -> bool {
    matches!(c, '”' | '’' | ')' | ']' | '»')
        || (c == '"'
            && text[..t.start]
                .chars()
                .next_back()
                .is_some_and(|p| !p.is_whitespace()))
}

fn opens_sentence(text: &str, t: Token) -> bool {
    let s = t.text(text);
    match t.kind {
        Tok::Word => s
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric()),
        Tok::Punct(c) => is_double_quote(c) || c == '(' || c == '‘',
        Tok::Possessive => false,
    }
}

/// "U.S." closes a sentence only when the next word is one that usually opens a sentence.
fn abbreviation_ends_sentence(text: &str, toks: &[Token], i: usize) -> bool {
    let w = toks[i].text(text).trim_end_matches('.').to_lowercase();
    if LEX.abbreviations.contains(w.as_str()) || w.chars().count() == 1 {
        return false;
    }
    match toks.get(i + 1) {
        Some(n) if n.is_word() => {
            let nw = n.text(text);
            is_capitalised(nw) && LEX.stopwords.contains(nw.to_lowercase().as_str())
        }
        // "the U.S. “has proven its ability …”": a quotation that opens on a word in lower
        // case goes on with the sentence; only one that opens on a capital starts another.
        Some(n) if matches!(n.kind, Tok::Punct(c) if is_opening_mark(c, text, *n)) => toks
            .get(i + 2)
            .is_none_or(|w| !w.is_word() || !w.text(text).starts_with(char::is_lowercase)),
        Some(n) => matches!(n.kind, Tok::Punct(c) if is_double_quote(c)),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokenize;
    use super::*;

    #[test]
    fn sentences_survive_us_gen_and_dates() {
        let s =
            "The U.S. envoy met Gen. Smith on Oct. 7, 2023. He left. It ended in the U.S. The end.";
        let t = tokenize(s);
        let st = sentence_starts(s, &t);
        let firsts: Vec<&str> = t
            .iter()
            .zip(&st)
            .filter(|(_, b)| **b)
            .map(|(t, _)| t.text(s))
            .collect();
        assert_eq!(firsts, ["The", "He", "It", "The"]);
    }

    #[test]
    fn a_lower_case_quotation_after_us_goes_on_with_the_sentence() {
        let s = "He said the U.S. \u{201c}has done its part\u{201d} so far.";
        let t = tokenize(s);
        let st = sentence_starts(s, &t);
        let has = t.iter().position(|x| x.text(s) == "has").unwrap_or(0);
        let open = has - 1;
        assert!(!st[open], "the opening mark goes on with the sentence");
    }
}
