//! Names in a list take the role of the noun that introduces the list: "The seven freed in
//! the first group were A, B and C", "Among those rescued was A", "the hostages were
//! identified as A and B", "hostages, among them A and B", names after a colon, and a
//! heading or a line ending in a colon ("Hostages released today:") over one name per line,
//! or a list subject that points back to an earlier noun phrase ("The group includes A",
//! "Among them were A and B"; the last two are `elsewhere`'s), a list in apposition to a
//! plural noun (`apposed`). Here too: where a list goes on ("A, B and C", "A, 21, and husband
//! and wife B and C", "A; B, 56; and C" in `semicolon`).
//!
//! Only the words that introduce the list are read, and not when they speak of someone's
//! family ("Among the hostages' relatives were …"). `roles` walks the mentions and asks.

use super::Para;
use super::lexicon::LEX;
use super::roles::word;
use crate::entity::Role;
use crate::extract::text::hyphenated_words;

mod along;
mod along_adjunct;
mod examples;
use examples::examples;
mod identified;
use identified::identified_remains;
pub(super) use identified::{named_remains, remains_story};
mod apposed;
mod freed_by_state;
mod named_object;
pub(super) use apposed::apposed;
pub(super) use freed_by_state::freed_by_state;
use named_object::object_antecedent;
mod colon;
pub(super) use colon::colon_list;
mod inverted;
pub(super) use inverted::{held_fronted, kidnap_story};
mod semicolon;
pub(super) use semicolon::{semicolon_gap, semicolon_goes_on};
pub(super) mod apposition;
mod dated;
pub(super) use dated::dated_pair;
mod gaps;
pub(super) use gaps::{affiliation_gap, caption_place, group_gap, has_and, list_filler, list_gap};
pub(super) mod owner;
pub(super) use along::{names_kin, taken_along};
mod elsewhere;
use elsewhere::{among_them, antecedent, counted_antecedent};
pub(super) use elsewhere::{item_roles, opens_item};

/// Verbs that link a subject to the list that follows them.
pub(super) const LINKS: &[&str] = &[
    "included",
    "include",
    "includes",
    "were",
    "was",
    "are",
    "is",
    "comprised",
];

/// What was done to hostages, as the participle of a list's subject ("the seven freed in the
/// first group were …").
pub(super) const UNDERGONE: &[&str] = &[
    "freed",
    "released",
    "rescued",
    "returned",
    "abducted",
    "kidnapped",
    "captured",
];

/// Roles in the words that introduce a list, or none if they speak of family.
pub(super) fn introducing(text: &str) -> Vec<Role> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = hyphenated_words(&lower).collect();
    // "the first to be reunited with his family was A": the family one is reunited with is
    // company, not the list's head.
    let company = |j: usize| {
        j >= 2 && matches!(words[j - 1], "his" | "her" | "their") && words[j - 2] == "with"
    };
    if (0..words.len()).any(|j| LEX.kin.contains(words[j]) && !company(j)) {
        return Vec::new();
    }
    // "Among the prisoners to be released is A": no captive, unless "political prisoners".
    let prisoners = (0..words.len())
        .any(|j| super::freed::jailed(words[j]) && (j == 0 || words[j - 1] != "political"));
    let mut roles = LEX.roles_in(text);
    if prisoners {
        roles.retain(|&r| r != Role::Hostage);
    }
    if words.iter().any(|w| UNDERGONE.contains(w)) && !roles.contains(&Role::Hostage) && !prisoners
    {
        roles.push(Role::Hostage);
    }
    roles
}

/// What earlier list subjects said, by their head noun: "The first group of those released
/// included …" lets "The second group included …" mean released hostages too.
pub(super) type Heads = rustc_hash::FxHashMap<String, Vec<Role>>;

/// "The first group of those released included A, …", "Among those rescued was A": the
/// roles of the clause before a linking verb right before the list's first name at `l0`, or
/// those an earlier list subject with the same head noun had.
pub(super) fn clause_intro(
    p: &Para<'_>,
    prev: Option<&Para<'_>>,
    l0: usize,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
    heads: &mut Heads,
) -> Vec<Role> {
    let Some(v) = l0.checked_sub(1) else {
        return Vec::new();
    };
    // "… included Marco Rubio's adviser": the name owns what follows; it is no list item.
    if p.toks
        .get(t1)
        .is_some_and(|t| t.kind == super::text::Tok::Possessive)
    {
        return Vec::new();
    }
    // "The released hostages were identified as A, B and C": "named as" links the same way,
    // and so does "confirmed the names of the hostages freed as A, B and C".
    let names_before = |v: usize| {
        let mut i = v;
        while i > 0 && !p.starts[i] {
            i -= 1;
            if word(p, i).as_deref() == Some("names") {
                return true;
            }
        }
        false
    };
    let naming = |i: usize| {
        word(p, i).is_some_and(|w| matches!(w.as_str(), "identified" | "named" | "listed"))
    };
    let named_as =
        word(p, v).as_deref() == Some("as") && v >= 1 && (naming(v - 1) || names_before(v));
    // "named the first seven released as A, 24; B, 25": the object between the verb and
    // "as" is the list's head, and stays in the words read for its role.
    let object_as = !named_as
        && word(p, v).as_deref() == Some("as")
        && (v.saturating_sub(6)..v)
            .rev()
            .take_while(|&i| !p.starts[i + 1] && !person_at(i))
            .any(|i| naming(i) && (i + 1..v).all(|j| word(p, j).is_some_and(|w| w != "and")));
    if !named_as && !object_as && word(p, v).as_deref() == Some("as") {
        let roles = identified_remains(p, v, person_at);
        if !roles.is_empty() {
            return roles;
        }
    }
    // "Biden identified the Americans as A, B and C": the object points back to an earlier
    // phrase, whoever the subject is.
    if let Some(verb) = (v.saturating_sub(3)..v).find(|&i| object_as && naming(i)) {
        let roles = object_antecedent(p, prev, verb, v);
        if !roles.is_empty() {
            return roles;
        }
    }
    let v = if named_as { v - 1 } else { v };
    // "The other two men released were policemen A and B": a plural noun of the list's own
    // kind between the linking verb and the first name is no part of the clause; nor is an
    // age ("Among the newly freed was 25-year-old A").
    let v = if !named_as
        && !object_as
        && v > 0
        && word(p, v).is_some_and(|w| members_noun(&w) || w.ends_with("-year-old"))
        && word(p, v - 1).is_some_and(|w| LINKS.contains(&w.as_str()))
    {
        v - 1
    } else {
        v
    };
    if !named_as && !object_as && !word(p, v).is_some_and(|w| LINKS.contains(&w.as_str())) {
        return Vec::new();
    }
    let mut s = v;
    while s > 0 && !p.starts[s] {
        s -= 1;
    }
    // A title in the clause belongs to the person it names ("led by envoy Steve Witkoff and
    // included …"), not to the list; but "A's office said that the body of a hostage was
    // identified as B" gives B the clause after "that".
    if let Some(last) = (s..v).rev().find(|&i| person_at(i)) {
        match (last..v).find(|&i| word(p, i).as_deref() == Some("that")) {
            Some(t) => s = t + 1,
            None => match fronted_subject(p, last, v) {
                Some(t) => s = t,
                None => return Vec::new(),
            },
        }
    }
    if s >= v || p.in_quote[v] {
        return Vec::new();
    }
    let roles = introducing(&p.text[p.toks[s].start..p.toks[v - 1].end]);
    if object_as {
        return roles;
    }
    // The head noun: the last word before "of" or the verb ("group" in "the first group of …").
    let of = (s..v)
        .find(|&i| word(p, i).as_deref() == Some("of"))
        .unwrap_or(v);
    let Some(head) = of.checked_sub(1).and_then(|i| word(p, i)) else {
        return roles;
    };
    if roles.is_empty() {
        return heads
            .get(&head)
            .cloned()
            .or_else(|| {
                (v - s == 2)
                    .then(|| antecedent(p, s, &head, prev))
                    .flatten()
            })
            // "The five victims are A and B": the count names a set told of before.
            .or_else(|| {
                (v - s == 3)
                    .then(|| counted_antecedent(p, s, prev))
                    .filter(|r| !r.is_empty())
            })
            .unwrap_or_else(|| among_them(p, s, prev));
    }
    heads.insert(head, roles.clone());
    roles
}

/// "Besides A, who was jailed for a year, the freed Americans included B": a name in an
/// adjunct set off by a comma before the clause's subject is not the subject. The subject is
/// the words after the last comma before the linking verb at `v`, when they are a short noun
/// phrase opened by "the" or "those" (no verb of its own, no name); where it starts.
fn fronted_subject(p: &Para<'_>, last: usize, v: usize) -> Option<usize> {
    let comma = (last..v).rev().find(|&i| p.toks[i].is_punct(','))?;
    let s = comma + 1;
    let opens = word(p, s).is_some_and(|w| matches!(w.as_str(), "the" | "those"));
    let plain = (s..v).all(|i| p.toks[i].is_word()) && v - s <= 6;
    (opens && plain && v > s + 1).then_some(s)
}

/// "A and her two children, B and C": a family word joining names of one list. An age
/// may close the item before ("A (50) and her two daughters B and C").
pub(super) fn kin_bridge(p: &Para<'_>, end: usize, start: usize) -> bool {
    if start <= end || start > p.toks.len() {
        return false;
    }
    let age = |w: &String| w.chars().all(|c| c.is_ascii_digit());
    let words: Vec<String> = (end..start)
        .filter_map(|i| word(p, i))
        .skip_while(age)
        .collect();
    let bracket = |i: usize| p.toks[i].is_punct('(') || p.toks[i].is_punct(')');
    let fillers =
        (end..start).all(|i| p.toks[i].is_word() || p.toks[i].is_punct(',') || bracket(i));
    // "and their daughter", "and two daughters", "and their two young boys": a possessive,
    // or only a number and words of age, before the family noun.
    let pronoun = words
        .iter()
        .any(|w| matches!(w.as_str(), "his" | "her" | "their"));
    let plain = words.len() > 2 && super::taking_part::kin_modifiers(&words[1..words.len() - 1]);
    fillers
        && words.first().is_some_and(|w| w == "and")
        && words.last().is_some_and(|w| {
            LEX.kin.contains(w.as_str()) || pronoun && super::taking_part::children(w)
        })
        && (words.len() <= 4 && pronoun || words.len() <= 6 && plain)
}

/// What a title before the first name of a list gives the rest of it: only a plural title
/// names a group ("hostages A, B and C", "envoys A and B"); a singular one is the first
/// name's own ("Special Envoy A, B and C", "Gov. A and businessman B"); "officials" is one
/// such plural. Negotiating is what a group of envoys shares; an office is each member's own.
pub(super) fn group_roles(left: &str, roles: &[Role]) -> Vec<Role> {
    // "hostages -- Israeli A and …": a nationality after the plural is the first name's own.
    let head = left
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty() && !LEX.is_demonym(w))
        .unwrap_or("")
        .to_lowercase();
    // "senior Hamas officials A, B and C": the plural of "official" names a group of
    // office-holders here, before the list, though alone ("officials said") it is no title.
    if head == "officials" && roles.is_empty() {
        return vec![Role::Official];
    }
    if !head.ends_with('s') || head.ends_with("ss") || roles.is_empty() {
        return Vec::new();
    }
    if roles.contains(&Role::Negotiator) {
        return vec![Role::Negotiator];
    }
    roles.to_vec()
}

/// "hostages, among them A, B and C", "officials including A", "those held abroad, like A":
/// the noun before the list.
pub(super) fn list_intro(p: &Para<'_>, l0: usize) -> Vec<Role> {
    let w = |i: usize| word(p, i).unwrap_or_default();
    let mut i = l0;
    // "hostages, such as his brother Yossi": the item is also someone's relative, and
    // still one of the hostages the list introduces.
    if i >= 2
        && LEX.kin.contains(w(i - 1).as_str())
        && matches!(w(i - 2).as_str(), "his" | "her" | "their")
    {
        i -= 2;
    }
    // "mediators, including intelligence chief A": the item's own lower-case title words
    // may stand between "including" and the name.
    let titled = (1..=2).find(|&k| {
        i > k
            && matches!(w(i - k - 1).as_str(), "including" | "namely")
            && (i - k..i).all(|j| {
                let x = w(j);
                !x.is_empty()
                    && x.chars().all(char::is_lowercase)
                    && !LEX.stopwords.contains(x.as_str())
            })
    });
    if let Some(k) = titled {
        i -= k + 1;
    } else if i >= 1 && matches!(w(i - 1).as_str(), "including" | "namely") || examples(p, i) {
        i -= 1;
    } else if i >= 2
        && matches!(
            (w(i - 2).as_str(), w(i - 1).as_str()),
            ("among", "them" | "those" | "whom") | ("such", "as")
        )
    {
        i -= 2;
    } else {
        return Vec::new();
    }
    if i >= 1 && p.toks[i - 1].is_punct(',') {
        i -= 1;
    }
    let s = i.saturating_sub(5);
    if s >= i {
        return Vec::new();
    }
    // "met relatives of hostages in Jerusalem, among them …": family, not hostages.
    let c = p.sentence_start(s);
    if introducing(&p.text[p.toks[c].start..p.toks[i - 1].end]).is_empty() {
        return Vec::new();
    }
    // "U.S. envoys including A and B": negotiating is what the group shares; an office is
    // each member's own (as in `group_roles`).
    let roles = LEX.roles_in(&p.text[p.toks[s].start..p.toks[i - 1].end]);
    if roles.contains(&Role::Negotiator) {
        return vec![Role::Negotiator];
    }
    roles
}

/// Plural nouns for a group of people named by where they come from or what they do.
pub(super) const GROUPS: &[&str] = &[
    "citizens",
    "nationals",
    "workers",
    "residents",
    "civilians",
    "laborers",
    "labourers",
    "students",
    "women",
    "men",
];

/// Another name follows after a comma or "and", or after a group of the list's own
/// members ("A, B, and Thai nationals, including C": see [`group_gap`]).
pub(super) fn list_goes_on(p: &Para<'_>, t1: usize, person_at: &dyn Fn(usize) -> bool) -> bool {
    let mut i = t1;
    while i < p.toks.len() && list_filler(p, i) && i - t1 < 6 {
        i += 1;
    }
    // "A, and Eng. B": the next name's own title may come first.
    let mut n = i;
    while n < p.toks.len()
        && n - i < 3
        && (LEX.is_title(p.toks[n].text(p.text)) || p.toks[n].is_punct('.'))
    {
        n += 1;
    }
    if i > t1 && (person_at(i) || person_at(n)) {
        return true;
    }
    let mut j = i;
    while j < p.toks.len() && j - t1 <= 10 && !person_at(j) {
        j += 1;
    }
    // "A, 32, B, 45, and their driver C": the next name's own descriptor stands first; so
    // does a family word ("A, B, and his son-in-law C"), which joins C to the list.
    j < p.toks.len()
        && person_at(j)
        && (group_gap(p, t1, j) || list_gap(p, t1, j) || kin_bridge(p, t1, j))
}

/// A plural noun for members of a service or a kind of person ("policemen", "soldiers",
/// "officers") that may stand before a list of names as their common descriptor.
fn members_noun(w: &str) -> bool {
    let one = w
        .strip_suffix("men")
        .map(|s| format!("{s}man"))
        .or_else(|| w.strip_suffix('s').map(str::to_string));
    one.is_some_and(|o| {
        LEX.service_nouns.contains(o.as_str())
            || LEX.role_nouns.contains(o.as_str())
            || matches!(o.as_str(), "policeman" | "policewoman" | "officer")
    })
}
