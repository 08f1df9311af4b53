//! What [`super::Linker`] keeps between links to redo the identity rule
//! (`extract::identity::merge`) for a few names instead of the whole corpus: every name's
//! folded key with the articles that give it (its postings), each key's kind before lone
//! names are moved, which lone names go to which full name, and the people sharing each
//! surname or first name.
//!
//! [`Index::identity`] makes one entity from its key and the lone names moved into it exactly
//! as `identity::merge` makes it from the whole corpus; the property test in `tests/it` holds the
//! two to the same result.

use super::identity::{Acc, kind, kind_index};
use super::{ArticleNode, EntityId, EntityNode};
use crate::entity::EntityKind;
use crate::extract::identity::{Identity, Mediating, fold};
use crate::extract::{FoundEntity, Registry};
use crate::load::ArticleId;
use rustc_hash::FxHashMap as HashMap;

/// Index of a key in [`Index::keys`]; keys are never removed, so the id is stable.
pub(super) type KeyId = u32;

/// One folded name.
pub(super) struct Key {
    pub fold: String,
    /// Its registry entry, when the registry seeds it.
    pub registry: Option<usize>,
    /// Every found entity with this key: (article, index among the article's found
    /// entities), in article order.
    pub postings: Vec<(ArticleId, u32)>,
    /// Its kind from its own postings (before lone names are moved into it).
    pub kind: EntityKind,
    /// Some posting has a mention.
    pub appears: bool,
    /// The full name this lone name is moved into.
    pub redirect: Option<KeyId>,
    /// The lone names moved into it.
    pub sources: Vec<KeyId>,
    /// Its entity, when it is one the site lists.
    pub entity: Option<EntityId>,
}

impl Key {
    fn exists(&self) -> bool {
        self.registry.is_some() || !self.postings.is_empty()
    }
    /// The surname and first name under which it can take a lone name.
    fn names(&self) -> Option<(&str, &str)> {
        let (first, _) = self.fold.split_once(' ')?;
        let (_, last) = self.fold.rsplit_once(' ')?;
        Some((first, last))
    }
}

pub(super) struct Index {
    pub keys: Vec<Key>,
    by_fold: HashMap<String, KeyId>,
    /// The existing people with a full name, by surname and by first name.
    by_name: HashMap<String, Vec<KeyId>>,
    /// Per article, per found entity: its key (`None` for a name that folds to nothing).
    pub slots: Vec<Vec<Option<KeyId>>>,
}

pub(super) type Found<'a> = &'a dyn Fn(ArticleId, u32) -> &'a FoundEntity;

impl Index {
    /// The index of a linked site's articles, whose found entities are the entities `of`.
    pub fn new(
        registry: &Registry,
        articles: &[ArticleNode],
        entities: &[EntityNode],
        of: &[Vec<Option<EntityId>>],
    ) -> Self {
        let mut index = Index {
            keys: Vec::new(),
            by_fold: HashMap::default(),
            by_name: HashMap::default(),
            slots: Vec::with_capacity(articles.len()),
        };
        // The registry's names first, then its aliases, as `identity::merge` seeds them.
        for (ri, e) in registry.entries.iter().enumerate() {
            let key = fold(&e.name);
            if !index.by_fold.contains_key(&key) {
                index.create(key, Some(ri));
            }
        }
        for (ri, e) in registry.entries.iter().enumerate() {
            let target = index.by_fold.get(&fold(&e.name)).copied();
            if let Some(t) = target.filter(|&t| index.keys[t as usize].registry == Some(ri)) {
                for alias in &e.aliases {
                    index.by_fold.entry(fold(alias)).or_insert(t);
                }
            }
        }
        // Names as written: most recur letter for letter, so each spelling is folded once.
        let mut spelled: HashMap<&str, Option<KeyId>> = HashMap::default();
        for (ai, a) in articles.iter().enumerate() {
            let slots = a
                .extraction
                .entities
                .iter()
                .enumerate()
                .map(|(j, e)| {
                    let key = *spelled
                        .entry(e.name.as_str())
                        .or_insert_with(|| index.key_of(&e.name));
                    if let Some(k) = key {
                        index.keys[k as usize]
                            .postings
                            .push((ArticleId(ai as u32), j as u32));
                    }
                    key
                })
                .collect();
            index.slots.push(slots);
        }
        let found = |a: ArticleId, j: u32| &articles[a.0 as usize].extraction.entities[j as usize];
        let all: Vec<KeyId> = (0..index.keys.len() as KeyId).collect();
        index.refresh(&all, &found, registry);
        for (ai, slots) in index.slots.iter().enumerate() {
            for (slot, entity) in slots.iter().zip(&of[ai]) {
                if let (Some(k), Some(e)) = (slot, entity) {
                    let root = index.root(*k);
                    index.keys[root as usize].entity = Some(*e);
                }
            }
        }
        // The registry's entities that no article names.
        for (i, e) in entities.iter().enumerate() {
            if e.appearances.is_empty()
                && let Some(&k) = index.by_fold.get(&fold(&e.name))
            {
                index.keys[k as usize].entity = Some(EntityId(i as u32));
            }
        }
        index
    }

    fn create(&mut self, key: String, registry: Option<usize>) -> KeyId {
        let id = self.keys.len() as KeyId;
        self.by_fold.insert(key.clone(), id);
        self.keys.push(Key {
            fold: key,
            registry,
            postings: Vec::new(),
            kind: EntityKind::Person,
            appears: false,
            redirect: None,
            sources: Vec::new(),
            entity: None,
        });
        id
    }

    /// The key of a name, made if it is new; `None` for a name that folds to nothing.
    pub fn key_of(&mut self, name: &str) -> Option<KeyId> {
        let key = fold(name);
        if key.is_empty() {
            return None;
        }
        Some(match self.by_fold.get(&key) {
            Some(&k) => k,
            None => self.create(key, None),
        })
    }

    /// The key a key's found entities belong to: the full name a lone name is moved into.
    pub fn root(&self, k: KeyId) -> KeyId {
        self.keys[k as usize].redirect.unwrap_or(k)
    }

    /// After the postings of `changed` changed: their kinds, who shares each name, and which
    /// lone names go where. Returns every lone name whose redirect changed, with the key it
    /// went to before.
    pub fn refresh(
        &mut self,
        changed: &[KeyId],
        found: Found<'_>,
        registry: &Registry,
    ) -> Vec<(KeyId, Option<KeyId>)> {
        let mut names: Vec<String> = Vec::new();
        for &k in changed {
            let key = &mut self.keys[k as usize];
            let mut kinds = [0usize; 3];
            key.appears = false;
            for &(a, j) in &key.postings {
                let e = found(a, j);
                kinds[kind_index(e.kind)] += e.mentions.len().max(1);
                key.appears |= !e.mentions.is_empty();
            }
            key.kind = kind(key.registry, kinds, registry);
            let takes = key.exists() && key.kind == EntityKind::Person;
            let key = &self.keys[k as usize];
            match key.names() {
                Some((first, last)) => {
                    for n in [last, first] {
                        let list = self.by_name.entry(n.to_string()).or_default();
                        match list.binary_search(&k) {
                            Ok(i) if !takes => _ = list.remove(i),
                            Err(i) if takes => list.insert(i, k),
                            _ => {}
                        }
                        names.push(n.to_string());
                    }
                }
                None => names.push(key.fold.clone()),
            }
        }
        names.sort_unstable();
        names.dedup();
        let mut moved = Vec::new();
        for n in &names {
            let Some(&lone) = self.by_fold.get(n) else {
                continue;
            };
            let key = &self.keys[lone as usize];
            if key.fold != *n {
                continue;
            }
            let to = (key.registry.is_none() && key.kind == EntityKind::Person && key.appears)
                .then(|| match self.by_name.get(n).map(Vec::as_slice) {
                    Some(&[only]) => Some(only),
                    _ => None,
                })
                .flatten();
            let from = key.redirect;
            if from != to {
                if let Some(t) = from {
                    self.keys[t as usize].sources.retain(|&s| s != lone);
                }
                if let Some(t) = to {
                    self.keys[t as usize].sources.push(lone);
                }
                self.keys[lone as usize].redirect = to;
                moved.push((lone, from));
            }
        }
        moved
    }

    /// The entity of root key `root` (no redirect, some posting or a registry entry), made
    /// as `identity::merge` makes it: its own postings, then the lone names moved into it in
    /// the order the corpus first gives them. `None` when it names nothing the site lists.
    pub fn identity<'a>(
        &self,
        root: KeyId,
        found: Found<'a>,
        registry: &'a Registry,
        mediating: &Mediating,
    ) -> Option<Identity> {
        let key = &self.keys[root as usize];
        let spec = key.registry.map(|r| &registry.entries[r]);
        let name = match spec {
            Some(s) => s.name.clone(),
            None => found(key.postings.first()?.0, key.postings.first()?.1)
                .name
                .clone(),
        };
        let mut acc = Acc {
            name,
            aliases: spec.map(|s| s.aliases.clone()).unwrap_or_default(),
            seen: spec
                .map(|s| s.aliases.iter().map(String::as_str).collect())
                .unwrap_or_default(),
            ..Acc::default()
        };
        acc.gather(&key.postings, found, true);
        let mut sources = key.sources.clone();
        sources.sort_by_key(|&s| self.keys[s as usize].postings.first().copied());
        for s in sources {
            let postings = &self.keys[s as usize].postings;
            let Some(&(a, j)) = postings.first() else {
                continue;
            };
            let mut moved = Acc::default();
            moved.gather(postings, found, false);
            let name = &found(a, j).name;
            if !acc.aliases.contains(name) {
                acc.aliases.push(name.clone());
            }
            acc.mention_count += moved.mention_count;
            for (k, n) in moved.kinds.iter().enumerate() {
                acc.kinds[k] += n;
            }
            acc.evidence.extend(moved.evidence);
            acc.offices.extend(moved.offices);
            acc.appearances.extend(moved.appearances);
        }
        (spec.is_some() || !acc.appearances.is_empty())
            .then(|| acc.finish(key.registry, registry, mediating))
    }
}
