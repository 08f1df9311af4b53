//! One generated article: front-matter facts and a body of 300–800 words in news style, drawn
//! from the pool with the article's own random stream, so article `i` of a seed is the same
//! whichever thread makes it and whatever the other articles are.

use super::pool::{Part, Pool};
use super::prose::Writer;
use super::rng::Rng;
use super::words::NAMES;
#[cfg(test)]
use super::words::PROSE;
use std::collections::BTreeSet;

/// Fewest and most words in a body.
pub(crate) const MIN_WORDS: usize = 300;
pub(crate) const MAX_WORDS: usize = 800;

const DAYS_IN_MONTH: [usize; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// A block of the body.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Block {
    Paragraph(String),
    Heading(String),
    List(Vec<String>),
}

/// Where under `content/articles/` the file goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Folder {
    Flat,
    /// `2025-03/`
    Month,
    /// `wires/`
    Wires,
}

#[derive(Debug, Clone)]
pub(crate) struct Article {
    pub title: String,
    /// 1-based month and day in 2025.
    pub month: usize,
    pub day: usize,
    /// Hour and minute, for the few articles whose date carries a time.
    pub time: Option<(usize, usize)>,
    pub source: &'static str,
    pub with_url: bool,
    pub summary: Option<String>,
    pub tags: Vec<&'static str>,
    /// People listed under `entities:` in the front matter.
    pub hints: Vec<usize>,
    pub draft: bool,
    /// A `.txt` article: one paragraph per line, no headings or lists.
    pub text: bool,
    pub folder: Folder,
    pub blocks: Vec<Block>,
    /// A "Read More" line that a `.txt` copied from a news page ends with.
    pub read_more: bool,
    /// Every person the article names (the people taxonomy of the Hugo copy).
    pub people: BTreeSet<usize>,
    /// Set once every article exists, so that slugs are unique.
    pub slug: String,
}

fn date(day_of_year: usize) -> (usize, usize) {
    let mut d = day_of_year;
    for (m, &len) in DAYS_IN_MONTH.iter().enumerate() {
        if d < len {
            return (m + 1, d + 1);
        }
        d -= len;
    }
    (12, 31)
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Paragraph kinds and their weights.
const KINDS: [(&str, usize); 11] = [
    ("narrative", 24),
    ("said", 24),
    ("added", 10),
    ("multi", 5),
    ("according", 4),
    ("statement", 8),
    ("anonymous", 10),
    ("hostage", 7),
    ("family", 7),
    ("subhead", 3),
    ("list", 2),
];

/// Generates article `index` of the corpus for `seed`.
pub(crate) fn generate(pool: &Pool, seed: u64, index: usize) -> Article {
    let mut rng = Rng::stream(seed, index as u64);
    let (month, day) = date(rng.below(365));
    let target = rng.range(MIN_WORDS, MAX_WORDS - 80);
    let text = rng.chance(4);
    let straight = rng.chance(15);
    let mut speakers: Vec<usize> = Vec::new();
    for _ in 0..rng.range(2, 4) {
        let s = pool.speakers[rng.weighted(&pool.speaker_weights)];
        if !speakers.contains(&s) {
            speakers.push(s);
        }
    }
    let family = rng
        .chance(50)
        .then(|| *rng.pick(&pool.families))
        .filter(|&f| pool.people[f].relative.is_some());
    let h = match family.and_then(|f| pool.people[f].relative) {
        Some((h, _, _)) => h,
        None => pool.hostages[rng.weighted(&pool.hostage_weights)],
    };
    let of_kind = |kind: &str| -> Vec<usize> {
        (0..pool.places.len())
            .filter(|&i| pool.places[i].kind == kind)
            .collect()
    };
    let (all_cities, all_countries, all_sites) =
        (of_kind("city"), of_kind("country"), of_kind("site"));
    let mut w = Writer::new(pool, rng, speakers[0], h, month - 1);
    w.f = family;
    for _ in 0..w.rng.range(1, 3) {
        let o = w.rng.below(pool.orgs.len());
        w.orgs.push(o);
    }
    for (list, from, n) in [
        (&mut w.cities, &all_cities, 2),
        (&mut w.countries, &all_countries, 2),
        (&mut w.sites, &all_sites, 1),
    ] {
        for _ in 0..n {
            list.push(*w.rng.pick(from));
        }
    }

    w.org = w.orgs[0];
    w.display = true;
    let title = w.line("headline");
    let mut blocks = Vec::new();
    if w.rng.chance(if text { 60 } else { 35 }) {
        blocks.push(Block::Paragraph(w.line("caption")));
    }
    w.display = false;
    // A dateline names the city the lead is about.
    let dateline = pool.places[w.cities[0]]
        .dateline
        .filter(|_| !text && w.rng.chance(40));
    let first = w.cities[0];
    let cities = std::mem::replace(&mut w.cities, vec![first]);
    let mut lead = w.line("lead");
    w.cities = cities;
    if let Some(dateline) = dateline {
        lead = format!("{dateline} — {lead}");
    }
    let summary = w.rng.chance(40).then(|| lead.clone());
    blocks.push(Block::Paragraph(lead));

    let total: usize = KINDS.iter().map(|k| k.1).sum();
    let mut count: usize = blocks.iter().map(block_words).sum();
    let (mut last, mut headed, mut listed) = ("lead", false, false);
    while count < target {
        let mut roll = w.rng.below(total);
        let kind = KINDS
            .iter()
            .find(|(_, weight)| {
                let hit = roll < *weight;
                roll = roll.saturating_sub(*weight);
                hit
            })
            .map_or("narrative", |k| k.0);
        w.org = *w.rng.pick(&w.orgs);
        let new: Vec<Block> = match kind {
            "added" if last != "said" => continue,
            "family" if w.f.is_none() => continue,
            "subhead" if text || headed || blocks.len() < 4 => continue,
            "list" if text || listed => continue,
            "subhead" => {
                headed = true;
                vec![Block::Heading(w.line("subhead"))]
            }
            "list" => {
                listed = true;
                let intro = w.fill("Among those still held in Gaza:");
                vec![Block::Paragraph(intro), Block::List(w.hostage_list())]
            }
            "narrative" => {
                let mut p = w.line("narrative");
                for _ in 0..w.rng.below(3) {
                    p.push(' ');
                    p.push_str(&w.line("narrative"));
                }
                vec![Block::Paragraph(p)]
            }
            _ => {
                if kind == "said" && w.rng.chance(50) {
                    w.a = *w.rng.pick(&speakers);
                }
                w.voice = match kind {
                    "anonymous" => "quotes.anon",
                    "family" => "quotes.family",
                    "statement" => {
                        let org = &pool.orgs[w.org];
                        if org.name.ends_with("Forum") {
                            "quotes.forum"
                        } else {
                            org.side.map_or("quotes.mediator", |s| s.voice())
                        }
                    }
                    _ => pool.people[w.a].side.voice(),
                };
                w.line(kind)
                    .split('¶')
                    .map(|p| Block::Paragraph(p.to_string()))
                    .collect()
            }
        };
        let n: usize = new.iter().map(block_words).sum();
        if count + n > MAX_WORDS {
            break;
        }
        count += n;
        blocks.extend(new);
        last = kind;
    }
    if straight {
        for b in &mut blocks {
            if let Block::Paragraph(p) = b {
                *p = p.replace(['“', '”'], "\"").replace('’', "'");
            }
        }
    }

    let named: Vec<usize> = w.named.iter().copied().collect();
    // An article may name nobody (rare, but certain at 100,000 articles).
    let hints = if !named.is_empty() && w.rng.chance(8) {
        vec![*w.rng.pick(&named)]
    } else {
        Vec::new()
    };
    let rng = &mut w.rng;
    Article {
        title,
        month,
        day,
        time: rng.chance(10).then(|| (rng.range(6, 22), rng.below(60))),
        source: rng.word(NAMES.get("outlet")),
        with_url: rng.chance(50),
        summary,
        tags: w.tags(),
        hints,
        draft: w.rng.chance(1),
        text,
        folder: match w.rng.below(100) {
            0..70 => Folder::Flat,
            70..92 => Folder::Month,
            _ => Folder::Wires,
        },
        blocks,
        read_more: text && w.rng.chance(30),
        people: w.named,
        slug: String::new(),
    }
}

fn block_words(b: &Block) -> usize {
    match b {
        Block::Paragraph(p) | Block::Heading(p) => words(p),
        Block::List(items) => items.iter().map(|i| words(i)).sum(),
    }
}

impl Article {
    /// Words in the body, as a reader counts them.
    pub(crate) fn word_count(&self) -> usize {
        self.blocks.iter().map(block_words).sum()
    }

    /// The people to list under `entities:` with the roles the registry would give them.
    pub(crate) fn hint_roles(pool: &Pool, person: usize) -> &'static str {
        match pool.people[person].part {
            Part::Hostage => "[hostage]",
            Part::Negotiator => "[negotiator]",
            Part::Official => "[official]",
            Part::Family => "[]",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_have_between_300_and_800_words() {
        let pool = Pool::new(11);
        for i in 0..300 {
            let a = generate(&pool, 11, i);
            let n = a.word_count();
            assert!(
                (MIN_WORDS..=MAX_WORDS).contains(&n),
                "article {i}: {n} words"
            );
            assert!(!a.people.is_empty());
        }
    }

    #[test]
    fn every_body_kind_but_the_list_has_templates() {
        for (kind, _) in KINDS.iter().filter(|k| k.0 != "list") {
            assert!(!PROSE.get(kind).is_empty(), "no [{kind}] templates");
        }
    }

    #[test]
    fn dates_fall_in_2025() {
        assert_eq!(date(0), (1, 1));
        assert_eq!(date(58), (2, 28));
        assert_eq!(date(59), (3, 1));
        assert_eq!(date(364), (12, 31));
    }
}
