//! Runs that the words around them make a place, a building or a body, however a person's
//! name they look: "a West Point graduate", "the House told", "the Westin Governor Morris
//! hotel", "at Bell Works in Holmdel", "UC Berkeley's Institute of Governmental Studies".
//! News puts no article before a person's name and names no person for a schooling or a
//! building, so each form below reads a thing without knowing the name.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::{Tok, is_capitalised};
use super::Candidate;
use super::nameless::opens_with_given_name;

/// Nouns of where someone studied or comes from: "a West Point graduate", "a Brooklyn
/// native". A person before them would be a follower ("a Trump voter"), not a school.
const ORIGIN_NOUNS: &[&str] = &[
    "graduate",
    "graduates",
    "alumnus",
    "alumna",
    "alumni",
    "alum",
    "dropout",
    "native",
    "natives",
];

/// Lower-case nouns of a building or a site, which a name before them names ("the Halim
/// Perdanakusuma air base", "the Westin Governor Morris hotel").
const FACILITY_NOUNS: &[&str] = &[
    "hotel",
    "airport",
    "base",
    "airbase",
    "airfield",
    "stadium",
    "arena",
    "bridge",
    "hospital",
    "tower",
    "mall",
    "terminal",
    "station",
    "prison",
    "crossing",
    "highway",
    "expressway",
];

/// Capitalised heads of a body's name that a possessive run owns: "UC Berkeley's Institute
/// of Governmental Studies", "Ohio State's College of Medicine". A person's possessive owns
/// an office in lower case ("Netanyahu's office").
const INSTITUTION_HEADS: &[&str] = &[
    "Institute",
    "University",
    "College",
    "School",
    "Center",
    "Centre",
    "Faculty",
    "Museum",
    "Laboratory",
    "Library",
    "Hospital",
];

/// True when `c`, a run read as a person's name or a bare word, is a place or a thing by the
/// words around it.
pub(super) fn named_thing(p: &Para<'_>, c: &Candidate) -> bool {
    origin(p, c)
        || lone_after_the(p, c)
        || facility(p, c)
        || venue_in_place(p, c)
        || owns_institution(p, c)
}

/// "a West Point graduate", "an Ohio native": a run after "a" or "an" before a noun of
/// schooling or origin. "a recent UC Berkeley poll", "the latest Emerson College survey": a
/// run before a poll is the pollster, a body (after "the" too, past one word of time).
fn origin(p: &Para<'_>, c: &Candidate) -> bool {
    let start = run_start(p, c);
    let before = |k: usize| start.checked_sub(k).and_then(|i| p.word_at(i));
    let indefinite = |w: Option<&str>| matches!(w, Some("a" | "an" | "A" | "An"));
    let next = p.word_at(c.t1).unwrap_or_default();
    let timed = matches!(before(1), Some("recent" | "new" | "latest" | "separate"));
    let article = indefinite(before(1)) || timed && indefinite(before(2));
    let definite = before(1) == Some("the") || timed && before(2) == Some("the");
    (article && ORIGIN_NOUNS.contains(&next) && !timed)
        || ((article || definite) && matches!(next, "poll" | "polls" | "survey"))
}

/// The first token of the run, with any title before the name ("the Westin Governor Morris
/// hotel": back from "Morris" over "Governor" and "Westin").
pub(super) fn run_start(p: &Para<'_>, c: &Candidate) -> usize {
    let mut i = c.t0;
    while i > 0 && c.t0 - i < 6 && p.word_at(i - 1).is_some_and(is_capitalised) {
        i -= 1;
    }
    i
}

/// "a member of the House told reporters", "an official from the Ombudsman's Office": one
/// bare capitalised word after "the" (lower-case, or opening a sentence), under no title,
/// heading its phrase (a verb, a stop or a possessive before a capitalised head follows, not
/// a noun it modifies as in "the Trump administration"), names a body or an office holder,
/// never a person by name.
fn lone_after_the(p: &Para<'_>, c: &Candidate) -> bool {
    let bare = c.kind.is_none() && c.title.is_none() && c.t1 == c.t0 + 1;
    // "The Troika expressed concern": a capitalised "The" opening a sentence is the same
    // article.
    let the = c.t0 > 0
        && match p.word_at(c.t0 - 1) {
            Some("the") => true,
            Some("The") => p.starts[c.t0 - 1],
            _ => false,
        };
    let heads = match p.toks.get(c.t1) {
        None => true,
        // "the Ombudsman's Office"; not a slip such as "the Dermer's concerns".
        Some(t) if t.kind == Tok::Possessive => p.word_at(c.t1 + 1).is_some_and(is_capitalised),
        Some(t) if !t.is_word() => true,
        Some(t) => {
            let w = t.text(p.text);
            LEX.reporting_verbs.contains(w)
                || matches!(w, "has" | "had" | "was" | "is" | "will" | "would" | "said")
        }
    };
    bare && the && heads && !LEX.given_names.contains_key(c.name.to_lowercase().as_str())
}

/// "the Halim Perdanakusuma air base", "the Westin Governor Morris hotel": a run opened by a
/// lower-case "the" and followed by a noun of a building or site, or by one lower-case word
/// and that noun, names the site.
fn facility(p: &Para<'_>, c: &Candidate) -> bool {
    let start = run_start(p, c);
    let the = start > 0 && p.word_at(start - 1) == Some("the");
    let next = |k: usize| p.word_at(c.t1 + k).unwrap_or_default();
    // "the Roe Doe memorial bridge", "the Jane Roe replacement span": one lower-case word
    // between the name and the noun says which of the site's kind it is; the name is the
    // site's still, as a person named for a structure stands before its noun.
    let modifier = |w: &str| {
        w.chars().all(char::is_lowercase)
            && !LEX.stopwords.contains(w)
            && !LEX.reporting_verbs.contains(w)
    };
    let site = FACILITY_NOUNS.contains(&next(0))
        || matches!(next(0), "air" | "military" | "naval" | "army") && next(1) == "base"
        // Not "base": "the Roe campaign base", "the Roe voter base" are a person's backers.
        || modifier(next(0)) && next(1) != "base" && FACILITY_NOUNS.contains(&next(1));
    the && site
}

/// "At Bell Works in Holmdel, supporters celebrated": a run after "at" and before "in" and a
/// capitalised place is where people met. Mid-sentence, a run that opens with a given name
/// may be a person looked or aimed at ("aimed at Joe Roe in Dover"); a sentence that opens
/// "At … in …" sets a scene.
fn venue_in_place(p: &Para<'_>, c: &Candidate) -> bool {
    let at = c.t0.checked_sub(1).and_then(|i| p.word_at(i));
    c.title.is_none()
        && matches!(at, Some("at" | "At"))
        && p.word_at(c.t1) == Some("in")
        && p.word_at(c.t1 + 1).is_some_and(is_capitalised)
        && (at == Some("At") || !opens_with_given_name(c))
}

/// "UC Berkeley's Institute of Governmental Studies": a run that owns a capitalised head of a
/// body's name is the place or body that has it.
fn owns_institution(p: &Para<'_>, c: &Candidate) -> bool {
    let possessive = p.toks.get(c.t1).is_some_and(|t| t.kind == Tok::Possessive);
    possessive
        && p.word_at(c.t1 + 1)
            .is_some_and(|w| INSTITUTION_HEADS.contains(&w))
}
