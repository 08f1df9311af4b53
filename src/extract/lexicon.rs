//! The word lists extraction reads, shipped as data files in `src/extract/data/` and parsed
//! once into sets and automata shared by every article.
//!
//! Keeping words out of code lets a reader see, and a maintainer extend, what the rules know
//! without touching the rules.

use super::gender::Gender;
use crate::entity::{EntityKind, Role};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// A role cue found in normalised text: byte range, roles, and whether it is verbal.
pub(crate) type Cue<'a> = (usize, usize, &'a [Role], bool);

/// A gazetteer entry: what a built-in name is, and its canonical spelling.
#[derive(Debug, Clone)]
pub(crate) struct Known {
    pub kind: EntityKind,
    pub canonical: &'static str,
}

pub(crate) struct Lexicon {
    pub stopwords: HashSet<&'static str>,
    pub calendar: HashSet<&'static str>,
    pub demonyms: HashSet<&'static str>,
    pub titles: HashSet<&'static str>,
    pub portfolio: HashSet<&'static str>,
    pub particles: HashSet<&'static str>,
    pub org_cues: HashSet<&'static str>,
    pub place_cues: HashSet<&'static str>,
    pub nonentity_cues: HashSet<&'static str>,
    /// Last words of a contest's or campaign event's name (`data/contests.txt`).
    pub contests: HashSet<&'static str>,
    pub platforms: HashSet<&'static str>,
    pub reporting_verbs: HashSet<&'static str>,
    pub anon_heads: HashSet<&'static str>,
    /// Ordinary people who speak unnamed, only without "the" (`data/lay_heads.txt`).
    pub lay_heads: HashSet<&'static str>,
    /// Institutions written in lower case after their name (`data/institutions.txt`).
    pub institutions: HashSet<&'static str>,
    pub kin: HashSet<&'static str>,
    /// Short form of a given name → the formal one (`data/short_names.txt`).
    pub short_names: HashMap<&'static str, &'static str>,
    pub person_nouns: HashSet<&'static str>,
    pub person_object_verbs: HashSet<&'static str>,
    pub person_subject_verbs: HashSet<&'static str>,
    pub premodifiers: HashSet<&'static str>,
    pub copulas: HashSet<&'static str>,
    pub np_continuations: HashSet<&'static str>,
    pub abbreviations: HashSet<&'static str>,
    /// Surnames news writes alone for a public figure (`data/public_figures.txt`).
    pub public_figures: HashSet<&'static str>,
    /// Honorifics, gendered titles, family words and pronouns, with the gender they tell.
    pub gender_words: HashMap<&'static str, Gender>,
    /// Common given names with their usual gender (`data/given_names.txt`, then
    /// `data/given_names_world.txt`, which wins for a name in both).
    pub given_names: HashMap<&'static str, Gender>,
    /// Places and organisations, every spelling, for one leftmost-longest pass per paragraph.
    pub gazetteer: AhoCorasick,
    pub gazetteer_entries: Vec<Known>,
    /// Lower-cased spellings, for all-capital forms such as "REUTERS".
    pub gazetteer_folded: HashMap<String, usize>,
    /// Role cue phrases, lower case, leftmost-longest.
    pub role_cues: AhoCorasick,
    pub role_cue_roles: Vec<Vec<Role>>,
    /// Per cue: it says what a person did or underwent, so any predicate may carry it.
    pub role_cue_verbal: Vec<bool>,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn words(data: &'static str) -> HashSet<&'static str> {
    lines(data).flat_map(str::split_whitespace).collect()
}

/// Every spelling of each `canonical | alias | …` line.
fn gazetteer(data: &'static str, kind: EntityKind, out: &mut Vec<(String, Known)>) {
    for line in lines(data) {
        let mut names = line.split('|').map(str::trim).filter(|s| !s.is_empty());
        let Some(canonical) = names.next() else {
            continue;
        };
        let known = Known { kind, canonical };
        out.push((canonical.to_string(), known.clone()));
        for alias in names {
            out.push((alias.to_string(), known.clone()));
        }
    }
}

/// `f word word …` and `m word word …` lines: each word with its gender.
fn gendered(data: &'static str) -> HashMap<&'static str, Gender> {
    let mut out = HashMap::default();
    for line in lines(data) {
        let mut words = line.split_whitespace();
        let gender = match words.next() {
            Some("f") => Gender::Female,
            Some("m") => Gender::Male,
            _ => continue,
        };
        out.extend(words.map(|w| (w, gender)));
    }
    out
}

fn role_of(word: &str) -> Option<Role> {
    match word {
        "hostage" => Some(Role::Hostage),
        "negotiator" => Some(Role::Negotiator),
        "official" => Some(Role::Official),
        _ => None,
    }
}

pub(crate) static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut names = Vec::new();
    gazetteer(
        include_str!("data/places.txt"),
        EntityKind::Place,
        &mut names,
    );
    gazetteer(
        include_str!("data/organizations.txt"),
        EntityKind::Organization,
        &mut names,
    );
    // Straight and curly apostrophes are both written; match either.
    let extra: Vec<(String, Known)> = names
        .iter()
        .filter(|(n, _)| n.contains('\''))
        .map(|(n, k)| (n.replace('\'', "’"), k.clone()))
        .collect();
    names.extend(extra);
    let gazetteer = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(names.iter().map(|(n, _)| n.as_str()))
        .expect("the built-in gazetteer builds");
    let gazetteer_folded = names
        .iter()
        .enumerate()
        .map(|(i, (n, _))| (n.to_lowercase(), i))
        .collect();
    let gazetteer_entries = names.into_iter().map(|(_, k)| k).collect();

    let mut cue_phrases = Vec::new();
    let mut cue_roles = Vec::new();
    let mut cue_verbal = Vec::new();
    for line in lines(include_str!("data/role_cues.txt")) {
        let Some((phrase, roles)) = line.split_once('=') else {
            continue;
        };
        cue_phrases.push(format!("{} ", cue_text(phrase)));
        // Sorted, so that an office (`Role::Official`, last) can be cut off the end.
        let mut r: Vec<Role> = roles.split_whitespace().filter_map(role_of).collect();
        r.sort();
        cue_roles.push(r);
        cue_verbal.push(roles.trim_end().ends_with('+'));
    }
    let role_cues = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(&cue_phrases)
        .expect("the built-in role cues build");

    Lexicon {
        stopwords: words(include_str!("data/stopwords.txt")),
        calendar: words(include_str!("data/calendar.txt")),
        demonyms: words(include_str!("data/demonyms.txt")),
        titles: words(include_str!("data/titles.txt")),
        portfolio: words(include_str!("data/portfolio.txt")),
        particles: words(include_str!("data/particles.txt")),
        org_cues: words(include_str!("data/org_cues.txt")),
        place_cues: words(include_str!("data/place_cues.txt")),
        nonentity_cues: words(include_str!("data/nonentity_cues.txt")),
        contests: words(include_str!("data/contests.txt")),
        platforms: lines(include_str!("data/platforms.txt"))
            .flat_map(|l| l.split('|'))
            .map(str::trim)
            .collect(),
        reporting_verbs: words(include_str!("data/reporting_verbs.txt")),
        anon_heads: words(include_str!("data/anon_heads.txt")),
        lay_heads: words(include_str!("data/lay_heads.txt")),
        institutions: words(include_str!("data/institutions.txt")),
        kin: words(include_str!("data/kin.txt")),
        short_names: lines(include_str!("data/short_names.txt"))
            .flat_map(|l| {
                let mut w = l.split_whitespace();
                let formal = w.next().unwrap_or("");
                w.map(move |s| (s, formal))
            })
            .collect(),
        person_nouns: words(include_str!("data/person_nouns.txt")),
        person_object_verbs: words(include_str!("data/person_object_verbs.txt")),
        person_subject_verbs: words(include_str!("data/person_subject_verbs.txt")),
        premodifiers: words(include_str!("data/premodifiers.txt")),
        copulas: words(include_str!("data/copulas.txt")),
        np_continuations: words(include_str!("data/np_continuations.txt")),
        abbreviations: words(include_str!("data/abbreviations.txt")),
        public_figures: words(include_str!("data/public_figures.txt")),
        gender_words: gendered(include_str!("data/gender_words.txt")),
        given_names: {
            let mut names = gendered(include_str!("data/given_names.txt"));
            names.extend(gendered(include_str!("data/given_names_world.txt")));
            names
        },
        gazetteer,
        gazetteer_entries,
        gazetteer_folded,
        role_cues,
        role_cue_roles: cue_roles,
        role_cue_verbal: cue_verbal,
    }
});

impl Lexicon {
    /// A lower-cased word with any trailing full stop removed, for list lookups.
    pub fn key(word: &str) -> String {
        word.trim_end_matches('.').to_lowercase()
    }

    pub fn is_calendar(&self, word: &str) -> bool {
        let w = word.trim_end_matches('.');
        self.calendar.contains(w)
    }

    pub fn is_title(&self, word: &str) -> bool {
        let l = word.to_lowercase();
        self.titles.contains(l.as_str()) || self.titles.contains(Self::key(word).as_str())
    }

    /// A place the gazetteer knows by this one word ("Gaza", "Lebanon").
    pub fn is_known_place(&self, word: &str) -> bool {
        self.gazetteer_folded
            .get(&word.to_lowercase())
            .is_some_and(|&i| self.gazetteer_entries[i].kind == EntityKind::Place)
    }

    pub fn is_demonym(&self, word: &str) -> bool {
        if self.demonyms.contains(word) {
            return true;
        }
        // "U.S.-Israeli", "Israeli-American": every part a demonym or place word.
        word.contains('-')
            && word.split('-').all(|p| {
                self.demonyms.contains(p)
                    || self
                        .gazetteer_folded
                        .get(&p.to_lowercase())
                        .is_some_and(|&i| self.gazetteer_entries[i].kind == EntityKind::Place)
            })
    }

    /// Role cue phrases in `text`, whole words only, longest first: the normalised text and,
    /// for each match, its byte range there, the roles it gives and whether it is verbal.
    pub fn cues(&self, text: &str) -> (String, Vec<Cue<'_>>) {
        let norm = format!(" {} ", cue_text(text));
        let found = self
            .role_cues
            .find_iter(&norm)
            .filter(|m| norm[..m.start()].ends_with(' '))
            .map(|m| {
                let i = m.pattern().as_usize();
                // "former prime minister", "former House Speaker", "former U.S. Sen.", "the
                // next U.S. Senator": no office now; a former hostage was still one, and a
                // former envoy still took part in talks.
                let former = self.not_now(&norm[..m.start()]);
                let roles = self.role_cue_roles[i].as_slice();
                let roles = if former && roles.last() == Some(&Role::Official) {
                    &roles[..roles.len() - 1]
                } else {
                    roles
                };
                // "hostage affairs envoy": a hostage noun before a title word modifies it.
                let modifier = roles.contains(&Role::Hostage)
                    && !self.role_cue_verbal[i]
                    && norm[m.end()..]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w == "affairs" || self.titles.contains(w));
                let roles = if modifier { &[] } else { roles };
                // "chief Israeli negotiator": the chief of a team at talks negotiates; the
                // word says nothing of an office.
                let heads_team = &norm[m.start()..m.end() - 1] == "chief"
                    && norm[m.end()..]
                        .split_whitespace()
                        .take(4)
                        .any(|w| w.starts_with("negotiat"));
                let roles = if heads_team { &[] } else { roles };
                // "attorney general candidate", "the mayoral nominee": an office sought, not
                // held.
                let sought = norm[m.end()..].split_whitespace().next().is_some_and(|w| {
                    matches!(
                        w,
                        "candidate" | "candidates" | "nominee" | "hopeful" | "contender" | "race"
                    )
                });
                let roles = if sought && roles.last() == Some(&Role::Official) {
                    &roles[..roles.len() - 1]
                } else {
                    roles
                };
                (m.start(), m.end() - 1, roles, self.role_cue_verbal[i])
            })
            .collect::<Vec<_>>();
        let mut found = found;
        found.extend(super::talks::led_talks(&norm));
        found.extend(super::talks::role_in_talks(&norm));
        found.extend(super::talks::bridging_proposal(&norm));
        (norm, found)
    }

    /// Whether the words before a role cue make it an office held before or after, not now:
    /// "former", "ex", "next", "future", "the late", then only words of a title ("House",
    /// "U.S.", "U.N.") or places ("former Florida Gov."), and at most two other words that name
    /// whom the office served ("a former Obama White House official"). A possessive, a small
    /// word or another role cue ends the noun phrase ("former hostages met the minister").
    fn not_now(&self, before: &str) -> bool {
        const NOT_NOW: &[&str] = &[
            "former", "ex", "ex-", "onetime", "one-time", "next", "future",
        ];
        const TITLE_WORDS: &[&str] = &[
            "u", "s", "n", "us", "un", "house", "senate", "state", "special", "hostage", "affairs",
        ];
        let mut others = 0;
        let mut words = before.split_whitespace().rev().take(5).peekable();
        while let Some(w) = words.next() {
            // "the late Sen. John McCain": dead, so no office now ("late Tuesday" is a time).
            if NOT_NOW.contains(&w) || (w == "late" && words.peek() == Some(&"the")) {
                return true;
            }
            if w.ends_with("'s") || !TITLE_WORDS.contains(&w) && !self.roles_in(w).is_empty() {
                return false;
            }
            let titled = TITLE_WORDS.contains(&w)
                || self.titles.contains(w)
                || self.portfolio.contains(w)
                || self.demonyms.iter().any(|d| d.eq_ignore_ascii_case(w))
                || self
                    .gazetteer_folded
                    .get(w)
                    .is_some_and(|&i| self.gazetteer_entries[i].kind == EntityKind::Place);
            if titled {
                continue;
            }
            others += 1;
            if self.stopwords.contains(w) || others > 2 {
                return false;
            }
        }
        false
    }

    /// Roles given by cue phrases in `text` (any case), whole words only.
    pub fn roles_in(&self, text: &str) -> Vec<Role> {
        self.cues(text)
            .1
            .into_iter()
            .flat_map(|(_, _, r, _)| r.iter().copied())
            .collect()
    }
}

/// Lower case, curly apostrophes straightened, other punctuation as single spaces: the form
/// cue phrases are matched in, so that a phrase ends only where a word ends.
pub(crate) fn cue_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            '’' | 'ʼ' => '\'',
            c if c.is_alphanumeric() || c == '\'' || c == '-' => c,
            _ => ' ',
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.extend(c.to_lowercase());
    }
    // "were also freed", "were all released": an adverb inside a cue does not break it.
    const ADVERBS: &[&str] = &[
        "also",
        "all",
        "both",
        "later",
        "eventually",
        "finally",
        "subsequently",
        "previously",
        "reportedly",
    ];
    out.split_whitespace()
        .filter(|w| !ADVERBS.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}
