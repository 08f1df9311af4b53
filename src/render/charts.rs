//! Small pictures drawn at build time as inline SVG, readable without JavaScript: a sparkline
//! of mentions per week on entity and topic pages, and the timeline's bar chart of articles
//! and quotations per week, each bar a link to that week.
//!
//! Weeks run Monday to Sunday ([`week_of`]). A sparkline spans the whole dossier, so two
//! pages' lines compare; past [`SPARK_BINS`] weeks, neighbouring weeks share a point, so a
//! sparkline stays a few hundred bytes however long the dossier runs.

use super::url::{Urls, paths};
use crate::link::Site;
use crate::link::changes::week_of;
use crate::load::ArticleId;
use chrono::NaiveDate;
use std::fmt::Write;

/// Points of a sparkline at most.
pub const SPARK_BINS: usize = 52;
/// Bars of the timeline chart at most: the latest weeks.
pub const CHART_WEEKS: usize = 104;

/// The Mondays of the dossier's first and last weeks (articles are newest first).
fn span(site: &Site) -> Option<(NaiveDate, NaiveDate)> {
    let newest = site.articles.first()?.article.date.date();
    let oldest = site.articles.last()?.article.date.date();
    Some((week_of(oldest), week_of(newest)))
}

fn weeks_between(from: NaiveDate, to: NaiveDate) -> usize {
    ((to - from).num_days() / 7) as usize + 1
}

/// Counts per week from (article, count) pairs, oldest week first, over the weeks from the
/// first item to the last (so a page's line depends on its own items only).
fn per_week(site: &Site, items: impl Iterator<Item = (ArticleId, u32)>) -> Vec<u32> {
    let dated: Vec<(NaiveDate, u32)> = items
        .map(|(a, n)| (week_of(site.article(a).article.date.date()), n))
        .collect();
    let (Some(first), Some(last)) = (
        dated.iter().map(|d| d.0).min(),
        dated.iter().map(|d| d.0).max(),
    ) else {
        return Vec::new();
    };
    let mut counts = vec![0u32; weeks_between(first, last)];
    for (w, n) in dated {
        counts[weeks_between(first, w) - 1] += n;
    }
    counts
}

/// An inline SVG sparkline of `counts` (oldest first), with `label` as its accessible name.
pub fn sparkline(counts: &[u32], label: &str) -> String {
    if counts.is_empty() {
        return String::new();
    }
    let per = counts.len().div_ceil(SPARK_BINS);
    let bins: Vec<u32> = counts.chunks(per).map(|c| c.iter().sum()).collect();
    let max = bins.iter().copied().max().unwrap_or(0).max(1) as f32;
    let (w, h) = (160.0_f32, 28.0_f32);
    let step = if bins.len() > 1 {
        w / (bins.len() - 1) as f32
    } else {
        0.0
    };
    let mut points = String::new();
    for (i, &b) in bins.iter().enumerate() {
        let y = h - 2.0 - (h - 4.0) * b as f32 / max;
        let _ = write!(
            points,
            "{}{:.1},{:.1}",
            if i == 0 { "" } else { " " },
            i as f32 * step,
            y
        );
    }
    format!(
        "<svg class=\"sparkline\" viewBox=\"0 0 160 28\" width=\"160\" height=\"28\" role=\"img\" aria-label=\"{}\"><polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\"{points}\"/></svg>",
        crate::load::markdown::escape(label)
    )
}

/// The sparkline of an entity's mentions per week.
/// An entity's mentions per week, what its sparkline draws.
pub fn entity_weeks(site: &Site, id: crate::link::EntityId) -> Vec<u32> {
    let e = site.entity(id);
    per_week(
        site,
        e.appearances.iter().map(|a| (a.article, a.mentions as u32)),
    )
}

pub fn entity_sparkline(site: &Site, id: crate::link::EntityId) -> String {
    let e = site.entity(id);
    let counts = entity_weeks(site, id);
    let total: u32 = counts.iter().sum();
    sparkline(
        &counts,
        &site.config.i18n.fill(
            "sparkline_entity",
            &[
                ("n", &total.to_string()),
                ("name", &e.name),
                ("weeks", &counts.len().to_string()),
            ],
        ),
    )
}

/// The sparkline of a topic: mentions of everyone with its role, or its quotations.
pub fn topic_sparkline(site: &Site, index: usize) -> String {
    let topic = &site.config.topics[index];
    let (counts, what) = match topic.role {
        Some(role) => (
            per_week(
                site,
                site.entities
                    .iter()
                    .filter(|e| e.roles.contains(&role))
                    .flat_map(|e| e.appearances.iter().map(|a| (a.article, a.mentions as u32))),
            ),
            "sparkline_mentions",
        ),
        None => (
            per_week(
                site,
                site.quotes
                    .iter()
                    .filter(|q| q.speaker.is_some())
                    .map(|q| (q.article, 1)),
            ),
            "sparkline_quotations",
        ),
    };
    let total: u32 = counts.iter().sum();
    sparkline(
        &counts,
        &site.config.i18n.fill(
            what,
            &[
                ("n", &total.to_string()),
                ("weeks", &counts.len().to_string()),
            ],
        ),
    )
}

/// The timeline's chart: articles and quotations per week for the latest [`CHART_WEEKS`]
/// weeks, each week's bars a link to its first article on the timeline (`#week-DATE`).
pub fn timeline_chart(site: &Site, urls: &Urls) -> String {
    let Some((first, last)) = span(site) else {
        return String::new();
    };
    let n = weeks_between(first, last);
    let mut articles = vec![0u32; n];
    let mut quotes = vec![0u32; n];
    let week =
        |a: ArticleId| weeks_between(first, week_of(site.article(a).article.date.date())) - 1;
    for i in 0..site.articles.len() {
        articles[week(ArticleId(i as u32))] += 1;
    }
    for q in &site.quotes {
        quotes[week(q.article)] += 1;
    }
    let shown = n.min(CHART_WEEKS);
    let skip = n - shown;
    let max = articles
        .iter()
        .chain(&quotes)
        .copied()
        .max()
        .unwrap_or(0)
        .max(1) as f32;
    let (bar, h) = (8.0_f32, 120.0_f32);
    let width = shown as f32 * (2.0 * bar + 4.0);
    // The first article of each week, for the link: articles are newest first.
    let mut first_of: Vec<Option<usize>> = vec![None; n];
    for (i, node) in site.articles.iter().enumerate() {
        let w = weeks_between(first, week_of(node.article.date.date())) - 1;
        if let Some(slot) = first_of.get_mut(w) {
            slot.get_or_insert(i);
        }
    }
    let words = &site.config.i18n;
    let label = words.fill(
        "chart_label",
        &[
            (
                "from",
                &words.day(first + chrono::Days::new(7 * skip as u64)),
            ),
            ("to", &words.day(last)),
        ],
    );
    let mut svg = format!(
        "<svg class=\"timeline-chart\" viewBox=\"0 0 {width:.0} {h:.0}\" width=\"{width:.0}\" height=\"{h:.0}\" role=\"img\" aria-label=\"{}\">",
        crate::load::markdown::escape(&label)
    );
    for (k, w) in (skip..n).enumerate() {
        let monday = first + chrono::Days::new(7 * w as u64);
        let x = k as f32 * (2.0 * bar + 4.0);
        let title = crate::load::markdown::escape(&words.fill(
            "chart_week",
            &[
                ("date", &words.day(monday)),
                ("articles", &articles[w].to_string()),
                ("quotes", &quotes[w].to_string()),
            ],
        ));
        let bars = format!(
            "<rect class=\"bar-articles\" x=\"{x:.0}\" y=\"{:.1}\" width=\"{bar:.0}\" height=\"{:.1}\"/><rect class=\"bar-quotes\" x=\"{:.0}\" y=\"{:.1}\" width=\"{bar:.0}\" height=\"{:.1}\"/>",
            h - h * articles[w] as f32 / max,
            h * articles[w] as f32 / max,
            x + bar,
            h - h * quotes[w] as f32 / max,
            h * quotes[w] as f32 / max,
        );
        match first_of[w] {
            Some(i) => {
                let page = i / super::TIMELINE_PAGE + 1;
                let href = format!(
                    "{}#week-{}",
                    urls.path(&paths::paged("timeline/", page)),
                    super::refs::iso_day(monday)
                );
                let _ = write!(svg, "<a href=\"{href}\"><title>{title}</title>{bars}</a>");
            }
            None => {
                let _ = write!(svg, "<g><title>{title}</title>{bars}</g>");
            }
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The anchor of each article that opens a week on the timeline: `week-DATE` for the newest
/// article of its week, else `None`.
pub fn week_anchor(site: &Site, id: ArticleId) -> Option<String> {
    let week = week_of(site.article(id).article.date.date());
    let newer =
        id.0.checked_sub(1)
            .map(|p| week_of(site.article(ArticleId(p)).article.date.date()));
    (newer != Some(week)).then(|| format!("week-{}", super::refs::iso_day(week)))
}

/// An article on the timeline, with the anchor of the week it opens.
#[derive(serde::Serialize)]
pub struct Dated<'a> {
    #[serde(flatten)]
    pub article: super::refs::ArticleRef<'a>,
    pub anchor: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_sparkline_merges_weeks_into_at_most_its_points() {
        let counts: Vec<u32> = (0..520).map(|i| i % 7).collect();
        let svg = sparkline(&counts, "ten years");
        let points = svg
            .split("points=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert!(points.split(' ').count() <= SPARK_BINS, "{points}");
        assert!(svg.len() < 1500, "{} bytes", svg.len());
    }

    #[test]
    fn the_busiest_week_reaches_the_top_and_an_empty_one_the_bottom() {
        let svg = sparkline(&[0, 4, 2], "three weeks");
        assert!(
            svg.contains("points=\"0.0,26.0 80.0,2.0 160.0,14.0\""),
            "{svg}"
        );
        assert_eq!(sparkline(&[], "nothing"), "");
    }
}
