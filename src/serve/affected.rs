//! Which pages an edit touches: the dependency rules of the incremental rebuild.
//!
//! An article page shows its own text and how it links to entities; an entity page shows the
//! entity, the articles and quotations that name it, and its related entities. So after an
//! edit, these pages change: the edited articles (added, changed or removed), every article
//! whose links resolved differently (a new full name can capture a lone surname elsewhere),
//! every entity named or quoted by any of those articles before or after, and every entity
//! whose own facts or related list moved. Listings that span the whole site (home, timeline,
//! sections, topics, the tags index) are always rendered again: they are few.

use crate::content::ArticleId;
use crate::entity::EntityKind;
use crate::render::PageSpec;
use crate::site::{EntityId, Site};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;
use std::sync::Arc;

/// The pages and entity feeds to produce again.
#[derive(Debug, Default)]
pub struct Affected {
    pub pages: Vec<PageSpec>,
    /// Entities (ids in the new site) whose feed must be written again.
    pub entities: Vec<EntityId>,
}

/// How an article page links out: entities (name, address, kind, roles, where) and quotation
/// speakers. Equal signatures and the same article text render the same page.
fn article_signature(site: &Site, id: ArticleId) -> u64 {
    let node = site.article(id);
    let mut h = DefaultHasher::new();
    for (e, span) in &node.entities {
        let e = site.entity(*e);
        (
            &e.name,
            &e.slug,
            e.kind,
            &e.roles,
            span.paragraph,
            span.start,
            span.end,
        )
            .hash(&mut h);
    }
    for q in &node.quotes {
        let q = site.quote(*q);
        let speaker = q.speaker.map(|s| {
            (
                &site.entity(s).name,
                &site.entity(s).slug,
                site.entity(s).kind,
            )
        });
        (
            &q.text,
            speaker,
            &q.speaker_name,
            &q.description,
            q.anonymous,
            q.paragraph,
            q.start,
        )
            .hash(&mut h);
    }
    h.finish()
}

/// An entity's own facts and neighbours: what its page shows beyond its articles.
fn entity_signature(site: &Site, id: EntityId) -> u64 {
    let e = site.entity(id);
    let mut h = DefaultHasher::new();
    (
        &e.name,
        &e.roles,
        &e.aliases,
        e.status,
        &e.affiliation,
        &e.nationality,
    )
        .hash(&mut h);
    (
        &e.description,
        e.side,
        e.mention_count,
        e.appearances.len(),
        e.quotes.len(),
    )
        .hash(&mut h);
    for (r, n) in &e.related {
        let r = site.entity(*r);
        (&r.name, &r.slug, r.kind, n).hash(&mut h);
    }
    h.finish()
}

type Key<'a> = (EntityKind, &'a str);

fn key(site: &Site, id: EntityId) -> Key<'_> {
    let e = site.entity(id);
    (e.kind, e.slug.as_str())
}

/// Entities an article names or quotes.
fn touched(site: &Site, id: ArticleId) -> impl Iterator<Item = EntityId> + '_ {
    let node = site.article(id);
    node.entities
        .iter()
        .map(|(e, _)| *e)
        .chain(node.quotes.iter().filter_map(|q| site.quote(*q).speaker))
}

/// The pages of `new` that differ from `old` after an edit to articles.
pub fn pages(old: &Site, new: &Site) -> Affected {
    let old_by_path: HashMap<&Path, ArticleId> = old
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.article.path.as_path(), ArticleId(i as u32)))
        .collect();
    let mut seen_old: HashSet<ArticleId> = HashSet::new();
    let mut changed_new: Vec<ArticleId> = Vec::new();
    let mut changed_old: Vec<ArticleId> = Vec::new();
    for (i, node) in new.articles.iter().enumerate() {
        let id = ArticleId(i as u32);
        match old_by_path.get(node.article.path.as_path()) {
            None => changed_new.push(id),
            Some(&o) => {
                seen_old.insert(o);
                let same = Arc::ptr_eq(&old.article(o).article, &node.article)
                    && article_signature(old, o) == article_signature(new, id);
                if !same {
                    changed_new.push(id);
                    changed_old.push(o);
                }
            }
        }
    }
    changed_old.extend(
        (0..old.articles.len())
            .map(|i| ArticleId(i as u32))
            .filter(|o| !seen_old.contains(o)),
    );

    let new_by_key: HashMap<Key<'_>, EntityId> = (0..new.entities.len())
        .map(|i| EntityId(i as u32))
        .map(|e| (key(new, e), e))
        .collect();
    let old_by_key: HashMap<Key<'_>, EntityId> = (0..old.entities.len())
        .map(|i| EntityId(i as u32))
        .map(|e| (key(old, e), e))
        .collect();
    let mut entities: BTreeSet<EntityId> = BTreeSet::new();
    for &a in &changed_new {
        entities.extend(touched(new, a));
    }
    for &a in &changed_old {
        entities.extend(touched(old, a).filter_map(|e| new_by_key.get(&key(old, e)).copied()));
    }
    for (k, &e) in &new_by_key {
        match old_by_key.get(k) {
            Some(&o) if entity_signature(old, o) == entity_signature(new, e) => {}
            _ => {
                entities.insert(e);
            }
        }
    }

    let mut tags: BTreeSet<&str> = BTreeSet::new();
    for &a in &changed_new {
        tags.extend(new.article(a).article.front.tags.iter().map(String::as_str));
    }
    for &a in &changed_old {
        tags.extend(old.article(a).article.front.tags.iter().map(String::as_str));
    }

    let all = crate::render::specs(new);
    let changed: HashSet<ArticleId> = changed_new.into_iter().collect();
    let pages = all
        .into_iter()
        .filter(|spec| match spec {
            PageSpec::Article(a) => changed.contains(a),
            PageSpec::Entity(e, _) => entities.contains(e),
            PageSpec::Tag(t, _) => tags.contains(t.as_str()),
            PageSpec::Page(_) | PageSpec::Search | PageSpec::NotFound => false,
            PageSpec::Home
            | PageSpec::Timeline(_)
            | PageSpec::Section(_)
            | PageSpec::Topic(_)
            | PageSpec::Tags => true,
        })
        .collect();
    Affected {
        pages,
        entities: entities.into_iter().collect(),
    }
}
