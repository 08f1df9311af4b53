//! Freed captives named only in the prose of their release: "the release of A", "Hamas
//! freed A", "previously rescued A", a list whose items, each with its own apposition, are
//! set apart by semicolons ("The group includes A, a pianist; B, …; and C"), and "Two
//! others, A and B," pointing back to the list before. A release a name owns ("A's release
//! from Gaza", "mother of A … before his release") is `owned`'s; a homecoming ("A is
//! reunited with his wife") is `reunited`'s.
//!
//! Read conservatively, since a wrong role spreads to every page of the person: the family
//! who welcome a captive home are named in the same sentences ("his mother, C, was reunited
//! with her son"), so a name described by a family word of someone else, or reunited with a
//! son, a daughter or a husband, takes nothing here.

use super::Para;
use super::lexicon::LEX;
use super::lists::UNDERGONE;
use super::roles::{word, word_back};
use super::taking_part::joined_group;
use super::text::{Tok, is_capitalised, is_double_quote};
use crate::entity::Role;

mod by_captor;
pub(in crate::extract) mod captor;
mod demanded;
pub(in crate::extract) mod detained;
mod held;
mod held_until;
mod own_remains;
mod owned;
mod prison;
mod reunited;
mod swap;
pub(super) use by_captor::held_for_span;
pub(super) use own_remains::{own_body_held, possessive_body_held};
pub(super) use owned::{from_captivity, jail_story, kin_of_release, own_release};
pub(super) use prison::{
    freed_nationals, held_abroad_before, national_prisoner, national_prisoner_title,
    own_side_prison,
};
pub(super) use reunited::{kin_pair_predicate, reunited};
pub(super) use swap::{jailed, titled_item_gap};

/// "previously rescued Noa Argamani", "the freed Agam Berger": a participle of release or
/// capture right before the name at `l0`, made an adjective by an adverb or an article before
/// it. A bare participle may be a verb whose object is a prisoner ("Israel freed A"), so it
/// counts only so.
pub(super) fn participle_before(p: &Para<'_>, l0: usize) -> Vec<Role> {
    let w = |k: usize| word_back(p, l0, k);
    // What was done to a captive, as a participle before a name; "captured" is left out, as
    // "the captured gunman" is as common.
    let participle = w(1).is_some_and(|x| x != "captured" && UNDERGONE.contains(&x.as_str()));
    let adjective = w(2).is_some_and(|x| {
        matches!(
            x.as_str(),
            "previously" | "recently" | "newly" | "just" | "already" | "the" | "a"
        )
    });
    if participle && adjective && !p.in_quote[l0 - 1] {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}

/// "…; B, partner of C; and D, whose call …": the name opening at `t0` (no title of its
/// own) follows a semicolon, or a semicolon and "and", and the item before it (from `end`)
/// opened with an apposition. Items of one list, then, which news sets apart with
/// semicolons once each has its own description. A nationality may open the item ("; and
/// American-Israeli D, 65"): it says where the item is from, not what it is.
pub(super) fn semicolon_item(p: &Para<'_>, end: usize, t0: usize) -> bool {
    if t0 <= end + 1 || (end + 1..=t0).any(|i| p.starts[i]) {
        return false;
    }
    let mut i = t0 - 1;
    while i > end + 1 && p.word_at(i).is_some_and(|w| LEX.is_demonym(w)) {
        i -= 1;
    }
    if word(p, i).as_deref() == Some("and") {
        i -= 1;
    }
    let described = p.toks[end].is_punct(',');
    p.toks[i].is_punct(';') && described && t0 - end < 40
}

/// "Two others, A and B, are believed dead", "Others are C and D": a sentence opened by
/// "others" (after a number or "the") and a comma, or a verb linking it to the list ("are",
/// "were", "include"), right before the list's first name at `l0` points back to the list
/// before it.
pub(super) fn others_before(p: &Para<'_>, l0: usize) -> bool {
    let link = word_back(p, l0, 1).is_some_and(|w| {
        matches!(
            w.as_str(),
            "are" | "were" | "include" | "included" | "includes"
        )
    });
    if l0 < 2
        || !(p.toks[l0 - 1].is_punct(',') || link)
        || word(p, l0 - 2).as_deref() != Some("others")
    {
        return false;
    }
    let k = l0 - 2;
    p.starts[k]
        || k >= 1
            && p.starts[k - 1]
            && word(p, k - 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "the"
                ) || w.chars().all(|c| c.is_ascii_digit())
            })
}

/// "the release of Edan Alexander", "the handover of A", "the bodies of Shiri Bibas", "identified as those of
/// 84-year-old A": what is done to a hostage (an age before the name aside), unless it is
/// only demanded (`demanded`).
pub(super) fn released(p: &Para<'_>, l0: usize) -> Vec<Role> {
    let aged = word_back(p, l0, 1).is_some_and(|x| x.ends_with("-year-old"));
    let w = |k: usize| word_back(p, l0, k + usize::from(aged)).unwrap_or_default();
    // "Hamas identified the bodies as Oded Lifshitz", "named the hostages as A and B".
    let identified = w(1) == "as"
        && matches!(
            w(2).as_str(),
            "bodies" | "body" | "remains" | "hostages" | "captives"
        );
    // "the hostage bodies handed over were identified as those of A": a captive's remains,
    // when the sentence speaks of captives (not "the prints were identified as those of A").
    let those_of = w(1) == "of"
        && w(2) == "those"
        && w(3) == "as"
        && matches!(w(4).as_str(), "identified" | "named")
        && (0..l0).rev().take_while(|&i| !p.starts[i + 1]).any(|i| {
            word(p, i).is_some_and(|x| {
                matches!(x.as_str(), "hostage" | "hostages" | "captive" | "captives")
            })
        });
    // "The remains are those of A, B and C": remains said to be someone's are a captive's,
    // as "the remains of A" are.
    let are_those = w(1) == "of"
        && w(2) == "those"
        && matches!(w(3).as_str(), "are" | "were" | "is" | "was")
        && matches!(
            w(4).as_str(),
            "remains" | "bodies" | "body" | "coffins" | "coffin"
        );
    // "secured the release on Tuesday of A", "the release yesterday of A": a time phrase
    // may stand between the release and its "of".
    let freeing = |x: &str| matches!(x, "release" | "freeing");
    let dated = w(1) == "of"
        && (w(3) == "on" && w(2).ends_with("day") && freeing(&w(4))
            || matches!(w(2).as_str(), "yesterday" | "today" | "overnight") && freeing(&w(3)));
    // "an “express kidnapping” of A": the mark that closes a quoted noun is no word.
    let closed = l0 >= 2 + usize::from(aged)
        && matches!(p.toks[l0 - 2 - usize::from(aged)].kind, Tok::Punct(c) if is_double_quote(c));
    let noun = w(2 + usize::from(closed));
    let hostage = identified
        || those_of
        || are_those
        || dated
        || w(1) == "of"
            && matches!(
                noun.as_str(),
                "release"
                    | "freeing"
                    | "handover"
                    | "body"
                    | "bodies"
                    | "remains"
                    | "abduction"
                    | "kidnapping"
                    | "captivity"
            );
    // "Hamas is demanding the bodies of A and B": a demanded release is no captivity.
    if hostage && !demanded::demanded(p, l0) {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}

/// What a freeing says of the first name of a list, at `l0` (title) and `t0` (name), for
/// every name of the list to share: "the bodies of A and B" ([`released`]), and "Hamas
/// freed A and B", "a raid in Rafah freed A, 70, and B, 60" ([`freed_by`]), where the names
/// after the first stand past "and", which ends the object for the name read alone.
pub(super) fn released_list(p: &Para<'_>, l0: usize, t0: usize) -> Vec<Role> {
    let mut roles = released(p, l0);
    if roles.is_empty() {
        roles = freed_by(p, t0);
    }
    roles
}

/// Conjunctions that open a clause of their own: a name after one is that clause's subject.
const CLAUSE_OPENERS: &[&str] = &[
    "as", "while", "when", "after", "before", "since", "because", "until", "once", "but",
];

/// The subject before the freeing verb `w` at `v`: a name right before it ("Hamas
/// released", "Iran frees", "with Moscow releasing"), past "has" or "have" too; a state's authorities or government
/// ("Iranian authorities have released"); a name, "it" or "they" before "will" or "would"
/// ("it will release"); or one who consents or refuses to free ("Hamas agreed to release").
fn freer_before(p: &Para<'_>, v: usize, w: &str) -> bool {
    let cap = |i: usize| p.toks[i].is_word() && is_capitalised(p.toks[i].text(p.text));
    let x = |k: usize| word_back(p, v, k).unwrap_or_default();
    // "President Omar al-Bashir": a surname after a lower-case particle is a name's end too.
    let named = |i: usize| {
        cap(i)
            || p.word_at(i)
                .and_then(|w| w.rsplit('-').next())
                .is_some_and(is_capitalised)
    };
    match w {
        "released" | "freed" | "releases" | "frees" | "releasing" | "freeing" => {
            let k = 1 + usize::from(matches!(x(1).as_str(), "has" | "have" | "had"));
            let state = matches!(x(k).as_str(), "authorities" | "government");
            v >= k && cap(v - k)
                || v > k && state && cap(v - k - 1)
                || captor::captor_subject(p, v, k)
        }
        "release" | "free" => {
            let will = matches!(x(1).as_str(), "will" | "would")
                && v >= 2
                && (cap(v - 2) || matches!(x(2).as_str(), "it" | "they"));
            // "urged Iran to release A", "persuaded President B to free C", "called on the
            // government to free D": the state or person asked to free someone holds them.
            // A day before "to" is no freer ("agreed on Friday to release").
            let asked = x(1) == "to"
                && v >= 2
                && (named(v - 2) && !p.word_at(v - 2).is_some_and(|d| LEX.is_calendar(d))
                    || matches!(x(2).as_str(), "government" | "authorities"));
            // "Hamas agreed to release A", "it said it was willing to free B": who consents
            // or refuses to free someone holds them; the reader's side frees its convicts
            // ("Israel refused to release A", as [`swap::own_side_freer`] says).
            let consents = x(1) == "to" && CONSENTING.contains(&x(2).as_str()) && {
                let k = 3 + usize::from(matches!(
                    x(3).as_str(),
                    "has" | "have" | "had" | "was" | "is" | "were" | "are"
                ));
                v > k
                    && !p.in_quote[v - k]
                    && !LEX.reader_places.contains(x(k).as_str())
                    && (cap(v - k) || matches!(x(k).as_str(), "it" | "they"))
            };
            will || asked || consents
        }
        _ => false,
    }
}

/// Words before "to release" of one who consents or refuses to free someone.
const CONSENTING: &[&str] = &[
    "agreed", "agrees", "refused", "refuses", "willing", "ready", "prepared", "offered", "offers",
    "promised", "pledged", "decided",
];

/// Words that end the object of a freeing verb: a conjunction, a prisoner's noun, a
/// preposition.
const OBJECT_ENDS: &str = "and prisoner prisoners detainee detainees from in to at with \
    regarding about concerning on over for against of by";

/// "Hamas released Israeli soldier A", "Islamic Jihad freed A": a named group freed the
/// person named after the verb, across the words of a title run, unless a noun there makes a
/// prisoner of them ("Israel released prisoner B"). A conjunction between them opens a new
/// clause whose subject the name is ("Hostages Freed as Trump Lands in Egypt"). Who may
/// free is [`freer_before`]'s to say.
fn freed_by(p: &Para<'_>, t0: usize) -> Vec<Role> {
    let mut v = t0;
    while v > 0 && t0 - v < 6 && p.toks[v - 1].is_word() {
        v -= 1;
        let w = word(p, v).unwrap_or_default();
        // "Hostages freed from Gaza visited President A": a preposition or another verb
        // between them ends the object; A is the visit's. So does "released a statement
        // regarding A's win": what was released is the statement.
        let other_verb = w.ends_with("ed") && !matches!(w.as_str(), "released" | "freed");
        if OBJECT_ENDS.split(' ').any(|x| x == w)
            || other_verb
            || CLAUSE_OPENERS.contains(&w.as_str())
        {
            break;
        }
        if freer_before(p, v, &w) && !p.in_quote[v] {
            // "Washington released A": the reader's side frees the convicts it traded.
            if swap::own_side_freer(p, v) {
                break;
            }
            return vec![Role::Hostage];
        }
    }
    Vec::new()
}

/// The hostage role of a name a state or an armed group held, at `l0` (title), `t0`..`t1`
/// (name): freed by a named group ([`freed_by`]), held abroad and then freed (`detained`),
/// held in a foreign place or caught on a trip (`held`), or in the subject of a swap, among
/// those freed, or one of the list whose families await their loved ones (`swap`).
pub(super) fn state_held(
    p: &Para<'_>,
    (l0, t0, t1): (usize, usize, usize),
    person_at: &dyn Fn(usize) -> bool,
    swap: bool,
) -> Vec<Role> {
    let mut roles = freed_by(p, t0);
    if roles.is_empty() {
        roles = detained::held_abroad(p, l0, t1);
    }
    if roles.is_empty()
        && (held::held_in(p, t0, t1, swap)
            || by_captor::captor_object(p, t0, person_at)
            || by_captor::including_held(p, l0, person_at)
            || swap::part_of_swap(p, t0, t1)
            || swap::traded_for_convict(p, t0, t1, person_at)
            || swap::for_own_side_release(p, l0)
            || swap::among_freed(p, t1)
            || swap::families_awaiting(p, l0, person_at)
            || prison::foreign_prison(p, t0, t1, person_at))
    {
        roles.push(Role::Hostage);
    }
    roles
}

/// "A and two other freed hostages were discharged", "A and the other captives": the name
/// ending at `t1` is joined to others of a group of captives, so is one of them
/// ([`joined_group`]).
pub(super) fn and_others(p: &Para<'_>, t1: usize) -> Vec<Role> {
    let captive = |w: &str| matches!(w, "hostages" | "captives" | "abductees");
    match joined_group(p, t1, captive) {
        Some(_) => vec![Role::Hostage],
        None => Vec::new(),
    }
}

/// Whether some word the narration says, outside quotation marks, is one `is` takes (given
/// the paragraph, the token and its text). Read on each token's own text: a story is asked
/// about once, over every token of the article.
fn narrated(paras: &[Para<'_>], is: impl Fn(&Para<'_>, usize, &str) -> bool) -> bool {
    paras.iter().any(|p| {
        (0..p.toks.len()).any(|i| !p.in_quote[i] && p.word_at(i).is_some_and(|w| is(p, i, w)))
    })
}

/// Whether `w` is one of `words` (lower case), in any case.
fn one_of(w: &str, words: &[&str]) -> bool {
    words.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// The article tells of a swap of prisoners or of a wrongful detention, outside quotation
/// marks: a story of a state holding people, where "A was detained in Iran" is a captive's
/// and not a crime's.
pub(super) fn swap_story(paras: &[Para<'_>]) -> bool {
    narrated(paras, |p, i, w| {
        one_of(w, &["swap", "swaps", "swapped", "wrongfully", "unjustly"])
            || one_of(w, &["exchange"])
                && i > 0
                && p.word_at(i - 1).is_some_and(|v| one_of(v, &["prisoner"]))
    })
}
