//! One person under a short and a formal given name: "Steve Witkoff" in one article, "Steven
//! Witkoff" in another. The short forms are `data/short_names.txt`'s, so "Dan" never joins
//! "Dana".

use super::super::lexicon::LEX;
use super::{Acc, fold};
use crate::entity::EntityKind;
use crate::extract::Registry;
use rustc_hash::FxHashMap as HashMap;

/// The key two names of one person share: the formal given name, then the rest.
fn formal_key(folded: &str) -> Option<String> {
    let (first, rest) = folded.split_once(' ')?;
    let formal = LEX.short_names.get(first).copied().unwrap_or(first);
    Some(format!("{formal} {rest}"))
}

/// Persons whose names differ only by a short form of the given name, each moved into the
/// one of them more often mentioned (the first seen on a tie), unless the registry knows
/// either or `taken` already moves either.
pub(super) fn short_form_redirects(
    accs: &[Acc],
    registry: &Registry,
    taken: &HashMap<usize, usize>,
) -> Vec<(usize, usize)> {
    let mut groups: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, a) in accs.iter().enumerate() {
        let free = a.registry.is_none() && !taken.contains_key(&i) && !a.appearances.is_empty();
        if free
            && a.kind(registry) == EntityKind::Person
            && let Some(key) = formal_key(&fold(&a.name))
        {
            groups.entry(key).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    let mut keys: Vec<&String> = groups.keys().collect();
    keys.sort();
    for key in keys {
        let members = &groups[key];
        // Most names have no other form; only a group of two or more moves anyone.
        if members.len() < 2 {
            continue;
        }
        let Some(&to) = members
            .iter()
            .max_by_key(|&&i| (accs[i].mention_count, std::cmp::Reverse(i)))
        else {
            continue;
        };
        let targeted = taken.values().any(|&t| members.contains(&t) && t != to);
        if targeted {
            continue;
        }
        out.extend(members.iter().filter(|&&i| i != to).map(|&i| (i, to)));
    }
    out
}
