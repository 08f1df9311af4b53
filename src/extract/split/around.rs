//! What stands around a capitalised run and says what it is not: an outlet's noun after it
//! ("the Al Hadath television channel"), a known place after a comma ("Grand Rapids,
//! Michigan"), quotation marks around a title ("I Will Wait"), a nationality before a
//! person's name after "the" ("the British-Israeli Noa Levin").

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::names::Atom;
use super::super::runs::U;
use super::super::text::{Tok, is_capitalised, is_double_quote};
use crate::entity::EntityKind;

/// What an outlet is called after its name: "the Al Hadath television channel".
pub(super) const OUTLET_NOUNS: &[&str] = &[
    "television",
    "channel",
    "network",
    "newspaper",
    "daily",
    "broadcaster",
    "station",
    "website",
    "outlet",
    "magazine",
    "radio",
    "news",
];

/// "Grand Rapids, Michigan", "Indian Land, South Carolina": a name followed by a comma and a
/// known place (not that place's possessive) is a town in it.
pub(super) fn in_place(p: &Para<'_>, t1: usize, atoms: &[Atom]) -> bool {
    p.toks.get(t1).is_some_and(|t| t.is_punct(','))
        && atoms.iter().any(|a| {
            a.t0 == t1 + 1
                && a.kind == EntityKind::Place
                && !p.toks.get(a.t1).is_some_and(|t| t.kind == Tok::Possessive)
        })
}

/// "freed in Chan Junis in the south of the territory", "at Beit Ommar in northern Hebron": a
/// name after a preposition of place and before "in" and a compass word is a town or district
/// set in its region; a person is not placed so.
pub(super) fn set_in_region(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    let word = |i: usize| p.word_at(i).map(str::to_lowercase);
    let at_place = t0
        .checked_sub(1)
        .and_then(word)
        .is_some_and(|w| matches!(w.as_str(), "in" | "at" | "near" | "from" | "outside"));
    let compass = |w: Option<String>| {
        w.is_some_and(|w| {
            let w = w.strip_prefix("the ").unwrap_or(&w).to_string();
            [
                "north", "south", "east", "west", "centre", "center", "heart",
            ]
            .iter()
            .any(|c| w.starts_with(c))
        })
    };
    let region = word(t1).as_deref() == Some("in")
        && (compass(word(t1 + 1))
            || word(t1 + 1).as_deref() == Some("the") && compass(word(t1 + 2)));
    at_place && region
}

/// A short quotation in title case around tokens `r0..r1`: a song's, book's or show's
/// title ("played “I Will Wait”"), whose capitals name no one. A contraction's ending after
/// a capitalised word ("“Let’s Go Crazy”") is part of the title.
pub(super) fn quoted_title(p: &Para<'_>, r0: usize, r1: usize) -> bool {
    let mark = |k: usize| matches!(p.toks[k].kind, Tok::Punct(c) if is_double_quote(c));
    let capital = |k: usize| p.toks[k].is_word() && is_capitalised(p.toks[k].text(p.text));
    let titled =
        |k: usize| capital(k) || (k > 0 && p.toks[k].kind == Tok::Possessive && capital(k - 1));
    let soft = |k: usize| p.toks[k].is_punct(',') || p.toks[k].is_punct('.');
    let open = (r0.saturating_sub(6)..r0)
        .rev()
        .find(|&k| !titled(k))
        .filter(|&k| mark(k));
    let close = (r1..p.toks.len().min(r1 + 6))
        .find(|&k| !titled(k) && !soft(k))
        .filter(|&k| mark(k));
    matches!((open, close), (Some(a), Some(b)) if b - a > 3)
}

/// "the British-Israeli Noa Levin": after "the", `l` modifiers before the name `words` say
/// who a person is, where the name opens with a given name, or where the modifiers are all
/// nationalities (`unit`) before two plain words, no particle nor body's word ("the Qatari
/// Al Araby" is an outlet).
pub(super) fn described_by_nationality<'a>(
    words: &[&str],
    l: usize,
    unit: impl Fn(usize) -> &'a str,
) -> bool {
    let given = |w: &str| LEX.given_names.contains_key(w.to_lowercase().as_str());
    let plain =
        |w: &str| !LEX.particles.contains(w.to_lowercase().as_str()) && !LEX.org_cues.contains(w);
    l >= 1
        && (words.first().is_some_and(|w| given(w))
            || words.len() == 2
                && words.iter().all(|w| plain(w))
                && (0..l).all(|k| LEX.is_demonym(unit(k))))
}

/// "…, Renana Guma told Kan Reshet Bet.", "he said on Fox News Sunday.": after "told" or
/// "on", a known organisation and then plain capitalised words closing the clause are that
/// broadcaster's station or programme, which names no person.
pub(super) fn outlet_programme(p: &Para<'_>, u: &[super::Unit], atoms: &[Atom]) -> bool {
    let Some((&(U::Atom(ai), r0, _), rest)) = u.split_first() else {
        return false;
    };
    let Some(&(_, _, r1)) = u.last() else {
        return false;
    };
    atoms
        .get(ai)
        .is_some_and(|a| a.kind == EntityKind::Organization)
        && (1..=3).contains(&rest.len())
        && rest.iter().all(|x| x.0 == U::Name)
        && r0
            .checked_sub(1)
            .and_then(|k| p.word_at(k))
            .is_some_and(|w| matches!(w, "told" | "on"))
        && p.toks.get(r1).is_none_or(|t| !t.is_word())
}
