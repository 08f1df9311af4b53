//! Runs that the word before them or their own first or last word makes a thing, a place or
//! a body, though a person's name they look: "our Guiding Light" (a possessive determiner),
//! "La Casa Azul" (a Romance article), "in Little Saigon" (a place after "in"), "Imphal
//! West" (a compass word last), "Georgia Power" (a utility named for its state), "a Nepali
//! Army Sky Van" (an indefinite phrase), "Central government" (an adjective of the state),
//! "News-March" (a dateline glued to its month), "Prison Number 9" (a numbered site). News
//! writes a person's name with none of these, so each form reads a thing without knowing the
//! name.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::{Tok, is_capitalised};
use super::Candidate;
use super::nameless::opens_with_given_name;
use super::thing::run_start;
use crate::entity::EntityKind;

/// Articles of Spanish, French, Italian and German that open the names of places, venues and
/// papers ("Los Pinos", "La Casa Azul", "Der Spiegel"), never a person's given name.
const ARTICLES: &[&str] = &[
    "El", "La", "Los", "Las", "Le", "Les", "Il", "Lo", "Gli", "Der",
];

/// The articles that are also particles of surnames ("Le Pen", "La Russa", "El-Erian"): a
/// run they open is a person's when a sign of one follows it.
const PARTICLE_ARTICLES: &[&str] = &["El", "La", "Le"];

/// Spanish and Portuguese nouns of a building, a site or a quarter that open a venue's name
/// ("Casa Luna", "Centro Cultural Tijuana", "Parque Lefevre").
const VENUE_NOUNS: &[&str] = &[
    "Casa",
    "Centro",
    "Plaza",
    "Parque",
    "Colegio",
    "Escuela",
    "Iglesia",
    "Mercado",
    "Museo",
    "Teatro",
    "Barrio",
    "Colonia",
    "Hacienda",
    "Rancho",
    "Calle",
    "Avenida",
    "Instituto",
    "Universidad",
    "Estadio",
    "Palacio",
    "Hotel",
];

/// Lower-case links inside a Romance place's name ("El Centro de la Comunidad").
const LINKS: &[&str] = &[
    "de", "del", "la", "las", "los", "el", "y", "di", "da", "do", "dos", "das", "du", "des",
];

/// Capitalised adjectives of a level or kind of government ("the state and Central
/// government", "Federal forces"): alone they name no one.
const STATE_ADJECTIVES: &[&str] = &[
    "central",
    "federal",
    "national",
    "provincial",
    "regional",
    "municipal",
    "interim",
    "transitional",
    "caretaker",
    "coalition",
    "unity",
    "military",
    "civilian",
    "tribal",
    "territorial",
];

/// Compass words that open a place's name ("North Warwickshire", "Western Cape").
const COMPASS_FIRST: &[&str] = &[
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
];

/// Words before "in" whose object may well be a person ("confidence in Joe Biden", "found
/// an ally in Zohran Mamdani").
const TRUST_NOUNS: &[&str] = &[
    "confidence",
    "faith",
    "trust",
    "belief",
    "believe",
    "believes",
    "believed",
    "interest",
    "interested",
    "ally",
    "allies",
    "friend",
    "partner",
    "star",
    "champion",
    "rival",
    "successor",
    "replacement",
    "candidate",
    "nominee",
    "opponent",
    "challenger",
    "leader",
    "voice",
    "advocate",
    "hero",
];

/// True when `c`, a run read as a person's name or a bare word, names no person by its form
/// or the word before it.
pub(super) fn no_person(p: &Para<'_>, c: &Candidate) -> bool {
    c.title.is_none()
        && (after_possessive_determiner(p, c)
            || state_adjective(c)
            || deity(c)
            || glued_month(c)
            || numbered(p, c)
            || dateline_bracket(p, c)
            || indefinite_run(p, c)
            || doctrine_last(c))
}

/// "the Victims of State Sponsored Terrorism fund", "Religious Zionism said": a run whose
/// last word is a noun of a doctrine or a practice ("-ism") names a cause or a body, never a
/// person; no surname is written so.
fn doctrine_last(c: &Candidate) -> bool {
    let last = c.name.rsplit(' ').next().unwrap_or_default();
    last.chars().count() > 5 && last.ends_with("ism") && last.starts_with(char::is_uppercase)
}

/// The kind of thing `c` names by its form, if any: a place (a run after "in", a run ending
/// in a compass word, a run opened by a Romance article or venue noun) or a utility.
pub(super) fn kind(p: &Para<'_>, c: &Candidate) -> Option<EntityKind> {
    if c.title.is_some() {
        None
    } else if after_in(p, c) || compass_last(p, c) || romance(p, c) {
        Some(EntityKind::Place)
    } else {
        (utility(p, c) || agency_credit(p, c)).then_some(EntityKind::Organization)
    }
}

/// "The assembly voted to impeach him, Yonhap reports.": one word set off by a comma that
/// "reports" or "reported" follows to close the sentence credits the news agency the story
/// came from, as wire copy does; a reporter is named in full. No known given name.
fn agency_credit(p: &Para<'_>, c: &Candidate) -> bool {
    let lone = c.t1 == c.t0 + 1 && !c.name.contains(' ');
    let set_off = c.t0 >= 1 && p.toks[c.t0 - 1].is_punct(',');
    let reports = matches!(p.word_at(c.t1), Some("reports" | "reported"));
    let closes = p.toks.get(c.t1 + 1).is_none_or(|t| t.is_punct('.'));
    lone && set_off && reports && closes && !LEX.is_given(&c.name.to_lowercase())
}

/// True when `c` names a utility by its state ("Georgia Power", "Mississippi Power"): a word
/// of what it supplies last, a known place right before it (in the run, or as the known name
/// that ends the run before a bare "Power").
fn utility(p: &Para<'_>, c: &Candidate) -> bool {
    let last = c.name.rsplit(' ').next().unwrap_or_default();
    let place_before = match c.name.rsplit_once(' ') {
        Some((rest, _)) => LEX.is_known_place(rest.rsplit(' ').next().unwrap_or_default()),
        None => {
            c.t0 > 0
                && p.word_at(c.t0 - 1)
                    .is_some_and(|w| is_capitalised(w) && LEX.is_known_place(w))
        }
    };
    matches!(last, "Power" | "Light" | "Gas" | "Water") && place_before
}

/// "that is our Guiding Light", "reach their Promised Land": a run right after "our",
/// "their", "my", "your" or "its" that heads its phrase is what they own, never a person's
/// name; "our Trump voters" has a noun after the run, which it only modifies.
fn after_possessive_determiner(p: &Para<'_>, c: &Candidate) -> bool {
    let start = run_start(p, c);
    let owner = start
        .checked_sub(1)
        .and_then(|i| p.word_at(i))
        .is_some_and(|w| matches!(w, "our" | "their" | "my" | "your" | "its"));
    owner && !modifies_noun(p, c.t1)
}

/// Whether a lower-case word other than a stopword follows at `t1`: the run before it
/// modifies that noun.
fn modifies_noun(p: &Para<'_>, t1: usize) -> bool {
    p.word_at(t1)
        .is_some_and(|w| !is_capitalised(w) && !LEX.stopwords.contains(w.to_lowercase().as_str()))
}

/// "at La Casa Azul", "Los Pinos", "El Centro de la Comunidad", "Casa Luna": a run that opens
/// with a Romance article or a Romance noun of a venue, or that such a run's name continues
/// after "de la", names a place. "Le Pen said", "La Russa's team", "La Russa was named": an
/// article that is also a surname's particle opens a person's name where a reporting verb, a
/// possessive, an age or a verb of being or having follows.
fn romance(p: &Para<'_>, c: &Candidate) -> bool {
    let start = run_start(p, c);
    let first = p.word_at(start).unwrap_or_default();
    let words = (start..c.t1).filter(|&i| p.toks[i].is_word()).count();
    let opens = words >= 2 && (ARTICLES.contains(&first) || VENUE_NOUNS.contains(&first));
    if opens {
        let subject = matches!(
            p.word_at(c.t1),
            Some("was" | "is" | "has" | "had" | "will" | "would" | "who")
        );
        return !(PARTICLE_ARTICLES.contains(&first) && (person_sign(p, c.t1) || subject));
    }
    // "El Centro de la Comunidad": the words after the links belong to the name before them.
    let mut i = start;
    while i > 0 && p.word_at(i - 1).is_some_and(|w| LINKS.contains(&w)) {
        i -= 1;
    }
    if i == start || i == 0 || !p.word_at(i - 1).is_some_and(is_capitalised) {
        return false;
    }
    let mut head = i - 1;
    while head > 0 && p.word_at(head - 1).is_some_and(is_capitalised) {
        head -= 1;
    }
    let w = p.word_at(head).unwrap_or_default();
    ARTICLES.contains(&w) || VENUE_NOUNS.contains(&w)
}

/// A reporting verb, a possessive or an age (", 54,") right after a name: signs of a person.
fn person_sign(p: &Para<'_>, t1: usize) -> bool {
    let Some(t) = p.toks.get(t1) else {
        return false;
    };
    if t.kind == Tok::Possessive {
        return true;
    }
    let next = p.word_at(t1).unwrap_or_default();
    let age = t.is_punct(',')
        && p.word_at(t1 + 1)
            .is_some_and(crate::extract::set_off::is_age);
    age || LEX.reporting_verbs.contains(next) || matches!(next, "said" | "says" | "told")
}

/// "both the state and Central government", "Federal forces arrived": one capitalised
/// adjective of a kind of government names no one, whatever noun follows it.
fn state_adjective(c: &Candidate) -> bool {
    !c.name.contains(' ') && STATE_ADJECTIVES.contains(&c.name.to_lowercase().as_str())
}

/// "praised Jesus", "thanked God", "Almighty Allah": a word for God or a prophet alone
/// names a figure of faith, not a person of the story; a man named Jesus is written in
/// full ("Jesus Rodriguez"), which this leaves alone.
fn deity(c: &Candidate) -> bool {
    matches!(
        c.name.as_str(),
        "Jesus" | "Christ" | "Jesus Christ" | "God" | "Allah" | "Buddha" | "Yahweh" | "Jehovah"
    )
}

/// "(Wire / Country Point News-March 12th, 2025)": a run whose last word is glued by a hyphen
/// to a month is a dateline's outlet and date run together, not a name.
fn glued_month(c: &Candidate) -> bool {
    let last = c.name.rsplit(' ').next().unwrap_or_default();
    last.rsplit_once('-')
        .is_some_and(|(name, m)| !name.is_empty() && is_capitalised(m) && LEX.is_calendar(m))
}

/// "Prison Number 9", "Penal Colony No. 2": a run ending in a word of numbering before its
/// number designates a site or a unit; no person is numbered so.
fn numbered(p: &Para<'_>, c: &Candidate) -> bool {
    let last = c.name.rsplit(' ').next().unwrap_or_default();
    let k = c.t1 + usize::from(p.toks.get(c.t1).is_some_and(|t| t.is_punct('.')));
    matches!(last, "Number" | "No")
        && p.word_at(k)
            .is_some_and(|n| n.starts_with(|ch: char| ch.is_ascii_digit()))
}

/// Tokens a dateline's bracket reaches either side of a name in it.
const DATELINE_REACH: usize = 40;

/// "(Capital Wire / Country Point News-March 12th, 2025)": a bracket that holds a slash and a
/// year, opening a story, is its wires and date; the names in it are outlets, never people.
/// A photographer's credit in brackets ("(Jane Doe/AFP)") has no year. Such a bracket is
/// short: the search goes no further than [`DATELINE_REACH`] tokens each way, so a long
/// paragraph without brackets costs nothing per name.
fn dateline_bracket(p: &Para<'_>, c: &Candidate) -> bool {
    let open = (c.t0.saturating_sub(DATELINE_REACH)..c.t0)
        .rev()
        .take_while(|&i| !p.toks[i].is_punct(')'))
        .find(|&i| p.toks[i].is_punct('('));
    let close = (c.t1..p.toks.len().min(c.t1 + DATELINE_REACH))
        .take_while(|&i| !p.toks[i].is_punct('('))
        .find(|&i| p.toks[i].is_punct(')'));
    let (Some(open), Some(close)) = (open, close) else {
        return false;
    };
    let inside = open + 1..close;
    let slash = inside.clone().any(|i| p.toks[i].is_punct('/'));
    let year = inside.into_iter().any(|i| {
        p.word_at(i).is_some_and(|w| {
            w.len() == 4 && w.starts_with(['1', '2']) && w.chars().all(|d| d.is_ascii_digit())
        })
    });
    slash && year
}

/// "flown home by a Nepali Army Sky Van on Friday": a name is never indefinite, so a run
/// whose whole (from the body's name that opens it) follows "a" or "an" and heads its
/// phrase names a thing. Only where the run holds more than this candidate: the
/// candidate's own "a" is `nameless::indefinite`'s.
fn indefinite_run(p: &Para<'_>, c: &Candidate) -> bool {
    let start = run_start(p, c);
    start < c.t0
        && start > 0
        && matches!(p.word_at(start - 1), Some("a" | "an" | "A" | "An"))
        && !modifies_noun(p, c.t1)
}

/// Verbs that take "in" as a particle and a person as object ("swore in X as minister",
/// "brought in X to lead the talks"): the name after them is no place.
const IN_PARTICLE_VERBS: &[&str] = &[
    "swore", "sworn", "swear", "swears", "swearing", "brought", "bring", "brings", "bringing",
    "took", "take", "takes", "sent", "send", "sends", "called", "call", "calls", "drafted",
    "draft", "roped", "rope", "ushered", "voted", "vote", "filled", "fill", "let", "pulled",
    "reeled", "rang", "phoned", "joined", "weighed", "chimed", "factored",
];

/// "the crowd grew at Casa Luna in Little Saigon", "clashes in Imphal East": a run of two
/// words or more right after a lower-case "in", that owns nothing, is followed by no
/// reporting verb and opens with no given name, names where something happens. "confidence
/// in Joe Biden" opens with a given name; "in Mark Green's bill" owns; "swore in X" and "a
/// new champion in X" take a person after "in".
fn after_in(p: &Para<'_>, c: &Candidate) -> bool {
    let start = run_start(p, c);
    let in_ = start == c.t0 && start >= 1 && p.word_at(start - 1) == Some("in");
    let trust = start >= 2
        && p.word_at(start - 2)
            .is_some_and(|w| TRUST_NOUNS.contains(&w) || IN_PARTICLE_VERBS.contains(&w));
    in_ && !trust && c.name.contains(' ') && !opens_with_given_name(c) && !person_sign(p, c.t1)
}

/// "between Imphal North and Bishnupur districts", "the seat of Kent West": a run of two
/// words or more ending (or opening) with a compass word names a district or a constituency. "North" and
/// "West" are surnames too ("Oliver North", "Cornel West"): after a known given name, or with
/// a sign of a person after it, the run stays a person's.
fn compass_last(p: &Para<'_>, c: &Candidate) -> bool {
    let (Some((first, _)), Some((_, last))) = (c.name.split_once(' '), c.name.rsplit_once(' '))
    else {
        return false;
    };
    // "the North Warwickshire by-election", "South East Holderness": a compass word opening a
    // run that ends in another word names the part of a place ("North West" is a person).
    if COMPASS_FIRST.contains(&first) && !COMPASS_FIRST.contains(&last) {
        return true;
    }
    let adjective = matches!(
        last,
        "Northern" | "Southern" | "Eastern" | "Western" | "Central"
    );
    let point = matches!(
        last,
        "North"
            | "South"
            | "East"
            | "West"
            | "North-East"
            | "North-West"
            | "South-East"
            | "South-West"
            | "Northeast"
            | "Northwest"
            | "Southeast"
            | "Southwest"
    );
    adjective || point && !opens_with_given_name(c) && !person_sign(p, c.t1)
}
