//! The invented world of a corpus: a few hundred people (officials and negotiators with
//! titles, hostages, members of their families), organisations and places, and which of them
//! the registry knows. Drawn once per seed; articles then draw their cast from it.

use super::names::{Namer, firsts, lasts, short_of};
use super::rng::Rng;
use super::words::WORLD;

/// What the registry says of a hostage (the values of `status:` in a dossier's entities.yaml).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Alive,
    Deceased,
    Released,
    Unknown,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Alive => "alive",
            Status::Deceased => "deceased",
            Status::Released => "released",
            Status::Unknown => "unknown",
        }
    }
}

/// Hostages in the pool.
const HOSTAGES: usize = 140;
/// Members of hostages' families in the pool.
const FAMILIES: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Us,
    Israel,
    Hamas,
    Qatar,
    Egypt,
}

impl Side {
    fn parse(s: &str) -> Option<Side> {
        Some(match s {
            "us" => Side::Us,
            "il" => Side::Israel,
            "ps" => Side::Hamas,
            "qa" => Side::Qatar,
            "eg" => Side::Egypt,
            _ => return None,
        })
    }

    /// The section of quotations that fits a speaker from this side.
    pub(crate) fn voice(self) -> &'static str {
        match self {
            Side::Us => "quotes.us",
            Side::Israel => "quotes.il",
            Side::Hamas => "quotes.ps",
            Side::Qatar | Side::Egypt => "quotes.mediator",
        }
    }

    fn country(self) -> &'static str {
        match self {
            Side::Us => "United States",
            Side::Israel => "Israel",
            Side::Hamas => "Palestinian territories",
            Side::Qatar => "Qatar",
            Side::Egypt => "Egypt",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Official,
    Negotiator,
    Hostage,
    Family,
}

#[derive(Debug, Clone)]
pub(crate) struct Person {
    pub first: &'static str,
    pub last: &'static str,
    /// The surname as a later mention gives it ("al-Kuwari" for "bin Saad al-Kuwari").
    pub short: &'static str,
    pub female: bool,
    pub side: Side,
    pub part: Part,
    /// Title before the name ("White House Press Secretary"), when one is written so.
    pub title: Option<&'static str>,
    /// The apposition ("the White House press secretary").
    pub apposition: &'static str,
    pub age: usize,
    pub home: &'static str,
    pub status: Status,
    /// A hostage with US as well as Israeli citizenship.
    pub dual: bool,
    /// For a family member: the hostage, what this person is to them, what they are to this
    /// person ("mother", "son").
    pub relative: Option<(usize, &'static str, &'static str)>,
    /// Whether `content/entities.yaml` lists this person.
    pub known: bool,
}

impl Person {
    pub(crate) fn full(&self) -> String {
        format!("{} {}", self.first, self.last)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Org {
    pub name: &'static str,
    pub aliases: Vec<&'static str>,
    pub side: Option<Side>,
    /// Written "the White House", not "White House".
    pub the: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Place {
    pub name: &'static str,
    pub kind: &'static str,
    /// Capitals for a dateline ("DOHA"), for cities.
    pub dateline: Option<&'static str>,
}

/// Everybody and everything a corpus can mention.
pub(crate) struct Pool {
    pub people: Vec<Person>,
    pub orgs: Vec<Org>,
    pub places: Vec<Place>,
    /// Officials and negotiators, most quoted first, with running totals of their weights.
    pub speakers: Vec<usize>,
    pub speaker_weights: Vec<f64>,
    pub hostages: Vec<usize>,
    pub hostage_weights: Vec<f64>,
    pub families: Vec<usize>,
}

/// Running totals of Zipf-like weights, so a few people appear in many articles and most in a
/// few, as in a real story.
fn zipf(n: usize) -> Vec<f64> {
    let mut total = 0.0;
    (0..n)
        .map(|r| {
            total += 1.0 / (r as f64 + 3.0);
            total
        })
        .collect()
}

fn person(first: &'static str, last: &'static str, female: bool, side: Side, part: Part) -> Person {
    Person {
        first,
        last,
        short: short_of(last),
        female,
        side,
        part,
        title: None,
        apposition: "",
        age: 0,
        home: "",
        status: Status::Unknown,
        dual: false,
        relative: None,
        known: false,
    }
}

impl Pool {
    pub(crate) fn new(seed: u64) -> Pool {
        let mut rng = Rng::stream(seed, u64::MAX);
        let mut namer = Namer::default();
        let mut people = Vec::new();
        let mut unique = Vec::new();
        let mut shared = Vec::new();
        for line in WORLD.get("titles") {
            let f: Vec<&'static str> = line.split('|').collect();
            let (Some(side), &[_, part, title, apposition, count]) = (Side::parse(f[0]), &f[..])
            else {
                continue;
            };
            let count: usize = count.parse().unwrap_or(1);
            for _ in 0..count {
                let female = rng.chance(30);
                let (first, last) = namer.name(&mut rng, side, female, None);
                let part = if part == "negotiator" {
                    Part::Negotiator
                } else {
                    Part::Official
                };
                let mut p = person(first, last, female, side, part);
                p.title = (title != "-").then_some(title);
                p.apposition = apposition;
                p.known = rng.chance(80);
                (if count == 1 { &mut unique } else { &mut shared }).push(people.len());
                people.push(p);
            }
        }
        rng.shuffle(&mut unique);
        rng.shuffle(&mut shared);
        let speakers: Vec<usize> = unique.into_iter().chain(shared).collect();

        let homes = WORLD.get("homes");
        let mut hostages = Vec::new();
        for _ in 0..HOSTAGES {
            let female = rng.chance(30);
            let dual = rng.chance(12);
            let (first, last) = if dual {
                let first = *rng.pick(firsts(Side::Us, female));
                let last = *rng.pick(lasts(Side::Israel));
                namer.claim(first, last);
                (first, last)
            } else {
                namer.name(&mut rng, Side::Israel, female, None)
            };
            let mut p = person(first, last, female, Side::Israel, Part::Hostage);
            p.age = if rng.chance(60) {
                rng.range(19, 30)
            } else {
                rng.range(31, 86)
            };
            p.home = *rng.pick(homes);
            p.status = *rng.pick(&[Status::Alive, Status::Deceased, Status::Released]);
            p.known = rng.chance(60);
            p.dual = dual;
            hostages.push(people.len());
            people.push(p);
        }

        let relations: Vec<(&'static str, &'static str)> = WORLD
            .get("relations")
            .iter()
            .filter_map(|l| l.split_once('|'))
            .collect();
        let mut families = Vec::new();
        for _ in 0..FAMILIES {
            let h = *rng.pick(&hostages);
            let hostage_female = people[h].female;
            let fitting: Vec<_> = relations
                .iter()
                .filter(|(_, back)| is_female(back) == Some(hostage_female))
                .collect();
            let &&(rel, back) = rng.pick(&fitting);
            let female = is_female(rel).unwrap_or(false);
            let same = (rel != "uncle" && rng.chance(75)).then_some(people[h].last);
            let (first, last) = namer.name(&mut rng, Side::Israel, female, same);
            let mut p = person(first, last, female, Side::Israel, Part::Family);
            p.relative = Some((h, rel, back));
            p.known = rng.chance(20);
            families.push(people.len());
            people.push(p);
        }

        let orgs = WORLD
            .get("organizations")
            .iter()
            .filter_map(|l| {
                let mut f = l.split('|');
                Some(Org {
                    name: f.next()?,
                    aliases: f.next()?.split(',').filter(|a| !a.is_empty()).collect(),
                    side: f.next().and_then(Side::parse),
                    the: f.next() == Some("the"),
                })
            })
            .collect();
        let places = WORLD
            .get("places")
            .iter()
            .filter_map(|l| {
                let mut f = l.split('|');
                Some(Place {
                    name: f.next()?,
                    kind: f.next()?,
                    dateline: f.next().filter(|d| !d.is_empty()),
                })
            })
            .collect();
        Pool {
            speaker_weights: zipf(speakers.len()),
            speakers,
            hostage_weights: zipf(hostages.len()),
            hostages,
            families,
            people,
            orgs,
            places,
        }
    }

    pub(crate) fn nationality(&self, p: &Person) -> Vec<&'static str> {
        if p.dual {
            vec!["United States", "Israel"]
        } else {
            vec![p.side.country()]
        }
    }
}

/// Whether a relation word names a woman (`Some(true)`), a man, or neither.
fn is_female(relation: &str) -> Option<bool> {
    match relation {
        "mother" | "sister" | "wife" | "daughter" => Some(true),
        "father" | "brother" | "husband" | "son" | "uncle" | "nephew" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn the_pool_has_a_few_hundred_people_with_distinct_names() {
        let pool = Pool::new(1);
        assert!(
            (250..=400).contains(&pool.people.len()),
            "{}",
            pool.people.len()
        );
        let names: BTreeSet<String> = pool.people.iter().map(Person::full).collect();
        assert_eq!(names.len(), pool.people.len());
        assert!(pool.orgs.len() >= 20 && pool.places.len() >= 20);
    }

    #[test]
    fn family_members_fit_their_hostage() {
        let pool = Pool::new(2);
        for &f in &pool.families {
            let (h, rel, back) = pool.people[f]
                .relative
                .expect("a family member has a hostage");
            assert_eq!(pool.people[h].part, Part::Hostage);
            assert_eq!(is_female(back), Some(pool.people[h].female), "{rel}/{back}");
        }
    }
}
