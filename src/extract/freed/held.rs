//! A person held by a foreign state, named with where they are held and nothing after it:
//! "A, who is held in Afghanistan,", "B, imprisoned in Belarus,", "C, who was detained in
//! 2022 while visiting Kabul,", "D was detained in Venezuela last year while on personal
//! travel". News of a state's captive gives where it holds them; crime news gives the charge.
//!
//! Read conservatively, as jail and detention are everyday words of crime reporting: the
//! place must be one the gazetteer knows, or the detention must have caught the person on a
//! trip; a charge of an ordinary crime, a warrant or the police anywhere in the clause, or a
//! title that makes the person a convict or an agent ("convicted assassin A, jailed in
//! Germany"), and the person takes nothing here.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::roles::word;
use super::super::set_off::is_age;
use super::super::text::{is_capitalised, is_hyphen};
use super::detained::{CRIMINAL, HELD};

/// Words of a criminal case rather than captivity, in the clause that says where one is held,
/// besides [`CRIMINAL`]'s.
pub(super) const CASE_WORDS: &[&str] = &[
    "custody",
    "fraud",
    "drug",
    "drugs",
    "trafficking",
    "smuggling",
    "theft",
    "robbery",
    "rape",
    "assault",
    "manslaughter",
    "killing",
    "corruption",
    "bribery",
    "embezzlement",
    "suspected",
    "accused",
    "awaiting",
    "deportation",
    "deported",
];

/// Title words that make a person a convict, a suspect or another state's agent: "convicted
/// Russian assassin A", "Palestinian prisoner B". Such a person may be held abroad and traded,
/// and is no hostage.
pub(in crate::extract) const CONVICT_TITLES: &[&str] = &[
    "convicted",
    "assassin",
    "spy",
    "spies",
    "agent",
    "killer",
    "murderer",
    "hitman",
    "smuggler",
    "trafficker",
    "dealer",
    "hacker",
    "terrorist",
    "militant",
    "gunman",
    "suspect",
    "fugitive",
    "felon",
    "criminal",
    "gangster",
    "prisoner",
    "inmate",
    "convict",
    "operative",
    "officer",
];

/// The title words right before the name at `t0` (back to a comma, "and" or a sentence
/// start, at most five words) make the person a convict or an agent ([`CONVICT_TITLES`]).
pub(in crate::extract) fn convict_title(p: &Para<'_>, t0: usize) -> bool {
    let mut i = t0;
    while i > 0 && t0 - i < 5 && !p.starts[i] && p.toks[i - 1].is_word() {
        i -= 1;
        let w = word(p, i).unwrap_or_default();
        if w == "and" {
            break;
        }
        if CONVICT_TITLES.contains(&w.as_str()) {
            return true;
        }
    }
    false
}

/// Trip words after "while": "while visiting Kabul", "while on personal travel".
fn on_a_trip(w: &str) -> bool {
    matches!(
        w,
        "visiting" | "travelling" | "traveling" | "touring" | "vacationing" | "holidaying" | "on"
    )
}

/// What the words from `s` to `e` (a clause after a name) say: held in a known place or by a
/// named captor ("detained in Iran", "held by the Taliban"), and caught on a trip ("while
/// visiting Kabul"). `None` when a word of a criminal case is in their sentence.
fn held_where(p: &Para<'_>, s: usize, e: usize) -> Option<(bool, bool)> {
    let w = |i: usize| word(p, i).unwrap_or_default();
    // The whole sentence: "A was detained in Spain while on holiday, police said".
    if (p.sentence_start(s)..p.sentence_end(s))
        .any(|i| CRIMINAL.contains(&w(i).as_str()) || CASE_WORDS.contains(&w(i).as_str()))
    {
        return None;
    }
    let mut place = false;
    let mut trip = false;
    for i in s..e {
        if !HELD.contains(&w(i).as_str()) {
            continue;
        }
        let known = |k: usize| {
            p.word_at(k)
                .is_some_and(|x| is_capitalised(x) && LEX.is_known_place(x))
        };
        let named = |k: usize| p.word_at(k).is_some_and(is_capitalised) && w(k) != "police";
        place |= w(i + 1) == "in" && known(i + 2)
            || w(i + 1) == "by" && (named(i + 2) || w(i + 2) == "the" && named(i + 3));
        trip |= (i + 1..e).any(|k| w(k) == "while" && on_a_trip(&w(k + 1)));
    }
    Some((place, trip))
}

/// "in jail in military-ruled Myanmar", "in a prison in Iran": between `s` and `e`, a prison
/// noun, "in", at most two lower-case words and a place the gazetteer knows that is not the
/// reader's side's own (`data/reader_side.txt`).
fn jailed_abroad(p: &Para<'_>, s: usize, e: usize) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    (s..e).any(|i| {
        matches!(w(i).as_str(), "jail" | "prison" | "detention") && w(i + 1) == "in" && {
            let mut k = i + 2;
            // "military-ruled": lower-case words, and the hyphens between their parts.
            let filler = |k: usize| {
                p.word_at(k).is_some_and(|x| !is_capitalised(x))
                    || p.toks
                        .get(k)
                        .is_some_and(|t| t.text(p.text).chars().all(is_hyphen))
            };
            while k < i + 6 && filler(k) {
                k += 1;
            }
            k < e
                && p.word_at(k)
                    .is_some_and(|x| is_capitalised(x) && LEX.is_known_place(x))
                && !LEX.reader_places.contains(w(k).as_str())
        }
    })
}

/// Where the clause that opens at `s` ends: the next comma, or the sentence's end.
fn clause_end(p: &Para<'_>, s: usize) -> usize {
    let mut e = s;
    while e < p.toks.len() && e - s < 25 && !(e > s && p.starts[e]) && !p.toks[e].is_punct(',') {
        e += 1;
    }
    e
}

/// "A, who is held in Afghanistan", "B, imprisoned in Belarus,", "C, who was detained in 2022
/// while visiting Kabul": a relative clause or an apposition of holding right after the name
/// ending at `t1`, which says where or on what trip the person is held; or "D was detained
/// in Venezuela last year while on personal travel", a predicate that says both. Not for a
/// name a title makes a convict or an agent (`t0` opens the name).
pub(in crate::extract) fn held_in(p: &Para<'_>, t0: usize, t1: usize, swap: bool) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    if convict_title(p, t0) {
        return false;
    }
    // "A, 38, detained in Tehran since 2016": an age set off after the name is passed over.
    let aged = |k: usize| {
        p.toks.get(k).is_some_and(|t| t.is_punct(','))
            && p.word_at(k + 1).is_some_and(is_age)
            && p.toks.get(k + 2).is_some_and(|t| t.is_punct(','))
    };
    let t1 = if aged(t1) { t1 + 2 } else { t1 };
    let comma = p.toks.get(t1).is_some_and(|t| t.is_punct(','));
    let s = if comma { t1 + 1 } else { t1 };
    let e = clause_end(p, s);
    let mut i = s + usize::from(comma && w(s) == "who");
    let relative = i > s || comma;
    while i < e
        && matches!(
            w(i).as_str(),
            "is" | "are" | "was" | "were" | "has" | "have" | "had" | "been" | "still" | "now"
        )
    {
        i += 1;
    }
    // "A, who spent a year in jail in Myanmar,": time served in a prison abroad.
    if comma && w(s) == "who" && w(i) == "spent" {
        return jailed_abroad(p, i, e) && held_where(p, i, e).is_some();
    }
    // The holding verb opens the clause after its auxiliaries (a bare apposition has none).
    let opens = HELD.contains(&w(i).as_str()) && (i > s || comma && w(s) != "who");
    if !opens || !relative && i == s {
        return false;
    }
    match held_where(p, i, e.max(i + 1)) {
        // A main predicate needs the trip: "A was detained in Spain" is as often a crime,
        // unless the story is of a swap or a wrongful detention, where a state holds people.
        // There "B, who was detained in May 2022," needs no place either.
        Some((place, trip)) => trip || place && (relative || swap) || relative && swap,
        None => false,
    }
}
