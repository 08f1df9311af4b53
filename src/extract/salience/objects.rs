//! Names that are objects through what stands before them in a list or an apposition:
//! "guarantees from the world, President Trump, and the mediators", "best friend to Ms
//! Damari, Guy Yakobi," — read by `reads_as_subject`.

use crate::extract::Para;
use crate::extract::lexicon::LEX;
use crate::extract::text::{Tok, is_capitalised};

/// Whether the name ending before token `t1` is followed by a serial comma and "and" or "or":
/// the item before a list's last. Without the comma ("After talks with Hamas, Witkoff and
/// Kushner flew home") the name may open the sentence's subject after a fronted phrase.
fn listed_item(p: &Para<'_>, t1: usize) -> bool {
    p.toks.get(t1).is_some_and(|t| t.is_punct(','))
        && p.toks
            .get(t1 + 1)
            .is_some_and(|t| t.is_word() && matches!(t.text(p.text), "and" | "or"))
}

/// Prepositions that make the noun phrase after them an object.
const GOVERNING: &[&str] = &[
    "about",
    "with",
    "to",
    "by",
    "of",
    "from",
    "for",
    "against",
    "at",
    "on",
    "over",
    "among",
    "between",
    "behind",
    "toward",
    "towards",
    "into",
    "alongside",
    "beside",
    "including",
];

/// Words that end a noun phrase read backwards without governing it: a clause or a list
/// goes on before them, so what the phrase is stays unknown.
const BOUNDARY: &[&str] = &[
    "and", "or", "but", "who", "whom", "which", "that", "is", "was", "are", "were", "be", "been",
    "as", "while", "when",
];

/// "a statement thanking Trump, Secretary of State Jan Roe and others", "with Ana Cruz, Mayor
/// Tom Lee and the council": a name after a comma that the list goes on from ("and", "or" or
/// another comma after it), where the name before the comma stands right after a verb that
/// takes a person or a preposition, is an object as that first one is.
pub(super) fn listed_after_object(p: &Para<'_>, i: usize, t1: usize) -> bool {
    const OPENERS: &[&str] = &["with", "to", "by", "from", "for", "against", "including"];
    let goes_on = matches!(p.word_at(t1), Some("and" | "or"))
        || p.toks.get(t1).is_some_and(|t| t.is_punct(','));
    if i < 3 || !p.toks[i - 1].is_punct(',') || !goes_on {
        return false;
    }
    let name_word =
        |k: usize| p.toks[k].is_word() && !p.in_quote[k] && is_capitalised(p.toks[k].text(p.text));
    let mut k = i - 1;
    while k > 0 && i - k <= 5 && name_word(k - 1) {
        k -= 1;
    }
    if k == i - 1 || k == 0 || !p.toks[k - 1].is_word() || p.in_quote[k - 1] {
        return false;
    }
    let l = p.toks[k - 1].text(p.text).to_lowercase();
    LEX.person_object_verbs.contains(l.as_str()) || OPENERS.contains(&l.as_str())
}

/// "He thanked Germany's ambassador to Israel, Steffen Seibert, and …"; "spoke about his
/// brother, Eitan Horn, who …": a name after a comma renames the noun phrase before it, and
/// is an object when that phrase is — after a preposition or a verb that takes a person.
/// The phrase is read back to its start, past a preposition inside it that follows a title
/// or a relation ("ambassador to Israel", "mother of three"). Not a phrase that opens the
/// sentence ("His brother, Eitan Horn, said") or follows a reporting verb ("'…,' said his
/// brother, Eitan Horn"): that phrase is the subject.
pub(in crate::extract) fn apposition_to_object(p: &Para<'_>, i: usize, t1: usize) -> bool {
    // An apposition ends with the name: "On the topic of schools, Bowser took …" opens the
    // sentence with a phrase of its own, and the name after it is the subject.
    let ends = p
        .toks
        .get(t1)
        .is_none_or(|t| !t.is_word() && t.kind != Tok::Possessive);
    // "guarantees from the world, President Trump, and the mediators": a name between a
    // comma and a serial comma's "and" or "or" is an item of a list, an object when the list
    // is, whatever the first item names.
    let listed = listed_item(p, t1);
    if i < 2 || !p.toks[i - 1].is_punct(',') || !(ends || listed) {
        return false;
    }
    let lower = |k: usize| p.toks[k].text(p.text).to_lowercase();
    // The phrase renames a person: it holds a title or a relation ("When reached by ABC
    // News, Autumn Looijen, …" does not).
    // A lower-case one: "best friend to Ms Damari, Guy Yakobi," renames the friend, not Ms
    // Damari.
    let person_word = |k: usize| {
        let w = p.toks[k].text(p.text);
        p.toks[k].is_word() && !is_capitalised(w) && (LEX.titles.contains(w) || LEX.kin.contains(w))
    };
    let governed = |k: usize| k < i - 1 && (listed || (k..i - 1).any(person_word));
    // `k` is where the phrase read so far starts.
    let mut k = i - 1;
    while k > 0 && i - k < 10 {
        let t = &p.toks[k - 1];
        if p.starts[k] || p.in_quote[k - 1] {
            return false;
        }
        if t.kind == Tok::Possessive {
            k -= 1;
            continue;
        }
        if !t.is_word() {
            return false;
        }
        let w = t.text(p.text);
        let l = lower(k - 1);
        if LEX.person_object_verbs.contains(l.as_str()) {
            return governed(k);
        }
        if LEX.reporting_verbs.contains(l.as_str()) || BOUNDARY.contains(&l.as_str()) {
            return false;
        }
        if GOVERNING.contains(&l.as_str()) && !is_capitalised(w) {
            // "ambassador to Israel": a preposition after a title or a relation, before a
            // capitalised word, belongs to the phrase.
            // Past a "the" ("commissioner for the Mediterranean").
            let name_at = if lower(k) == "the" { k + 1 } else { k };
            let inside = k >= 2
                && p.toks.get(name_at).is_some_and(|t| t.is_word())
                && is_capitalised(p.toks[name_at].text(p.text))
                && p.toks[k - 2].is_word()
                && {
                    let before = lower(k - 2);
                    LEX.titles.contains(before.as_str()) || LEX.kin.contains(before.as_str())
                };
            if !inside {
                return governed(k);
            }
        } else if !is_capitalised(w) && w.ends_with("ed") && p.toks[k].is_word() && {
            // A past tense before a phrase that opens with a determiner, a possessive or
            // a name governs it ("visited his brother"); before a noun it is an
            // adjective ("the freed hostage").
            let next = p.toks[k].text(p.text);
            is_capitalised(next)
                || matches!(
                    next,
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my"
                )
        } {
            return governed(k);
        }
        k -= 1;
    }
    false
}
