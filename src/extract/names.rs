//! Names in a paragraph: runs of capitalised words (with particles such as al-, bin, Abu),
//! split into what they are made of: known places and organisations, titles ("White House
//! Press Secretary"), and the name that follows the last title.
//!
//! Each run yields candidates with a guessed kind. Whether a bare single word is a person is
//! left to `people`, which sees the whole article (a surname resolves to a full name). The runs
//! themselves are `runs`'s.

mod body_unit;
mod epithet;
mod listed;
mod nameless;
mod no_person;
mod shared;
mod thing;
mod unnamed;
mod vessel;

use super::Para;
use super::lexicon::LEX;
use super::placelike;
use super::runs::{merge, runs};
use super::split::parse;
use super::text::STATE_ABBREVIATIONS;
use crate::entity::EntityKind;
use listed::given_name_list;
use nameless::indefinite;
use rustc_hash::FxHashSet as HashSet;
use shared::{Shared, shared_surname};
use unnamed::{called_body, joined_through};

/// Where a known name came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    Gazetteer(usize),
    /// An entry of the registry (index into `Registry::entries`).
    Registry(usize),
    /// An entry of the article's own `entities:` front matter.
    Hint(usize),
}

/// A known name found in the text, covering tokens `t0..t1`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Atom {
    pub t0: usize,
    pub t1: usize,
    pub source: Source,
    pub kind: EntityKind,
}

/// One possible mention.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub para: usize,
    /// Tokens of the name itself.
    pub t0: usize,
    pub t1: usize,
    /// `None`: a bare word that is a person only if `people` can resolve or confirm it.
    pub kind: Option<EntityKind>,
    /// The words as written (persons) or the canonical name (gazetteer entries).
    pub name: String,
    pub source: Option<Source>,
    /// The title written before the name in the same run ("U.S. President").
    pub title: Option<String>,
    /// Local evidence that a bare word is a person: a title, a reporting verb after it,
    /// "the Trump administration", "Netanyahu's office".
    pub person_cue: bool,
    /// "Adi" in "Adi and Yael Alexander" shares the surname that follows.
    pub shared_surname: Option<String>,
    pub in_quote: bool,
    /// Named as the relative *of* someone the text already calls by this surname ("Chen's son,
    /// Itay Chen") or inside another person's description ("the mother of hostage Nimrod
    /// Cohen"): a later bare surname means that someone, not this name.
    pub kin_intro: bool,
    /// Named right after a family word ("his mother, Yael"): a lone first name that a full
    /// name later in the article completes, when that name's family was named before or the
    /// sentence named no other (`people::resolve`).
    pub kin_apposed: bool,
    /// Named in passing after a family word, further into a sentence than its subject ("…,
    /// and his father, Steve Beshear, who …"), or as one whose death the story tells ("the
    /// deaths of Maggie and Paul Murdaugh"; `person_cues::kin_aside`).
    pub kin_aside: bool,
    /// A lone given name in a list of given names ("Sharon, Emma, and Yuli"): a person, and
    /// the one a full name later in the article opens with ("Sharon Cunio").
    pub listed_given: bool,
    /// The last word of a name of two words or more is one the article also writes in lower
    /// case ("Government Area" beside "the area"): a thing's name, unless a sign of a person
    /// goes with it (`people`).
    pub common_head: bool,
    /// A photographer's credit ("REUTERS/Kevin Lamarque") or byline: a person with no role.
    pub credit: bool,
    /// Names the holder of an office by what they lead ("the Trump administration").
    pub office: bool,
    /// Named as a body by its head noun ("the shipping company X", "X, a charity that …"):
    /// a reporting verb after the same name elsewhere ("X says") is no sign of a person.
    pub body_named: bool,
}

/// Finds the candidates of one paragraph. `atoms` are sorted and do not overlap;
/// `lowercase_words` are the words the article also writes in lower case (so a capitalised
/// one opening a sentence is an ordinary word).
pub(crate) fn candidates(
    p: &Para<'_>,
    para: usize,
    atoms: &[Atom],
    lowercase_words: &HashSet<String>,
) -> Vec<Candidate> {
    if image_file_name(p.text) {
        return Vec::new();
    }
    let runs = runs(p, atoms, lowercase_words);
    let runs = merge(p, runs);
    let mut out = Vec::new();
    let field = FieldLine::of(p);
    for (ri, run) in runs.iter().enumerate() {
        let before = out.len();
        parse(p, para, run, atoms, &mut out);
        // Only this run's candidates are looked at: a paragraph may hold thousands of runs.
        let fresh = out.split_off(before);
        out.extend(fresh.into_iter().filter(|c| {
            c.source.is_some()
                || !matches!(c.kind, None | Some(EntityKind::Person))
                || (!indefinite(p, c)
                    && !possessive_place(p, c)
                    && !numbered(p, c)
                    && !street_address(p, c)
                    && !firm_name(p, c)
                    && !field_value(&field, c)
                    && !community(p, c)
                    && !party_tag(p, c)
                    && !lone_letter(c)
                    && !body_unit::body_unit(p, c, atoms)
                    && !unnamed::no_one(p, c)
                    && !thing::named_thing(p, c)
                    && !no_person::no_person(p, c)
                    && !vessel::vessel(p, c)
                    && !storm(c, lowercase_words)
                    && !placelike::group_plural(p, c))
        }));
        // "Shamir Medical Center (Assaf Harofeh)": a name in brackets right after a body's or
        // a place's name is its other name (a former or local one), of the same kind.
        let bracketed = out[before..].first().and_then(|c| {
            let prev = out[..before].last()?;
            let opens = c.t0 >= 1 && p.toks[c.t0 - 1].is_punct('(') && prev.t1 + 1 == c.t0;
            let closes = p.toks.get(c.t1).is_some_and(|t| t.is_punct(')'));
            (opens
                && closes
                && matches!(
                    prev.kind,
                    Some(EntityKind::Organization | EntityKind::Place)
                ))
            .then_some(prev.kind)
        });
        for c in &mut out[before..] {
            if c.source.is_none()
                && matches!(c.kind, None | Some(EntityKind::Person))
                && let Some(kind) = (city_state(p, c) || placelike::place_by_form(p, c))
                    .then_some(EntityKind::Place)
                    .or_else(|| no_person::kind(p, c))
                    .or_else(|| {
                        (called_body(p, c) || joined_through(p, c))
                            .then_some(EntityKind::Organization)
                    })
            {
                c.kind = Some(kind);
            }
            if let Some(kind) = bracketed
                .filter(|_| c.source.is_none() && matches!(c.kind, None | Some(EntityKind::Person)))
            {
                c.kind = kind;
            }
        }
        let shared = shared_surname(p, &runs, ri);
        if !matches!(shared, Shared::Nothing) {
            for c in &mut out[before..] {
                if c.kind.is_none() {
                    if let Shared::Surname(surname) = &shared {
                        c.shared_surname = Some(surname.clone());
                    }
                    c.person_cue = true;
                }
            }
        }
    }
    epithet::epithet_names(p, para, &mut out);
    given_name_list(p, &mut out, lowercase_words);
    for c in &mut out {
        if matches!(c.source, Some(Source::Gazetteer(_))) && c.kind == Some(EntityKind::Place) {
            c.person_cue = placelike::place_as_subject(p, c.t0, c.t1);
        }
    }
    for c in &mut out {
        let last = c.name.rsplit(' ').next().unwrap_or_default().to_lowercase();
        c.common_head = c.name.contains(' ') && lowercase_words.contains(&last);
    }
    out
}

/// "Storm Bert": "Storm" and one more word name a storm when the article also speaks of "the
/// storm" in lower case; elsewhere it may be a given name ("Storm Reid"), not an event opener.
fn storm(c: &Candidate, lowercase_words: &HashSet<String>) -> bool {
    c.name
        .strip_prefix("Storm ")
        .is_some_and(|rest| !rest.contains(' '))
        && lowercase_words.contains("storm")
}

/// "a mechanism called Rule 53", "Section 2", "Gate 4": one bare word with a number right
/// after it (no comma, as an age has) names a thing by its number, not a person.
fn numbered(p: &Para<'_>, c: &Candidate) -> bool {
    c.kind.is_none()
        && c.title.is_none()
        && c.t1 == c.t0 + 1
        && p.toks.get(c.t1).is_some_and(|t| {
            t.is_word() && t.text(p.text).starts_with(|d: char| d.is_ascii_digit())
        })
}

/// "owner of Kyle Roe & Company", "Jane Roe and Associates": a name that "&" or "and" and a
/// firm's word follow is the name of the firm its owner gave it, not a mention of the owner.
fn firm_name(p: &Para<'_>, c: &Candidate) -> bool {
    let joined = p
        .toks
        .get(c.t1)
        .is_some_and(|t| t.is_punct('&') || t.is_word() && t.text(p.text) == "and");
    joined
        && matches!(
            p.word_at(c.t1 + 1),
            Some("Company" | "Co" | "Co." | "Associates" | "Partners" | "Sons")
        )
}

/// "1815 Gloucester St. in Brunswick", "at 40 Elm Ave.", "43-18 Skillman Ave.": a house
/// number (Queens writes its block and lot with a hyphen, others add a letter: "221B"), then a
/// name whose last word is a street's abbreviation, is an address; "St." after a name ends no
/// person's name ("Saint" opens one). Without the number, a name of two words or more ending
/// in an abbreviation that only a street takes ("Skillman Ave. on Tuesday") is the street too:
/// no one is named "Ave" after another word.
fn street_address(p: &Para<'_>, c: &Candidate) -> bool {
    let house = |w: &str| {
        let w = w.trim_end_matches(|c: char| c.is_ascii_uppercase());
        !w.is_empty()
            && w.split('-')
                .all(|d| !d.is_empty() && d.chars().all(|d| d.is_ascii_digit()))
    };
    let number = c.t0 > 0 && p.word_at(c.t0 - 1).is_some_and(house);
    let last = p.toks[c.t0..c.t1]
        .iter()
        .rev()
        .find(|t| t.is_word())
        .map(|t| t.text(p.text).trim_end_matches('.'));
    let long = c.t1 > c.t0 + 1;
    let abbreviation = matches!(
        last,
        Some("St" | "Ave" | "Av" | "Blvd" | "Rd" | "Ln" | "Hwy" | "Pkwy")
    );
    // "Ave" is a given name too; the others are no word of a name even alone ("Queens
    // Blvd." leaves "Blvd." once the borough is read as a place).
    let street_only = matches!(last, Some("Blvd" | "Hwy" | "Pkwy")) || long && last == Some("Ave");
    long && number && abbreviation || street_only
}

/// "Prince George's County", "Kent Island": a possessive before a word that makes a place
/// ("County", "Island", "Bay") is part of the place's name, not a person.
fn possessive_place(p: &Para<'_>, c: &Candidate) -> bool {
    let possessive = p
        .toks
        .get(c.t1)
        .is_some_and(|t| t.kind == super::text::Tok::Possessive);
    possessive
        && p.toks
            .get(c.t1 + 1)
            .is_some_and(|t| t.is_word() && matches!(t.text(p.text), "County" | "Island" | "Bay"))
}

/// "the Sandy Hook parents", "those Nova Festival survivors": a name of two words or more
/// between a determiner and a plural noun for the people of a place or an event names that place
/// or event; a person's name does not stand before "parents" or "victims" so.
fn community(p: &Para<'_>, c: &Candidate) -> bool {
    let the = c.t0 > 0
        && p.toks[c.t0 - 1].is_word()
        && matches!(
            p.toks[c.t0 - 1].text(p.text),
            "the" | "those" | "these" | "our" | "their"
        );
    let words = (c.t0..c.t1).filter(|&i| p.toks[i].is_word()).count();
    let people = p.toks.get(c.t1).is_some_and(|t| {
        t.is_word()
            && matches!(
                t.text(p.text),
                "parents"
                    | "families"
                    | "victims"
                    | "survivors"
                    | "residents"
                    | "mothers"
                    | "fathers"
            )
    });
    the && words >= 2 && people
}

/// "Gen Z voters", "Generation X": one capital letter alone, left after a title, names a
/// generation or a grade, never a person; an initial is part of the name it opens ("J.
/// Smith"). So does one after a word for a division ("the District D race", "Ward B").
fn lone_letter(c: &Candidate) -> bool {
    let letter = |w: &str| {
        let mut letters = w.trim_end_matches('.').chars();
        letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
    };
    match c.name.split_once(' ') {
        Some((cue, last)) => LEX.place_cues.contains(cue) && letter(last),
        None => letter(&c.name),
    }
}

/// "Sen. Matt Dolan (R-Chagrin Falls)": a party letter and a hyphen in brackets open a tag of
/// party and home town, not a name.
fn party_tag(p: &Para<'_>, c: &Candidate) -> bool {
    let first = p.toks[c.t0].text(p.text);
    let mut ch = first.chars();
    let tagged = matches!(ch.next(), Some('R' | 'D' | 'I')) && ch.next() == Some('-');
    tagged && c.t0 > 0 && p.toks[c.t0 - 1].is_punct('(')
}

/// "former South Bend, Ind., Mayor": a name followed by a comma and a state's abbreviation
/// is a town.
fn city_state(p: &Para<'_>, c: &Candidate) -> bool {
    let comma = p.toks.get(c.t1).is_some_and(|t| t.is_punct(','));
    let state = p.toks.get(c.t1 + 1).is_some_and(|t| {
        let w = t.text(p.text);
        t.is_word()
            && w.strip_suffix('.')
                .is_some_and(|w| STATE_ABBREVIATIONS.contains(&w))
    });
    comma && state
}

/// "Type: Media Statements", "Publish Date: 26.11.2025": a line of a short label, a colon and
/// a value with no lower-case word is a field of the page, not prose. Its value names no one
/// unless the field is a credit ("Photo: Dana Roth", "Video: Ido Sela"), and its label names
/// no one when the value is a number or date; a transcript's "Smith: Yes." keeps its speaker.
fn field_value(field: &Option<FieldLine>, c: &Candidate) -> bool {
    field
        .as_ref()
        .is_some_and(|f| if c.t0 > f.colon { !f.credit } else { f.numeric })
}

/// What [`field_value`] needs to know of a paragraph that reads as a field line: where its
/// colon is, whether the label is a credit and whether the value is a number. Worked out once
/// per paragraph, not per name: a paragraph may hold thousands of names.
struct FieldLine {
    colon: usize,
    credit: bool,
    numeric: bool,
}

impl FieldLine {
    fn of(p: &Para<'_>) -> Option<FieldLine> {
        let k = p.toks.iter().position(|t| t.is_punct(':'))?;
        // A field's label is one to three words: a longer one ends the look here, before
        // any word of it is lowered.
        if p.toks[..k].iter().filter(|t| t.is_word()).nth(3).is_some() {
            return None;
        }
        let label: Vec<String> = p.toks[..k]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.text(p.text).to_lowercase())
            .collect();
        let credit = label.iter().any(|w| {
            matches!(
                w.as_str(),
                "photo"
                    | "photos"
                    | "pic"
                    | "pics"
                    | "photograph"
                    | "photographer"
                    | "image"
                    | "images"
                    | "picture"
                    | "pictures"
                    | "video"
                    | "videos"
                    | "credit"
                    | "by"
                    | "author"
                    | "writer"
                    | "reporter"
                    | "editor"
            )
        });
        let value = &p.toks[k + 1..];
        let prose = value.iter().any(|t| {
            let w = t.text(p.text);
            t.is_word() && w.chars().next().is_some_and(char::is_lowercase)
                || matches!(t.kind, super::text::Tok::Punct(q) if super::text::is_double_quote(q))
        });
        // "Freed: A, B" and "Spokesman: A" announce people; only a plain label and one value
        // make a field.
        let announces = value.iter().any(|t| t.is_punct(','))
            || !LEX.roles_in(&p.text[..p.toks[k].start]).is_empty();
        let field = (1..=3).contains(&label.len()) && !prose && !announces && value.len() <= 8;
        let numeric = value
            .iter()
            .all(|t| !t.text(p.text).chars().any(char::is_alphabetic));
        field.then_some(FieldLine {
            colon: k,
            credit,
            numeric,
        })
    }
}

/// "Screen Shot 2021-11-03 at 12.15.49 AM.png", "IMG_4410.JPG": a line that is an image's
/// file name, left behind where a page's picture was, names no one.
fn image_file_name(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    [".png", ".jpg", ".jpeg", ".gif", ".webp"]
        .iter()
        .any(|e| t.ends_with(e))
        && t.split_whitespace().count() <= 8
}
