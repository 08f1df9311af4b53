//! Turning generated articles into files: the dossier's own layout (`site.yaml`,
//! `content/articles/…` in `.md` and `.txt`, `content/entities.yaml`) and, for the benchmark's
//! comparison, the same articles as a Hugo site's `content/` with `tags` and `people` front
//! matter.

use super::article::{Article, Block, Folder};
use super::pool::{Part, Person, Pool, Side};
use super::rng::Rng;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::PathBuf;

/// A YAML double-quoted scalar: safe whatever the text holds (colons, quotes, `#`).
pub(crate) fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn date(a: &Article) -> String {
    let mut d = format!("2025-{:02}-{:02}", a.month, a.day);
    if let Some((h, m)) = a.time {
        let _ = write!(d, "T{h:02}:{m:02}:00Z");
    }
    d
}

fn list(items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().collect();
    format!("[{}]", items.join(", "))
}

/// The article's path under `content/`, with the extension of its format (`md` or `txt`).
pub(crate) fn path(a: &Article, ext: &str) -> PathBuf {
    let mut p = PathBuf::from("articles");
    match a.folder {
        Folder::Flat => {}
        Folder::Month => p.push(format!("2025-{:02}", a.month)),
        Folder::Wires => p.push("wires"),
    }
    p.push(format!("2025-{:02}-{:02}-{}.{ext}", a.month, a.day, a.slug));
    p
}

/// The article as the dossier reads it.
pub(crate) fn dossier_article(a: &Article, pool: &Pool) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str("---\n");
    let _ = writeln!(out, "title: {}", quoted(&a.title));
    let _ = writeln!(out, "date: {}", date(a));
    let _ = writeln!(out, "source: {}", quoted(a.source));
    if a.with_url {
        let _ = writeln!(
            out,
            "source_url: https://news.example.org/2025/{:02}/{:02}/{}",
            a.month, a.day, a.slug
        );
    }
    if let Some(s) = &a.summary {
        let _ = writeln!(out, "summary: {}", quoted(s));
    }
    if !a.tags.is_empty() {
        let _ = writeln!(out, "tags: {}", list(a.tags.iter().map(|t| t.to_string())));
    }
    if !a.hints.is_empty() {
        out.push_str("entities:\n");
        for &h in &a.hints {
            let _ = writeln!(out, "  - name: {}", quoted(&pool.people[h].full()));
            let _ = writeln!(out, "    roles: {}", Article::hint_roles(pool, h));
        }
    }
    if a.draft {
        out.push_str("draft: true\n");
    }
    out.push_str("---\n");
    if a.text {
        for b in &a.blocks {
            if let Block::Paragraph(p) = b {
                out.push_str(p);
                out.push('\n');
            }
        }
        if a.read_more {
            out.push_str("Read More\n");
        }
    } else {
        out.push('\n');
        markdown(a, &mut out);
    }
    out
}

fn markdown(a: &Article, out: &mut String) {
    for (i, b) in a.blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match b {
            Block::Paragraph(p) => out.push_str(p),
            Block::Heading(h) => {
                out.push_str("## ");
                out.push_str(h);
            }
            Block::List(items) => {
                for (j, item) in items.iter().enumerate() {
                    if j > 0 {
                        out.push('\n');
                    }
                    out.push_str("- ");
                    out.push_str(item);
                }
            }
        }
        out.push('\n');
    }
}

/// The article as a Hugo page: the same title, date, summary, tags and body, plus `people`,
/// every person the article names (what a perfect extractor would find), so Hugo builds the
/// person pages the dossier builds by extraction.
pub(crate) fn hugo_article(a: &Article, pool: &Pool) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str("---\n");
    let _ = writeln!(out, "title: {}", quoted(&a.title));
    let _ = writeln!(out, "date: {}", date(a));
    if let Some(s) = &a.summary {
        let _ = writeln!(out, "summary: {}", quoted(s));
    }
    let _ = writeln!(out, "tags: {}", list(a.tags.iter().map(|t| quoted(t))));
    let _ = writeln!(
        out,
        "people: {}",
        list(a.people.iter().map(|&p| quoted(&pool.people[p].full())))
    );
    if a.draft {
        out.push_str("draft: true\n");
    }
    out.push_str("---\n\n");
    markdown(a, &mut out);
    out
}

/// `site.yaml`, with the three default topics.
pub(crate) fn site_yaml(articles: usize, seed: u64) -> String {
    format!(
        "title: \"Hostage Talks — Generated Dossier ({articles} articles, seed {seed})\"\n\
         description: \"A generated dossier for benchmarks: invented people in news-style prose about the 2025 hostage negotiations.\"\n\
         base_url: https://example.github.io/dossier/\n\
         theme: default\n\
         language: en\n\
         topics:\n  \
         - {{ name: Hostages,           slug: hostages,    role: hostage }}\n  \
         - {{ name: Negotiators,        slug: negotiators, role: negotiator }}\n  \
         - {{ name: Official Reactions, slug: reactions,   quotes: true }}\n"
    )
}

/// A short "About" page, as a real dossier has.
pub(crate) const ABOUT: &str = "---\ntitle: About this dossier\n---\n\n\
This dossier was generated for benchmarks. Its people are invented; its articles imitate the \
shape of news reports on the 2025 hostage negotiations.\n";

fn affiliation(side: Side) -> &'static str {
    match side {
        Side::Us => "United States government",
        Side::Israel => "Government of Israel",
        Side::Hamas => "Hamas",
        Side::Qatar => "Government of Qatar",
        Side::Egypt => "Government of Egypt",
    }
}

fn describe(pool: &Pool, p: &Person) -> String {
    match (p.part, p.relative) {
        (Part::Hostage, _) => format!(
            "Taken from {} on 7 October 2023, aged {}.",
            p.home.trim_start_matches("the "),
            p.age
        ),
        (Part::Family, Some((h, rel, _))) => {
            format!("The {rel} of hostage {}.", pool.people[h].full())
        }
        _ => {
            let mut d = p.apposition.to_string();
            if let Some(c) = d.get(..1) {
                d.replace_range(..1, &c.to_uppercase());
            }
            d + "."
        }
    }
}

/// `content/entities.yaml`: the people the pool marks as known, every organisation, and the
/// cities and countries. Aliases are unique across the registry.
pub(crate) fn registry(pool: &Pool, seed: u64) -> (String, usize) {
    let mut rng = Rng::stream(seed, u64::MAX - 1);
    let mut taken: BTreeSet<String> = pool.people.iter().map(Person::full).collect();
    taken.extend(pool.orgs.iter().map(|o| o.name.to_string()));
    taken.extend(pool.places.iter().map(|p| p.name.to_string()));
    let mut out = String::from(
        "# Registry of a generated dossier: it knows part of the people; extraction finds the rest.\n",
    );
    let mut entries = 0;
    for p in pool.people.iter().filter(|p| p.known) {
        entries += 1;
        let _ = writeln!(out, "\n- name: {}\n  kind: person", quoted(&p.full()));
        let alias = match (p.part, p.title) {
            (Part::Hostage, _) if rng.chance(30) => Some(p.first.to_string()),
            (Part::Official | Part::Negotiator, Some(t)) if rng.chance(30) => {
                Some(format!("{t} {}", p.short))
            }
            _ => None,
        };
        if let Some(a) = alias.filter(|a| taken.insert(a.clone())) {
            let _ = writeln!(out, "  aliases: [{}]", quoted(&a));
        }
        let roles = match p.part {
            Part::Hostage => "[hostage]",
            Part::Negotiator => "[negotiator, official]",
            Part::Official => "[official]",
            Part::Family => "",
        };
        if !roles.is_empty() {
            let _ = writeln!(out, "  roles: {roles}");
        }
        if p.part == Part::Hostage {
            let _ = writeln!(out, "  status: {}", p.status.as_str());
        } else if p.part != Part::Family {
            let _ = writeln!(out, "  affiliation: {}", quoted(affiliation(p.side)));
        }
        let nationality = pool.nationality(p).into_iter().map(quoted);
        let _ = writeln!(out, "  nationality: {}", list(nationality));
        let _ = writeln!(out, "  description: {}", quoted(&describe(pool, p)));
    }
    for o in &pool.orgs {
        entries += 1;
        let _ = writeln!(out, "\n- name: {}\n  kind: organization", quoted(o.name));
        let aliases: Vec<String> = o
            .aliases
            .iter()
            .filter(|a| taken.insert(a.to_string()))
            .map(|a| quoted(a))
            .collect();
        if !aliases.is_empty() {
            let _ = writeln!(out, "  aliases: {}", list(aliases));
        }
    }
    for p in pool.places.iter().filter(|p| p.kind != "site") {
        entries += 1;
        let _ = writeln!(out, "\n- name: {}\n  kind: place", quoted(p.name));
    }
    (out, entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_scalars_escape_what_yaml_would_misread() {
        assert_eq!(quoted(r#"Hamas: "no" \ yes"#), r#""Hamas: \"no\" \\ yes""#);
        assert_eq!(quoted("a\u{7}"), "\"a\\u0007\"");
    }
}
