//! "Since the last briefing": the site's [`History`](crate::link::History) as the
//! `changes/` pages (week by week, newest first), as `api/changes.json` (which the page's date
//! picker reads), and as the Markdown of `dossier digest --since DATE`. All three describe a
//! change with the same [`Item`], so they always agree.

use super::refs;
use super::url::{Urls, paths};
use crate::link::changes::{Change, What, week_of};
use crate::link::{EntityId, Site};
use crate::load::ArticleId;
use crate::render::exports::{Table, entity_id, object};
use crate::write::{OutputError, Sink};
use chrono::NaiveDate;
use serde::Serialize;
use std::fmt::Write;
use std::ops::Range;
use tera::Context;

/// Changes per `changes/` page at most, unless one week alone holds more: pages hold whole
/// weeks, so the page of a week is stable while later weeks are added.
pub const CHANGES_PAGE: usize = 300;

/// Quotations listed per week on a `changes/` page at most.
pub const QUOTES_PER_WEEK: usize = 40;

/// One change, ready to show or export. Paths are site-relative (`articles/doha/#p-3`).
#[derive(Debug, Serialize)]
pub struct Item<'a> {
    pub date: String,
    /// The Monday that starts its week.
    pub week: String,
    /// `first_mention`, `role`, `status` or `quote`.
    pub kind: &'static str,
    /// The entity's key, also its page's path: `people/adam-boehler`.
    pub entity: String,
    pub name: &'a str,
    pub entity_kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<&'a str>,
    pub article: &'a str,
    pub article_title: &'a str,
    /// Where the evidence is: the paragraph, or the quotation's anchor.
    pub evidence: String,
}

/// The [`Item`] of a change.
pub fn item<'a>(site: &'a Site, c: &Change) -> Item<'a> {
    let e = site.entity(c.entity);
    let a = &site.article(c.article).article;
    let (role, status, quote) = match c.what {
        What::Role(r) => (Some(r.as_str()), None, None),
        What::Status(s) => (None, Some(s.as_str()), None),
        What::Quote(q) => (None, None, Some(site.quote(q).text())),
        What::FirstMention => (None, None, None),
    };
    let evidence = format!("{}#{}", paths::article(&a.slug), anchor(site, c));
    Item {
        date: iso(c.date),
        week: iso(week_of(c.date)),
        kind: c.what.kind(),
        entity: entity_id(site, c.entity),
        name: &e.name,
        entity_kind: e.kind.as_str(),
        role,
        status,
        quote,
        article: &a.slug,
        article_title: &a.title,
        evidence,
    }
}

/// The anchor of a change's evidence on its article's page: the quotation's (`q-3`), else
/// the paragraph's (`p-2`). [`item`] and `api/changes.json` both write it from here, the file
/// without making an item of each of its changes (some 100,000 at 10,000 articles).
fn anchor(site: &Site, c: &Change) -> String {
    match c.what {
        What::Quote(q) => format!("q-{}", site.quote(q).ordinal),
        _ => format!("p-{}", c.paragraph),
    }
}

/// The role or status a change gives, for [`item`] and a row of `api/changes.json`.
fn detail(c: &Change) -> Option<&'static str> {
    match c.what {
        What::Role(r) => Some(r.as_str()),
        What::Status(s) => Some(s.as_str()),
        What::Quote(_) | What::FirstMention => None,
    }
}

fn iso(d: NaiveDate) -> String {
    refs::iso_day(d)
}

/// "Week of 3 March 2025", in the dossier's language.
fn week_label(site: &Site, monday: NaiveDate) -> String {
    let words = &site.config.i18n;
    words.fill("week_of", &[("date", &words.day(monday))])
}

/// `api/changes.json`: every change, newest first. The entities and articles the changes name
/// are listed once, and each change refers to them by position: at 10,000 articles there are
/// some 100,000 changes (nearly all new quotations), and repeating names, titles and paths in
/// each made this the largest file of the site. For the same reason a change is a row, not an
/// object that names its fields again on every line: `[kind, entity, article, at]`, then the
/// role or status for those kinds ([`ROW`], documented in the README), grouped by day as
/// `[date, [row, …]]` so a date is written once a day, not once a change. A quotation's words
/// are not repeated: `at` is its anchor `q-N`, and it is row N of its article's quotations in
/// `api/quotes.json` (at 10,000 articles the words were 11.4 of this file's 12.6 MB).
pub fn export<'a>(site: &'a Site, sink: &dyn Sink) -> Result<(), OutputError> {
    #[derive(Serialize)]
    struct Row<'q>(
        &'static str,
        usize,
        usize,
        String,
        #[serde(skip_serializing_if = "Option::is_none")] Option<&'q str>,
    );
    let changes = &site.history.changes;
    let mut entities = Table::default();
    let mut articles = Table::default();
    for c in changes {
        entities.index(c.entity.0);
        articles.index(c.article.0);
    }
    // The same change as the page and the digest show (kind, anchor and detail come from
    // the functions [`item`] uses), with its entity and article by position.
    let row = |c: &'a Change| {
        Row(
            c.what.kind(),
            entities.position[&c.entity.0],
            articles.position[&c.article.0],
            anchor(site, c),
            detail(c),
        )
    };
    let entity_list: Vec<_> = (entities.order.iter())
        .map(|&i| {
            let e = site.entity(EntityId(i));
            serde_json::json!({ "id": entity_id(site, EntityId(i)), "name": e.name, "kind": e.kind.as_str() })
        })
        .collect();
    let article_list: Vec<_> = (articles.order.iter())
        .map(|&i| {
            let a = &site.article(ArticleId(i)).article;
            serde_json::json!({ "path": paths::article(&a.slug), "title": a.title })
        })
        .collect();
    // Written row by row: the changes are not held as JSON all at once.
    let head = [
        ("row", ROW.as_slice().into()),
        ("entities", entity_list.into()),
        ("articles", article_list.into()),
    ];
    // Changes are newest first, so a day's are consecutive.
    let days = (changes.chunk_by(|a, b| a.date == b.date))
        .map(|day| (iso(day[0].date), day.iter().map(row).collect::<Vec<_>>()));
    object(sink, "api/changes.json", &head, "days", days)
}

/// The fields of a row of a day of `api/changes.json`, in order; the file names them once (as
/// `row`) so a reader can find them there as well as in the README.
pub const ROW: [&str; 5] = ["kind", "entity", "article", "at", "detail"];

/// The changes of each page of `changes/`, as ranges of `site.history.changes`.
pub fn pages(site: &Site) -> Vec<Range<usize>> {
    let changes = &site.history.changes;
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=changes.len() {
        let week_ends =
            i == changes.len() || week_of(changes[i].date) != week_of(changes[i - 1].date);
        if week_ends && (i - start >= CHANGES_PAGE || i == changes.len()) {
            out.push(start..i);
            start = i;
        }
    }
    if out.is_empty() {
        out.push(0..0);
    }
    out
}

/// The sections of a week: (the key of its heading's word, kind) in the order the page and
/// the digest show them.
const SECTIONS: [(&str, &str); 4] = [
    ("changes_first_mention", "first_mention"),
    ("changes_role", "role"),
    ("changes_status", "status"),
    ("changes_quote", "quote"),
];

/// A week's sections: (heading key, changes), in [`SECTIONS`] order, the empty ones left out.
/// Changes rather than [`Item`]s: a page shows only a busy week's newest quotations, and
/// making an item of each of the others (dates and paths written out) cost more than the page.
type Sections<'c> = Vec<(&'static str, Vec<&'c Change>)>;

/// The weeks of `changes` (newest first), each with its sections of changes.
fn weeks(changes: &[Change]) -> Vec<(NaiveDate, Sections<'_>)> {
    let mut out: Vec<(NaiveDate, Vec<&Change>)> = Vec::new();
    for c in changes {
        let w = week_of(c.date);
        match out.last_mut() {
            Some((week, items)) if *week == w => items.push(c),
            _ => out.push((w, vec![c])),
        }
    }
    out.into_iter()
        .map(|(w, items)| {
            let mut sections: Sections<'_> =
                SECTIONS.iter().map(|(h, _)| (*h, Vec::new())).collect();
            for c in items {
                if let Some(i) = SECTIONS.iter().position(|(_, k)| *k == c.what.kind()) {
                    sections[i].1.push(c);
                }
            }
            sections.retain(|(_, list)| !list.is_empty());
            (w, sections)
        })
        .collect()
}

/// A week of a `changes/` page, as its template sees it. Typed rather than built with
/// `json!`, which made a map of each item before the template context converted it again.
#[derive(Serialize)]
struct PageWeek<'a> {
    week: String,
    label: String,
    sections: Vec<PageSection<'a>>,
}

#[derive(Serialize)]
struct PageSection<'a> {
    heading: &'a str,
    items: Vec<PageItem<'a>>,
    /// The week's quotations not shown.
    more: usize,
}

#[derive(Serialize)]
struct PageItem<'a> {
    url: String,
    evidence_url: String,
    item: Item<'a>,
}

/// Page `n` (1-based) of `changes/`.
pub fn page(site: &Site, urls: &Urls, n: usize) -> (&'static str, Context) {
    let all = pages(site);
    let range = all.get(n.max(1) - 1).cloned().unwrap_or(0..0);
    let weeks: Vec<_> = weeks(&site.history.changes[range])
        .into_iter()
        .map(|(w, sections)| {
            let sections: Vec<_> = sections
                .into_iter()
                .map(|(heading, items)| {
                    // A busy week's quotations are too many to read: the newest are shown,
                    // the rest counted (the date picker and the digest list them all).
                    let total = items.len();
                    let shown = if heading == SECTIONS[3].0 {
                        QUOTES_PER_WEEK
                    } else {
                        total
                    };
                    let items: Vec<_> = items
                        .into_iter()
                        .take(shown)
                        .map(|c| {
                            let item = item(site, c);
                            PageItem {
                                url: urls.path(&format!("{}/", item.entity)),
                                evidence_url: urls.path(&item.evidence),
                                item,
                            }
                        })
                        .collect();
                    let more = total - items.len();
                    let heading = super::pages::word(site, heading);
                    PageSection {
                        heading,
                        items,
                        more,
                    }
                })
                .collect();
            PageWeek {
                week: iso(w),
                label: week_label(site, w),
                sections,
            }
        })
        .collect();
    let mut c = Context::new();
    c.insert("weeks", &weeks);
    c.insert("api", &urls.path("api/changes.json"));
    c.insert("quotes_api", &urls.path("api/quotes.json"));
    let first = "changes/";
    let pager = refs::Pager::new(urls, first, n, all.len(), 1);
    c.insert("pager", &pager);
    let path = paths::paged(first, n);
    c.insert(
        "page",
        &super::pages::meta(
            urls,
            super::pages::word(site, "changes"),
            &path,
            super::pages::word(site, "changes_lede"),
            None,
        ),
    );
    ("changes.html", c)
}

/// The Markdown of `dossier digest --since`: the changes on or after `since`, week by week,
/// each linked (absolute URLs when `base_url` names a host) to its evidence.
pub fn digest(site: &Site, urls: &Urls, since: NaiveDate) -> String {
    let words = &site.config.i18n;
    let title = words.fill(
        "digest_title",
        &[
            ("title", site.config.title.as_str()),
            ("date", &words.day(since)),
        ],
    );
    let mut md = format!("# {title}\n");
    let changes = site.history.since(since);
    if changes.is_empty() {
        let _ = writeln!(md, "\n{}", super::pages::word(site, "nothing_changed"));
        return md;
    }
    for (w, sections) in weeks(changes) {
        let _ = write!(md, "\n## {}\n", week_label(site, w));
        for (heading, items) in sections {
            let _ = write!(md, "\n### {}\n\n", super::pages::word(site, heading));
            for it in items.into_iter().map(|c| item(site, c)) {
                let entity = format!(
                    "[{}]({})",
                    md_text(it.name),
                    urls.absolute(&format!("{}/", it.entity))
                );
                let source = format!(
                    "[{}]({})",
                    md_text(it.article_title),
                    urls.absolute(&it.evidence)
                );
                let what = match (it.role, it.status, it.quote) {
                    (Some(r), ..) => format!("{entity}: {r}"),
                    (_, Some(s), _) => format!("{entity}: {s}"),
                    (.., Some(q)) => format!("{entity}: “{}”", md_text(q)),
                    _ => format!("{entity} ({})", it.entity_kind),
                };
                let _ = writeln!(md, "- {}, {what} — {source}", it.date);
            }
        }
    }
    md
}

/// Text safe inside a Markdown link label or list item: brackets and emphasis escaped.
fn md_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '[' | ']' | '*' | '_' | '`' | '<' | '>' | '\\') {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}
