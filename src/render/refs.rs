//! The small serialisable views of articles, entities and quotations that templates receive.
//! Templates never see the site graph itself, only these, so a theme author has one short
//! list of fields to learn (documented in the README).

use super::url::{Urls, paths};
use crate::link::{EntityId, EntityNode, QuoteId, Site};
use crate::load::ArticleId;
use chrono::NaiveDateTime;
use serde::Serialize;

#[derive(Serialize)]
pub struct TagRef {
    pub name: String,
    pub url: String,
}

#[derive(Serialize)]
pub struct ArticleRef<'a> {
    pub title: &'a str,
    pub url: String,
    pub date: String,
    pub date_iso: String,
    pub month: String,
    pub summary: &'a str,
    pub source: Option<&'a str>,
    /// The bylines (`author` / `authors` in front matter).
    pub authors: &'a [String],
    pub tags: Vec<TagRef>,
}

#[derive(Serialize)]
pub struct EntityRef<'a> {
    pub name: &'a str,
    pub url: String,
    pub kind: &'static str,
    pub roles: Vec<&'static str>,
    pub status: Option<&'static str>,
    pub description: Option<&'a str>,
    pub side: Option<&'static str>,
    pub mentions: usize,
}

#[derive(Serialize)]
pub struct QuoteRef<'a> {
    pub text: &'a str,
    /// Link to the paragraph of the article the quotation is in.
    pub url: String,
    pub anchor: String,
    pub article_title: &'a str,
    pub article_url: String,
    pub date: String,
    pub date_iso: String,
    pub speaker: Option<Speaker<'a>>,
    pub speaker_name: Option<&'a str>,
    pub description: Option<&'a str>,
    pub anonymous: bool,
    /// A speaker was guessed but not surely enough to name: shown as "speaker unclear".
    pub unclear: bool,
}

/// A quotation's speaker: its [`EntityRef`], built for this quotation, or shared from the
/// build's [`Prebuilt`](super::Prebuilt) views. Either gives a template the same fields.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Speaker<'a> {
    Built(EntityRef<'a>),
    /// An article page lists each of its quotations, and most name a speaker that other
    /// pages list too: building and converting the view for each cost a build of 2,000
    /// articles about a twentieth of its render stage.
    Shared(&'a tera::Value),
}

/// One role of an entity with the sentence that gave it, for its page.
#[derive(Serialize)]
pub struct RoleEvidenceRef<'a> {
    pub role: &'static str,
    /// The sentence; empty for a role the registry gives.
    pub sentence: String,
    /// Link to the sentence's paragraph.
    pub url: Option<String>,
    pub article_title: Option<&'a str>,
    pub date: Option<String>,
    pub date_iso: Option<String>,
    /// How many articles gave this role.
    pub articles: usize,
}

/// Each of the entity's roles with the sentence that gave it: the first strong sentence of the
/// oldest article that has one, else the oldest sentence.
pub fn role_evidence<'a>(
    site: &'a Site,
    urls: &Urls,
    e: &'a EntityNode,
) -> Vec<RoleEvidenceRef<'a>> {
    e.roles
        .iter()
        .map(|&role| {
            let of_role = || e.evidence.iter().filter(move |(_, ev)| ev.role == role);
            // Article ids run newest first, so the oldest is the largest.
            let oldest = |strong: bool| {
                of_role()
                    .filter(|(_, ev)| ev.strong || !strong)
                    .max_by_key(|(a, ev)| (a.0, std::cmp::Reverse((ev.paragraph, ev.start))))
            };
            let mut articles: Vec<ArticleId> = of_role().map(|(a, _)| *a).collect();
            articles.dedup();
            match oldest(true).or_else(|| oldest(false)) {
                Some(&(aid, ev)) => {
                    let a = &site.article(aid).article;
                    let text = a.paragraphs.get(ev.paragraph).map_or("", String::as_str);
                    RoleEvidenceRef {
                        role: role.as_str(),
                        sentence: crate::link::truncate_chars(
                            text.get(ev.start..ev.end).unwrap_or(""),
                            300,
                        ),
                        url: Some(urls.path(&paths::paragraph(&a.slug, ev.paragraph))),
                        article_title: Some(&a.title),
                        date: Some(display_date(site, &a.date)),
                        date_iso: Some(iso_date(&a.date)),
                        articles: articles.len(),
                    }
                }
                None => RoleEvidenceRef {
                    role: role.as_str(),
                    sentence: String::new(),
                    url: None,
                    article_title: None,
                    date: None,
                    date_iso: None,
                    articles: 0,
                },
            }
        })
        .collect()
}

/// "5 March 2025", in the dossier's language.
pub fn display_date(site: &Site, d: &NaiveDateTime) -> String {
    site.config.i18n.date(d)
}

/// "2025-03-05". Written by hand rather than through chrono's `format("%Y-%m-%d")`, which
/// parses its format string on every call (a build writes this date hundreds of thousands of
/// times); a year outside 0–9999, which chrono writes with a sign, still goes through chrono.
pub fn iso_date(d: &NaiveDateTime) -> String {
    iso_day(d.date())
}

/// [`iso_date`] of a day: `changes/` writes two for each of its items, the date and its week.
pub fn iso_day(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    if !(0..=9999).contains(&d.year()) {
        return d.format("%Y-%m-%d").to_string();
    }
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// A tag's slug; tags that slugify to nothing share `untitled`.
pub fn tag_slug(tag: &str) -> String {
    crate::load::slug::slugify(tag).unwrap_or_else(|| "untitled".into())
}

pub fn tag(urls: &Urls, name: &str) -> TagRef {
    TagRef {
        name: name.to_string(),
        url: urls.path(&paths::tag(&tag_slug(name))),
    }
}

/// The summary an article shows in lists: its own, else its first real paragraph, cut short.
pub fn summary_of(site: &Site, id: ArticleId) -> &str {
    &site.article(id).article.summary
}

pub fn article<'a>(site: &'a Site, urls: &Urls, id: ArticleId) -> ArticleRef<'a> {
    let a = &site.article(id).article;
    ArticleRef {
        title: &a.title,
        url: urls.path(&paths::article(&a.slug)),
        date: display_date(site, &a.date),
        date_iso: iso_date(&a.date),
        month: site.config.i18n.month(&a.date),
        summary: summary_of(site, id),
        source: a.front.source.as_deref(),
        authors: &a.front.authors,
        tags: a.front.tags.iter().map(|t| tag(urls, t)).collect(),
    }
}

pub fn entity_url(urls: &Urls, e: &EntityNode) -> String {
    urls.path(&paths::entity(e.kind, &e.slug))
}

pub fn entity<'a>(site: &'a Site, urls: &Urls, id: EntityId) -> EntityRef<'a> {
    let e = site.entity(id);
    EntityRef {
        name: &e.name,
        url: entity_url(urls, e),
        kind: e.kind.as_str(),
        roles: e.roles.iter().map(|r| r.as_str()).collect(),
        status: e.status.map(|s| s.as_str()),
        description: e.description.as_deref(),
        side: e.side.map(|s| s.label()),
        mentions: e.mention_count,
    }
}

pub fn quote<'a>(site: &'a Site, urls: &Urls, id: QuoteId) -> QuoteRef<'a> {
    let speaker = |s| Speaker::Built(entity(site, urls, s));
    quote_with(site, urls, id, speaker)
}

/// [`quote`], its speaker's view shared from `pre`: for pages that list many quotations.
pub fn quote_shared<'a>(
    site: &'a Site,
    urls: &Urls,
    pre: &'a super::Prebuilt,
    id: QuoteId,
) -> QuoteRef<'a> {
    quote_with(site, urls, id, |s| {
        Speaker::Shared(pre.entity(site, urls, s))
    })
}

fn quote_with<'a>(
    site: &'a Site,
    urls: &Urls,
    id: QuoteId,
    speaker: impl FnOnce(EntityId) -> Speaker<'a>,
) -> QuoteRef<'a> {
    let q = site.quote(id);
    let a = &site.article(q.article).article;
    QuoteRef {
        text: q.text(),
        url: urls.path(&paths::paragraph(&a.slug, q.paragraph)),
        anchor: format!("q-{}", q.ordinal),
        article_title: &a.title,
        article_url: urls.path(&paths::article(&a.slug)),
        date: display_date(site, &a.date),
        date_iso: iso_date(&a.date),
        speaker: q.speaker.map(speaker),
        speaker_name: q.speaker_name(),
        description: q.description(),
        anonymous: q.anonymous,
        unclear: q.unclear().is_some(),
    }
}

/// Page numbers and links for a paginated listing.
#[derive(Serialize)]
pub struct Pager {
    pub current: usize,
    pub total: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub first: String,
}

impl Pager {
    /// Page `n` (1-based) of `items` items, `per_page` a page, listed at site path `first`.
    pub fn new(urls: &Urls, first: &str, n: usize, items: usize, per_page: usize) -> Pager {
        Pager::of(urls, first, n, items.div_ceil(per_page).max(1))
    }

    /// Page `n` (1-based) of `total` pages listed at site path `first`.
    pub fn of(urls: &Urls, first: &str, n: usize, total: usize) -> Pager {
        Pager {
            current: n,
            total,
            prev: (n > 1).then(|| urls.path(&paths::paged(first, n - 1))),
            next: (n < total).then(|| urls.path(&paths::paged(first, n + 1))),
            first: urls.path(first),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::iso_day;
    use chrono::NaiveDate;

    #[test]
    fn a_day_is_written_as_chrono_writes_it_in_every_year() {
        for (y, m, d) in [
            (2025, 3, 5),
            (999, 12, 31),
            (0, 1, 1),
            (-44, 3, 15),
            (12025, 7, 9),
        ] {
            let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(iso_day(day), day.format("%Y-%m-%d").to_string());
        }
    }
}
