//! Lists introduced somewhere other than right before their first name: by a noun phrase in
//! an earlier sentence that the list's subject points back to ("A group of seven who were
//! freed … The group includes A, B and C"; "… the return of 13 hostages. Among them are A
//! and B"; "those released were six women and children. They include A"), or by a heading or a line ending in a colon over one name per line.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::people::Mention;
use super::super::roles::word;
use super::{LINKS, UNDERGONE, introducing};
use crate::entity::Role;

/// "A group of seven who were freed … are on their way. The group includes A, B and C": a
/// list subject that is only "the" (or "this") and a noun takes the roles of that noun's
/// earlier phrase in the paragraph, or of a sentence right before that opens "Among those
/// freed were …", or else in the paragraph before ("Hamas published the
/// names of the hostages to be freed." then "The names included A, B and C"): from the noun
/// to the end of its relative clause, or to the first punctuation, linking verb or sentence
/// start, at most fourteen words.
pub(super) fn antecedent(
    p: &Para<'_>,
    s: usize,
    head: &str,
    prev: Option<&Para<'_>>,
) -> Option<Vec<Role>> {
    if !word(p, s).is_some_and(|w| matches!(w.as_str(), "the" | "this")) {
        return None;
    }
    let earlier =
        |q: &Para<'_>, end: usize| last_before(q, end, |i| word(q, i).as_deref() == Some(head));
    if let Some(at) = earlier(p, s) {
        return phrase_roles(p, at, s);
    }
    // "Among those freed were people taken from the festival. The group includes A": the
    // sentence right before names the group by what it opens with, not by the noun.
    if let Some(k) = (0..s).rev().find(|&i| p.starts[i]) {
        let link = (k + 1..s).find(|&i| word(p, i).is_some_and(|w| LINKS.contains(&w.as_str())));
        if let (Some("among"), Some(v)) = (word(p, k).as_deref(), link) {
            let roles = introducing(&p.text[p.toks[k].start..p.toks[v - 1].end]);
            if !roles.is_empty() {
                return Some(roles);
            }
        }
    }
    let q = prev?;
    earlier(q, q.toks.len()).and_then(|at| phrase_roles(q, at, q.toks.len()))
}

/// The last word before `end` in `q`, outside quotation marks, that `at` accepts: where
/// an earlier phrase names the set a later list subject points back to.
fn last_before(q: &Para<'_>, end: usize, at: impl Fn(usize) -> bool) -> Option<usize> {
    (0..end).rev().find(|&i| !q.in_quote[i] && at(i))
}

/// "The terrorists released five more kidnapped passengers. The five victims are A, B and
/// C": a list subject that is "the", a count and a noun takes the roles of the phrase that
/// gave the same count earlier in the paragraph or in the one before (a count names the
/// set again under another noun). The count must be a number ("five", "12") outside
/// quotation marks, and the phrase is read as [`antecedent`] reads it.
pub(super) fn counted_antecedent(p: &Para<'_>, s: usize, prev: Option<&Para<'_>>) -> Vec<Role> {
    let count = |q: &Para<'_>, i: usize| {
        word(q, i).filter(|w| LEX.is_number_word(w) || w.chars().all(|c| c.is_ascii_digit()))
    };
    let Some(n) = count(p, s + 1).filter(|_| word(p, s).as_deref() == Some("the")) else {
        return Vec::new();
    };
    let earlier = |q: &Para<'_>, end: usize| {
        last_before(q, end, |i| count(q, i).as_deref() == Some(n.as_str()))
    };
    let found = match earlier(p, s) {
        Some(at) => phrase_roles(p, at, s),
        None => prev.and_then(|q| {
            earlier(q, q.toks.len()).and_then(|at| phrase_roles(q, at, q.toks.len()))
        }),
    };
    found.unwrap_or_default()
}

/// "… calling for the return of 13 hostages. Among them are A and B" (or "…: A and B"): a
/// clause opened by "Among them" or "They include" at `s` points back to the counted plural
/// noun of people that ends the sentence before (in `p`, or the last of `prev` when `s` opens
/// the paragraph), or to "those" and what was done to them ("those released were …"), and
/// takes its roles; none when that noun is a family's ("the families of hostages") or a
/// relative ("the hostages' relatives"). Negotiating is what a group shares; an office is
/// each member's own.
pub(in crate::extract) fn among_them(p: &Para<'_>, s: usize, prev: Option<&Para<'_>>) -> Vec<Role> {
    let among = word(p, s).as_deref() == Some("among") && word(p, s + 1).as_deref() == Some("them");
    // "… those released were three women and three children. They include A and B": the
    // subject pronoun of "include" points back as "Among them" does.
    let they = word(p, s).as_deref() == Some("they")
        && matches!(
            word(p, s + 1).as_deref(),
            Some("include" | "included" | "includes")
        );
    if !among && !they {
        return Vec::new();
    }
    let (q, end) = match s {
        0 => match prev {
            Some(q) => (q, q.toks.len()),
            None => return Vec::new(),
        },
        _ => (p, s),
    };
    let Some(start) = (0..end).rev().find(|&i| q.starts[i]) else {
        return Vec::new();
    };
    if released_abroad(q, start, end) {
        return vec![Role::Hostage];
    }
    // "those released were …", "those freed on Monday": the group named by what was done
    // to it, up to its verb (`introducing`), unless the sentence says they are prisoners.
    let those = (start..end).find(|&i| {
        word(q, i).as_deref() == Some("those")
            && !q.in_quote[i]
            && word(q, i + 1).is_some_and(|w| UNDERGONE.contains(&w.as_str()))
    });
    if let Some(at) = those {
        let link = (at + 2..end)
            .find(|&i| word(q, i).is_some_and(|w| LINKS.contains(&w.as_str())))
            .unwrap_or(end);
        let prisoners = (at..end).any(|i| {
            word(q, i).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "prisoner" | "prisoners" | "detainee" | "detainees"
                )
            })
        });
        if prisoners {
            return Vec::new();
        }
        return introducing(&q.text[q.toks[at].start..q.toks[link - 1].end]);
    }
    // The last plural noun of people outside quotation marks: one with a role or a family's.
    let plural = |i: usize| {
        let w = word(q, i).filter(|w| w.ends_with('s') && !q.in_quote[i])?;
        let kin = LEX.kin.contains(w.as_str());
        (kin || !LEX.roles_in(&w).is_empty()).then_some((w, kin))
    };
    let Some((at, (noun, kin))) = (start..end).rev().find_map(|i| plural(i).map(|x| (i, x))) else {
        return Vec::new();
    };
    // "Among them" points back to a set the sentence counts ("13 hostages", "several
    // envoys"), not to any plural it mentions ("outside the homes of ministers").
    let counted = (at.saturating_sub(3)..at).any(|i| {
        word(q, i).is_some_and(|w| {
            w.chars().all(|c| c.is_ascii_digit())
                || matches!(
                    w.as_str(),
                    "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "dozen"
                        | "dozens"
                        | "hundreds"
                        | "several"
                        | "many"
                        | "some"
                        | "other"
                )
        })
    });
    // "the families of the 13 hostages": the head is the family before "of".
    let owned = (at.saturating_sub(4)..at).any(|i| {
        word(q, i).as_deref() == Some("of")
            && i >= 1
            && word(q, i - 1).is_some_and(|w| LEX.kin.contains(w.as_str()))
    });
    let owner = q
        .toks
        .get(at + 1)
        .is_some_and(|t| t.kind == super::super::text::Tok::Possessive);
    if kin || owned || owner || !counted {
        return Vec::new();
    }
    let roles = LEX.roles_in(&noun);
    if roles.contains(&Role::Negotiator) {
        return vec![Role::Negotiator];
    }
    roles
}

/// "… and 12 dissidents were also released by Moscow. They included A": the sentence from
/// `start` to `end` says a group was freed by a capitalised state or group that is not the
/// reader's own side (`data/reader_side.txt`), whose freed are the convicts it traded. Not a
/// group of prisoners or detainees, and nothing inside a quotation.
fn released_abroad(q: &Para<'_>, start: usize, end: usize) -> bool {
    let w = |i: usize| word(q, i).unwrap_or_default();
    let jailed = (start..end).any(|i| super::super::freed::jailed(&w(i)));
    let freed = (start..end).any(|i| {
        let v = i + 1 + usize::from(w(i + 1) == "also");
        matches!(w(i).as_str(), "were" | "was")
            && matches!(w(v).as_str(), "released" | "freed")
            && w(v + 1) == "by"
            && v + 2 < end
            && !q.in_quote[i]
            && q.word_at(v + 2)
                .is_some_and(super::super::text::is_capitalised)
            && !LEX.reader_places.contains(w(v + 2).as_str())
    });
    freed && !jailed
}

/// The roles of the noun phrase from `at` to the end of its relative clause, or to the first
/// punctuation, linking verb or sentence start before `limit`, at most fourteen words.
fn phrase_roles(p: &Para<'_>, at: usize, limit: usize) -> Option<Vec<Role>> {
    let mut e = at + 1;
    let mut relative = false;
    while e < limit && e - at < 14 && !p.starts[e] && p.toks[e].is_word() {
        let w = word(p, e).unwrap_or_default();
        if LINKS.contains(&w.as_str()) && !relative {
            break;
        }
        // The verb right after "who" belongs to the relative clause; the next one is the
        // main clause's.
        relative = matches!(w.as_str(), "who" | "that" | "which");
        e += 1;
    }
    let roles = introducing(&p.text[p.toks[at].start..p.toks[e - 1].end]);
    (!roles.is_empty()).then_some(roles)
}

/// The name at `t0` opens its paragraph, or follows only an honorific there ("Mr. A").
pub(in crate::extract) fn opens_item(p: &Para<'_>, t0: usize) -> bool {
    t0 == 0
        || t0 == 1
            && super::super::para::HONORIFICS
                .contains(&p.toks[0].text(p.text).trim_end_matches('.'))
}

/// Per paragraph, the roles a heading or a line ending in a colon gives the names listed one
/// per paragraph under it ("Hostages released on Monday:" then "Alon Ohel, 24"). A list item
/// is a short paragraph that opens with a person's name, or with an honorific and the name;
/// only the name that opens it takes the roles.
pub(in crate::extract) fn item_roles(
    paras: &[Para<'_>],
    mentions: &[Mention],
    is_person: &dyn Fn(usize) -> bool,
) -> Vec<Vec<Role>> {
    let mut opens_with_person = vec![false; paras.len()];
    let mut names_person = vec![false; paras.len()];
    // Where the words after the paragraph's last person begin: "A, a ministry spokesperson,
    // said the freed hostages have these names:" introduces hostages, not spokespeople.
    let mut after_person = vec![0; paras.len()];
    for m in mentions {
        names_person[m.para] |= is_person(m.entity);
        if is_person(m.entity) {
            after_person[m.para] = after_person[m.para].max(m.t1);
        }
        // "Trump: 'Never again'" is a speaker's label, not a list item.
        let label = paras[m.para]
            .toks
            .get(m.t1)
            .is_some_and(|t| t.is_punct(':'));
        if opens_item(&paras[m.para], m.t0) && is_person(m.entity) && !label {
            opens_with_person[m.para] = true;
        }
    }
    let mut out = vec![Vec::new(); paras.len()];
    let mut pending: Vec<Role> = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        let item = opens_with_person[i] && p.toks.len() <= 30;
        if item && !pending.is_empty() {
            out[i] = pending.clone();
            continue;
        }
        pending.clear();
        let Some(last) = p.toks.last() else { continue };
        let colon = last.is_punct(':');
        let heading = p.toks.len() <= 10 && !p.toks.iter().any(|t| t.is_punct('.'));
        // "Town celebrates release of hostage A" then a byline: a headline that names its
        // own person is about that person, not a heading over a list.
        if colon || heading && !names_person[i] {
            let from = p
                .toks
                .get(after_person[i])
                .map_or(p.text.len(), |t| t.start);
            pending = introducing(&p.text[from..]);
            // Captives hold no office: a line that introduces hostages and names a
            // spokesperson's office introduces hostages.
            if pending.contains(&Role::Hostage) {
                pending.retain(|&r| r == Role::Hostage);
            }
            // "County councillor ejected from meeting" over a caption: a headline's office
            // is its one subject's, not a list's; only a colon introduces officials.
            if !colon {
                pending.retain(|&r| r != Role::Official);
            }
        }
    }
    out
}
