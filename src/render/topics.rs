//! The topic pages of `site.yaml`'s `topics:`: the people of a role (hostages by status, a
//! negotiating team...) and the reactions, quotations grouped by speaker; and the tag pages,
//! articles grouped by their `tags:`.

use super::pages::{PageMeta, meta, word};
use super::refs::{self, Pager};
use super::url::{Urls, paths};
use crate::entity::{Role, Status};
use crate::link::{EntityId, QuoteId, Side, Site};
use crate::load::config::Topic;
use tera::Context;

/// A topic page's meta: its own description from `site.yaml`, else `about`, and its feed.
pub(super) fn topic_meta(urls: &Urls, topic: &Topic, about: &str) -> PageMeta {
    let page = paths::topic(&topic.slug);
    let description = topic.description.as_deref().unwrap_or(about);
    meta(
        urls,
        &topic.name,
        &page,
        description,
        Some(paths::feed(&page)),
    )
}

/// Entities with a role, in name order.
/// How many of `people` have each status, in a fixed order, leaving out empty ones.
pub(super) fn statuses(site: &Site, people: &[EntityId]) -> Vec<(&'static str, usize)> {
    [
        Status::Alive,
        Status::Released,
        Status::Deceased,
        Status::Unknown,
    ]
    .into_iter()
    .map(|s| {
        let n = people
            .iter()
            .filter(|&&h| site.entity(h).status.unwrap_or(Status::Unknown) == s)
            .count();
        (s.as_str(), n)
    })
    .filter(|(_, n)| *n > 0)
    .collect()
}

pub fn with_role(site: &Site, role: Role) -> Vec<EntityId> {
    (0..site.entities.len())
        .map(|i| EntityId(i as u32))
        .filter(|&e| site.entity(e).roles.contains(&role))
        .collect()
}

pub fn role_topic(site: &Site, urls: &Urls, topic: &Topic, role: Role) -> (&'static str, Context) {
    let rows: Vec<_> = with_role(site, role)
        .into_iter()
        .map(|id| {
            let e = site.entity(id);
            let date = |a: Option<&crate::link::Appearance>| {
                a.map(|a| refs::iso_date(&site.article(a.article).article.date))
            };
            let talks: Vec<_> = e
                .appearances
                .iter()
                .take(5)
                .map(|a| refs::article(site, urls, a.article))
                .collect();
            serde_json::json!({
                "entity": refs::entity(site, urls, id),
                "status": e.status.map(|s| s.as_str()),
                "status_since": crate::link::status::since(e).map(refs::iso_day),
                "nationality": e.nationality,
                "affiliation": e.affiliation,
                "first_mention": date(e.appearances.last()),
                "last_mention": date(e.appearances.first()),
                "articles": e.appearances.len(),
                "recent_articles": talks,
            })
        })
        .collect();
    let mut c = Context::new();
    c.insert("topic", topic);
    c.insert("role", role.as_str());
    c.insert("rows", &rows);
    let about = site
        .config
        .i18n
        .fill("role_topic_lede", &[("role", role.as_str())]);
    c.insert("page", &topic_meta(urls, topic, &about));
    (
        if role == Role::Hostage {
            "hostages.html"
        } else {
            "topic.html"
        },
        c,
    )
}

/// Quotations shown per speaker on the reactions page; the rest are on the speaker's page.
pub(super) const QUOTES_PER_SPEAKER: usize = 5;

pub fn quotes_topic(site: &Site, urls: &Urls, topic: &Topic) -> (&'static str, Context) {
    let mut groups = Vec::new();
    // One row per speaker, for the sortable table.
    let mut table = Vec::new();
    let sides = Side::ALL.iter().map(|s| Some(*s)).chain([None]);
    for side in sides {
        // Speakers of this side, most recently quoted first (quotes are newest first).
        let mut speakers: Vec<EntityId> = Vec::new();
        for q in &site.quotes {
            if let Some(s) = q.speaker
                && q.side == side
                && !speakers.contains(&s)
            {
                speakers.push(s);
            }
        }
        if speakers.is_empty() {
            continue;
        }
        let list: Vec<_> = speakers
            .iter()
            .map(|&s| {
                let e = site.entity(s);
                let qs: Vec<_> = e.quotes.iter().take(QUOTES_PER_SPEAKER).map(|&q| refs::quote(site, urls, q)).collect();
                serde_json::json!({ "speaker": refs::entity(site, urls, s), "quotes": qs, "total": e.quotes.len() })
            })
            .collect();
        let label = side.map_or("Others", Side::label);
        for (&sp, item) in speakers.iter().zip(&list) {
            let latest = site
                .entity(sp)
                .quotes
                .first()
                .map(|&q| refs::iso_date(&site.article(site.quote(q).article).article.date));
            table.push(serde_json::json!({ "speaker": item["speaker"], "side": label, "total": item["total"], "latest": latest }));
        }
        groups.push(serde_json::json!({ "side": label, "speakers": list }));
    }
    let unnamed: Vec<_> = (0..site.quotes.len())
        .map(|i| QuoteId(i as u32))
        .filter(|&q| site.quote(q).anonymous)
        .take(site.config.page_size)
        .map(|q| refs::quote(site, urls, q))
        .collect();
    let mut c = Context::new();
    c.insert("topic", topic);
    c.insert("groups", &groups);
    c.insert("speakers", &table);
    c.insert("unnamed", &unnamed);
    let about = word(site, "reactions_topic_lede");
    c.insert("page", &topic_meta(urls, topic, about));
    ("reactions.html", c)
}

pub fn tags(site: &Site, urls: &Urls) -> (&'static str, Context) {
    let list: Vec<_> = site
        .tags
        .iter()
        .map(|(t, ids)| serde_json::json!({ "tag": refs::tag(urls, t), "count": ids.len() }))
        .collect();
    let mut c = Context::new();
    c.insert("tags", &list);
    c.insert(
        "page",
        &meta(urls, word(site, "tags"), "tags/", word(site, "tags"), None),
    );
    ("tags.html", c)
}

pub fn tag(
    site: &Site,
    urls: &Urls,
    pre: &super::Prebuilt,
    name: &str,
    n: usize,
) -> (&'static str, Context) {
    let ids = site.tags.get(name).map_or(&[][..], Vec::as_slice);
    let per = site.config.page_size;
    // Paged as an entity's timeline: older pages list titles only, so they hold more.
    let articles: Vec<_> = ids[crate::link::timeline_page(ids.len(), n, per)]
        .iter()
        .map(|&a| pre.article(site, urls, a))
        .collect();
    let first = paths::tag(&refs::tag_slug(name));
    let mut c = Context::new();
    c.insert("tag", name);
    c.insert("articles", &articles);
    let pages = crate::link::timeline_pages(ids.len(), per);
    c.insert("pager", &Pager::of(urls, &first, n, pages));
    let title = site.config.i18n.fill("tagged", &[("tag", name)]);
    c.insert(
        "page",
        &meta(urls, &title, &paths::paged(&first, n), &title, None),
    );
    ("tag.html", c)
}
