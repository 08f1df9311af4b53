//! Hostage status events read from prose: taken, held, released, killed, declared dead,
//! remains returned — each with the person it is about, the date the sentence gives (an
//! explicit date, a weekday, or none), and the sentence as evidence.
//!
//! Rules, like the rest of extraction: a sentence that names a person and holds a status cue
//! ("was freed", "declared dead", "the remains of") gives that person the event of the cue
//! nearest to their name. A cue under negation or a modal ("has not been released", "is
//! expected to be freed", "will be returned") gives nothing: it is not an event yet. Whether
//! the person is a hostage is decided at link time, where roles are known across articles;
//! the date is resolved there too, against the article's date.

use super::text::{self, Tok};
use super::{EntityKind, FoundEntity, Span};
use chrono::{NaiveDate, Weekday};
use serde::Serialize;

/// What happened to a hostage. Ordered by precedence: when two cues are equally near a
/// name, the later kind (the more final event) wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusKind {
    Held,
    Taken,
    Released,
    Killed,
    DeclaredDead,
    RemainsReturned,
}

impl StatusKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Held => "held",
            Self::Taken => "taken",
            Self::Released => "released",
            Self::Killed => "killed",
            Self::DeclaredDead => "declared dead",
            Self::RemainsReturned => "remains returned",
        }
    }

    /// The registry's status this event leaves the person in.
    pub fn status(self) -> crate::entity::Status {
        use crate::entity::Status;
        match self {
            Self::Held | Self::Taken => Status::Alive,
            Self::Released => Status::Released,
            Self::Killed | Self::DeclaredDead | Self::RemainsReturned => Status::Deceased,
        }
    }
}

/// When the sentence says the event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum When {
    /// A full date ("12 May 2025", "May 12, 2025").
    Date(NaiveDate),
    /// A day without a year ("on May 12"): the latest such day not after the article's date.
    MonthDay(u32, u32),
    /// A weekday ("on Monday"): the latest such day not after the article's date.
    Weekday(Weekday),
    /// Nothing: the article's date.
    Article,
}

impl When {
    /// The calendar date, given the article's.
    pub fn resolve(self, article: NaiveDate) -> NaiveDate {
        use chrono::Datelike;
        match self {
            When::Date(d) => d,
            When::MonthDay(m, d) => [article.year(), article.year() - 1]
                .into_iter()
                .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                .find(|&d| d <= article)
                .unwrap_or(article),
            When::Weekday(w) => {
                let back =
                    (7 + article.weekday().num_days_from_monday() - w.num_days_from_monday()) % 7;
                article - chrono::Days::new(u64::from(back))
            }
            When::Article => article,
        }
    }
}

/// One status event: whose (an index into the article's entities), what, when, and the
/// sentence that says so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusEvent {
    pub entity: usize,
    pub kind: StatusKind,
    pub when: When,
    /// The evidence sentence's range in its paragraph.
    pub sentence: Span,
}

/// Cue phrases, lower case, matched at word boundaries. A phrase is one or more words.
const CUES: &[(&str, StatusKind)] = &[
    ("remains of", StatusKind::RemainsReturned),
    ("remains were", StatusKind::RemainsReturned),
    ("remains have", StatusKind::RemainsReturned),
    ("his remains", StatusKind::RemainsReturned),
    ("her remains", StatusKind::RemainsReturned),
    ("the remains", StatusKind::RemainsReturned),
    ("body of", StatusKind::RemainsReturned),
    ("bodies of", StatusKind::RemainsReturned),
    ("coffin", StatusKind::RemainsReturned),
    ("declared dead", StatusKind::DeclaredDead),
    ("pronounced dead", StatusKind::DeclaredDead),
    ("confirmed dead", StatusKind::DeclaredDead),
    ("presumed dead", StatusKind::DeclaredDead),
    ("confirmed the death", StatusKind::DeclaredDead),
    ("announced the death", StatusKind::DeclaredDead),
    ("killed", StatusKind::Killed),
    ("murdered", StatusKind::Killed),
    ("died", StatusKind::Killed),
    ("released", StatusKind::Released),
    ("freed", StatusKind::Released),
    ("set free", StatusKind::Released),
    ("walked free", StatusKind::Released),
    ("taken hostage", StatusKind::Taken),
    ("taken captive", StatusKind::Taken),
    ("abducted", StatusKind::Taken),
    ("kidnapped", StatusKind::Taken),
    ("held", StatusKind::Held),
    ("in captivity", StatusKind::Held),
];

/// Any cue phrase anywhere, in any case: a cheap test before a paragraph is read word by word.
static ANY_CUE: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(CUES.iter().map(|(phrase, _)| phrase))
        .expect("the built-in status cues build")
});

/// Words that, among the three before a cue, make it no event: negation, modals, wishes.
const NOT_YET: &[&str] = &[
    "not", "never", "yet", "will", "would", "could", "should", "may", "might", "must", "to", "be",
    "expected", "hoped", "awaiting", "unless", "if",
];

/// Words after "released" or "held" that make it about something else ("released a video",
/// "held talks").
const OTHER_SENSE: &[&str] = &[
    "a",
    "an",
    "the",
    "talks",
    "meetings",
    "video",
    "footage",
    "statement",
    "images",
    "its",
    "their",
    "his",
    "her",
    "proof",
    "press",
];

/// The status events of one article, from its paragraphs and what extraction found in them.
pub fn events(paragraphs: &[String], entities: &[FoundEntity]) -> Vec<StatusEvent> {
    // People's mentions by paragraph, in reading order: one pass, so a huge article stays
    // linear.
    let mut by_para: Vec<Vec<(usize, Span)>> = vec![Vec::new(); paragraphs.len()];
    for (i, e) in entities.iter().enumerate() {
        if e.kind == EntityKind::Person {
            for m in &e.mentions {
                if let Some(list) = by_para.get_mut(m.paragraph) {
                    list.push((i, *m));
                }
            }
        }
    }
    let mut out = Vec::new();
    for (pi, (para, mut mentions)) in paragraphs.iter().zip(by_para).enumerate() {
        // Most paragraphs hold no cue at all: one scan for any of them decides.
        if mentions.is_empty() || !ANY_CUE.is_match(para) {
            continue;
        }
        mentions.sort_by_key(|(_, m)| m.start);
        let mut k = 0;
        for (from, to) in sentences(para) {
            while k < mentions.len() && mentions[k].1.start < from {
                k += 1;
            }
            let end = k + mentions[k..].partition_point(|(_, m)| m.start < to);
            let here = &mentions[k..end];
            k = end;
            if here.is_empty() {
                continue;
            }
            let sentence = &para[from..to];
            let cues = cues(sentence);
            if cues.is_empty() {
                continue;
            }
            let when = date_in(sentence);
            let mut seen: std::collections::HashSet<usize> = std::collections::HashSet::new();
            for &(entity, m) in here.iter().filter(|(_, m)| m.end <= to) {
                if !seen.insert(entity) {
                    continue;
                }
                let (ms, me) = (m.start - from, m.end - from);
                // Nearest cue; a cue before the name counts twice as far (lists, "freed were
                // A and B", come before; the subject's own verb after).
                let nearest = cues
                    .iter()
                    .filter(|c| c.0 >= me || c.1 <= ms)
                    .min_by_key(|c| {
                        let d = if c.0 >= me { c.0 - me } else { (ms - c.1) * 2 };
                        (d, c.0 < me, std::cmp::Reverse(c.2))
                    });
                if let Some(&(_, _, kind)) = nearest {
                    out.push(StatusEvent {
                        entity,
                        kind,
                        when,
                        sentence: Span {
                            paragraph: pi,
                            start: from,
                            end: to,
                        },
                    });
                }
            }
        }
    }
    out
}

/// The sentences of a paragraph, as byte ranges (the same rule as timelines' snippets).
fn sentences(para: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < para.len() {
        let (from, to) = crate::link::sentence_bounds(para, at, at);
        let to = to.max(at + 1).min(para.len());
        if para[from..to].trim().is_empty() {
            at = to;
            continue;
        }
        let lead = para[from..to].len() - para[from..to].trim_start().len();
        out.push((from + lead, to));
        at = to;
        while !para.is_char_boundary(at) {
            at += 1;
        }
    }
    out
}

/// The cues of a sentence that are events: (start, end, kind), by position.
fn cues(sentence: &str) -> Vec<(usize, usize, StatusKind)> {
    let toks = text::tokenize(sentence);
    let words: Vec<(usize, usize, String)> = toks
        .iter()
        .filter(|t| t.kind == Tok::Word)
        .map(|t| (t.start, t.end, t.text(sentence).to_lowercase()))
        .collect();
    let mut out = Vec::new();
    for i in 0..words.len() {
        for &(phrase, kind) in CUES {
            // Compared word by word without allocating, and given up at the first word that
            // differs: this runs for every cue at every word of every sentence that names a
            // person.
            let mut len = 0;
            let matched = phrase.split(' ').all(|p| {
                len += 1;
                words.get(i + len - 1).is_some_and(|w| w.2 == p)
            });
            if !matched {
                continue;
            }
            let window = &words[i..i + len];
            let before = &words[i.saturating_sub(3)..i];
            if before.iter().any(|w| NOT_YET.contains(&w.2.as_str())) {
                continue;
            }
            let next = words.get(i + len).map(|w| w.2.as_str());
            if matches!(phrase, "released" | "held")
                && next.is_some_and(|n| OTHER_SENSE.contains(&n))
            {
                continue;
            }
            out.push((window[0].0, window[window.len() - 1].1, kind));
        }
    }
    out.sort_by_key(|c| (c.0, std::cmp::Reverse(c.1)));
    // A shorter cue inside a longer one ("held" in "taken hostage and held") stays; one
    // inside the same words ("remains" twice) does not.
    out.dedup_by_key(|c| c.0);
    out
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 || w == "may" && word != "May" {
        return None;
    }
    let w = if w == "sept" { "sep".to_string() } else { w };
    MONTHS
        .iter()
        .position(|m| m.starts_with(&w) && (w.len() == 3 || *m == w))
        .map(|i| i as u32 + 1)
}

fn weekday(word: &str) -> Option<Weekday> {
    Some(match word {
        "Monday" => Weekday::Mon,
        "Tuesday" => Weekday::Tue,
        "Wednesday" => Weekday::Wed,
        "Thursday" => Weekday::Thu,
        "Friday" => Weekday::Fri,
        "Saturday" => Weekday::Sat,
        "Sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// The first date a sentence gives: "12 May 2025", "May 12, 2025", "Oct. 7", "12 May", else
/// a weekday, else none.
fn date_in(sentence: &str) -> When {
    let words: Vec<&str> = sentence
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches(|c: char| matches!(c, '(' | ')' | ';' | ':')))
        .collect();
    let day = |w: &str| {
        w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.')
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=31).contains(d))
    };
    let year = |w: Option<&&str>| {
        w.and_then(|w| w.trim_end_matches('.').parse::<i32>().ok())
            .filter(|y| (1900..=2200).contains(y))
    };
    for i in 0..words.len() {
        let Some(m) = month(words[i]) else { continue };
        let found = match (
            i.checked_sub(1).and_then(|j| day(words[j])),
            words.get(i + 1),
        ) {
            (Some(d), next) => Some((d, year(next))),
            (None, Some(next)) => day(next).map(|d| (d, year(words.get(i + 2)))),
            _ => None,
        };
        if let Some((d, y)) = found {
            return match y.and_then(|y| NaiveDate::from_ymd_opt(y, m, d)) {
                Some(date) => When::Date(date),
                None => When::MonthDay(m, d),
            };
        }
    }
    words
        .iter()
        .find_map(|w| weekday(w.trim_end_matches('.')))
        .map_or(When::Article, When::Weekday)
}

#[cfg(test)]
mod tests;
