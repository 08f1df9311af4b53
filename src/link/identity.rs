//! One entity gathered from its found entities, as `extract::identity::merge` gathers it: its
//! kind by the mentions, its evidence, aliases, descriptions and appearances, and then its
//! roles weighed against the articles that name it (`identity::keeps_role`).

use super::index::Found;
use crate::entity::EntityKind;
use crate::extract::identity::{Identity, Mediating, add_appearance, settle};
use crate::extract::{Registry, RoleEvidence, Span, StateOffice};
use crate::load::ArticleId;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub(super) fn kind_index(k: EntityKind) -> usize {
    EntityKind::ALL.iter().position(|&x| x == k).unwrap_or(0)
}

/// The registry's kind, else the kind most mentions give (ties to the first kind).
pub(super) fn kind(entry: Option<usize>, kinds: [usize; 3], registry: &Registry) -> EntityKind {
    entry
        .and_then(|r| registry.entries[r].kind)
        .unwrap_or_else(|| {
            let mut best = 0;
            for (i, &n) in kinds.iter().enumerate() {
                if n > kinds[best] {
                    best = i;
                }
            }
            EntityKind::ALL[best]
        })
}

/// What is gathered about one entity before its roles are weighed.
#[derive(Default)]
pub(super) struct Acc<'a> {
    pub name: String,
    pub kinds: [usize; 3],
    pub evidence: Vec<(usize, RoleEvidence)>,
    pub aliases: Vec<String>,
    pub seen: HashSet<&'a str>,
    pub descriptions: HashMap<&'a str, usize>,
    pub appearances: Vec<(usize, Span, usize)>,
    pub mention_count: usize,
    pub offices: Vec<(usize, StateOffice)>,
}

impl<'a> Acc<'a> {
    /// Adds found entities; `own` for the entity's own ones, whose aliases and descriptions
    /// count (a lone name moved in brings only its name).
    pub fn gather(&mut self, postings: &[(ArticleId, u32)], found: Found<'a>, own: bool) {
        for &(a, j) in postings {
            let e = found(a, j);
            let ai = a.0 as usize;
            self.kinds[kind_index(e.kind)] += e.mentions.len().max(1);
            self.evidence.extend(e.evidence.iter().map(|ev| (ai, *ev)));
            self.offices
                .extend(e.offices.iter().map(|o| (ai, o.clone())));
            if own {
                for alias in &e.aliases {
                    if *alias != self.name && self.seen.insert(alias.as_str()) {
                        self.aliases.push(alias.clone());
                    }
                }
                if let Some(d) = &e.description {
                    *self.descriptions.entry(d.as_str()).or_default() += 1;
                }
            }
            self.mention_count += e.mentions.len();
            add_appearance(&mut self.appearances, ai, &e.mentions);
        }
    }

    /// Weighs the roles and settles the description, as `identity::merge` does, with the
    /// corpus's `mediating` states.
    pub fn finish(
        mut self,
        entry: Option<usize>,
        registry: &Registry,
        mediating: &Mediating,
    ) -> Identity {
        self.evidence.extend(mediating.evidence(&self.offices));
        let gathered = Identity {
            name: self.name,
            kind: kind(entry, self.kinds, registry),
            registry: entry,
            roles: Vec::new(),
            evidence: self.evidence,
            aliases: self.aliases,
            description: None,
            appearances: self.appearances,
            mention_count: self.mention_count,
        };
        settle(gathered, &self.descriptions, registry)
    }
}
