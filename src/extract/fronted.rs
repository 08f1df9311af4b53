//! A noun phrase that opens the sentence and stands before a name with a comma between:
//! "Another hostage, Keith Siegel, is expected …", "A second captive, A, was freed …". The
//! phrase is the name's apposition put first, so the captive noun is the person's own.
//! [`pre_apposition`] reads offices there ("Qatar's prime minister, Sheikh Mohammed") but no
//! hostage words, because a clause before the comma ("after meeting the hostages, Witkoff
//! said") is about others; [`fronted_captive`] reads a captive noun only when the phrase opens
//! the sentence with a determiner and ends in a singular captive noun, or when a participle of
//! where it is held follows the noun and a comma closes the name too ("the remains of the last
//! hostage held in Gaza, A, were returned").

use super::Para;
use super::lexicon::LEX;
use super::roles::{left_window, word};
use super::talks::owns_noun;
use super::text::Tok;
use crate::entity::Role;

mod to_other;
use to_other::title_to_other;

/// Words that open such a noun phrase.
const OPENERS: &[&str] = &["another", "a", "an", "one", "the", "this", "that"];

/// Nouns of one captive.
const CAPTIVE: &[&str] = &["hostage", "captive", "abductee"];

/// Hostage for the name whose title run starts at `l0` and which ends at `t1` when the
/// sentence opens with "Another hostage, " (or "A third freed captive, ") right before it,
/// or when a captive noun held somewhere sets it off ([`held_captive_before`]).
pub(super) fn fronted_captive(
    p: &Para<'_>,
    l0: usize,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    let opening = opening_captive(p, l0);
    if !opening.is_empty() {
        opening
    } else if indefinite_captive(p, l0, t1) {
        vec![Role::Hostage]
    } else {
        held_captive_before(p, l0, t1, person_at)
    }
}

/// "… after the rebels beheaded a Canadian hostage, A, last month": an indefinite singular
/// captive noun (or one that "the other" or an ordinal picks out), with only lower-case words
/// or a nationality between it and its article, right before the comma of a name that a
/// comma or the sentence's end closes, is the name's apposition wherever in the sentence it
/// stands.
fn indefinite_captive(p: &Para<'_>, l0: usize, t1: usize) -> bool {
    let closed = match p.toks.get(t1) {
        None => true,
        Some(t) => t.is_punct(',') || t.is_punct('.') || p.starts[t1],
    };
    if l0 < 3 || !closed || !p.toks[l0 - 1].is_punct(',') || p.in_quote[l0 - 1] {
        return false;
    }
    let head = l0 - 2;
    if !word(p, head).is_some_and(|w| CAPTIVE.contains(&w.as_str())) {
        return false;
    }
    let modifier = |i: usize| {
        !p.starts[i + 1]
            && p.word_at(i).is_some_and(|w| {
                LEX.is_demonym(w)
                    || w.chars().next().is_some_and(char::is_lowercase)
                        && (!LEX.stopwords.contains(w) || PICKED.contains(&w))
            })
    };
    let mut i = head;
    while i > 0 && head - i < 3 && modifier(i - 1) {
        i -= 1;
    }
    // "… and the other hostage, A, were identified": "the" with a word that picks one of
    // those counted ("other", an ordinal) is as much the name's apposition.
    let picked = (i..head).any(|k| word(p, k).is_some_and(|w| PICKED.contains(&w.as_str())));
    i > 0
        && word(p, i - 1)
            .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "another") || w == "the" && picked)
}

/// Words after "the" that pick one captive out of those counted.
const PICKED: &[&str] = &[
    "other", "second", "third", "fourth", "fifth", "sixth", "last", "final",
];

/// "Another hostage, A, is expected …": the sentence opens with a determiner and a singular
/// captive noun right before the name's title run at `l0`.
fn opening_captive(p: &Para<'_>, l0: usize) -> Vec<Role> {
    if l0 < 3 || !p.toks[l0 - 1].is_punct(',') {
        return Vec::new();
    }
    let head = l0 - 2;
    if !word(p, head).is_some_and(|w| CAPTIVE.contains(&w.as_str())) {
        return Vec::new();
    }
    // Back to the sentence start across lower-case words only ("a second freed hostage").
    let mut s = head;
    while s > 0 && head - s < 5 && !p.starts[s] {
        s -= 1;
        let lower = p.toks[s].is_word()
            && p.toks[s]
                .text(p.text)
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || s == 0 || p.starts[s]);
        if !lower {
            return Vec::new();
        }
    }
    if !p.starts[s] || p.in_quote.get(head).copied().unwrap_or(false) {
        return Vec::new();
    }
    if word(p, s).is_some_and(|w| OPENERS.contains(&w.as_str())) {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}

/// Participles that tell where or how a captive is held after the captive noun.
const HELD: &[&str] = &["held", "taken", "kidnapped", "abducted", "seized", "still"];

/// "the remains of the last hostage held in Gaza, A, were returned": a captive noun with a
/// participle phrase after it (up to four more words, no name, no comma) sets off the name
/// at `t0..t1` when the name is closed by a comma too, so the captive noun is the name's
/// apposition wherever the phrase stands. A determiner and up to three lower-case words
/// ("the last", "a third") open the phrase.
fn held_captive_before(
    p: &Para<'_>,
    l0: usize,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    let closed = p.toks.get(t1).is_some_and(|t| t.is_punct(','));
    if l0 < 4 || !closed || !p.toks[l0 - 1].is_punct(',') || p.in_quote[l0 - 1] {
        return Vec::new();
    }
    let plain = |i: usize| p.toks[i].is_word() && !person_at(i) && !p.starts[i];
    let Some(h) = (l0.saturating_sub(7)..l0 - 2).rev().find(|&i| {
        word(p, i).is_some_and(|w| CAPTIVE.contains(&w.as_str()))
            && word(p, i + 1).is_some_and(|w| HELD.contains(&w.as_str()))
    }) else {
        return Vec::new();
    };
    if !(h + 1..l0 - 1).all(plain) {
        return Vec::new();
    }
    let opens = (h.saturating_sub(4)..h)
        .rev()
        .find(|&i| word(p, i).is_some_and(|w| matches!(w.as_str(), "the" | "a" | "another")));
    let lower = |i: usize| {
        plain(i)
            && p.toks[i]
                .text(p.text)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    };
    match opens {
        Some(d) if (d + 1..h).all(lower) => vec![Role::Hostage],
        _ => Vec::new(),
    }
}

/// "Qatar's prime minister, Sheikh Mohammed": an office just before the comma. Hostage
/// words are not read here ("after meeting the hostages, Witkoff said").
pub(super) fn pre_apposition(
    p: &Para<'_>,
    t0: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    // "the National Security Adviser (NSA), Mallam A": the office's letters in brackets
    // between its name and the comma belong to the title; read the phrase before them.
    let lettered = bracketed_letters(p, t0);
    let t0 = lettered.unwrap_or(t0);
    // "John King, Obama's education secretary": a surname that is also a title ("King")
    // is still a name.
    if t0 >= 2 && p.toks[t0 - 1].is_punct(',') && person_at(t0 - 2) && lettered.is_none() {
        return title_to_other(p, t0, person_at);
    }
    if t0 < 2
        || !(lettered.is_some() || p.toks[t0 - 1].is_punct(','))
        || person_at(t0 - 2)
        || owned_by_work(p, t0 - 2)
    {
        return Vec::new();
    }
    // "The governor campaigned against his Democratic challenger, A": the noun the name is
    // set off after is a contestant's, so A seeks an office; a title earlier in the phrase
    // is another person's.
    if word(p, t0 - 2).is_some_and(|w| contestant(&w)) {
        return Vec::new();
    }
    // "alongside A, the U.S. special envoy, B, the deputy assistant …": a noun phrase right
    // after a name and its comma is that name's apposition, not one fronted for the next.
    let mut s = t0 - 1;
    while s > 0 && t0 - s < 12 && !p.starts[s] && !p.toks[s - 1].is_punct(',') {
        s -= 1;
    }
    if s >= 2
        && p.toks[s - 1].is_punct(',')
        && person_at(s - 2)
        && word(p, s).as_deref() != Some("and")
    {
        return Vec::new();
    }
    // A title run right before the comma: "Donald Trump's Middle East envoy, Steve Witkoff".
    let before = word(p, t0 - 2).unwrap_or_default();
    if LEX.titles.contains(before.as_str()) || !LEX.roles_in(&before).is_empty() {
        let (l0, run) = left_window(p, t0 - 1, person_at);
        // "her campaign spokeswoman, Tess Ober": the word before the title run may make it
        // another office, or none.
        let modifier = l0
            .checked_sub(1)
            .and_then(|i| word(p, i))
            .unwrap_or_default();
        // "Once he is president, A said": a title after a copula is a clause's predicate.
        if matches!(modifier.as_str(), "is" | "was" | "are" | "were" | "be") {
            return Vec::new();
        }
        let run = if run.is_empty() { &before } else { &run };
        // "New Jersey's candidates for governor, A": after "for" the word before it says
        // whether the office is sought ("candidates", "race", "bid"), not held.
        let sought = if modifier == "for" {
            l0.checked_sub(2)
                .and_then(|i| word(p, i))
                .unwrap_or_default()
        } else {
            String::new()
        };
        let mut r = LEX.roles_in(&format!("{sought} {modifier} {run}"));
        r.retain(|&x| x != Role::Hostage);
        if !r.is_empty() {
            return r;
        }
    }
    // The noun phrase before the comma (`s`, back to the sentence start or the previous
    // comma): "The government's coordinator for hostages and the missing, Gal Hirsch".
    // A name may own the office ("Witkoff's deputy, Morgan Ortagus", "the Trump
    // administration's envoy, Steve Witkoff"), not fill it.
    let owner = |i: usize| {
        person_at(i)
            && (i + 1..t0)
                .find(|&j| !person_at(j))
                .is_some_and(|j| owns_noun(p, j))
    };
    let blocks = |i: usize| {
        (person_at(i) && !owner(i)) || !matches!(p.toks[i].kind, Tok::Word | Tok::Possessive)
    };
    // "a meeting between A and Trump's special envoy, B", "Trump and his envoy, B": the noun
    // phrase B fills begins after the last "and" past every name that is no owner.
    if let Some(a) = (s..t0 - 1)
        .rev()
        .find(|&i| word(p, i).as_deref() == Some("and"))
        && (s..a).any(blocks)
        && !(a + 1..t0 - 1).any(blocks)
    {
        s = a + 1;
    }
    // "Trump's special envoy for Ukraine, B": the owner's own title ("US President") is not
    // B's; the office begins after the owner's possessive.
    if let Some(o) = (s..t0 - 1).rev().find(|&i| owner(i)) {
        s = (o + 1..t0 - 1)
            .find(|&j| p.toks[j].kind == Tok::Possessive)
            .map_or(s, |j| j + 1);
    }
    // "'…,' said the president of the European Commission, A.": after a reporting verb that
    // follows a quotation or a comma, the noun phrase A is set off in begins.
    if let Some(v) = (s..t0 - 1)
        .rev()
        .find(|&i| word(p, i).is_some_and(|w| LEX.reporting_verbs.contains(w.as_str())))
        && v > s
        && !p.toks[v - 1].is_word()
        && word(p, v + 1).as_deref() == Some("the")
    {
        s = v + 1;
    }
    if (s..t0 - 1).any(blocks) {
        return Vec::new();
    }
    // "talks with the Trump administration's envoy to the region, Steve Witkoff": the noun
    // phrase begins after the last preposition before its first title word.
    let title_at = |i: usize| word(p, i).is_some_and(|w| LEX.titles.contains(w.as_str()));
    if let Some(ft) = (s..t0 - 1).find(|&i| title_at(i))
        && let Some(prep) = (s..ft).rev().find(|&i| {
            word(p, i).is_some_and(|w| matches!(w.as_str(), "with" | "by" | "from" | "among"))
        })
    {
        s = prep + 1;
    }
    // "the Director of the ISA, A, and the Commanding Officer of the IAF, B": "and" before
    // a determiner joins a second noun phrase, not a clause.
    if word(p, s).as_deref() == Some("and")
        && word(p, s + 1).is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an"))
    {
        s += 1;
    }
    // "…, while the chairman of Likud, A, called for …": a conjunction that joins a second
    // clause opens it, and the noun phrase after it is the subject A is set off in. Only
    // when the name is closed by a comma too, so that "While the president slept, A said"
    // (a clause of its own) is not read as A's office.
    let closed = (t0..p.toks.len())
        .find(|&j| !person_at(j))
        .is_some_and(|j| j > t0 && p.toks[j].is_punct(','));
    // So too "including" after a group ("a handful of voters, including the chairman of the
    // county party, A, who …"): it brings in one member by the office he holds.
    if closed
        && word(p, s)
            .is_some_and(|w| matches!(w.as_str(), "while" | "whereas" | "but" | "including"))
        && word(p, s + 1).is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an"))
    {
        s += 1;
    }
    let first = word(p, s).unwrap_or_default();
    let has_title =
        (s..t0 - 1).any(|i| word(p, i).is_some_and(|w| LEX.titles.contains(w.as_str())));
    // "Once he is president, A said": a clause with its own verb, not a noun phrase.
    let clause = (s..t0 - 1).any(|i| {
        word(p, i).is_some_and(|w| matches!(w.as_str(), "is" | "was" | "are" | "were" | "be"))
    });
    if !has_title
        || clause
        || super::subject::INTRO.contains(&first.as_str())
        || first.ends_with("ing")
    {
        return Vec::new();
    }
    let phrase = &p.text[p.toks[s].start..p.toks[t0 - 2].end];
    let mut r = LEX.roles_in(phrase);
    r.retain(|&x| x != Role::Hostage);
    // "The president of the state NAACP, A,": who heads a rights group, a school or another
    // body outside government holds no public office.
    if super::institution::outside_government(phrase) {
        r.retain(|&x| x != Role::Official);
    }
    r
}

/// "Chief of Army Staff (COAS), A": where the bracket opens when the name at `t0` follows a
/// comma after letters in brackets (capitals, perhaps with small ones between: "MoFA"), so
/// that the bracket stands where the comma would.
fn bracketed_letters(p: &Para<'_>, t0: usize) -> Option<usize> {
    if t0 < 5 || !p.toks[t0 - 1].is_punct(',') || !p.toks[t0 - 2].is_punct(')') {
        return None;
    }
    let letters = p.toks[t0 - 3].is_word() && {
        let w = p.toks[t0 - 3].text(p.text);
        w.len() >= 2
            && w.chars().all(|c| c.is_alphabetic())
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().last().is_some_and(char::is_uppercase)
    };
    (letters && p.toks[t0 - 4].is_punct('(')).then_some(t0 - 3)
}

/// A noun for one who runs against another in a race ("challenger", "opponent", "nominee"):
/// the candidacy words of `data/candidacy.txt` but "incumbent", who holds the office.
fn contestant(w: &str) -> bool {
    let one = w.strip_suffix('s').unwrap_or(w);
    one == "opponent" || one != "incumbent" && LEX.candidacy.contains(one)
}

/// "the film's director, A", "the documentary's new producer, B": the title before the
/// comma (its head at `head`, one word of its own before it at most) is owned by a work
/// (`data/work_genres.txt`), so it names who made the work, not an office.
fn owned_by_work(p: &Para<'_>, head: usize) -> bool {
    (head.saturating_sub(2)..head).any(|k| {
        k >= 1
            && p.toks[k].kind == Tok::Possessive
            && word(p, k - 1).is_some_and(|w| LEX.work_genres.contains(w.as_str()))
    })
}
