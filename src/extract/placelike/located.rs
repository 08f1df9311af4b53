//! Places told by how news locates them: a distance from another place set off after the
//! name ("Kabkabiya, some 40 km north of the capital"), the date a photo caption gives after
//! where it was taken ("a school in Abu Naama, Oct 14, 2025"), and a site noun before "in"
//! ("a shelter in Al Hasahisa", "a hospital in Khan Younis"). No person is located so.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::names::Candidate;

/// Words that hedge a distance ("about 60 km", "some 40 miles").
const HEDGES: &[&str] = &[
    "about",
    "some",
    "roughly",
    "around",
    "nearly",
    "almost",
    "approximately",
    "just",
    "only",
    "over",
    "more",
    "less",
];

/// Units of distance.
const UNITS: &[&str] = &[
    "km",
    "kms",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "miles",
    "mile",
    "mi",
    "metres",
    "meters",
];

/// Sites of a town or a camp that "in" after them puts in a place ("a camp in X", "the
/// hospital in X"): what such a site stands in is never a person.
const SITES: &[&str] = &[
    "camp",
    "camps",
    "shelter",
    "shelters",
    "hospital",
    "hospitals",
    "clinic",
    "village",
    "villages",
    "town",
    "towns",
    "city",
    "market",
    "school",
    "schools",
    "mosque",
    "neighbourhood",
    "neighborhood",
    "settlement",
];

/// "Kabkabiya, some 40 km north of the capital": a name set off by a comma that a distance, a
/// compass word (or "from") and "of" follow is a place located by another.
pub(super) fn distance_apposed(p: &Para<'_>, c: &Candidate) -> bool {
    if !p.toks.get(c.t1).is_some_and(|t| t.is_punct(',')) {
        return false;
    }
    let mut i = c.t1 + 1;
    // "about", "more than", "just over".
    while i < c.t1 + 4
        && p.word_at(i)
            .is_some_and(|w| HEDGES.contains(&w) || w == "than")
    {
        i += 1;
    }
    let number = p
        .word_at(i)
        .is_some_and(|w| w.starts_with(|ch: char| ch.is_ascii_digit()) || LEX.is_number_word(w));
    if !number {
        return false;
    }
    // "60 km", "60km" (the unit glued to the number), "60-km".
    let glued = p.word_at(i).is_some_and(|w| {
        let unit = w.trim_start_matches(|ch: char| ch.is_ascii_digit() || ch == '.' || ch == ',');
        UNITS.contains(&unit.trim_start_matches('-'))
    });
    i += 1;
    if !glued {
        if !p.word_at(i).is_some_and(|w| UNITS.contains(&w)) {
            return false;
        }
        i += 1;
    }
    let compass = |w: &str| {
        w.split(['-', '‑'])
            .all(|part| matches!(part, "north" | "south" | "east" | "west"))
            || matches!(
                w,
                "northeast" | "northwest" | "southeast" | "southwest" | "outside" | "away"
            )
    };
    match p.word_at(i) {
        Some("from") => true,
        Some(w) if compass(w) => matches!(p.word_at(i + 1), Some("of" | "from")),
        _ => false,
    }
}

/// "children queue at a school in Abu Naama, Oct 14, 2025": a name after "in" that a comma and a date
/// (a month, then a day's number) follow is where a photo was taken, as captions write it.
pub(super) fn caption_place(p: &Para<'_>, c: &Candidate) -> bool {
    let in_ = c.t0 >= 1 && p.word_at(c.t0 - 1) == Some("in");
    if !in_ || !p.toks.get(c.t1).is_some_and(|t| t.is_punct(',')) {
        return false;
    }
    let month = p.word_at(c.t1 + 1).filter(|w| LEX.is_calendar(w));
    let mut i = c.t1 + 2;
    if p.toks.get(i).is_some_and(|t| t.is_punct('.')) {
        i += 1;
    }
    let day = p
        .word_at(i)
        .is_some_and(|w| w.chars().all(|ch| ch.is_ascii_digit()) && w.len() <= 2);
    month.is_some() && day
}

/// "a shelter in Al Hasahisa", "the hospital in Khan Younis": a name right after a
/// site noun and "in" is the place the site stands in — unless the name modifies a noun
/// after it ("a town in Trump country").
pub(super) fn site_in(p: &Para<'_>, c: &Candidate) -> bool {
    let heads = p
        .word_at(c.t1)
        .is_none_or(|w| LEX.stopwords.contains(w) || w.starts_with(char::is_uppercase));
    c.t0 >= 2
        && p.word_at(c.t0 - 1) == Some("in")
        && p.word_at(c.t0 - 2).is_some_and(|w| SITES.contains(&w))
        && heads
}
