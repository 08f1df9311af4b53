//! The built-in gazetteer: every spelling of the places and organisations in
//! `data/places.txt` and `data/organizations.txt`, built once into one leftmost-longest
//! automaton, and the lookups that ask it whether a word is a place.

use super::{Lexicon, lines};
use crate::entity::EntityKind;
use crate::extract::text::is_hyphen;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashMap as HashMap;

/// A gazetteer entry: what a built-in name is, and its canonical spelling.
#[derive(Debug, Clone)]
pub(crate) struct Known {
    pub kind: EntityKind,
    pub canonical: &'static str,
}

/// Every spelling of each `canonical | alias | …` line.
fn gazetteer(data: &'static str, kind: EntityKind, out: &mut Vec<(String, Known)>) {
    for line in lines(data) {
        let mut names = line.split('|').map(str::trim).filter(|s| !s.is_empty());
        let Some(canonical) = names.next() else {
            continue;
        };
        let known = Known { kind, canonical };
        for name in std::iter::once(canonical).chain(names) {
            out.push((name.to_string(), known.clone()));
            if let Some(plain) = inner_capitals_lowered(name) {
                out.push((plain, known.clone()));
            }
        }
    }
}

/// "Rishon Lezion" for "Rishon LeZion": a transliterated name's inner capital is written
/// both ways, so the spelling with each such word in plain title case is the place's too.
/// `None` when no word has a capital after a lower-case letter ("UAE", "Port-au-Prince").
fn inner_capitals_lowered(name: &str) -> Option<String> {
    let mixed = |w: &str| {
        let cs: Vec<char> = w.chars().collect();
        cs.windows(2)
            .any(|p| p[0].is_lowercase() && p[1].is_uppercase())
    };
    if !name.split(' ').any(mixed) {
        return None;
    }
    let words: Vec<String> = name
        .split(' ')
        .map(|w| {
            if !mixed(w) {
                return w.to_string();
            }
            let mut cs = w.chars();
            let first = cs.next().map(String::from).unwrap_or_default();
            first + &cs.as_str().to_lowercase()
        })
        .collect();
    Some(words.join(" "))
}

/// The automaton over every spelling of the places and organisations, each pattern's entry,
/// and the lower-cased spellings (for all-capital forms such as "REUTERS").
pub(super) fn build(
    places: &'static str,
    organizations: &'static str,
) -> (AhoCorasick, Vec<Known>, HashMap<String, usize>) {
    let mut names = Vec::new();
    gazetteer(places, EntityKind::Place, &mut names);
    gazetteer(organizations, EntityKind::Organization, &mut names);
    // Straight and curly apostrophes are both written; match either.
    let extra: Vec<(String, Known)> = names
        .iter()
        .filter(|(n, _)| n.contains('\''))
        .map(|(n, k)| (n.replace('\'', "’"), k.clone()))
        .collect();
    names.extend(extra);
    let gazetteer = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(names.iter().map(|(n, _)| n.as_str()))
        .expect("the built-in gazetteer builds");
    let gazetteer_folded = names
        .iter()
        .enumerate()
        .map(|(i, (n, _))| (n.to_lowercase(), i))
        .collect();
    let gazetteer_entries = names.into_iter().map(|(_, k)| k).collect();
    (gazetteer, gazetteer_entries, gazetteer_folded)
}

impl Lexicon {
    /// A place the gazetteer knows by this one word ("Gaza", "Lebanon").
    pub fn is_known_place(&self, word: &str) -> bool {
        self.is_folded_place(&word.to_lowercase())
    }

    /// A place the gazetteer knows by this spelling, given already in lower case.
    pub fn is_folded_place(&self, folded: &str) -> bool {
        self.gazetteer_folded
            .get(folded)
            .is_some_and(|&i| self.gazetteer_entries[i].kind == EntityKind::Place)
    }

    pub fn is_demonym(&self, word: &str) -> bool {
        if self.demonyms.contains(word) {
            return true;
        }
        // "Thais", "Ontarians": the plural of a listed demonym that ends in a vowel or "n".
        if let Some(stem) = word.strip_suffix('s')
            && stem.ends_with(['a', 'e', 'i', 'o', 'u', 'n'])
            && self.demonyms.contains(stem)
        {
            return true;
        }
        // "Filipina", "Chicana": the feminine in "-a" of a listed demonym in "-o", so the list
        // need not spell both genders ("Filipina Marites Flor" is Marites Flor, as "Swede
        // Johan Floderus" is Johan Floderus).
        if let Some(stem) = word.strip_suffix('a')
            && stem.len() >= 4
            && self.demonyms.contains(format!("{stem}o").as_str())
        {
            return true;
        }
        // "U.S.-Israeli", "Israeli-American": every part a demonym or place word.
        word.contains(is_hyphen)
            && word
                .split(is_hyphen)
                .all(|p| self.demonyms.contains(p) || self.is_known_place(p))
    }
}
