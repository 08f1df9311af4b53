//! A list in apposition to a noun phrase before it takes that phrase's role: "the relatives
//! of the three released hostages, A, B and C", "the President's envoys — adviser A and envoy
//! B —", and the object of "including" set before the names ("four hostages, including the
//! two youngest taken, A and B"), where the names are the items "including" lists.

use super::super::Para;
use super::super::freed::national_prisoner_title;
use super::super::lexicon::LEX;
use super::super::roles::word;
use super::{group_roles, list_goes_on, list_intro};
use crate::entity::Role;

/// How many words the object of "including" may run before the comma and the names.
const OBJECT: usize = 10;

/// "the three released hostages, A, B and C", "envoys — adviser A and envoy B —": the plural
/// noun right before the comma or dash that opens the list at `l0` (the first name, from its
/// own title) gives the list its roles, as [`group_roles`] shares them. After a comma the
/// list must go on past the first name ("the hostages, Smith said" is no list); after a dash,
/// another name must follow before the dash closes, so the dash sets off a list of names.
pub(in crate::extract) fn apposed(
    paras: &[Para<'_>],
    l0: usize,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    let Some(p) = paras.last() else {
        return Vec::new();
    };
    if l0 < 2 {
        return Vec::new();
    }
    // "two captives -- A and B --": a dash typed as two hyphens is a dash, and the name's
    // own title run starts at it.
    let double = p.toks[l0].is_punct('-') && p.toks.get(l0 + 1).is_some_and(|t| t.is_punct('-'));
    let (sep, noun_at) = if double {
        (p.toks[l0], l0 - 1)
    } else {
        (p.toks[l0 - 1], l0 - 2)
    };
    let dash = sep.is_punct('—') || sep.is_punct('–') || double;
    let goes_on = if sep.is_punct(',') {
        list_goes_on(p, t1, person_at)
    } else {
        dash && name_before_close(p, t1, person_at)
    };
    if !goes_on {
        return Vec::new();
    }
    let noun = word(p, noun_at).unwrap_or_default();
    let mut roles = group_roles(&noun, &LEX.roles_in(&noun));
    // "three Israeli detainees—A, B, and C—": prisoners of the reader's side, named in a
    // list set off after them, are held abroad, as the same words before one name make a
    // captive (`national_prisoner_title`).
    let national = noun_at
        .checked_sub(1)
        .and_then(|i| word(p, i))
        .unwrap_or_default();
    if roles.is_empty() && national_prisoner_title(&format!("{national} {noun}")) {
        roles.push(Role::Hostage);
    }
    // "the three women, A, B and C" after "the first three hostages were released": a
    // counted plural with no role of its own is the group of that count named just before.
    if roles.is_empty() && sep.is_punct(',') && l0 >= 3 && people_plural(&noun) {
        let n = word(p, l0 - 3).filter(|w| is_count(w));
        roles = n.map_or_else(Vec::new, |n| counted_before(paras, l0 - 3, &n));
    }
    // "including the two youngest taken, A and B": what "including" would give A and B
    // right after it.
    if let Some(at) = including_object(p, l0).filter(|_| sep.is_punct(',')) {
        roles.extend(list_intro(p, at + 1));
    }
    roles
}

/// A count: digits or a number word ("three").
fn is_count(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit()) || LEX.is_number_word(w)
}

/// "women", "men", "children", "people", or a lower-case plural in "s" ("captives").
fn people_plural(noun: &str) -> bool {
    matches!(noun, "women" | "men" | "children" | "people")
        || noun.ends_with('s') && !noun.ends_with("ss") && noun.starts_with(char::is_lowercase)
}

/// The roles of the last group counted `n` before token `at` of the last paragraph, in it or
/// the three before it: "three" then, within three words, a plural with a role ("the first
/// three hostages", "three freed captives"), as [`group_roles`] shares them.
fn counted_before(paras: &[Para<'_>], at: usize, n: &str) -> Vec<Role> {
    let last = paras.len() - 1;
    for (k, q) in paras.iter().enumerate().rev().take(4) {
        let end = if k == last { at } else { q.toks.len() };
        for i in (0..end).rev() {
            if word(q, i).as_deref() != Some(n) {
                continue;
            }
            for j in i + 1..(i + 4).min(q.toks.len()) {
                let Some(w) = word(q, j) else { break };
                let roles = group_roles(&w, &LEX.roles_in(&w));
                if !roles.is_empty() {
                    return roles;
                }
            }
        }
    }
    Vec::new()
}

/// Another name follows the one ending at `t1` across words only (its title, "and"), before
/// any punctuation other than the full stop of an abbreviation or the comma between items
/// ("three detainees—A, B, and C—").
fn name_before_close(p: &Para<'_>, t1: usize, person_at: &dyn Fn(usize) -> bool) -> bool {
    for i in t1..p.toks.len().min(t1 + 12) {
        if person_at(i) {
            return i > t1;
        }
        let t = p.toks[i];
        if !t.is_word() && !t.is_punct('.') && !t.is_punct(',') || p.starts[i] && i > t1 {
            return false;
        }
    }
    false
}

/// "four hostages on Thursday, including the two youngest taken from the kibbutz, A and B":
/// the list's first name at `l0` follows a comma that closes the object of "including", a
/// lower-case noun phrase opened by a determiner or a number, with no clause of its own
/// ("including a woman who was taken, A said" ends in a reporting clause). Returns where
/// "including" stands, so that the noun before it introduces the list.
fn including_object(p: &Para<'_>, l0: usize) -> Option<usize> {
    if l0 < 3 || !p.toks[l0 - 1].is_punct(',') {
        return None;
    }
    let mut i = l0 - 1;
    while i > 0 && l0 - 1 - i < OBJECT {
        i -= 1;
        let t = p.toks[i];
        let w = t.text(p.text);
        let clause = matches!(w, "who" | "which" | "that" | "whose" | "said" | "says");
        if !t.is_word() || p.starts[i] || w.starts_with(char::is_uppercase) || clause {
            return None;
        }
        if w == "including" {
            let opens = word(p, i + 1).is_some_and(|x| {
                matches!(x.as_str(), "the" | "a" | "an")
                    || LEX.is_number_word(&x)
                    || x.chars().all(|c| c.is_ascii_digit())
            });
            return (opens && i + 2 < l0 - 1).then_some(i);
        }
    }
    None
}
