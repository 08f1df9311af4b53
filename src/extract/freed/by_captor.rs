//! Captives named as the object of what an armed group does to them, or by how long they
//! were held: "the gang freed the engineer A", "Boko Haram released A and B", "the rebels
//! had released two men, A and B, and a woman, C, to a humanitarian group", "the Taliban
//! confirmed it was holding D", "E, identified only by his first name, was held for nearly
//! four weeks", and the names a citizens-held-abroad phrase goes on to count ("other
//! Americans held in Afghanistan, including F and G").
//!
//! Read conservatively: the subject must be a group the data names as one that holds
//! captives (`data/captor_groups.txt`), a plural noun of armed men, or "it"/"they" said of
//! such a group in the same sentence; a prisoner's noun in the object makes it a swap, and
//! a span of time held counts only in a story of a kidnapping and never with the police.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::roles::word;
use super::captor::captor_subject;
use super::detained::CRIMINAL;
use super::held::CASE_WORDS;
use crate::entity::Role;

/// Verbs whose object, after a captor subject, is a captive.
const DONE_TO: &[&str] = &[
    "released", "freed", "releases", "frees", "holding", "holds", "held", "hold", "free", "release",
];

/// Words that end an object list read back from a name: prepositions, what a group
/// publishes rather than frees ("Hamas released a video of A"), conjunctions and pronouns.
const NOT_OBJECT: &[&str] = &[
    "of",
    "from",
    "in",
    "to",
    "at",
    "with",
    "on",
    "over",
    "for",
    "by",
    "about",
    "after",
    "before",
    "statement",
    "video",
    "footage",
    "photo",
    "photos",
    "list",
    "names",
    "message",
    "document",
    "report",
    "audio",
    "recording",
    "details",
    "that",
    "who",
    "which",
    "where",
    "whose",
    "whom",
    // A clause of its own opens ("pirates freed them as A arrived"), or the object was a
    // pronoun.
    "as",
    "while",
    "when",
    "since",
    "because",
    "until",
    "once",
    "but",
    "them",
    "him",
    "it",
    "us",
];

/// A word an object list may hold between the verb and a name: an article, a count, a noun
/// for a person or a title ("two men", "the engineer", "police officer"). A participle or
/// a gerund is another verb's.
fn object_word(w: &str) -> bool {
    !NOT_OBJECT.contains(&w)
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !LEX.reporting_verbs.contains(w)
        && (LEX.is_title(w)
            || LEX.is_demonym(w)
            || w.chars().all(|c| c.is_alphabetic() || c == '-'))
}

/// Words that make the verb's object a prisoner traded, not a captive.
const PRISONER: &[&str] = &["prisoner", "prisoners", "detainee", "detainees", "inmates"];

/// Whether the words right before `v` (past auxiliaries and adverbs) name an armed group
/// from the data, "the gang", or "it"/"they" said of such a group earlier in the sentence.
fn captor_before(p: &Para<'_>, v: usize) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    let mut k = v;
    while k > 0
        && !p.starts[k]
        && matches!(
            w(k - 1).as_str(),
            "has"
                | "have"
                | "had"
                | "is"
                | "was"
                | "are"
                | "were"
                | "been"
                | "still"
                | "also"
                | "earlier"
                | "later"
                | "then"
                | "finally"
                | "reportedly"
                | "eventually"
        )
    {
        k -= 1;
    }
    // "the gang that is holding A": a relative pronoun stands for the group before it.
    if k > 1 && matches!(w(k - 1).as_str(), "that" | "which" | "who") {
        k -= 1;
    }
    if k == 0 || p.in_quote[k - 1] {
        return false;
    }
    if captor_subject(p, v, v - k + 1) && !matches!(w(k - 1).as_str(), "it" | "they") {
        return true;
    }
    let s = p.sentence_start(k - 1);
    let words: Vec<String> = (s..k).map(w).collect();
    let plain: Vec<&str> = words.iter().map(String::as_str).collect();
    let ends_group =
        |end: usize| (1..=5.min(end)).any(|n| LEX.captor_group_at(&plain[end - n..end]) == Some(n));
    match plain.last().copied() {
        Some("gang") => true,
        Some("it" | "they") => (1..plain.len().saturating_sub(1)).any(ends_group),
        _ => ends_group(plain.len()),
    }
}

/// "The gang freed the engineer A", "Boko Haram released A and B", "the ELN had released
/// two men, A and B, and a woman, C": walking back from the name at `t0` over other names,
/// "and", commas and the words of an object list, a freeing or holding verb whose subject
/// is a captor ([`captor_before`]). A captor's verb of any kind will do when the sentence
/// goes on to free its objects as "them" ([`freed_as_them`]): "militants paraded A and B on
/// a stage before releasing them".
pub(super) fn captor_object(p: &Para<'_>, t0: usize, person_at: &dyn Fn(usize) -> bool) -> bool {
    let freed_later = freed_as_them(p, t0);
    let mut i = t0;
    let mut lower = 0;
    while i > 0 && t0 - i < 40 && !p.starts[i] {
        i -= 1;
        if person_at(i) || p.toks[i].is_punct(',') {
            lower = 0;
            continue;
        }
        let Some(w) = word(p, i) else { return false };
        if DONE_TO.contains(&w.as_str()) {
            return !p.in_quote[i] && !super::swap::own_side_freer(p, i) && captor_before(p, i);
        }
        if freed_later && !p.in_quote[i] && captor_before(p, i) {
            return true;
        }
        if PRISONER.contains(&w.as_str()) {
            return false;
        }
        if w == "and" || object_word(&w) && lower < 3 {
            lower += usize::from(w != "and");
            continue;
        }
        return false;
    }
    false
}

/// "… before releasing them", "after handing them over": the sentence of the name at `t0`
/// goes on to free "them", the captives its verb took as objects.
fn freed_as_them(p: &Para<'_>, t0: usize) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    (t0..p.sentence_end(t0)).any(|i| {
        matches!(w(i).as_str(), "before" | "after")
            && matches!(w(i + 1).as_str(), "releasing" | "freeing" | "handing")
            && w(i + 2) == "them"
    })
}

/// Units of a span of time held.
const SPAN: &[&str] = &[
    "hours", "days", "weeks", "months", "years", "day", "week", "month", "year",
];

/// "A was held for nearly four weeks", "B, identified only by her first name, had been
/// held for 40 days": the name ending at `t1` (after an apposition between commas) is the
/// subject of "held for" a span of time, in a story of a kidnapping (`story`). Not after a
/// preposition ("the meeting with A was held for two hours"), and not with police, custody
/// or a charge in the sentence ("held for 24 hours by police").
pub(in crate::extract) fn held_for_span(
    p: &Para<'_>,
    l0: usize,
    t1: usize,
    story: bool,
) -> Vec<Role> {
    if held_for(p, l0, t1, story) {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}

fn held_for(p: &Para<'_>, l0: usize, t1: usize, story: bool) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    if !story || l0 > 0 && matches!(w(l0 - 1).as_str(), "with" | "of" | "for" | "by" | "to") {
        return false;
    }
    let mut i = t1;
    let aux = |x: &str| matches!(x, "was" | "were" | "had" | "has" | "been");
    // "The staff member, identified only as A, was held": the name closes the apposition.
    let closes = p.toks.get(i).is_some_and(|t| t.is_punct(',')) && aux(&w(i + 1));
    if closes {
        i += 1;
    } else if p.toks.get(i).is_some_and(|t| t.is_punct(',')) {
        let close = (i + 1..p.toks.len().min(i + 14)).find(|&k| p.toks[k].is_punct(','));
        let Some(close) = close else { return false };
        i = close + 1;
    }
    while aux(&w(i)) {
        i += 1;
    }
    if i <= t1 + usize::from(closes) || w(i) != "held" || w(i + 1) != "for" || p.in_quote[i] {
        return false;
    }
    let mut k = i + 2;
    while matches!(
        w(k).as_str(),
        "nearly" | "almost" | "about" | "around" | "over" | "more" | "than"
    ) {
        k += 1;
    }
    let count = w(k).chars().all(|c| c.is_ascii_digit()) && !w(k).is_empty()
        || LEX.is_number_word(&w(k))
        || matches!(w(k).as_str(), "several" | "a");
    let police = (p.sentence_start(i)..p.sentence_end(i)).any(|x| {
        let x = w(x);
        x == "police" || CRIMINAL.contains(&x.as_str()) || CASE_WORDS.contains(&x.as_str())
    });
    count && SPAN.contains(&w(k + 1).as_str()) && !police
}

/// "other Americans held in Afghanistan, including A and B", "three Britons detained in
/// Iran, among them C", "including the families of D and E": walking back from the name at
/// `l0` over other names, "and", commas and "the families of", to "including" or "among
/// them" set off by a comma after a phrase of citizens held abroad
/// (`prison::held_abroad_before`). The families are not held; the names are.
pub(super) fn including_held(p: &Para<'_>, l0: usize, person_at: &dyn Fn(usize) -> bool) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    let mut i = l0;
    while i > 0 && l0 - i < 30 && !p.starts[i] {
        i -= 1;
        if person_at(i)
            || p.toks[i].is_punct(',')
            || matches!(w(i).as_str(), "and" | "the" | "families" | "family" | "of")
        {
            continue;
        }
        let at = match w(i).as_str() {
            "including" => i,
            "them" | "those" if i > 0 && w(i - 1) == "among" => i - 1,
            _ => return false,
        };
        return super::prison::held_abroad_before(p, at, person_at);
    }
    false
}
