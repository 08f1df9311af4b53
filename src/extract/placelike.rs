//! Capitalised runs that read like a person's name but name a place or a group, told by their
//! form and the words around them: a saint's name on a town ("St. Petersburg"), a name before
//! a lower-case "county" ("Rankin county volunteers"), a place word that is also a surname
//! ("Bowling Green", "conservative Shak Hill"), a team's nickname in the plural ("the Canaries"),
//! the plural of an acronym ("MEPs"), a compass word and one more word where a place stands
//! ("in North Fairview").
//!
//! `names` asks the first two of each candidate, `split` the last two of each run.

use super::Para;
use super::lexicon::LEX;
use super::names::Candidate;
use super::runs::{U, unit_text};
use super::text::Tok;

mod listed;
mod located;
mod subject;
use listed::{home_town, listed_division, listed_settlement};
use located::{caption_place, distance_apposed, site_in};
pub(super) use subject::place_as_subject;

/// "St. Petersburg", "Saint Paul", "Rankin county", "Kfar Saba", "the town of Carmei Gat": a
/// run that opens with a saint's abbreviation or a word for a settlement, that a lower-case
/// "county", "parish", "township", "region", "province", "airport" or "cemetery" follows, or that "the town of"
/// opens, is a place.
/// So is a run located as news locates a place (`located`): a distance after it, a caption's
/// date, a site noun and "in" before it.
/// A person with such a surname has a given name first ("Jeffrey St. Clair"), which opens
/// the run instead.
pub(super) fn place_by_form(p: &Para<'_>, c: &Candidate) -> bool {
    let words = (c.t0..c.t1).filter(|&i| p.toks[i].is_word()).count();
    // "Santa Rosa", "San Mateo", "São Paulo": the Spanish and Portuguese words for a saint
    // open towns' names the same way.
    let saint = words >= 2
        && matches!(
            p.toks[c.t0].text(p.text),
            "St." | "St" | "Saint" | "Ste." | "San" | "Santa" | "Santo" | "São" | "Sao"
        );
    // "Kfar Saba", "Kiryat Shmona", "Beit Lahia", "Khan Younis": a Hebrew or Arabic word for
    // village, town, house or well opens a place's name.
    let opener = words >= 2
        && matches!(
            p.toks[c.t0].text(p.text),
            "Kfar"
                | "Kafr"
                | "Kiryat"
                | "Qiryat"
                | "Ramat"
                | "Givat"
                | "Moshav"
                | "Kibbutz"
                | "Beit"
                | "Bayt"
                | "Mitzpe"
                | "Nahal"
                | "Khan"
                | "Deir"
                // "Bani Suheila", "Bani Naim": the Arabic "sons of" opens a clan's town.
                | "Bani"
                | "Bir"
                | "Wadi"
                | "Tel"
                // "Fort William", "Fort Worth": a fort names the town that grew round it.
                | "Fort"
                // "Lake Tahoe", "Lake Chad": a lake's name opens with its noun.
                | "Lake"
                | "Carmei"
                | "Karmei"
                | "Neve"
                | "Sde"
                | "Maale"
                | "Ma'ale"
                // "Har Herzl", "Jabal Mukaber": the Hebrew and Arabic words for a mountain
                // open the names of hills, and of the neighbourhoods and cemeteries on them.
                | "Har"
                | "Jabal"
                | "Jebel"
        );
    // "Joint Base Andrews", "Naval Station Norfolk": the kind of a military post, then its
    // name; the words of its kind never open a person's name.
    let post = words >= 3
        && matches!(
            p.toks[c.t0].text(p.text),
            "Joint" | "Naval" | "Air" | "Army" | "Marine"
        )
        && matches!(p.word_at(c.t0 + 1), Some("Base" | "Station"));
    // "at Gatwick airport", "at the Mount Olive cemetery": an airport, a burial ground or a
    // quarter of a town is a place too, and so is the name it follows.
    let county = p.word_at(c.t1).is_some_and(|w| {
        matches!(
            w,
            "county"
                | "parish"
                | "township"
                | "airport"
                | "cemetery"
                | "graveyard"
                | "region"
                | "province"
                // "in Al Sabra neighborhood", "the Rose Hill suburb": a quarter of a town.
                | "neighborhood"
                | "neighbourhood"
                | "suburb"
        )
    });
    // "the town of Carmei Gat", "the village of Al-Mughayyir": a lower-case word for a
    // settlement, then "of", names the place that follows.
    let settlement = c.t0 >= 2
        && p.word_at(c.t0 - 1) == Some("of")
        && p.word_at(c.t0 - 2).is_some_and(|w| {
            matches!(
                w,
                "town"
                    | "city"
                    | "village"
                    | "kibbutz"
                    | "moshav"
                    | "suburb"
                    | "municipality"
                    | "province"
                    | "district"
                    | "region"
                    | "neighborhood"
                    | "neighbourhood"
                    // "the Caribbean department of La Guajira", "the state of Rio Grande do
                    // Sul": the divisions of a country above a town name the place too.
                    | "department"
                    | "state"
                    | "governorate"
                    | "prefecture"
                    | "county"
                    // "a native of Nakhon Sawan", "residents of Nir Oz": where one comes from.
                    | "native"
                    | "natives"
                    | "resident"
                    | "residents"
                    // "the headquarters of Gambarou Ngala": no person has headquarters; a
                    // district or a body does.
                    | "headquarters"
                    // "the US territory of Puerto Rico", "the island of Lampedusa".
                    | "territory"
                    | "island"
            )
        });
    // "the camp of Umm Rakuba": a camp for the displaced is named for its place; a camp of
    // followers ("the camp of Benny Gantz") has a given name after "of".
    let camp = c.t0 >= 2
        && p.word_at(c.t0 - 1) == Some("of")
        && matches!(p.word_at(c.t0 - 2), Some("camp" | "camps"))
        && !LEX.is_given(&p.toks[c.t0].text(p.text).to_lowercase());
    // "beneath the Hamad Town housing complex", "in Jersey Township": a capitalised "Town"
    // or "Township" closing a name of two words or more makes the name a settlement's.
    let town =
        words >= 2 && c.t1 >= 1 && matches!(p.toks[c.t1 - 1].text(p.text), "Town" | "Township");
    // "taken to the state capital, Birnin Kebbi": a capital or a home town set off by a comma
    // names the place in apposition; so does a capital right before the name ("in the state
    // capital Lokoja said", "the capital Bamako"): no person is titled so.
    let apposed = c.t0 >= 2
        && p.toks[c.t0 - 1].is_punct(',')
        && matches!(p.word_at(c.t0 - 2), Some("capital" | "hometown"));
    let capital = apposed || c.t0 >= 1 && p.word_at(c.t0 - 1) == Some("capital");
    // "a mountain called Morne Tavel", "a village named Dogon Daji": a lower-case noun of a
    // site of the land, then "called" or "named", names the place that follows, as "a
    // prisoner named A" names a person.
    let called = c.t0 >= 2
        && matches!(p.word_at(c.t0 - 1), Some("called" | "named"))
        && p.word_at(c.t0 - 2).is_some_and(|w| {
            matches!(
                w,
                "mountain"
                    | "hill"
                    | "village"
                    | "town"
                    | "city"
                    | "island"
                    | "river"
                    | "lake"
                    | "valley"
                    | "forest"
                    | "neighborhood"
                    | "neighbourhood"
                    | "suburb"
                    | "district"
                    | "region"
            )
        });
    (saint
        || town
        || county
        || opener
        || post
        || settlement
        || camp
        || capital
        || called
        || listed_division(p, c)
        || listed_settlement(p, c)
        || distance_apposed(p, c)
        || caption_place(p, c)
        || site_in(p, c))
        && !person_by_form(p, c)
        || home_town(p, c)
}

/// Nouns for one person that "named" follows before a name ("a member of the group named X",
/// "a prisoner named X").
const ONE_PERSON: &[&str] = &[
    "member",
    "man",
    "woman",
    "boy",
    "girl",
    "prisoner",
    "detainee",
    "inmate",
    "suspect",
    "soldier",
    "fighter",
    "militant",
    "commander",
    "trafficker",
    "citizen",
    "national",
    "official",
    "businessman",
    "businesswoman",
    "cleric",
    "person",
    "individual",
];

/// "a member of the Taliban named Khan Mohammed", "Khan Mohammad, 55, was …": a run that
/// "named" after a noun for one person introduces, or that an age follows between commas,
/// is a person's name even when its first word opens places' names ("Khan", "Fort").
fn person_by_form(p: &Para<'_>, c: &Candidate) -> bool {
    let named = c.t0 >= 2
        && p.word_at(c.t0 - 1) == Some("named")
        && (c.t0.saturating_sub(8)..c.t0 - 1).any(|i| {
            p.word_at(i)
                .is_some_and(|w| ONE_PERSON.contains(&w.to_lowercase().as_str()))
        });
    let age = p.toks.get(c.t1).is_some_and(|t| t.is_punct(','))
        && p.word_at(c.t1 + 1)
            .and_then(|w| w.parse::<u32>().ok())
            .is_some_and(|n| (1..=110).contains(&n))
        && p.toks.get(c.t1 + 2).is_some_and(|t| t.is_punct(','));
    named || age
}

/// Compass words that open the name of a part of a place.
const COMPASS: [&str; 8] = [
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
];

/// "in North Fairview", "a West Market venue": a compass word and one more word name a part
/// of a town where a place stands — after a preposition of place, or before a lower-case noun
/// for a district or a venue. ("North" and "West" are also given names: "North West" after
/// "said" stays a person.) Two units `first`..`r1` of the run starting at `r0`.
pub(super) fn compass_district(p: &Para<'_>, r0: usize, r1: usize, first: &str) -> bool {
    if !COMPASS.contains(&first) {
        return false;
    }
    let before = r0.checked_sub(1).and_then(|i| p.word_at(i));
    let at_place = before.is_some_and(|w| {
        matches!(
            w,
            "in" | "at" | "near" | "from" | "across" | "around" | "throughout" | "outside"
        )
    });
    let noun_after = p.word_at(r1).is_some_and(|w| {
        matches!(
            w,
            "venue"
                | "neighborhood"
                | "neighbourhood"
                | "district"
                | "area"
                | "hotel"
                | "restaurant"
                | "bar"
                | "office"
                | "offices"
                | "residents"
                | "home"
        )
    });
    at_place || noun_after
}

/// "The Canaries confirmed the departure": one capitalised plural after "the" is a team, a
/// band or a family ("the Alexanders"), never one person. The plural of an acronym ("MEPs
/// debated", "CEOs") is a group with or without "the": letters stand for a body or an
/// office, and their plural for its members.
pub(super) fn group_plural(p: &Para<'_>, c: &Candidate) -> bool {
    if c.t1 != c.t0 + 1 {
        return false;
    }
    let w = p.toks[c.t0].text(p.text);
    let acronym = w
        .strip_suffix('s')
        .is_some_and(|a| a.len() >= 2 && a.chars().all(|l| l.is_ascii_uppercase()));
    if acronym {
        return true;
    }
    if c.t0 == 0 {
        return false;
    }
    let the = p
        .word_at(c.t0 - 1)
        .is_some_and(|x| x == "the" || x == "The");
    the && w.ends_with('s')
        && !w.ends_with("ss")
        && !LEX.given_names.contains_key(w.to_lowercase().as_str())
}

/// Place words that are also common surnames.
const SURNAME_PLACE_WORDS: [&str; 4] = ["Hill", "Green", "Park", "Hall"];

/// The divisions of a state that end a place's name and never a person's ("Howard Twp",
/// "Orleans Parish", "Story County"): even beside a slash, where a photographer's credit
/// stands ("Debbie Hill/UPI"), a run ending in one is a place — a precinct table writes
/// "Roland/Howard Twp".
pub(super) fn division_word(last: &str) -> bool {
    matches!(
        last,
        "Township"
            | "Twp"
            | "Twsp"
            | "Parish"
            | "County"
            | "Borough"
            | "Boro"
            | "Precinct"
            | "District"
            | "Province"
            | "Governorate"
    )
}

/// "Rep. Mark Green", "Senator Tom Hill": [`surname_not_place`] judged on the name after the
/// run's titles (units `u`), so a title before a given name does not make the run a place.
pub(super) fn titled_surname(p: &Para<'_>, u: &[(U, usize, usize)]) -> bool {
    // "County Clerk Sherry Hall": the name starts after the run's last title, whatever
    // stands before that title.
    let lead = u
        .iter()
        .rposition(|x| x.0 == U::Title)
        .map_or(0, |k| k + 1)
        .min(u.len() - 1);
    let (first, last) = (unit_text(p, &u[lead]), unit_text(p, &u[u.len() - 1]));
    surname_not_place(p, u[lead].1, u.len() - lead, first, last)
}

/// "conservative Shak Hill", "Mark Green": a two-word run ending in a place word that is also
/// a common surname is a person's name, unless it stands where a place does — after "in",
/// "at", "near", "on", "to", "from", "of" or "the", or opening a sentence — and its first word
/// is no given name ("in Bowling Green", "on Capitol Hill").
fn surname_not_place(p: &Para<'_>, r0: usize, units: usize, first: &str, last: &str) -> bool {
    // "City Hall", "Town Hall": a word for a place first is never a given name.
    if units != 2
        || !SURNAME_PLACE_WORDS.contains(&last)
        || LEX.place_cues.contains(first)
        || matches!(first, "Town" | "Village")
    {
        return false;
    }
    let before = r0.checked_sub(1).and_then(|i| p.word_at(i));
    // "a town hall in Lafayette Hill": after "in", "near" or "outside" a place stands even
    // with a given name first, unless the name owns what follows ("in Mark Green's bill").
    let locative = before.is_some_and(|w| matches!(w, "in" | "near" | "outside"));
    let owns = p
        .toks
        .get(r0 + 2)
        .is_some_and(|t| t.kind == Tok::Possessive);
    if locative && !owns {
        return false;
    }
    if LEX.given_names.contains_key(first.to_lowercase().as_str()) {
        return true;
    }
    match before {
        None => false,
        Some(w) => {
            let place_word = matches!(
                w.to_lowercase().as_str(),
                "in" | "at" | "near" | "on" | "to" | "from" | "of" | "the" | "across" | "outside"
            );
            !place_word && !p.starts[r0] && w.chars().next().is_some_and(char::is_lowercase)
        }
    }
}
