//! Which pages an edit touches: the dependency rules of the incremental rebuild.
//!
//! An article page shows its own text and how it links to entities. A paginated listing (an
//! entity's timeline and quotations, a tag, the timeline) shows on page N a slice of
//! articles; that page changes only when the slice holds different articles, an article in
//! it changed, or the number of pages changed. An entity's own facts and neighbours appear on
//! every page of its timeline; its name, roles and counts appear in listings (the people
//! page, topics). So after an edit these pages change: the edited articles (added, changed or
//! removed), every article whose links resolved differently (a new full name can capture a
//! lone surname elsewhere), the listing pages whose slices moved, and the listings of
//! entities whose summary changed. The home page is always made again: it is one page.

use crate::entity::EntityKind;
use crate::link::{EntityId, Site};
use crate::load::ArticleId;
use crate::render::{PageSpec, TIMELINE_PAGE, changes};
use rustc_hash::FxHasher as DefaultHasher;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::sync::Arc;

/// The pages and entity feeds to produce again.
#[derive(Debug, Default)]
pub struct Affected {
    pub pages: Vec<PageSpec>,
    /// Entities (ids in the new site) whose feed must be written again.
    pub entities: Vec<EntityId>,
}

fn hash(value: impl Hash) -> u64 {
    let mut h = DefaultHasher::default();
    value.hash(&mut h);
    h.finish()
}

/// How an entity appears where it is linked from: name, address, kind and roles.
fn link_signatures(site: &Site) -> Vec<u64> {
    site.entities
        .iter()
        .map(|e| hash((&e.name, &e.slug, e.kind, &e.roles)))
        .collect()
}

/// How an article page links out: each entity's link signature and where it is linked,
/// each quotation's speaker. For the same article text (the same `Arc`), equal signatures
/// render the same page; comparing numbers, not names, keeps this cheap on every save.
fn article_signature(site: &Site, links: &[u64], id: ArticleId) -> u64 {
    let node = site.article(id);
    let mut h = DefaultHasher::default();
    for (e, span) in &node.entities {
        (links[e.0 as usize], span).hash(&mut h);
    }
    for q in &node.quotes {
        site.quote(*q)
            .speaker
            .map(|s| links[s.0 as usize])
            .hash(&mut h);
    }
    h.finish()
}

/// What every page of an entity shows beyond its slice of articles: its facts, counts, first
/// and last mention, and related entities.
fn entity_page_signature(site: &Site, id: EntityId) -> u64 {
    let e = site.entity(id);
    let article_at = |i: Option<&crate::link::Appearance>| {
        i.map(|a| {
            (
                &site.article(a.article).article.path,
                site.article(a.article).article.date,
            )
        })
    };
    let related: Vec<_> = e
        .related
        .iter()
        .map(|(r, n)| {
            (
                &site.entity(*r).name,
                &site.entity(*r).slug,
                site.entity(*r).kind,
                n,
            )
        })
        .collect();
    hash((
        (
            &e.name,
            &e.roles,
            &e.aliases,
            e.status,
            &e.affiliation,
            &e.nationality,
            &e.description,
            e.side,
        ),
        (
            e.appearances.len(),
            e.quotes.len(),
            article_at(e.appearances.first()),
            article_at(e.appearances.last()),
        ),
        related,
        crate::render::extras::entity_signature(site, id),
    ))
}

/// What listings (the people page, topics, "in this article") show of an entity.
fn entity_listing_signature(site: &Site, id: EntityId) -> u64 {
    let e = site.entity(id);
    hash((
        &e.name,
        &e.slug,
        &e.roles,
        e.status,
        &e.description,
        e.side,
        &e.nationality,
        &e.affiliation,
        e.mention_count,
        e.appearances.len(),
        e.quotes.len(),
        entity_page_signature(site, id),
    ))
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

/// Compares paginated listings of articles between the two sites.
struct Pages<'a> {
    old: &'a Site,
    new: &'a Site,
    /// Paths of articles whose page content changed (in either site).
    changed: &'a HashSet<&'a Path>,
}

impl Pages<'_> {
    fn path(site: &Site, a: ArticleId) -> &Path {
        site.article(a).article.path.as_path()
    }

    /// The 1-based pages of a listing that differ: `old` and `new` are the listing's articles
    /// in order, `per` items a page.
    fn differing(&self, old: &[ArticleId], new: &[ArticleId], per: usize) -> Vec<usize> {
        let total = new.len().div_ceil(per).max(1);
        if old.len().div_ceil(per).max(1) != total {
            return (1..=total).collect();
        }
        (1..=total)
            .filter(|&n| {
                let range = |len: usize| ((n - 1) * per).min(len)..(n * per).min(len);
                let (o, w) = (&old[range(old.len())], &new[range(new.len())]);
                o.len() != w.len()
                    || o.iter()
                        .zip(w)
                        .any(|(a, b)| Self::path(self.old, *a) != Self::path(self.new, *b))
                    || w.iter()
                        .any(|a| self.changed.contains(Self::path(self.new, *a)))
            })
            .collect()
    }

    /// An entity's pages that differ: those whose slice of its timeline (an article each,
    /// with what it said there) differs.
    fn entity(&self, o: EntityId, e: EntityId, per: usize) -> Vec<usize> {
        let articles =
            |s: &Site, id: EntityId| s.timeline(id).iter().map(|t| t.article).collect::<Vec<_>>();
        self.differing(&articles(self.old, o), &articles(self.new, e), per)
    }
}

/// The pages of `new` that differ from `old` after an edit to articles.
pub fn pages(old: &Site, new: &Site) -> Affected {
    let old_by_path: HashMap<&Path, ArticleId> = old
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.article.path.as_path(), ArticleId(i as u32)))
        .collect();
    let (old_links, new_links) = (link_signatures(old), link_signatures(new));
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
                    && Arc::ptr_eq(&old.article(o).extraction, &node.extraction)
                    && article_signature(old, &old_links, o)
                        == article_signature(new, &new_links, id);
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
    let changed_paths: HashSet<&Path> = changed_new
        .iter()
        .map(|a| new.article(*a).article.path.as_path())
        .chain(
            changed_old
                .iter()
                .map(|a| old.article(*a).article.path.as_path()),
        )
        .collect();
    let compare = Pages {
        old,
        new,
        changed: &changed_paths,
    };

    let new_by_key: HashMap<Key<'_>, EntityId> = (0..new.entities.len())
        .map(|i| EntityId(i as u32))
        .map(|e| (key(new, e), e))
        .collect();
    let old_by_key: HashMap<Key<'_>, EntityId> = (0..old.entities.len())
        .map(|i| EntityId(i as u32))
        .map(|e| (key(old, e), e))
        .collect();
    let mut candidates: BTreeSet<EntityId> = BTreeSet::new();
    for &a in &changed_new {
        candidates.extend(touched(new, a));
    }
    for &a in &changed_old {
        candidates.extend(touched(old, a).filter_map(|e| new_by_key.get(&key(old, e)).copied()));
    }
    let mut listings_changed: BTreeSet<EntityKind> = BTreeSet::new();
    let per = new.config.page_size;
    let mut entity_pages: Vec<PageSpec> = Vec::new();
    let mut feeds: Vec<EntityId> = Vec::new();
    for (k, &e) in &new_by_key {
        match old_by_key.get(k) {
            None => {
                listings_changed.insert(k.0);
                feeds.push(e);
                let n = new.page_count(e, per);
                entity_pages.extend((1..=n).map(|p| PageSpec::Entity(e, p)));
            }
            Some(&o) => {
                if entity_listing_signature(old, o) != entity_listing_signature(new, e) {
                    listings_changed.insert(k.0);
                }
                let all = entity_page_signature(old, o) != entity_page_signature(new, e);
                if !all && !candidates.contains(&e) {
                    continue;
                }
                feeds.push(e);
                let n = new.page_count(e, per);
                let pages = if all {
                    (1..=n).collect()
                } else {
                    compare.entity(o, e, per)
                };
                entity_pages.extend(pages.into_iter().map(|p| PageSpec::Entity(e, p)));
            }
        }
    }
    if old_by_key.keys().any(|k| !new_by_key.contains_key(k)) {
        listings_changed.extend(
            old_by_key
                .keys()
                .filter(|k| !new_by_key.contains_key(*k))
                .map(|k| k.0),
        );
    }

    let mut pages: Vec<PageSpec> = vec![PageSpec::Home, PageSpec::Tags];
    // What changed is dated by every article: its pages are made again, like the home page.
    let (old_weeks, new_weeks) = (changes::pages(old), changes::pages(new));
    for (n, range) in new_weeks.iter().enumerate() {
        // Pages hold whole weeks: a page more or less changes every page's pager.
        let same = old_weeks.len() == new_weeks.len()
            && changes::page_signature(old, old_weeks[n].clone())
                == changes::page_signature(new, range.clone());
        if !same {
            pages.push(PageSpec::Changes(n + 1));
        }
    }
    // The timeline's chart counts every article and quotation by week.
    pages.push(PageSpec::Timeline(1));
    // The graph holds the most mentioned entities: any article can change which, or how
    // often they are named.
    if crate::render::graph::signature(old) != crate::render::graph::signature(new) {
        pages.push(PageSpec::Graph);
    }
    // The briefing book gathers every topic and the latest changes.
    pages.push(PageSpec::Print(None));
    pages.extend((0..new.config.topics.len()).map(|i| PageSpec::Print(Some(i))));
    pages.extend(changed_new.iter().map(|&a| PageSpec::Article(a)));
    pages.extend(entity_pages);
    let timeline = |s: &Site| {
        (0..s.articles.len())
            .map(|i| ArticleId(i as u32))
            .collect::<Vec<_>>()
    };
    pages.extend(
        compare
            .differing(&timeline(old), &timeline(new), TIMELINE_PAGE)
            .into_iter()
            .map(PageSpec::Timeline),
    );
    let mut tags: BTreeSet<&str> = BTreeSet::new();
    for &a in &changed_new {
        tags.extend(new.article(a).article.front.tags.iter().map(String::as_str));
    }
    for &a in &changed_old {
        tags.extend(old.article(a).article.front.tags.iter().map(String::as_str));
    }
    for tag in tags {
        let list = |s: &Site| s.tags.get(tag).cloned().unwrap_or_default();
        if new.tags.contains_key(tag) {
            let pages_of = compare.differing(&list(old), &list(new), per);
            pages.extend(
                pages_of
                    .into_iter()
                    .map(|n| PageSpec::Tag(tag.to_string(), n)),
            );
        }
    }
    pages.extend(listings_changed.iter().map(|k| PageSpec::Section(*k)));
    // Topics list entities with a role (their dates, counts, latest articles) or quotations.
    let has_quotes =
        |s: &Site, ids: &[ArticleId]| ids.iter().any(|a| !s.article(*a).quotes.is_empty());
    let quotes_moved = has_quotes(new, &changed_new) || has_quotes(old, &changed_old);
    for (i, topic) in new.config.topics.iter().enumerate() {
        let redo = !listings_changed.is_empty()
            || match topic.role {
                Some(role) => candidates
                    .iter()
                    .any(|e| new.entity(*e).roles.contains(&role)),
                None => quotes_moved,
            };
        if redo {
            pages.push(PageSpec::Topic(i));
        }
    }
    pages.sort();
    pages.dedup();
    Affected {
        pages,
        entities: feeds,
    }
}
