//! What may stand between two names of one list: commas, "and", ages, the next name's own
//! descriptor ("and female soldier B"), or a group of the list's own members ("and Thai
//! nationals, including C").

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::set_off::bracket_age;
use super::GROUPS;

/// Only commas and "and" between the end of one name and the start of the next.
/// Commas, "and", and ages ("Eli Sharabi, 52, Ohad Ben Ami, 56, and Or Levy").
pub(in super::super) fn list_filler(p: &Para<'_>, i: usize) -> bool {
    let t = p.toks[i];
    // "A, B as well as C"; "A (54) and B (35)": an age, bracketed or not, is filler; so is
    // one set before the next name ("A, 24-year-old B and 31-year-old C").
    let w = t.text(p.text);
    t.is_punct(',')
        || t.is_punct('(')
        || t.is_punct(')')
        || matches!(w, "and" | "as" | "well")
        || w.chars().all(|c| c.is_ascii_digit())
        || age_before(w)
        || shared_age(p, i)
        || caption_place(p, i)
        || member_tag(p, i)
        || party_from(p, i)
        || in_bracket_age(p, i)
}

/// "A (13 at the time) and B (17 at the time)": the words of an age in brackets that says
/// when it was that age ([`bracket_age`]) are filler as the bare age is.
fn in_bracket_age(p: &Para<'_>, i: usize) -> bool {
    (i.saturating_sub(5)..=i).any(|o| bracket_age(p, o).is_some_and(|n| i < o + n))
}

/// The longest bracketed tag [`member_tag`] reads, in tokens between the brackets: "R",
/// "-", "S", ".", "C", "." for "(R-S.C.)".
const TAG: usize = 7;

/// "Reps. A (Conn.), B (N.C.) and C (R-Ariz.)": US news sets each lawmaker's state, or party
/// and state, in brackets after the name, so the tag is filler between the names of a list
/// and the title before the list stays every name's. The bracket holds only capitalised
/// words (an abbreviation or a state's name), full stops, commas and hyphens.
fn member_tag(p: &Para<'_>, i: usize) -> bool {
    let t = &p.toks;
    let inside = |k: usize| {
        let tok = t[k];
        tok.is_punct('.')
            || tok.is_punct(',')
            || tok.is_punct('-')
            || tok.is_word() && tok.text(p.text).starts_with(|c: char| c.is_uppercase())
    };
    if !(inside(i) || t[i].is_punct('(') || t[i].is_punct(')')) {
        return false;
    }
    let open = if t[i].is_punct('(') {
        i
    } else {
        let Some(o) = (i.saturating_sub(TAG + 1)..i).rev().find(|&k| !inside(k)) else {
            return false;
        };
        o
    };
    if !t[open].is_punct('(') {
        return false;
    }
    let Some(close) = (open + 1..t.len().min(open + TAG + 2)).find(|&k| !inside(k)) else {
        return false;
    };
    t[close].is_punct(')') && close > open + 1 && (open..=close).contains(&i)
}

/// "Sens. A, a Republican from Ohio, and B, a Democrat from Oregon": US news writes a
/// lawmaker's party and state out in words, set off by commas, as it writes them in brackets
/// ([`member_tag`]); so these words are filler too, and a plural title before the list stays
/// every name's. Token `i` lies past a comma, "a" or "an", a party's member and "from" or
/// "of", among the capitalised words of a place that run to the next comma.
fn party_from(p: &Para<'_>, i: usize) -> bool {
    let t = &p.toks;
    let place = |k: usize| {
        t[k].is_punct('.') || t[k].is_word() && t[k].text(p.text).starts_with(char::is_uppercase)
    };
    let Some(c) = (i.saturating_sub(TAG + 4)..i)
        .rev()
        .find(|&k| t[k].is_punct(','))
    else {
        return false;
    };
    let w = |k: usize| t.get(k).filter(|x| x.is_word()).map(|x| x.text(p.text));
    let opens = matches!(w(c + 1), Some("a" | "an"))
        && w(c + 2).is_some_and(|x| LEX.party_members.contains(x.to_lowercase().as_str()))
        && matches!(w(c + 3), Some("from" | "of"));
    let close = (c + 4..t.len().min(c + TAG + 5)).find(|&k| !place(k));
    opens && close.is_some_and(|k| t[k].is_punct(',') && k > c + 4 && i < k)
}

/// "24-year-old": an age in digits written as a modifier before a name.
fn age_before(w: &str) -> bool {
    w.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// Words that say where one stands in a photo, written out ("second from right").
const SPOTS: &[&str] = &[
    "left", "right", "centre", "center", "middle", "front", "back", "top", "bottom", "second",
    "third", "fourth", "from",
];

/// "A (L), B (C) and C (R) gesture …": a photo caption's bracketed letters that say where
/// each one stands ("L", "C", "R", "2L") are filler between the names; so are the words
/// written out ("A (left), B (second from right)"), up to three of [`SPOTS`].
pub(in super::super) fn caption_place(p: &Para<'_>, i: usize) -> bool {
    let w = p.toks[i].text(p.text);
    let spot = |k: usize| p.toks[k].is_word() && SPOTS.contains(&p.toks[k].text(p.text));
    let open = (i.saturating_sub(3)..i).rev().find(|&k| !spot(k));
    let close = (i + 1..p.toks.len().min(i + 4)).find(|&k| !spot(k));
    if spot(i)
        && open.is_some_and(|k| p.toks[k].is_punct('('))
        && close.is_some_and(|k| p.toks[k].is_punct(')'))
    {
        return true;
    }
    let bracketed =
        i > 0 && p.toks[i - 1].is_punct('(') && p.toks.get(i + 1).is_some_and(|t| t.is_punct(')'));
    bracketed
        && (1..=2).contains(&w.len())
        && w.ends_with(['L', 'C', 'R'])
        && w.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// "A, B and C, all aged 20, and D, 19": an age said once of the names before it ("all aged",
/// "both aged", "aged" before a number) is filler as a bare age is.
fn shared_age(p: &Para<'_>, i: usize) -> bool {
    let w = |k: usize| {
        p.toks
            .get(k)
            .filter(|t| t.is_word())
            .map(|t| t.text(p.text))
    };
    let number = |k: usize| w(k).is_some_and(|x| x.chars().all(|c| c.is_ascii_digit()));
    match w(i) {
        Some("aged") => number(i + 1),
        Some("all" | "both" | "each") => w(i + 1) == Some("aged") && number(i + 2),
        _ => false,
    }
}

/// "A and B", "A, as well as B".
pub(in super::super) fn has_and(p: &Para<'_>, end: usize, start: usize) -> bool {
    p.toks[end..start]
        .iter()
        .any(|t| matches!(t.text(p.text), "and" | "well"))
}

/// "A, 29, and female soldier B, 20": the next name's own descriptor, up to two words of a
/// service, a role or a sex, perhaps after "their", may stand after the fillers.
pub(in super::super) fn list_gap(p: &Para<'_>, end: usize, start: usize) -> bool {
    let own = |i: usize| {
        let w = p.toks[i].text(p.text);
        LEX.service_nouns.contains(w)
            || LEX.role_nouns.contains(w)
            || matches!(w, "female" | "male")
    };
    let mut s = start;
    while s > end + 1 && start - s < 2 && p.toks[s - 1].is_word() && own(s - 1) {
        s -= 1;
    }
    // "A, 32, B, 45, and their driver C": a descriptor owned by the list so far ("their",
    // plural) is still the next item's own; "his wife" would name a relative of the last.
    if s < start && s > end + 1 && p.toks[s - 1].text(p.text) == "their" {
        s -= 1;
    }
    start > end && s - end < 8 && (end..s).all(|i| list_filler(p, i))
}

/// "hostages A and B, and Thai nationals, including C and D", "A, 21, and husband and wife
/// B and C", "A, B and five Thai citizens – C and D –": a list goes on past a group of its
/// own members named by where they come from or how they are related to each other, which
/// gives no role of its own. Only fillers, a count, a demonym, a plural noun of people, a
/// family word, a dash and "including" lie between the names (never "his" or "her": "A and
/// his wife B" names a relative of A).
pub(in super::super) fn group_gap(p: &Para<'_>, end: usize, start: usize) -> bool {
    if start <= end || start - end > 10 || (end + 1..start).any(|i| p.starts[i]) {
        return false;
    }
    let mut group = false;
    for i in end..start {
        let t = p.toks[i];
        let w = t.text(p.text);
        let lower = w.to_lowercase();
        // "son-in-law" too.
        let kin = LEX.kin.contains(lower.as_str())
            || lower
                .strip_suffix("-in-law")
                .is_some_and(|k| LEX.kin.contains(k));
        group |= GROUPS.contains(&w) || kin;
        let ok = list_filler(p, i)
            || t.is_punct(':')
            || GROUPS.contains(&w)
            || kin
            || LEX.is_demonym(w)
            || LEX.is_number_word(w)
            || matches!(t.kind, super::super::text::Tok::Punct('–' | '—' | '-'))
            || matches!(w, "including" | "among" | "them" | "other" | "also");
        if !ok {
            return false;
        }
    }
    group
}

/// "A of the government's aid programme and B, C and D from a local charity were
/// kidnapped": the first name's own body, after "of" or "from", then "and" before the next
/// name. Where each person works says nothing of their role, so the list goes on. No verb,
/// relative pronoun or sentence break may stand in the body (at most eight words), so "A of
/// Hamas said that B …" is no list.
pub(in super::super) fn affiliation_gap(p: &Para<'_>, end: usize, start: usize) -> bool {
    if start <= end + 2 || start - end > 10 || (end + 1..start).any(|i| p.starts[i]) {
        return false;
    }
    let w = |i: usize| p.toks[i].text(p.text).to_lowercase();
    if !matches!(w(end).as_str(), "of" | "from") || w(start - 1) != "and" {
        return false;
    }
    (end + 1..start - 1).all(|i| {
        let x = w(i);
        let t = p.toks[i];
        (t.is_word() || t.kind == super::super::text::Tok::Possessive)
            && !LEX.reporting_verbs.contains(x.as_str())
            && !LEX.copulas.contains(x.as_str())
            && !matches!(
                x.as_str(),
                "who" | "which" | "that" | "and" | "has" | "have" | "had" | "will" | "would"
            )
            && !x.ends_with("ed")
    })
}
