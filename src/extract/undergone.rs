//! What an active sentence did to the people it names as objects ("Militants abducted his
//! wife, Shiri, and their two children"), and when a pair joined by a family word shares a
//! plural predicate ("Her partner, A, and his brother, B, remain in captivity").
//!
//! Roles reads these for the first name of a list; the rest of the list follows it.

use super::Para;
use super::lexicon::LEX;
use super::roles::word;
use crate::entity::Role;
use crate::extract::text::Tok;

/// Verbs whose object is taken captive, whoever the subject is.
pub(super) const SEIZED: &[&str] = &["abducted", "kidnapped", "abducting", "kidnapping"];

/// "gunmen abducted Shiri Bibas", "Militants also abducted his wife, Shiri": the name at `l0`
/// is the object of an abduction verb, right after it or after a family word owned by
/// "his"/"her"/"their" (and a number: "their two children, Ariel"). Hostage then.
pub(super) fn abducted_object(p: &Para<'_>, (l0, t0, t1): (usize, usize, usize)) -> Vec<Role> {
    if super::seized::named_object(p, (l0, t0, t1)) {
        return vec![Role::Hostage];
    }
    let mut i = l0;
    if i >= 1 && p.toks[i - 1].is_punct(',') {
        i -= 1;
    }
    // "his wife", "their two children".
    if i >= 1 && word(p, i - 1).is_some_and(|w| LEX.kin.contains(w.as_str())) {
        i -= 1;
        if i >= 1
            && word(p, i - 1).is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()) || w == "two")
        {
            i -= 1;
        }
        if !(i >= 1
            && word(p, i - 1).is_some_and(|w| matches!(w.as_str(), "his" | "her" | "their")))
        {
            return Vec::new();
        }
        i -= 1;
    } else if i != l0 {
        // "abducted, Shiri": a comma with no family word is no object.
        return Vec::new();
    }
    let seized = i >= 1
        && !p.in_quote[i - 1]
        && word(p, i - 1).is_some_and(|w| SEIZED.contains(&w.as_str()));
    if seized {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}

/// A plural verb right after the name ending at `t1`, past a comma that closes its
/// apposition: "…, and his brother, David, remain in captivity" makes the pair its subject,
/// and so does a relative "who" before it ("A and her sons B and C, who were kidnapped").
pub(super) fn plural_verb_after(p: &Para<'_>, t1: usize) -> bool {
    let mut i = t1;
    if p.toks.get(i).is_some_and(|t| t.is_punct(',')) {
        i += 1;
        if word(p, i).as_deref() == Some("who") {
            i += 1;
        }
    }
    word(p, i).is_some_and(|w| matches!(w.as_str(), "are" | "were" | "remain" | "have"))
}

/// "A and her two daughters, B and C, both three, were also released": past the rest of the
/// list after the name ending at `t1` (names, "and", commas, ages) and one apposition set
/// off by commas, a plural verb, whose subject is then the whole list, the name before the
/// family word too.
pub(super) fn plural_verb_after_list(
    p: &Para<'_>,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    let mut i = t1;
    while i < p.toks.len() && i - t1 < 12 && !p.starts[i] {
        let filler = person_at(i)
            || p.toks[i].is_punct(',') && word(p, i + 1).is_some_and(|w| w == "and")
            || word(p, i).is_some_and(|w| w == "and" || w.chars().all(|c| c.is_ascii_digit()));
        if !filler {
            break;
        }
        i += 1;
    }
    // ", both three years old,": an apposition of the list, with no verb of its own; so is
    // a participle's phrase (", abducted from their home and killed in captivity,").
    if p.toks.get(i).is_some_and(|t| t.is_punct(',')) && !plural_verb_after(p, i) {
        let close = (i + 1..p.toks.len().min(i + 18))
            .take_while(|&k| !p.starts[k] && !person_at(k))
            .find(|&k| p.toks[k].is_punct(','));
        match close {
            Some(c) if (i + 1..c).all(|k| !word(p, k).is_some_and(|w| is_verb(&w))) => i = c,
            _ => return false,
        }
    }
    plural_verb_after(p, i)
}

/// Words that make a phrase a clause rather than an apposition.
fn is_verb(w: &str) -> bool {
    matches!(
        w,
        "who" | "which" | "is" | "are" | "was" | "were" | "has" | "have" | "had" | "said"
    )
}

/// "A, B, and five Thai citizens – C, D and E – were released": the names of a group's
/// members set off by dashes inside a list subject, then a plural verb after the closing
/// dash, which makes the whole list its subject, the names before the group too. `l0` is
/// where the name right after the opening dash starts.
pub(super) fn plural_verb_after_dashes(
    p: &Para<'_>,
    l0: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    let dash = |i: usize| {
        p.toks
            .get(i)
            .is_some_and(|t| matches!(t.kind, Tok::Punct('–' | '—' | '-')))
    };
    if l0 == 0 || !dash(l0 - 1) {
        return false;
    }
    let mut i = l0;
    // A dash may open a sentence of its own: the first name after it is no new sentence.
    while i < p.toks.len() && i - l0 < 40 && (i == l0 || !p.starts[i]) {
        if dash(i) {
            return plural_verb_after(p, i + 1);
        }
        let filler = person_at(i)
            || p.toks[i].is_punct(',')
            || word(p, i).is_some_and(|w| w == "and" || w.chars().all(|c| c.is_ascii_digit()));
        if !filler {
            return false;
        }
        i += 1;
    }
    false
}
