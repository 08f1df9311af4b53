//! The one identity rule of a corpus: which names in different articles are the same entity,
//! what kind it is, and which roles it has, each role with the sentences that gave it.
//!
//! `build`, `serve`, `extract` and `entities suggest` all call [`merge`], so what
//! `dossier extract --json` reports is what the site shows and what `suggest` proposes is what
//! the build did not already merge.
//!
//! - **Names.** Entities are keyed by their folded name. The registry seeds the keys (its
//!   aliases point at them), so its facts win; extraction adds the rest. A lone name that no
//!   article spells out in full stays its own entity, unless exactly one person in the whole
//!   corpus carries it as a surname or first name, in which case it is that person. A short
//!   form of a given name is the formal one ("Steve" and "Steven Witkoff": `short`).
//! - **Roles.** A role the registry gives is kept as given. Otherwise a role is a fact about a
//!   person only when its evidence carries weight against the articles that name the person
//!   ([`keeps_role`]): a role read once, weakly, among many articles that mention the person
//!   plainly is more likely a misreading than a fact, and a role shown on a person page spreads
//!   to every article of that person. Hostage and the roles of office exclude each other
//!   (`captive`): the side fewer articles give is dropped. Which states mediate is read from
//!   the whole corpus (`mediating`): the holder of such a state's diplomatic office is a
//!   negotiator though their own article never says the state mediates.

use super::{ArticleExtraction, Registry, RoleEvidence, Span, StateOffice};

mod captive;
mod held;
mod mediating;
mod mentions;
mod short;
use crate::entity::{EntityKind, Role};
pub use mediating::Mediating;
pub(crate) use mentions::{add_appearance, first_mentions};
use mentions::{first_mention, first_mentions_of};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Borrow;
use std::collections::BTreeMap;

/// One entity of the whole corpus.
#[derive(Debug, Clone)]
pub struct Identity {
    /// The registry's name, else the first full form an article gave.
    pub name: String,
    pub kind: EntityKind,
    /// Index of its registry entry.
    pub registry: Option<usize>,
    /// The roles kept, sorted.
    pub roles: Vec<Role>,
    /// For each kept role found in the text, every article's sentence that gave it:
    /// (article index, evidence), in article order.
    pub evidence: Vec<(usize, RoleEvidence)>,
    /// Other forms of the name, in the order first seen.
    pub aliases: Vec<String>,
    /// The description articles give most often.
    pub description: Option<String>,
    /// Each article naming it: (article index, first mention, mentions), in article order.
    pub appearances: Vec<(usize, Span, usize)>,
    pub mention_count: usize,
}

/// The corpus's entities and, per article, which entity each found entity is.
#[derive(Debug, Clone, Default)]
pub struct Identities {
    /// By kind, then folded name: the order of the site's entity ids.
    pub entities: Vec<Identity>,
    /// Per article, per entity of its extraction: the index in `entities` (`None` for a
    /// name that folds to nothing).
    pub of: Vec<Vec<Option<usize>>>,
    /// Per article: each entity it names once, in order of first mention, with that mention.
    pub named: Vec<Vec<(usize, Span)>>,
}

/// Whether a role read from the text is kept: the registry aside, a role holds when a strong
/// sentence gives it in at least one article in ten of those naming the person, or when any
/// evidence gives it in at least one article in three. `strong` and `any` count articles;
/// `articles` is how many name the person.
pub fn keeps_role(strong: usize, any: usize, articles: usize) -> bool {
    strong * 10 >= articles || any * 3 >= articles
}

/// Folds a name for comparison: lower case, no accents, apostrophes and hyphens as spaces.
pub fn fold(name: &str) -> String {
    deunicode::deunicode(name)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What is gathered about one entity before the roles are weighed. It owns its words, so an
/// article's extraction can be let go once it is read ([`merge_releasing`]).
#[derive(Default)]
struct Acc {
    name: String,
    registry: Option<usize>,
    kinds: BTreeMap<EntityKind, usize>,
    evidence: Vec<(usize, RoleEvidence)>,
    aliases: Vec<String>,
    alias_seen: HashSet<String>,
    descriptions: HashMap<String, usize>,
    appearances: Vec<(usize, Span, usize)>,
    mention_count: usize,
    /// Some article introduces this name as someone's relative ("his father, Alon").
    relative: bool,
    /// Diplomatic offices of states its article did not name as mediators (`mediating`).
    offices: Vec<(usize, StateOffice)>,
}

impl Acc {
    fn kind(&self, registry: &Registry) -> EntityKind {
        self.registry
            .and_then(|r| registry.entries[r].kind)
            .or_else(|| {
                self.kinds
                    .iter()
                    .max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k)))
                    .map(|(k, _)| *k)
            })
            .unwrap_or(EntityKind::Person)
    }
}

/// Merges every article's extraction (in corpus order) into the corpus's entities.
pub fn merge<X: Borrow<ArticleExtraction>>(extraction: &[X], registry: &Registry) -> Identities {
    let mut refs: Vec<&ArticleExtraction> = extraction.iter().map(Borrow::borrow).collect();
    merge_releasing(&mut refs, registry, |_, _| {})
}

/// [`merge`], calling `read(ai, extraction)` once article `ai` has been read: nothing of
/// articles up to `ai` is read again, so a build can let their extraction go while the rest
/// is merged (at 100,000 articles the merge otherwise came on top of the whole extraction).
pub fn merge_releasing<X: Borrow<ArticleExtraction>>(
    extraction: &mut [X],
    registry: &Registry,
    mut read: impl FnMut(usize, &mut [X]),
) -> Identities {
    let mut accs: Vec<Acc> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::default();
    // Names as written: most recur letter for letter, so each spelling is folded once.
    let mut by_name: HashMap<String, usize> = HashMap::default();
    for (ri, e) in registry.entries.iter().enumerate() {
        let key = fold(&e.name);
        if by_key.contains_key(&key) {
            continue;
        }
        by_key.insert(key, accs.len());
        let mut acc = Acc {
            name: e.name.clone(),
            registry: Some(ri),
            ..Acc::default()
        };
        acc.aliases.extend(e.aliases.iter().cloned());
        acc.alias_seen.extend(e.aliases.iter().cloned());
        accs.push(acc);
    }
    for (ri, e) in registry.entries.iter().enumerate() {
        let target = by_key.get(&fold(&e.name)).copied();
        if let Some(t) = target.filter(|&t| accs[t].registry == Some(ri)) {
            for alias in &e.aliases {
                by_key.entry(fold(alias)).or_insert(t);
            }
        }
    }

    let mut of: Vec<Vec<Option<usize>>> = Vec::with_capacity(extraction.len());
    // Each found entity's first mention, for `named` once the entities are final.
    let mut named: Vec<Vec<Option<Span>>> = Vec::with_capacity(extraction.len());
    let mut mediating = Mediating::default();
    for ai in 0..extraction.len() {
        let x: &ArticleExtraction = extraction[ai].borrow();
        mediating.read(ai, x);
        let mut slots = Vec::with_capacity(x.entities.len());
        for e in &x.entities {
            let idx = match by_name.get(e.name.as_str()) {
                Some(&idx) => Some(idx),
                None => {
                    let key = fold(&e.name);
                    (!key.is_empty()).then(|| {
                        let idx = *by_key.entry(key).or_insert_with(|| {
                            accs.push(Acc {
                                name: e.name.clone(),
                                ..Acc::default()
                            });
                            accs.len() - 1
                        });
                        by_name.insert(e.name.clone(), idx);
                        idx
                    })
                }
            };
            slots.push(idx);
            let Some(idx) = idx else { continue };
            let acc = &mut accs[idx];
            *acc.kinds.entry(e.kind).or_default() += e.mentions.len().max(1);
            acc.evidence.extend(e.evidence.iter().map(|ev| (ai, *ev)));
            acc.offices
                .extend(e.offices.iter().map(|o| (ai, o.clone())));
            for a in &e.aliases {
                if *a != acc.name && !acc.alias_seen.contains(a) {
                    acc.alias_seen.insert(a.clone());
                    acc.aliases.push(a.clone());
                }
            }
            if let Some(d) = &e.description {
                match acc.descriptions.get_mut(d) {
                    Some(n) => *n += 1,
                    None => _ = acc.descriptions.insert(d.clone(), 1),
                }
            }
            acc.mention_count += e.mentions.len();
            acc.relative |= e.relative;
            add_appearance(&mut acc.appearances, ai, &e.mentions);
        }
        named.push(x.entities.iter().map(first_mention).collect());
        of.push(slots);
        read(ai, extraction);
    }

    let mut redirect = surname_redirects(&accs, registry);
    let short = short::short_form_redirects(&accs, registry, &redirect);
    redirect.extend(short);
    // In a fixed order, so aliases come out the same on every build.
    let mut moves: Vec<(usize, usize)> = redirect.iter().map(|(&f, &t)| (f, t)).collect();
    moves.sort_unstable();
    for &(from, to) in &moves {
        let moved = std::mem::take(&mut accs[from]);
        let target = &mut accs[to];
        target.mention_count += moved.mention_count;
        if !target.aliases.contains(&moved.name) {
            target.aliases.push(moved.name.clone());
        }
        for (k, n) in moved.kinds {
            *target.kinds.entry(k).or_default() += n;
        }
        target.evidence.extend(moved.evidence);
        target.offices.extend(moved.offices);
        target.appearances.extend(moved.appearances);
    }

    // Final order and indices: by kind, then folded name.
    let mut order: Vec<usize> = (0..accs.len())
        .filter(|i| !redirect.contains_key(i))
        .filter(|&i| accs[i].registry.is_some() || !accs[i].appearances.is_empty())
        .collect();
    order.sort_by_cached_key(|&i| {
        let a = &accs[i];
        (a.kind(registry), fold(&a.name), a.name.clone())
    });
    let mut new_index: Vec<Option<usize>> = vec![None; accs.len()];
    for (n, &i) in order.iter().enumerate() {
        new_index[i] = Some(n);
    }
    for (&from, &to) in &redirect {
        new_index[from] = new_index[to];
    }
    for slots in &mut of {
        for s in slots.iter_mut() {
            *s = s.and_then(|i| new_index[i]);
        }
    }
    let entities: Vec<Identity> = order
        .iter()
        .map(|&i| finish(std::mem::take(&mut accs[i]), registry, &mediating))
        .collect();
    let named = (of.iter().zip(named))
        .map(|(slots, firsts)| first_mentions_of(slots, firsts))
        .collect();
    Identities {
        entities,
        of,
        named,
    }
}

/// Weighs the roles and settles the description of one gathered entity.
fn finish(mut acc: Acc, registry: &Registry, mediating: &Mediating) -> Identity {
    let kind = acc.kind(registry);
    acc.evidence.extend(mediating.evidence(&acc.offices));
    let gathered = Identity {
        name: acc.name,
        kind,
        registry: acc.registry,
        roles: Vec::new(),
        evidence: acc.evidence,
        aliases: acc.aliases,
        description: None,
        appearances: acc.appearances,
        mention_count: acc.mention_count,
    };
    let descriptions = (acc.descriptions.iter())
        .map(|(d, n)| (d.as_str(), *n))
        .collect();
    settle(gathered, &descriptions, registry)
}

/// Completes a gathered entity, given with no roles or description yet: sorts its appearances
/// and evidence by article, keeps the roles the registry gives, else (for a person) those its
/// evidence holds up across articles (see [`keeps_role`]), and the evidence of those roles
/// only; takes the registry's description, else the one articles give most. The full merge and
/// the incremental link's per-entity accumulator both end here.
pub(crate) fn settle(
    mut id: Identity,
    descriptions: &HashMap<&str, usize>,
    registry: &Registry,
) -> Identity {
    let spec = id.registry.map(|r| &registry.entries[r]);
    id.appearances.sort_by_key(|a| a.0);
    id.evidence
        .sort_by_key(|(ai, e)| (*ai, e.paragraph, e.start));
    let evidence = &id.evidence;
    let mut roles: Vec<Role> = match spec {
        Some(s) if !s.roles.is_empty() => s.roles.clone(),
        _ if id.kind == EntityKind::Person => {
            let articles = id.appearances.len().max(1);
            // The roles any evidence names: the built-in ones and those a dossier declares.
            let mut named: Vec<Role> = evidence.iter().map(|(_, e)| e.role).collect();
            named.sort();
            named.dedup();
            // How many articles give role `r` (by a strong sentence only, if asked). The
            // sentence naming a state a mediator gives the role to no one by itself.
            let count = |r: Role, strong_only: bool| {
                let mut seen: Vec<usize> = evidence
                    .iter()
                    .filter(|(_, e)| e.role == r && (e.strong || !strong_only))
                    .filter(|(_, e)| e.rule != "mediating state")
                    .map(|(ai, _)| *ai)
                    .collect();
                seen.dedup();
                seen.len()
            };
            named.retain(|&r| {
                let any = count(r, false);
                any > 0 && keeps_role(count(r, true), any, articles)
            });
            captive::exclusive(&mut named, |r| count(r, false));
            named
        }
        _ => Vec::new(),
    };
    roles.sort();
    id.evidence.retain(|(_, e)| roles.contains(&e.role));
    id.roles = roles;
    id.description = spec.and_then(|s| s.description.clone()).or_else(|| {
        descriptions
            .iter()
            // Most given, then shortest, then alphabetical: the same whatever the map's order.
            .max_by_key(|(d, n)| (**n, std::cmp::Reverse(d.len()), std::cmp::Reverse(**d)))
            .map(|(d, _)| d.to_string())
    });
    id
}

/// Lone names ("Boehler", "Adi") that belong to exactly one fully named person of the whole
/// corpus, by surname or by first name; not one an article introduces as a relative.
fn surname_redirects(accs: &[Acc], registry: &Registry) -> HashMap<usize, usize> {
    let is_person = |a: &Acc| a.kind(registry) == EntityKind::Person;
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, a) in accs.iter().enumerate() {
        let f = fold(&a.name);
        if is_person(a)
            && f.contains(' ')
            && let (Some(first), Some(last)) = (f.split(' ').next(), f.rsplit(' ').next())
        {
            by_surname.entry(last.to_string()).or_default().push(i);
            if first != last {
                by_surname.entry(first.to_string()).or_default().push(i);
            }
        }
    }
    let mut out = HashMap::default();
    for (i, a) in accs.iter().enumerate() {
        let f = fold(&a.name);
        // "his father, Alon,": a given name that an article gives as someone's relative
        // is that family's member, not another article's Alon Ohel.
        if a.registry.is_none()
            && is_person(a)
            && !a.relative
            && !f.contains(' ')
            && !a.appearances.is_empty()
            && let Some([only]) = by_surname.get(&f).map(Vec::as_slice)
        {
            out.insert(i, *only);
        }
    }
    out
}
