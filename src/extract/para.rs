//! One paragraph of an article, read once for every later step: its tokens, where its
//! sentences start, which tokens lie inside quotations, and whether it is a title-case
//! headline; and the words the article writes in lower case somewhere.

use super::quotes::QuoteSpan;
use super::text::{self, Tok, Token};
use rustc_hash::FxHashSet as HashSet;
mod credit;
mod title_surname;
use credit::{closes_on_credit, credit_alone, ends_on_photo_credit, untold_caption};
pub(in crate::extract) use title_surname::HONORIFICS;

/// What may stand inside an apposition between commas ([`Para::apposition_close`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Apposition {
    /// Words and marks only: no quotation, sentence start, semicolon, "!", "?" or comma
    /// before the closing comma.
    Plain,
    /// Anything but a full stop, and a closing quotation mark right after a comma closes it
    /// too ("X, who called it 'a farce,' said").
    Quoting,
}

/// One paragraph, read once: tokens, sentence starts, quotations.
pub(crate) struct Para<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    /// Per token: it opens a sentence (or follows an opening quotation mark or a colon).
    pub starts: Vec<bool>,
    /// Per token: where its sentence opens and where the next one does (or the paragraph's
    /// end), worked out once: rules ask it for every name, and a walk to the sentence's
    /// edges for each would make a long sentence cost its length squared.
    bounds: Vec<(usize, usize)>,
    /// Per token: it lies inside a quotation (marks included).
    pub in_quote: Vec<bool>,
    /// A headline or heading in title case ("Clinton Wins Backing"): its capitalised common
    /// words are no names.
    pub headline: bool,
    /// A photo caption ("Image caption," on the line before, or opening this one): the
    /// people it names stand in a picture, not in the narration a later "he" points back to.
    pub caption: bool,
    /// Per token (empty when none): a lone title word that is a surname the article gives
    /// after a given name ("Bishop said" after "Julie Bishop"; `title_surname`).
    pub title_surname: Vec<bool>,
}

impl<'a> Para<'a> {
    /// The text of token `i` when it is a word; `None` for punctuation or past the end.
    pub(crate) fn word_at(&self, i: usize) -> Option<&'a str> {
        self.toks
            .get(i)
            .filter(|t| t.is_word())
            .map(|t| t.text(self.text))
    }

    /// "Dana Voss, a Democrat who wrote the measure, said", "Witkoff, speaking on CBS,
    /// said": the token that closes an apposition opened by the comma at `open`, looked for
    /// before `end`. The attribution sieve and the evidence that a bare word is a person both
    /// read this shape, so that a reporting verb after the apposition reaches back past it.
    /// The closing token is a comma outside quotations (for [`Apposition::Quoting`], also a
    /// closing mark right after a comma), with no full stop before it; how much else may
    /// stand inside is the [`Apposition`]'s to say. Whether a reporting verb follows, and
    /// how long the apposition may be, are the caller's to judge.
    pub(crate) fn apposition_close(
        &self,
        open: usize,
        end: usize,
        shape: Apposition,
    ) -> Option<usize> {
        let bound = |k: usize| {
            let t = &self.toks[k];
            match shape {
                Apposition::Plain => {
                    self.in_quote[k]
                        || self.starts[k]
                        || matches!(t.kind, Tok::Punct(',' | '.' | ';' | '!' | '?'))
                }
                Apposition::Quoting => {
                    t.is_punct('.')
                        || (t.is_punct(',') && !self.in_quote[k])
                        || (self.in_quote[k] && self.toks[k - 1].is_punct(',') && !t.is_word())
                }
            }
        };
        let close = (open + 1..end).find(|&k| bound(k))?;
        let t = &self.toks[close];
        let closed = match shape {
            Apposition::Plain => t.is_punct(',') && !self.in_quote[close],
            Apposition::Quoting => !t.is_punct('.'),
        };
        closed.then_some(close)
    }

    /// Token `i` is a dash that sets off a phrase: an em or en dash, or a hyphen standing
    /// alone between spaces, as copy typed without a dash key writes one ("the six hostages
    /// to be freed - A, B and C - were named"). A hyphen inside a word is no dash.
    pub(crate) fn is_dash(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let spaced = |s: Option<char>| s.is_some_and(char::is_whitespace);
        t.is_punct('—')
            || t.is_punct('–')
            || t.is_punct('-')
                && spaced(self.text[..t.start].chars().next_back())
                && spaced(self.text[t.end..].chars().next())
    }

    /// Where the sentence of token `t` opens (the paragraph's first token at the latest).
    pub(crate) fn sentence_start(&self, t: usize) -> usize {
        let last = self.bounds.len().saturating_sub(1);
        self.bounds.get(t.min(last)).map_or(0, |b| b.0)
    }

    /// Where the sentence of token `t` ends: the first token of the next sentence, or the
    /// paragraph's end.
    pub(crate) fn sentence_end(&self, t: usize) -> usize {
        self.bounds.get(t).map_or(self.toks.len(), |b| b.1)
    }

    pub(crate) fn new(text: &'a str, spans: &[QuoteSpan]) -> Self {
        let toks = text::tokenize(text);
        let starts = text::sentence_starts(text, &toks);
        // Spans are in order and disjoint: one sweep marks the tokens inside them.
        let mut in_quote = vec![false; toks.len()];
        let mut k = 0;
        for (i, t) in toks.iter().enumerate() {
            while k < spans.len() && spans[k].outer_end(text) <= t.start {
                k += 1;
            }
            in_quote[i] = spans
                .get(k)
                .is_some_and(|q| t.start >= q.open && t.end <= q.outer_end(text));
        }
        let headline = text::is_headline(text, &toks);
        let bounds = sentence_bounds(&starts);
        Para {
            text,
            toks,
            starts,
            bounds,
            in_quote,
            headline,
            caption: false,
            title_surname: Vec::new(),
        }
    }
}

/// For each token, the first token of its sentence and of the next (`Para::bounds`).
fn sentence_bounds(starts: &[bool]) -> Vec<(usize, usize)> {
    let n = starts.len();
    let mut bounds = vec![(0, n); n];
    for i in 1..n {
        bounds[i].0 = if starts[i] { i } else { bounds[i - 1].0 };
    }
    for i in (0..n.saturating_sub(1)).rev() {
        bounds[i].1 = if starts[i + 1] {
            i + 1
        } else {
            bounds[i + 1].1
        };
    }
    bounds
}

/// Reads an article's paragraphs (with their quotation spans) and the words it writes in
/// lower case. A title-case line is a headline only if some of its capitalised words are ones
/// the article also writes in lower case; a byline of names ("Jeremy Scahill and Jawa Ahmad",
/// "By Jane Roe, City News") or a photo credit is not.
pub(crate) fn read<'a>(
    paragraphs: &'a [String],
    spans: &[Vec<QuoteSpan>],
) -> (Vec<Para<'a>>, HashSet<String>) {
    let mut paras: Vec<Para<'a>> = paragraphs
        .iter()
        .zip(spans)
        .map(|(p, s)| Para::new(p, s))
        .collect();
    let lowercase_words = lowercase_words(&paras);
    title_surname::mark(&mut paras, &lowercase_words);
    let opens_caption = |p: &Para<'_>| {
        let mut w = p
            .toks
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.text(p.text));
        matches!(
            (w.next(), w.next()),
            (Some("Caption"), _) | (Some("Image" | "Photo"), Some("caption"))
        )
    };
    for i in 0..paras.len() {
        let words = paras[i].toks.iter().filter(|t| t.is_word()).count();
        let label_before = i > 0 && opens_caption(&paras[i - 1]) && {
            let before = &paras[i - 1];
            before.toks.iter().filter(|t| t.is_word()).count() <= 2
        };
        paras[i].caption = label_before
            || (words > 2 && opens_caption(&paras[i]))
            || closes_on_credit(&paras[i])
            || ends_on_photo_credit(&paras[i])
            || credit_alone(&paras[i])
            || paras.get(i + 1).is_some_and(credit_alone) && untold_caption(&paras[i]);
    }
    for p in &mut paras {
        let byline = p.toks.first().is_some_and(|t| t.text(p.text) == "By")
            || outlet_byline(p)
            || super::person_cues::contributor_line(p)
                && p.toks
                    .last()
                    .is_some_and(|t| !lowercase_words.contains(&t.text(p.text).to_lowercase()));
        // "(Photo: A, B/Agency via AP)": a credit line names people and agencies, in capitals
        // because they are names.
        // Not a headline that opens with the word ("Photos Show Release of Hostages"): the
        // credit's word is followed by a mark or by "by", "courtesy", "credit" or "via".
        let first = p.toks.iter().take(2).position(|t| t.is_word());
        let credit = first.is_some_and(|i| {
            let after = p.toks.get(i + 1);
            matches!(
                p.toks[i].text(p.text),
                "Photo" | "Photos" | "Photograph" | "Photographs" | "Credit" | "Credits" | "Image"
            ) && after.is_none_or(|t| {
                !t.is_word()
                    || matches!(
                        t.text(p.text),
                        "by" | "courtesy" | "Courtesy" | "credit" | "credits" | "via"
                    )
            })
        });
        p.headline = p.headline
            && !byline
            && !credit
            && p.toks.iter().any(|t| {
                let w = t.text(p.text);
                t.is_word()
                    && w.len() >= 4
                    && text::is_capitalised(w)
                    && plural_of_lower(&lowercase_words, &w.to_lowercase())
            })
            || !byline && short_heading(p);
    }
    (paras, lowercase_words)
}

/// Words the article writes in lower case somewhere: a capitalised one at a sentence start
/// is then an ordinary word, not a name ("Dialogue … is something" vs "the dialogue").
fn lowercase_words(paras: &[Para<'_>]) -> HashSet<String> {
    let mut out = HashSet::default();
    for p in paras {
        for t in &p.toks {
            let w = t.text(p.text);
            if t.is_word() && w.chars().next().is_some_and(char::is_lowercase) {
                out.insert(w.to_string());
            }
        }
    }
    out
}

/// `lower` is written in lower case in the article, itself or as the singular of its plural
/// ("Nominations" over a story of "the nomination"): a headline counts what a story names
/// once. A surname may look like a plural too ("Sessions", "Banks"), so only a headline's
/// words are read so.
pub(crate) fn plural_of_lower(lowercase_words: &HashSet<String>, lower: &str) -> bool {
    lowercase_words.contains(lower)
        || lower.chars().count() > 4
            && lower
                .strip_suffix('s')
                .is_some_and(|one| !one.ends_with('s') && lowercase_words.contains(one))
}

/// A short heading in title case that no name could be: two to five capitalised words and
/// nothing else, one of them after the first a small word that running text writes in lower
/// case ("What To Know", "Why It Matters").
fn short_heading(p: &Para<'_>) -> bool {
    let words = || p.toks.iter().map(|t| t.text(p.text));
    let n = p.toks.len();
    (2..=5).contains(&n)
        && p.toks.iter().all(|t| t.is_word())
        && words().all(text::is_capitalised)
        && words().skip(1).any(|w| {
            matches!(
                w,
                "To" | "It" | "Of" | "In" | "For" | "And" | "The" | "On" | "At" | "Is" | "Are"
            )
        })
}

/// "Jane Roe, Bloomberg News", "Sam Doe, Associated Press on": a byline without "By", a
/// name of two to four capitalised words, a comma, and the outlet the writer works for (a
/// run of capitalised words ending in an organisation's cue word, `data/org_cues.txt`), with
/// at most a trailing lower-case word where a date was cut. It is no title-case headline, so
/// the words of the outlet are names there, not the article's common words.
fn outlet_byline(p: &Para<'_>) -> bool {
    let Some(comma) = p.toks.iter().position(|t| t.is_punct(',')) else {
        return false;
    };
    let (name, outlet) = p.toks.split_at(comma);
    let capital = |t: &Token| t.is_word() && text::is_capitalised(t.text(p.text));
    let mut outlet: Vec<&Token> = outlet[1..].iter().collect();
    if outlet
        .last()
        .is_some_and(|t| t.is_word() && !text::is_capitalised(t.text(p.text)))
    {
        outlet.pop();
    }
    (2..=4).contains(&name.len())
        && name.iter().all(capital)
        && (1..=4).contains(&outlet.len())
        && outlet.iter().all(|t| capital(t))
        && outlet
            .last()
            .is_some_and(|t| super::lexicon::LEX.org_cues.contains(t.text(p.text)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes;

    /// The word after the token that closes the apposition opened by the first comma.
    fn after_close(text: &str, shape: Apposition) -> Option<&str> {
        let p = Para::new(text, &quotes::spans(text));
        let open = p.toks.iter().position(|t| t.is_punct(','))?;
        let close = p.apposition_close(open, p.toks.len(), shape)?;
        p.word_at(close + 1)
    }

    #[test]
    fn a_plain_apposition_closes_at_its_second_comma_in_either_shape() {
        let text = "Dana Voss, a Fresno Democrat who wrote the measure, said the vote would wait.";
        assert_eq!(after_close(text, Apposition::Plain), Some("said"));
        assert_eq!(after_close(text, Apposition::Quoting), Some("said"));
    }

    #[test]
    fn a_quotation_inside_closes_only_the_quoting_shape() {
        let text = "Dana Voss, who called the plan \"a farce,\" said the vote would wait.";
        assert_eq!(after_close(text, Apposition::Plain), None);
        assert_eq!(after_close(text, Apposition::Quoting), Some("said"));
    }

    #[test]
    fn a_full_stop_ends_the_apposition_in_either_shape() {
        let text = "Dana Voss, a Democrat. Then she said the vote would wait, and left.";
        assert_eq!(after_close(text, Apposition::Plain), None);
        assert_eq!(after_close(text, Apposition::Quoting), None);
    }

    #[test]
    fn every_token_knows_the_edges_of_its_sentence() {
        let text = "Talks resumed. Envoys met in Doha, officials said. Nothing was signed.";
        let p = Para::new(text, &quotes::spans(text));
        let at = |w: &str| p.toks.iter().position(|t| t.text(text) == w).unwrap();
        let (envoys, doha, nothing) = (at("Envoys"), at("Doha"), at("Nothing"));
        assert_eq!(p.sentence_start(doha), envoys);
        assert_eq!(p.sentence_end(doha), nothing);
        assert_eq!(p.sentence_start(envoys), envoys);
        assert_eq!(p.sentence_start(0), 0);
        assert_eq!(p.sentence_end(nothing), p.toks.len());
        assert_eq!(
            p.sentence_start(p.toks.len() + 5),
            nothing,
            "past the end: the last"
        );
    }
}
