//! How a clause groups a name with others, for the rules of roles: whether "that" opens a
//! clause or names a day, which family words join relatives to a list, who is one of "other
//! officials", whom a relative clause is about, and which earlier name a second one is paired
//! with ("led by A and B").

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::roles::word;
use super::super::text::{Tok, is_capitalised};
use super::WORDS;
use crate::entity::Role;

/// "that" at token `i` is a determiner of time ("were taken that day"), not a clause opener.
pub(in crate::extract) fn that_of_time(p: &Para<'_>, i: usize) -> bool {
    word(p, i).as_deref() == Some("that")
        && word(p, i + 1).is_some_and(|w| WORDS.time.contains(w.as_str()))
}

/// "and their two young boys", "and two daughters": the words between "and" and a family
/// noun are only a possessive, a number and words of age.
pub(in crate::extract) fn kin_modifiers(words: &[String]) -> bool {
    words
        .iter()
        .all(|w| WORDS.kin_modifier.contains(w.as_str()))
}

/// "A and other Armenian officials have denied this", "A and several other ministers": the
/// name ending at `t1` is one of a group of office-holders, and takes the group noun's role.
pub(in crate::extract) fn and_other_officials(p: &Para<'_>, t1: usize) -> Vec<Role> {
    let group = |w: &str| WORDS.office_groups.contains(w) || WORDS.talks_groups.contains(w);
    match joined_group(p, t1, group) {
        Some(noun)
            if WORDS
                .talks_groups
                .contains(word(p, noun).unwrap_or_default().as_str()) =>
        {
            vec![Role::Negotiator]
        }
        Some(_) => vec![Role::Official],
        None => Vec::new(),
    }
}

/// The group noun (one `noun` accepts) of "and other …", "and fellow …" or "and remaining …"
/// right after the name ending at `t1`: "A and other Armenian officials", "A and several other
/// hostages", "A and all remaining hostages". "All", then a number, "the", "several", "some"
/// or "many" may open the group and up to three plain modifiers (or capitalised ones: "other
/// US officials") stand before its noun; not when the noun modifies another ("and other
/// hostage families", "and other officials' families").
pub(in crate::extract) fn joined_group(
    p: &Para<'_>,
    t1: usize,
    noun: impl Fn(&str) -> bool,
) -> Option<usize> {
    let at = |i: usize| word(p, i).unwrap_or_default();
    if at(t1) != "and" {
        return None;
    }
    let mut i = t1 + 1;
    // "and all the other hostages", "and all remaining hostages".
    if at(i) == "all" {
        i += 1;
    }
    if matches!(at(i).as_str(), "the" | "several" | "some" | "many") || LEX.is_number_word(&at(i)) {
        i += 1;
    }
    if !matches!(at(i).as_str(), "other" | "fellow" | "remaining") {
        return None;
    }
    let found = (i + 1..i + 5).find(|&k| noun(&at(k)))?;
    // A capitalised modifier is a name's, whatever its lower case is ("other US officials").
    let plain = (i + 1..found).all(|k| {
        p.toks[k].is_word()
            && (!LEX.stopwords.contains(at(k).as_str()) || p.word_at(k).is_some_and(is_capitalised))
    });
    let modifies = p
        .toks
        .get(found + 1)
        .is_some_and(|t| t.kind == Tok::Possessive)
        || word(p, found + 1).is_some_and(|w| LEX.kin.contains(w.as_str()) || w == "families");
    (plain && !modifies).then_some(found)
}

/// "A and B, who often negotiates for the group,": a relative clause after the name ending at
/// `t1` whose verb is singular ("is", "has", "negotiates") is about that name alone, not the
/// list before it. Past tense tells no number, so "who led the talks" is not read here.
pub(in crate::extract) fn singular_relative(p: &Para<'_>, t1: usize) -> bool {
    let mut i = t1 + 1;
    if word(p, i).as_deref() != Some("who") {
        return false;
    }
    i += 1;
    let adverb = |w: &str| {
        w.ends_with("ly") || matches!(w, "often" | "also" | "still" | "now" | "already" | "always")
    };
    while word(p, i).is_some_and(|w| adverb(&w)) {
        i += 1;
    }
    word(p, i).is_some_and(|w| {
        matches!(w.as_str(), "is" | "was" | "has" | "does")
            || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
    })
}

/// "a delegation led by A and B": the name starting at `l0` (its title included) follows "and"
/// and another name; the token where that other name starts, so what leads it leads both.
pub(in crate::extract) fn paired_with(
    p: &Para<'_>,
    l0: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    // "and banker B": up to three lower-case words of B's own title or trade first, never a
    // verb ("led by A and included B").
    let mut j = l0;
    while j > 0
        && l0 - j < 3
        && p.word_at(j - 1).is_some_and(|w| {
            w.starts_with(char::is_lowercase) && (LEX.is_title(w) || LEX.offices.contains(w))
        })
    {
        j -= 1;
    }
    if j < 2 || word(p, j - 1).as_deref() != Some("and") || !person_at(j - 2) {
        return None;
    }
    let mut s = j - 2;
    while s > 0 && person_at(s - 1) {
        s -= 1;
    }
    Some(s)
}

/// "boys", "girls": nouns of children that are family only after a possessive ("their two
/// young boys"), unlike the family words of `data/kin.txt`.
pub(in crate::extract) fn children(w: &str) -> bool {
    WORDS.children.contains(w)
}
