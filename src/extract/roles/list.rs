//! The list a name may belong to while `assign` walks the mentions: "A, B and C", "A, B, C
//! were released", "the bodies of A and her sons, B and C". Whether the next name goes on
//! with the list decides whether it shares the roles of the words that introduced it.

use super::super::Para;
use super::super::freed::titled_item_gap;
use super::super::lexicon::LEX;
use super::super::lists::LINKS;
use super::super::lists::owner::{owner_gap, owns_next};
use super::super::lists::{
    affiliation_gap, dated_pair, group_gap, has_and, kin_bridge, list_filler, list_gap,
    list_goes_on, semicolon_gap, semicolon_goes_on,
};
use super::super::undergone::{
    plural_verb_after, plural_verb_after_dashes, plural_verb_after_list,
};
use super::word;
use crate::entity::Role;

/// Names in a list so far: the roles they share and who they are.
pub(super) struct List {
    pub(super) para: usize,
    pub(super) end: usize,
    pub(super) shared: Vec<Role>,
    pub(super) members: Vec<usize>,
    /// The list is of what was done to people ("the bodies of A and her sons, B and C").
    pub(super) done_to: bool,
    /// The list follows a family word and "of" ("the mother of A and B").
    pub(super) kin: bool,
    /// The list opens inside a family apposition set off after another name ("D, mother of
    /// hostage A").
    pub(super) apposed: bool,
    /// A clause introduces the list ("They include A", "Among those freed were A"), so a
    /// family member joined to an item ("and her two daughters B and C") is in it too.
    pub(super) linked: bool,
    /// How many names the list's subject counts ("The two hostages are A, …, and B"), if
    /// it counts them ([`counted_size`]).
    pub(super) size: Option<usize>,
}

/// Where the name at `t0..t1` (its title from `l0`) of paragraph `para` stands.
pub(super) struct Next<'a, 'p> {
    pub(super) p: &'a Para<'p>,
    pub(super) para: usize,
    pub(super) l0: usize,
    pub(super) t0: usize,
    pub(super) t1: usize,
}

impl List {
    /// "the mother of hostage A, B,": the next name is the owner of the one before it, an
    /// apposition rather than an item.
    pub(super) fn owned_by(&self, n: &Next<'_, '_>, person_at: &dyn Fn(usize) -> bool) -> bool {
        self.para == n.para && list_gap(n.p, self.end, n.l0) && owns_next(n.p, n.t1, person_at)
    }

    /// Whether the next name is one more item of this list.
    pub(super) fn goes_on(&self, n: &Next<'_, '_>, person_at: &dyn Fn(usize) -> bool) -> bool {
        let (p, end, l0, t1) = (n.p, self.end, n.l0, n.t1);
        if self.para != n.para {
            return false;
        }
        (list_gap(p, end, l0) || owner_gap(p, end, l0))
            && (has_and(p, end, l0) || list_goes_on(p, t1, person_at))
            || affiliation_gap(p, end, l0)
            || dated_pair(p, end, l0, t1)
            || semicolon_gap(p, end, l0) && (has_and(p, end, l0) || semicolon_goes_on(p, t1, person_at))
            // "A, 24, B, 25; C, 32; and D": commas before the first semicolon are its items'.
            || list_gap(p, end, l0) && semicolon_goes_on(p, t1, person_at)
            || self.done_to && titled_item_gap(p, end, n.t0)
            // "A, B, C were released": the last name of a list written without "and" is
            // told by the plural verb right after it.
            || list_gap(p, end, l0) && plural_verb_after(p, t1)
            // "A (left), B (right), C and others aboard": "and others" ends a list too.
            || list_gap(p, end, l0) && and_others_after(p, t1)
            || (self.done_to || self.linked || plural_verb_after_list(p, t1, person_at))
                && kin_bridge(p, end, l0)
            || (!self.shared.is_empty()
                || plural_verb_after(p, t1)
                || plural_verb_after_dashes(p, l0, person_at))
                && group_gap(p, end, l0)
            || self.size.is_some_and(|n| self.members.len() < n)
                && counted_apposition_gap(p, end, l0)
            || !self.members.is_empty()
                && titled_subject_item(p, end, (l0, n.t0, t1), person_at)
    }
}

/// "C (second from right) and others": past fillers after the name ending at `t1`, "and
/// others" (or "and other …", "and all remaining …") says the name was the last named item
/// of a list.
fn and_others_after(p: &Para<'_>, t1: usize) -> bool {
    let mut i = t1;
    while i < p.toks.len()
        && i - t1 < 6
        && list_filler(p, i)
        && word(p, i).as_deref() != Some("and")
    {
        i += 1;
    }
    // "and all remaining …", "and the other …": an opener may stand before the word.
    let j = i + usize::from(matches!(word(p, i + 1).as_deref(), Some("all" | "the")));
    word(p, i).as_deref() == Some("and")
        && matches!(
            word(p, j + 1).as_deref(),
            Some("others" | "other" | "remaining")
        )
}

/// "The two Italian hostages are A, …": the count of the list's subject, read when the
/// sentence opens "The", a count from two to ten and at most three more words, and a
/// linking verb ("are", "were", "include") stands right before the list's first name at `l0`.
pub(super) fn counted_size(p: &Para<'_>, l0: usize) -> Option<usize> {
    let link = l0.checked_sub(1)?;
    if !word(p, link).is_some_and(|w| LINKS.contains(&w.as_str())) {
        return None;
    }
    let s = (0..link).rev().find(|&i| p.starts[i])?;
    if word(p, s).as_deref() != Some("the") || link - s > 6 || p.in_quote[link] {
        return None;
    }
    let n = word(p, s + 1)?;
    let n = match n.as_str() {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ => n.parse::<usize>().ok().filter(|n| (2..=10).contains(n))?,
    };
    ((s + 2..link).all(|i| p.toks[i].is_word())).then_some(n)
}

/// "A, a priest who was taken in 2018 in Niger, close to the border, and B": from the comma
/// after one name to ", and" right before the next, an apposition of the first name of any
/// length in the same sentence (no semicolon). Read only while a counted list still lacks
/// names, as the count says the list goes on past the apposition.
fn counted_apposition_gap(p: &Para<'_>, end: usize, l0: usize) -> bool {
    l0 >= end + 4
        && l0 - end <= 40
        && p.toks[end].is_punct(',')
        && p.toks[l0 - 2].is_punct(',')
        && word(p, l0 - 1).as_deref() == Some("and")
        && (end + 1..l0).all(|i| !p.starts[i] && !p.toks[i].is_punct(';') && !p.in_quote[i])
}

/// "A and B, Norwegian engineer C and D were seized": after a bare comma, a name with its own
/// descriptor (up to four words, none a family word or a possessive pronoun) is one more
/// item of a list subject when the rest of the list (names, their nationalities or titles,
/// "and", commas) runs on to a plural verb. The verb makes the whole list its subject; an
/// apposition of the name before would take no verb of its own there.
fn titled_subject_item(
    p: &Para<'_>,
    end: usize,
    (l0, t0, t1): (usize, usize, usize),
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    // The descriptor is read from the comma on: the title run may hold only its last words.
    let d0 = end + 1;
    if l0 <= end || !p.toks[end].is_punct(',') || d0 >= t0 || t0 - d0 > 4 {
        return false;
    }
    let own = (d0..t0).all(|i| {
        p.toks[i].is_word()
            && !p.starts[i]
            && !p.in_quote[i]
            && word(p, i).is_some_and(|w| {
                !LEX.kin.contains(w.as_str())
                    && !LEX.reporting_verbs.contains(w.as_str())
                    && !matches!(w.as_str(), "his" | "her" | "their" | "its")
            })
    });
    if !own {
        return false;
    }
    let mut i = t1;
    while i < p.toks.len() && i - t1 < 15 && !p.starts[i] {
        let t = p.toks[i];
        let text = t.text(p.text);
        let filler = person_at(i)
            || t.is_punct(',')
            || word(p, i).is_some_and(|w| w == "and" || w.chars().all(|c| c.is_ascii_digit()))
            || t.is_word() && (LEX.is_demonym(text) || LEX.is_title(text));
        if !filler {
            break;
        }
        i += 1;
    }
    i > t1 && (t1..i).any(person_at) && plural_verb_after(p, i)
}
