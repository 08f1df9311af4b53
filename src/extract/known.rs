//! Known names in a paragraph: the article's own `entities:` hints, the registry and the
//! built-in gazetteer, found as token ranges before any rule reads capitalised words; and
//! the kind of a name given without one.

use super::lexicon::LEX;
use super::names::{Atom, Source};
use super::{Para, Registry, registry, text};
use crate::entity::{EntityKind, EntitySpec};

/// Known names in a paragraph, as token ranges: the article's hints and the registry first,
/// then the built-in places and organisations; leftmost-longest, never overlapping.
pub(super) fn atoms(p: &Para<'_>, hints: &[EntitySpec], registry: &Registry) -> Vec<Atom> {
    let mut found: Vec<(usize, usize, Source, EntityKind, u8)> = Vec::new();
    for (hi, h) in hints.iter().enumerate() {
        let kind = h.kind.unwrap_or_else(|| guess_kind(&h.name));
        for n in std::iter::once(&h.name).chain(&h.aliases) {
            if n.trim().is_empty() {
                continue;
            }
            for (s, _) in p.text.match_indices(n.as_str()) {
                if registry::on_word_boundaries(p.text, s, s + n.len()) {
                    found.push((s, s + n.len(), Source::Hint(hi), kind, 0));
                }
            }
        }
    }
    for (s, e, i) in registry.find(p.text) {
        found.push((s, e, Source::Registry(i), registry.kind_of(i), 1));
    }
    for m in gazetteer_matches(p.text) {
        let gi = m.pattern().as_usize();
        let kind = LEX.gazetteer_entries[gi].kind;
        found.push((m.start(), m.end(), Source::Gazetteer(gi), kind, 2));
    }
    found.sort_by_key(|&(s, e, _, _, prio)| (s, prio, std::cmp::Reverse(e)));
    let mut out: Vec<Atom> = Vec::new();
    let mut taken_to = 0;
    for (s, e, source, kind, _) in found {
        if s < taken_to {
            continue;
        }
        let t0 = p.toks.partition_point(|t| t.start < s);
        let t1 = p.toks.partition_point(|t| t.end <= e);
        let aligned = p.toks.get(t0).is_some_and(|t| t.start == s)
            && t1 > t0
            && p.toks.get(t1 - 1).is_some_and(|t| t.end == e);
        if aligned
            && !surname_of(p, t0, t1, &source, out.last())
            && !kin_named(p, t0, t1, &source)
            && !credited_name(p, t0, t1, &source)
        {
            let t0 = fuller_head(p, t0, t1, &source, out.last().map_or(0, |a| a.t1));
            out.push(Atom {
                t0,
                t1,
                source,
                kind,
            });
            taken_to = e;
        }
    }
    state_parties(p, &mut out);
    out
}

/// "The Mississippi Democratic Party called …": a known place right before a known party's
/// name written out in full is that place's own branch of the party, one organisation, not a
/// place and the national party; both are let go, so the name is read whole from its
/// capitalised words. Not the party's members ("Texas Democrats"), who are no body.
fn state_parties(p: &Para<'_>, atoms: &mut Vec<Atom>) {
    let party = |a: &Atom| {
        matches!(a.source, Source::Gazetteer(gi)
            if LEX.gazetteer_entries[gi].kind == EntityKind::Organization)
            && p.word_at(a.t1 - 1) == Some("Party")
    };
    let mut k = atoms.len();
    while k >= 2 {
        k -= 1;
        let (place, next) = (&atoms[k - 1], &atoms[k]);
        if matches!(place.source, Source::Gazetteer(_))
            && place.kind == EntityKind::Place
            && place.t1 == next.t0
            && party(next)
        {
            atoms.drain(k - 1..=k);
            k -= 1;
        }
    }
}

/// The built-in gazetteer's names in `text`, on word boundaries only ("Iran" is not in
/// "Irani").
pub(super) fn gazetteer_matches(text: &str) -> impl Iterator<Item = aho_corasick::Match> + '_ {
    LEX.gazetteer
        .find_iter(text)
        .filter(move |m| registry::on_word_boundaries(text, m.start(), m.end()))
}

/// Whether the built-in gazetteer knows the outlet named `source` (a front matter's
/// `source:`): the whole name, or an organisation inside it ("Kan" in "Kan public
/// broadcaster"). A place inside it ("Springfield" in "Springfield Ledger-Star") is where
/// the outlet is, not the outlet.
pub(super) fn gazetteer_names_outlet(source: &str) -> bool {
    gazetteer_matches(source).any(|m| {
        m.end() - m.start() == source.len()
            || LEX.gazetteer_entries[m.pattern().as_usize()].kind == EntityKind::Organization
    })
}

/// "the Ezzedine al-Qassam Brigades" where the gazetteer knows "Izz ad-Din al-Qassam
/// Brigades" and "al-Qassam Brigades": a built-in organisation matched by a spelling that is
/// the tail of its canonical name, right after capitalised words (up to three, a hyphenated
/// particle such as "al-Din" between them), is that name with its head spelt the article's
/// way; the name starts at the first of them. Not over a word that opens the sentence, a
/// title, a demonym ("Palestinian Red Crescent" is known whole; "Israeli Health Ministry"
/// is the ministry), a day or month, or a name already found (`from`: where the last known
/// name ends).
fn fuller_head(p: &Para<'_>, t0: usize, t1: usize, source: &Source, from: usize) -> usize {
    let Source::Gazetteer(gi) = *source else {
        return t0;
    };
    let known = &LEX.gazetteer_entries[gi];
    let (Some(first), Some(last)) = (p.toks.get(t0), p.toks.get(t1 - 1)) else {
        return t0;
    };
    let spelt = p.text[first.start..last.end].to_lowercase();
    let tail = known
        .canonical
        .to_lowercase()
        .strip_suffix(spelt.as_str())
        .is_some_and(|head| head.ends_with(' '));
    if known.kind != EntityKind::Organization || !tail {
        return t0;
    }
    let head_word = |k: usize| {
        p.word_at(k).is_some_and(|w| {
            let l = w.to_lowercase();
            let particle = w.split_once(text::is_hyphen).is_some_and(|(a, b)| {
                (LEX.particles.contains(a) || LEX.hyphen_particles.contains(a))
                    && b.starts_with(char::is_uppercase)
            });
            (text::is_capitalised(w) || particle)
                && !LEX.is_title(w)
                && !LEX.demonyms.contains(w)
                && !LEX.is_calendar(w)
                && !LEX.stopwords.contains(l.as_str())
        })
    };
    let mut k = t0;
    while k > from && t0 - k < 3 && head_word(k - 1) && !p.starts[k] {
        k -= 1;
    }
    // The head opens on a capitalised word, and not one that opens the sentence.
    while k < t0 && (!p.word_at(k).is_some_and(text::is_capitalised) || p.starts[k]) {
        k += 1;
    }
    // "the Philippine National Red Cross": a capitalised word still before the head is a
    // body of its own, not the known one.
    let more = k
        .checked_sub(1)
        .and_then(|j| p.word_at(j))
        .is_some_and(|w| {
            text::is_capitalised(w) && !LEX.stopwords.contains(w.to_lowercase().as_str())
        });
    if k < t0 && more { t0 } else { k }
}

/// "Michael Bloomberg", "Michael Jordan": a one-word built-in organisation or place right
/// after a capitalised common given name (itself no known name, no day or month: "on
/// Wednesday Israel said") is that person's surname. A given name used for both sexes counts
/// too ("Eden Golan", "Yarden Negev"): it is a name all the same, only no gender's.
fn surname_of(p: &Para<'_>, t0: usize, t1: usize, source: &Source, prev: Option<&Atom>) -> bool {
    let given = t0
        .checked_sub(1)
        .and_then(|i| p.word_at(i))
        .filter(|w| text::is_capitalised(w) && !LEX.is_calendar(w));
    matches!(source, Source::Gazetteer(_))
        && t1 == t0 + 1
        && prev.is_none_or(|a| a.t1 < t0)
        && given.is_some_and(|w| {
            let w = w.to_lowercase();
            LEX.given_names.contains_key(w.as_str()) || LEX.given_either.contains(w.as_str())
        })
}

/// "Photo credits: Eilat Markovitz, Tzvika Golan": a one-word built-in place inside an item
/// of a credit's list of names is a word of a photographer's name there.
fn credited_name(p: &Para<'_>, t0: usize, t1: usize, source: &Source) -> bool {
    matches!(source, Source::Gazetteer(gi) if LEX.gazetteer_entries[*gi].kind == EntityKind::Place)
        && t1 == t0 + 1
        && super::runs::in_credit_list(p, t0, t1)
}

/// "his son Erez and daughter Sahar": a one-word built-in place right after a family word is
/// that relative's given name (Erez is a crossing too). Not after a word for a group or a
/// partner ("its partner Egypt", "families Israel freed").
fn kin_named(p: &Para<'_>, t0: usize, t1: usize, source: &Source) -> bool {
    const NOT_ONE_RELATIVE: [&str; 7] = [
        "partner",
        "family",
        "families",
        "relative",
        "relatives",
        "parent",
        "parents",
    ];
    matches!(source, Source::Gazetteer(_))
        && t1 == t0 + 1
        && t0
            .checked_sub(1)
            .and_then(|i| p.word_at(i))
            .map(str::to_lowercase)
            .is_some_and(|w| {
                LEX.kin.contains(w.as_str()) && !NOT_ONE_RELATIVE.contains(&w.as_str())
            })
}

/// A kind for a name the registry gives without one: the gazetteer, then cue words.
pub(crate) fn guess_kind(name: &str) -> EntityKind {
    if let Some(&gi) = LEX.gazetteer_folded.get(&name.to_lowercase()) {
        return LEX.gazetteer_entries[gi].kind;
    }
    let last = name.split_whitespace().next_back().unwrap_or("");
    if LEX.org_cues.contains(last) || text::is_all_caps(name) {
        EntityKind::Organization
    } else if LEX.place_cues.contains(last) {
        EntityKind::Place
    } else {
        EntityKind::Person
    }
}
