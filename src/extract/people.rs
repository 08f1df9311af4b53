//! From candidates to entities: one entity per person, organisation or place in an article,
//! with every mention.
//!
//! Full names (two words or more) are people; a later surname or first name alone belongs to
//! the last full name before it that ends (or starts) with it, in this article only, so
//! "Alexander" after "Adi Alexander, Edan's father" is Adi. A bare word that no full name
//! claims is a person only with local evidence (a title, a reporting verb after it).

mod evidence;
mod keys;
mod royal;
mod short;
mod variants;

use super::lexicon::LEX;
use super::names::{Candidate, Source};
use crate::entity::EntityKind;
use keys::{
    bodies, companies, full_form, fuller_form, generation, given_elsewhere, given_prefixes,
    is_family_plural, is_public_figure, is_ticket, name_words, new_entity, org_short_form, outlets,
    person_key, proper_suffixes, short_key, titled_surname,
};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use variants::{Variants, reordered, transliteration_key};

/// A full person name seen at (paragraph, token), its entity, and whether it was introduced
/// only as someone's relative.
type Seen = (usize, usize, usize, bool);

/// An entity being built for one article.
#[derive(Debug, Clone)]
pub(crate) struct Entity {
    pub name: String,
    pub kind: EntityKind,
    pub source: Option<Source>,
    /// The first title written before the name ("White House Press Secretary").
    pub title: Option<String>,
}

/// One mention of an entity: tokens `t0..t1` of paragraph `para`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mention {
    pub para: usize,
    pub t0: usize,
    pub t1: usize,
    pub entity: usize,
    pub in_quote: bool,
    pub credit: bool,
}

/// Builds the article's entities and mentions from its candidates (in reading order).
/// `known_name` gives the canonical name and kind of a registry or front-matter entry.
pub(crate) fn resolve(
    cands: &[Candidate],
    known_name: &dyn Fn(Source) -> Option<(String, EntityKind)>,
) -> (Vec<Entity>, Vec<Mention>) {
    let mut ents: Vec<Entity> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::default();
    let mut mentions: Vec<Mention> = Vec::new();

    // Full person names first, so short forms can look both back and ahead. Names the
    // registry knows count too: "Abu Hamdan" after "Youssef Abu Hamdan" is a short form.
    let full: HashSet<Vec<String>> = cands
        .iter()
        .filter_map(|c| match c.source {
            None if c.kind == Some(EntityKind::Person) => Some(name_words(&full_form(c))),
            Some(src @ (Source::Registry(_) | Source::Hint(_))) => known_name(src)
                .filter(|(_, kind)| *kind == EntityKind::Person)
                .map(|(name, _)| name_words(&name)),
            _ => None,
        })
        .filter(|w| w.len() >= 2)
        .collect();
    let surnames: HashSet<&String> = full.iter().filter_map(|w| w.last()).collect();

    let proper_suffixes = proper_suffixes(&full);
    let is_suffix_of_longer = |w: &[String]| proper_suffixes.contains(w);
    let given_prefixes = given_prefixes(&full);

    let mut add = |key: String, ent: Entity, ents: &mut Vec<Entity>| -> usize {
        if let Some(&i) = by_key.get(&key) {
            return i;
        }
        ents.push(ent);
        by_key.insert(key, ents.len() - 1);
        ents.len() - 1
    };

    let companies = companies(cands);
    let bodies = bodies(cands);
    let outlets = outlets(cands);
    // Pending short forms: (candidate index, words).
    let mut pending: Vec<(usize, Vec<String>)> = Vec::new();
    // Full names seen with a generational suffix, by the key of the name without it, and the
    // keys of names seen without one: "Ray Dunn", untitled, after "Ray Dunn Jr." is him,
    // unless a "Ray Dunn" of his own came first.
    let mut suffixed: HashMap<String, String> = HashMap::default();
    let mut plain: HashSet<String> = HashSet::default();
    let mut slot: Vec<Option<usize>> = vec![None; cands.len()];
    let mut variants = Variants::default();
    for (ci, c) in cands.iter().enumerate() {
        let entity = match (c.source, c.kind) {
            (Some(src @ (Source::Registry(_) | Source::Hint(_))), _) => {
                let (name, kind) = known_name(src).unwrap_or((c.name.clone(), EntityKind::Person));
                let key = format!("known:{name}");
                Some(add(key, new_entity(name, kind, c), &mut ents))
            }
            // "Sheffield dedicated …" after "Mary Sheffield": a place word opening a sentence
            // as its subject is the short form of a full name ending in it. So is one word
            // the gazetteer files under a longer name ("Golan said" after "Eden Golan", where
            // "Golan" alone stands for the Golan Heights).
            (Some(Source::Gazetteer(gi)), _)
                if c.person_cue
                    && let Some(words) = place_surname(c, gi, &surnames) =>
            {
                pending.push((ci, words));
                None
            }
            (Some(Source::Gazetteer(gi)), _) => {
                let k = &LEX.gazetteer_entries[gi];
                let key = format!("{}:{}", k.kind, k.canonical);
                Some(add(
                    key,
                    new_entity(k.canonical.to_string(), k.kind, c),
                    &mut ents,
                ))
            }
            (None, Some(EntityKind::Person) | None)
                if let Some(full) = companies.get(&c.name.to_lowercase()) =>
            {
                let key = format!("{}:{}", EntityKind::Organization, full.to_lowercase());
                let ent = new_entity(full.clone(), EntityKind::Organization, c);
                Some(add(key, ent, &mut ents))
            }
            (None, Some(EntityKind::Person))
                if let Some((name, kind)) = bodies.get(&c.name.to_lowercase()) =>
            {
                let key = format!("{kind}:{}", name.to_lowercase());
                Some(add(key, new_entity(name.clone(), *kind, c), &mut ents))
            }
            (None, Some(EntityKind::Person)) => {
                let form = full_form(c);
                let words = name_words(&form);
                if let Some(surname) = titled_surname(&words, &surnames) {
                    pending.push((ci, vec![surname]));
                    None
                } else if let Some(given) = royal::royal_given(&words, cands) {
                    pending.push((ci, vec![given]));
                    None
                } else if words.len() >= 2
                    && !is_suffix_of_longer(&words)
                    && !given_prefixes.contains(words.as_slice())
                    && !is_family_plural(c, &surnames, &full)
                {
                    let words = fuller_form(&words, &full).cloned().unwrap_or(words);
                    let words = variants.spelling(words);
                    let bare = person_key(&words, None);
                    let key = match generation(&form) {
                        Some(g) => {
                            let key = person_key(&words, Some(&g));
                            suffixed.entry(bare).or_insert_with(|| key.clone());
                            key
                        }
                        None => match suffixed.get(&bare) {
                            Some(son) if c.title.is_none() && !plain.contains(&bare) => son.clone(),
                            _ => {
                                plain.insert(bare.clone());
                                bare
                            }
                        },
                    };
                    Some(add(key, new_entity(form, EntityKind::Person, c), &mut ents))
                } else {
                    pending.push((ci, words));
                    None
                }
            }
            (None, Some(kind)) => {
                let key = format!("{kind}:{}", c.name.to_lowercase());
                Some(add(key, new_entity(c.name.clone(), kind, c), &mut ents))
            }
            (None, None) => {
                let form = full_form(c);
                let mut words = name_words(&form);
                // "Adi" in "Adi and Yael Alexander", unless "Adi" is itself a surname here
                // and no family word introduces the list ("brothers David and Ariel Cunio"
                // names two brothers even where someone else is surnamed David). A family
                // word also keeps a given name another full name opens ("her sons Ariel and
                // Kfir Bibas" beside "Ariel Cunio").
                if c.shared_surname.is_some()
                    && (c.kin_apposed
                        || !surnames.contains(&name_words(&c.name).join(" "))
                            && !given_elsewhere(c, &full))
                {
                    if words.len() >= 2 {
                        let key = format!("person:{}", words.join(" "));
                        Some(add(key, new_entity(form, EntityKind::Person, c), &mut ents))
                    } else {
                        None
                    }
                } else {
                    words = name_words(&c.name);
                    pending.push((ci, words));
                    None
                }
            }
        };
        slot[ci] = entity;
    }

    let index = short::index(cands, &slot, &ents);
    let in_office = short::in_office(cands, &slot);
    let claims = short::Claims::new(cands, &index, &in_office, &given_prefixes);
    // Organisations by lower-case name, for a bare word that repeats one, and by their
    // short form (`keys::org_short_form`).
    let orgs: HashMap<String, usize> = (ents.iter().enumerate())
        .filter(|(_, e)| matches!(e.kind, EntityKind::Organization | EntityKind::Place))
        .flat_map(|(i, e)| {
            [Some(e.name.to_lowercase()), org_short_form(&e.name)].map(|n| n.map(|n| (n, i)))
        })
        .flatten()
        .collect();
    // Bare words with no evidence of their own, kept in case a cued one names the same person
    // ("thanked Trump" after "President Trump").
    let mut deferred: Vec<(usize, Vec<String>)> = Vec::new();
    let mut bare_seen: HashSet<String> = HashSet::default();
    // A bare surname spelt two ways ("Araghchi", then "Araqchi") is one person: the first
    // spelling's key, by `variants::transliteration_key`.
    let mut spelt: HashMap<String, String> = HashMap::default();
    let mut spelling = |words: &[String]| {
        let bare = short_key(words);
        match words {
            [w] => match transliteration_key(w) {
                Some(t) => spelt.entry(t).or_insert(bare).clone(),
                None => bare,
            },
            _ => bare,
        }
    };
    // The entity each bare short form was first given, for the same word again.
    let mut taken: HashMap<Vec<String>, usize> = HashMap::default();
    for (ci, words) in pending {
        let c = &cands[ci];
        slot[ci] = match claims.claim(ci, &words, &ents) {
            Some(e) => Some(e),
            // "her son Yotam … 'I am Yotam's mother' … Yotam Haim": a short form no full name
            // claims is the one the same word stood for before, not a new person.
            // A numeral of reign or generation ("Benedict XV") parts namesakes instead.
            None if generation(&full_form(c)).is_none()
                && let Some(&e) = taken.get(&words) =>
            {
                Some(e)
            }
            None if is_family_plural(c, &surnames, &full) || is_ticket(c, &surnames) => None,
            // "Xinhua reported" after "the news agency, Xinhua": a bare word the article
            // already named as an organisation is that organisation, cue or not.
            None if words.len() == 1
                && orgs.contains_key(&c.name.to_lowercase())
                && !(c.title.is_some() || is_public_figure(&words)) =>
            {
                orgs.get(&c.name.to_lowercase()).copied()
            }
            None if let Some(&gi) = outlets.get(&c.name.to_lowercase()) => {
                let k = &LEX.gazetteer_entries[gi];
                let ent = new_entity(k.canonical.to_string(), k.kind, c);
                Some(add(format!("{}:{}", k.kind, k.canonical), ent, &mut ents))
            }
            None if c.person_cue
                || c.kind == Some(EntityKind::Person)
                || is_public_figure(&words) =>
            {
                // "Pope Leo XIII" named beside "Pope Leo XIV": a numeral of reign or
                // generation parts two who share the one name; a bare "Leo" is the first.
                let bare = spelling(&words);
                let key = match generation(&full_form(c)) {
                    // A bare "Leo" named before is the first one with a numeral too.
                    Some(_) if !suffixed.contains_key(&bare) && bare_seen.contains(&bare) => {
                        suffixed.insert(bare.clone(), bare.clone());
                        bare
                    }
                    Some(g) => {
                        let key = format!("{bare} {g}");
                        suffixed.entry(bare).or_insert_with(|| key.clone());
                        key
                    }
                    None => {
                        bare_seen.insert(bare.clone());
                        suffixed.get(&bare).cloned().unwrap_or(bare)
                    }
                };
                Some(add(
                    key,
                    new_entity(c.name.clone(), EntityKind::Person, c),
                    &mut ents,
                ))
            }
            None => {
                deferred.push((ci, words.clone()));
                None
            }
        };
        if let Some(e) = slot[ci].filter(|&e| ents[e].kind == EntityKind::Person) {
            taken.entry(words).or_insert(e);
        }
    }

    for (ci, words) in deferred {
        let bare = spelling(&words);
        let key = suffixed.get(&bare).unwrap_or(&bare);
        slot[ci] = by_key.get(key).copied();
    }
    let gone = evidence::unsupported(&ents, cands, &slot);
    let (mut ents, slot) = evidence::without(ents, slot, &gone);

    for (ci, c) in cands.iter().enumerate() {
        let Some(e) = slot[ci] else { continue };
        let ent = &mut ents[e];
        if ent.source.is_none()
            && ent.kind == EntityKind::Person
            && name_words(&full_form(c)).len() > name_words(&ent.name).len()
            && !reordered(&name_words(&ent.name), &name_words(&full_form(c)))
        {
            ent.name = full_form(c);
        }
        if ent.title.is_none() {
            ent.title = c.title.clone();
        }
        mentions.push(Mention {
            para: c.para,
            t0: c.t0,
            t1: c.t1,
            entity: e,
            in_quote: c.in_quote,
            credit: c.credit,
        });
    }
    (ents, mentions)
}

/// The surname a place word read as a person's subject stands for (`resolve`): the place's
/// whole name, or, for one word filed under a longer name, that name's first word.
fn place_surname(c: &Candidate, gi: usize, surnames: &HashSet<&String>) -> Option<Vec<String>> {
    let canonical = LEX.gazetteer_entries[gi].canonical;
    if surnames.contains(&canonical.to_lowercase()) {
        return Some(name_words(canonical));
    }
    let first = name_words(canonical).into_iter().next()?;
    (c.t1 == c.t0 + 1 && surnames.contains(&first)).then(|| vec![first])
}
