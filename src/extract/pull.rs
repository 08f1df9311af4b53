//! Pull quotes: a short line set in quotation marks between the paragraphs of a story
//! ("'We can't be intimidated'", "“The light went out that morning”") is a heading made of
//! words quoted in the section it opens, not something said after the paragraph before it.
//!
//! Such a line names no speaker. It is the words of whoever says them again in a
//! quotation of the next few paragraphs (the heading is cut from that quotation, often
//! trimmed or reworded: "the light went out for me"); when no quotation there repeats
//! them, it stays without a speaker rather than take the last one's. And it does not end the
//! run of the speaker before it: a paragraph of quotation right after the heading is still
//! that speaker's, as it would be with no heading between.
//!
//! The same holds for the same words quoted twice in the body (`repeated`): a fragment in
//! the lede given in full further down, or the whole up top and a part of it again.

use super::Para;
use super::attribution::{Attributed, Pick};
use super::text::lower;

/// The most words a pull quote heading has.
const MOST_WORDS: usize = 12;
/// How many paragraphs after the heading may repeat its words.
const AHEAD: usize = 3;
/// How many words in a row the later quotation must repeat.
const RUN: usize = 3;

/// Whether paragraph `p` is a pull quote heading: its whole text sits inside quotation
/// marks (double or single), in at most [`MOST_WORDS`] words, with no full stop, question or
/// exclamation mark at its end.
pub(super) fn is_heading(p: &Para<'_>) -> bool {
    let t = p.text.trim();
    let mut chars = t.chars();
    let (Some(first), Some(last)) = (chars.next(), chars.next_back()) else {
        return false;
    };
    let opens = matches!(first, '"' | '“' | '\'' | '‘');
    let closes = matches!(last, '"' | '”' | '\'' | '’');
    let inner = t
        .get(first.len_utf8()..t.len() - last.len_utf8())
        .unwrap_or("")
        .trim_end();
    let words = p.toks.iter().filter(|x| x.is_word()).count();
    opens
        && closes
        && (1..=MOST_WORDS).contains(&words)
        && !inner.ends_with(['.', '!', '?', ','])
        // One quotation, not two: no mark of the heading's kind inside it.
        && !inner.contains(['"', '“', '”'])
}

/// Gives each quotation of a heading paragraph the speaker of the first quotation in the
/// next [`AHEAD`] paragraphs that repeats [`RUN`] of its words in a row, or none.
pub(super) fn from_later(paras: &[Para<'_>], out: &mut [Attributed], headings: &[bool]) {
    for k in 0..out.len() {
        if !headings.get(out[k].para).copied().unwrap_or(false) {
            continue;
        }
        let words = words_of(&paras[out[k].para].text[out[k].span.start..out[k].span.end]);
        let para = out[k].para;
        let found: Option<Pick> = out[k + 1..]
            .iter()
            .take_while(|a| a.para <= para + AHEAD)
            .filter(|a| a.para > para && a.who.is_some())
            .map(|a| (a, words_of(&paras[a.para].text[a.span.start..a.span.end])))
            .find(|(_, later)| repeats(&words, later))
            .and_then(|(a, later)| {
                // A heading the quotation repeats word for word is that quotation: as sure
                // of its speaker; one trimmed or reworded a little less.
                let whole = later.windows(words.len()).any(|w| w == words.as_slice());
                let pick = a.who.as_ref()?;
                Some(pick.carried("pull quote", if whole { 1.0 } else { 0.9 }))
            });
        out[k].who = found;
    }
}

/// How many quotations either side a repeated quotation is looked for in.
const REPEAT_WINDOW: usize = 30;
/// The fewest words a quotation must have to be matched with one that repeats it.
const REPEAT_WORDS: usize = 3;

/// "A judge has said 'the curse of drug addiction' is as serious as the pandemic. … Judge
/// Keys told him: '… The curse of drug addiction in this country …'": news quotes the same
/// words twice, a fragment in the lede and the whole later, or the whole up top and a part
/// again further down. A quotation no sieve gave a speaker takes the speaker of the nearest
/// other quotation (within [`REPEAT_WINDOW`]) that holds all its words in a row or whose
/// words it holds so, at [`REPEAT_WORDS`] words or more.
pub(super) fn repeated(paras: &[Para<'_>], out: &mut [Attributed]) {
    let words: Vec<Vec<String>> = out
        .iter()
        .map(|a| words_of(&paras[a.para].text[a.span.start..a.span.end]))
        .collect();
    for k in 0..out.len() {
        if out[k].who.is_some() {
            continue;
        }
        let lo = k.saturating_sub(REPEAT_WINDOW);
        let hi = out.len().min(k + REPEAT_WINDOW + 1);
        let found = (lo..hi)
            .filter(|&j| j != k && out[j].who.is_some())
            .filter(|&j| one_repeats_other(&words[k], &words[j]))
            .min_by_key(|&j| j.abs_diff(k))
            .and_then(|j| out[j].who.as_ref())
            .map(|w| w.carried("repeated", 0.9));
        out[k].who = found;
    }
}

/// One quotation's words hold all the other's in a row, at [`REPEAT_WORDS`] words or more.
pub(super) fn one_repeats_other(a: &[String], b: &[String]) -> bool {
    let within = |short: &[String], long: &[String]| {
        short.len() >= REPEAT_WORDS
            && short.len() <= long.len()
            && long.windows(short.len()).any(|w| w == short)
    };
    within(a, b) || within(b, a)
}

pub(super) fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| lower(w).into_owned())
        .collect()
}

/// Whether `later` holds [`RUN`] consecutive words of `heading` (all of them, if fewer).
fn repeats(heading: &[String], later: &[String]) -> bool {
    let n = RUN.min(heading.len());
    n > 0 && heading.windows(n).any(|w| later.windows(n).any(|l| l == w))
}
