//! Names in a paragraph: runs of capitalised words (with particles such as al-, bin, Abu),
//! split into what they are made of: known places and organisations, titles ("White House
//! Press Secretary"), and the name that follows the last title.
//!
//! Each run yields candidates with a guessed kind. Whether a bare single word is a person is
//! left to `people`, which sees the whole article (a surname resolves to a full name).

use super::Para;
use super::lexicon::{LEX, Lexicon};
use super::split::parse;
use super::text::{Tok, is_all_caps, is_capitalised};
use crate::entity::EntityKind;
use rustc_hash::FxHashSet as HashSet;

/// Where a known name came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    Gazetteer(usize),
    /// An entry of the registry (index into `Registry::entries`).
    Registry(usize),
    /// An entry of the article's own `entities:` front matter.
    Hint(usize),
}

/// A known name found in the text, covering tokens `t0..t1`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Atom {
    pub t0: usize,
    pub t1: usize,
    pub source: Source,
    pub kind: EntityKind,
}

/// One possible mention.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub para: usize,
    /// Tokens of the name itself.
    pub t0: usize,
    pub t1: usize,
    /// `None`: a bare word that is a person only if `people` can resolve or confirm it.
    pub kind: Option<EntityKind>,
    /// The words as written (persons) or the canonical name (gazetteer entries).
    pub name: String,
    pub source: Option<Source>,
    /// The title written before the name in the same run ("U.S. President").
    pub title: Option<String>,
    /// Local evidence that a bare word is a person: a title, a reporting verb after it,
    /// "the Trump administration", "Netanyahu's office".
    pub person_cue: bool,
    /// "Adi" in "Adi and Yael Alexander" shares the surname that follows.
    pub shared_surname: Option<String>,
    pub in_quote: bool,
    /// Named as the relative *of* someone the text already calls by this surname ("Chen's son,
    /// Itay Chen") or inside another person's description ("the mother of hostage Nimrod
    /// Cohen"): a later bare surname means that someone, not this name.
    pub kin_intro: bool,
    /// A photographer's credit ("REUTERS/Kevin Lamarque") or byline: a person with no role.
    pub credit: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum U {
    Atom(usize),
    Title,
    Modifier,
    Acronym,
    Name,
    Connector,
}

#[derive(Debug, Clone)]
pub(super) struct Run {
    /// (unit, first token, end token)
    pub units: Vec<(U, usize, usize)>,
}

const CONNECTORS: &[&str] = &["of", "for", "the", "and", "on"];

/// Finds the candidates of one paragraph. `atoms` are sorted and do not overlap;
/// `lowercase_words` are the words the article also writes in lower case (so a capitalised
/// one opening a sentence is an ordinary word).
pub(crate) fn candidates(
    p: &Para<'_>,
    para: usize,
    atoms: &[Atom],
    lowercase_words: &HashSet<String>,
) -> Vec<Candidate> {
    let runs = runs(p, atoms, lowercase_words);
    let runs = merge(p, runs);
    let mut out = Vec::new();
    let mut coordinated: Option<String> = None;
    for (ri, run) in runs.iter().enumerate() {
        let before = out.len();
        parse(p, para, run, atoms, &mut out);
        let mut k = 0;
        out.retain(|c| {
            k += 1;
            k <= before
                || c.source.is_some()
                || !matches!(c.kind, None | Some(EntityKind::Person))
                || !indefinite(p, c)
        });
        // "Adi and Yael Alexander", "Shiri, Ariel and Kfir Bibas": lone first names joined by
        // commas and a final "and" to a two-word name share its surname.
        let mut k = ri + 1;
        while k + 1 < runs.len()
            && runs[k].units.len() == 1
            && runs[k].units[0].0 == U::Name
            && gap_is_comma(p, &runs[k - 1], &runs[k])
        {
            k += 1;
        }
        if let Some(next) = runs.get(k)
            && is_coordinated(p, &runs[k - 1], next)
            && (k == ri + 1 || (run.units.len() == 1 && run.units[0].0 == U::Name))
            && let Some(&(_, a, b)) = next.units.last()
        {
            let surname = &p.text[p.toks[a].start..p.toks[b - 1].end];
            // "Durable and Everlasting Peace" shares no surname: the last word names a thing.
            if !LEX.nonentity_cues.contains(surname) {
                coordinated = Some(surname.to_string());
            }
        }
        if let Some(surname) = coordinated.take() {
            for c in &mut out[before..] {
                if c.kind.is_none() {
                    c.shared_surname = Some(surname.clone());
                    c.person_cue = true;
                }
            }
        }
    }
    out
}

fn word_unit(p: &Para<'_>, i: usize, lowercase_words: &HashSet<String>) -> Option<U> {
    let w = p.toks[i].text(p.text);
    let lex: &Lexicon = &LEX;
    if lex.is_calendar(w) || lex.platforms.contains(w) || w.chars().any(|c| c.is_numeric()) {
        return None;
    }
    if CONNECTORS.contains(&w) {
        return Some(U::Connector);
    }
    // "… of Israel He told": a pronoun is never part of a name.
    if matches!(w, "He" | "She" | "They" | "We" | "It" | "His" | "Her") {
        return None;
    }
    // "We’re", "It’s", "Don’t": a contraction of a common word is never a name.
    if let Some((head, _)) = w.split_once(['’', '\'']) {
        let l = head.to_lowercase();
        if lex.stopwords.contains(l.as_str()) || matches!(l.as_str(), "don" | "can" | "won") {
            return None;
        }
    }
    if lex.particles.contains(w) {
        return Some(U::Name);
    }
    let name_like = is_capitalised(w)
        || w.split_once('-').is_some_and(|(a, b)| {
            lex.particles.contains(a.to_lowercase().as_str()) && is_capitalised(b)
        });
    if !name_like {
        return None;
    }
    // In a headline every capitalised word is as if it opened a sentence.
    if p.starts[i] || p.headline {
        let l = w.to_lowercase();
        if lex.stopwords.contains(l.as_str()) || (lowercase_words.contains(&l) && !lex.is_title(w))
        {
            return None;
        }
    }
    if w == "The" {
        return None;
    }
    // "Israeli-born", "Hamas-run", "U.S.-brokered": a compound ending in a lower-case word
    // modifies the name after it and is no part of it.
    let lower_tail = w
        .rsplit_once('-')
        .is_some_and(|(_, t)| t.chars().next().is_some_and(char::is_lowercase));
    if lex.is_demonym(w) || lower_tail {
        return Some(U::Modifier);
    }
    // "Martin Luther King Jr.": the word before a generational suffix is a surname, even one
    // that is also a title.
    if lex.is_title(w) && !suffix_follows(p, i) {
        return Some(U::Title);
    }
    if is_all_caps(w) && shouting(p, i, w, lowercase_words) {
        return None;
    }
    if is_all_caps(w) {
        // "JD Vance": two or three capitals before a name are initials, unless known.
        let next_is_name = p.toks.get(i + 1).is_some_and(|t| {
            let n = t.text(p.text);
            t.is_word() && is_capitalised(n) && !is_all_caps(n) && !lex.is_title(n)
        });
        let known = lex.gazetteer_folded.contains_key(&w.to_lowercase());
        if next_is_name && !known && w.chars().count() <= 3 && w.chars().all(char::is_alphabetic) {
            return Some(U::Name);
        }
        return Some(U::Acronym);
    }
    Some(U::Name)
}

/// "Jr." or "Sr." right after token `i`: a generational suffix that closes a person's name.
fn suffix_follows(p: &Para<'_>, i: usize) -> bool {
    p.toks
        .get(i + 1)
        .is_some_and(|t| t.is_word() && matches!(t.text(p.text).trim_end_matches('.'), "Jr" | "Sr"))
}

/// A name is never indefinite: a run after "a" or "an" that no noun follows ("the sun rises on
/// a Holy Land that is at peace") names a thing, not a person. "A Trump rally" is left alone:
/// there the run modifies the noun after it.
fn indefinite(p: &Para<'_>, c: &Candidate) -> bool {
    let article = c.t0 > 0
        && p.toks[c.t0 - 1].is_word()
        && matches!(p.toks[c.t0 - 1].text(p.text), "a" | "an");
    let noun_follows = p.toks.get(c.t1).is_some_and(|t| {
        t.is_word()
            && !LEX
                .stopwords
                .contains(t.text(p.text).to_lowercase().as_str())
    });
    article && !noun_follows
}

/// A word in capitals for emphasis, not an acronym: a common word ("ALL of the Hostages", "IT
/// WILL ONLY GET WORSE"), one the article also writes in lower case, a capitalised word next
/// to such a word, or an unknown word of four letters or more inside a quotation ("or it is
/// OVER for you"). Known acronyms (IDF, CNN) are never shouting.
fn shouting(p: &Para<'_>, i: usize, w: &str, lowercase_words: &HashSet<String>) -> bool {
    let lex = &*LEX;
    let common = |w: &str| {
        let l = w.to_lowercase();
        !lex.gazetteer_folded.contains_key(&l)
            && (lex.stopwords.contains(l.as_str()) || lowercase_words.contains(&l))
    };
    if lex.gazetteer_folded.contains_key(&w.to_lowercase()) {
        return false;
    }
    let neighbour_common = [i.checked_sub(1), Some(i + 1)]
        .into_iter()
        .flatten()
        .any(|j| {
            p.toks.get(j).is_some_and(|t| {
                let n = t.text(p.text);
                t.is_word() && is_all_caps(n) && n.chars().count() > 1 && common(n)
            })
        });
    common(w) || neighbour_common || (p.in_quote[i] && w.chars().count() >= 4)
}

/// Maximal runs of name-like units, not crossing punctuation or a possessive.
fn runs(p: &Para<'_>, atoms: &[Atom], lowercase_words: &HashSet<String>) -> Vec<Run> {
    let mut out = Vec::new();
    let mut cur: Vec<(U, usize, usize)> = Vec::new();
    let mut ai = 0;
    let mut i = 0;
    let flush = |cur: &mut Vec<(U, usize, usize)>, out: &mut Vec<Run>| {
        // Connectors and particles only live between names.
        while cur
            .last()
            .is_some_and(|u| u.0 == U::Connector || is_particle(p, u))
        {
            cur.pop();
        }
        while cur
            .first()
            .is_some_and(|u| u.0 == U::Connector || is_particle(p, u))
        {
            cur.remove(0);
        }
        if !cur.is_empty() {
            out.push(Run {
                units: std::mem::take(cur),
            });
        }
        cur.clear();
    };
    while i < p.toks.len() {
        while ai < atoms.len() && atoms[ai].t0 < i {
            ai += 1;
        }
        if let Some(a) = atoms.get(ai).filter(|a| a.t0 == i) {
            // A name spanning a quotation mark is not one name.
            cur.push((U::Atom(ai), a.t0, a.t1));
            i = a.t1;
            continue;
        }
        let t = p.toks[i];
        // "[Prime Minister Benjamin] Netanyahu": an editor's bracket inside a run of names
        // is no break.
        let bracket = matches!(t.kind, Tok::Punct('[' | ']'));
        let cap = |j: usize| {
            p.toks
                .get(j)
                .is_some_and(|n| n.is_word() && is_capitalised(n.text(p.text)))
        };
        if bracket && cap(i + 1) && (t.is_punct('[') || (!cur.is_empty() && cap(i - 1))) {
            i += 1;
            continue;
        }
        let unit = match t.kind {
            Tok::Word => word_unit(p, i, lowercase_words),
            _ => None,
        };
        match unit {
            // "of", "and" join only two halves of a longer name; `merge` decides.
            Some(U::Connector) => {
                flush(&mut cur, &mut out);
            }
            // In a headline each capitalised word stands alone ("Clinton Wins Backing"):
            // `people` keeps only those the article names in full.
            Some(U::Name) if p.headline && cur.last().is_some_and(|u| u.0 == U::Name) => {
                flush(&mut cur, &mut out);
                cur.push((U::Name, i, i + 1));
            }
            Some(u) => cur.push((u, i, i + 1)),
            None => flush(&mut cur, &mut out),
        }
        i += 1;
    }
    flush(&mut cur, &mut out);
    out
}

fn is_particle(p: &Para<'_>, u: &(U, usize, usize)) -> bool {
    u.0 == U::Name && u.2 == u.1 + 1 && LEX.particles.contains(p.toks[u.1].text(p.text))
}

pub(super) fn unit_text<'a>(p: &Para<'a>, u: &(U, usize, usize)) -> &'a str {
    &p.text[p.toks[u.1].start..p.toks[u.2 - 1].end]
}

/// Words (lower case) between two runs, if only connectors.
fn gap_words(p: &Para<'_>, a: &Run, b: &Run) -> Option<Vec<String>> {
    let end = a.units.last()?.2;
    let start = b.units.first()?.1;
    let mut words = Vec::new();
    for t in &p.toks[end..start] {
        if !t.is_word() {
            return None;
        }
        words.push(t.text(p.text).to_lowercase());
    }
    Some(words)
}

/// Joins runs split by "of", "for" or "and" when they form one name: "Secretary of State
/// Marco Rubio", "Ministry of Foreign Affairs", "Hostages and Missing Families Forum".
fn merge(p: &Para<'_>, runs: Vec<Run>) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for run in runs {
        if let Some(prev) = out.last_mut()
            && let Some(gap) = gap_words(p, prev, &run)
            && !gap.is_empty()
        {
            let gap: Vec<&str> = gap.iter().map(String::as_str).collect();
            let last = prev.units.last().map(|u| unit_text(p, u)).unwrap_or("");
            let first_word = run.units.first().map(|u| unit_text(p, u)).unwrap_or("");
            let head_ends = LEX.is_title(last) || LEX.org_cues.contains(last);
            let of_like = matches!(
                gap.as_slice(),
                ["of"] | ["for"] | ["of", "the"] | ["for", "the"]
            );
            let tail_is_org = run
                .units
                .last()
                .is_some_and(|u| LEX.org_cues.contains(unit_text(p, u)));
            let joins = (of_like
                && head_ends
                && LEX.portfolio.contains(first_word.to_lowercase().as_str()))
                || ((of_like || gap == ["on"]) && LEX.org_cues.contains(last))
                || (gap == ["and"]
                    && tail_is_org
                    && !prev.units.iter().any(|u| matches!(u.0, U::Atom(_))));
            if joins {
                let (gs, ge) = (prev.units.last().map_or(0, |u| u.2), run.units[0].1);
                prev.units.push((U::Connector, gs, ge));
                let mut in_title = of_like && LEX.is_title(last);
                for u in run.units {
                    let portfolio = LEX
                        .portfolio
                        .contains(unit_text(p, &u).to_lowercase().as_str());
                    in_title = in_title && portfolio;
                    prev.units
                        .push(if in_title { (U::Title, u.1, u.2) } else { u });
                }
                continue;
            }
        }
        out.push(run);
    }
    out
}

/// Only a comma between two runs.
fn gap_is_comma(p: &Para<'_>, a: &Run, b: &Run) -> bool {
    let (Some(x), Some(y)) = (a.units.last(), b.units.first()) else {
        return false;
    };
    y.1 == x.2 + 1 && p.toks[x.2].is_punct(',')
}

fn is_coordinated(p: &Para<'_>, a: &Run, b: &Run) -> bool {
    let names = |r: &Run| r.units.iter().all(|u| u.0 == U::Name);
    a.units.len() == 1
        && names(a)
        && b.units.len() >= 2
        && names(b)
        && gap_words(p, a, b).is_some_and(|g| g == ["and"])
        && b.units.last().is_some_and(|u| {
            let w = unit_text(p, u);
            !LEX.org_cues.contains(w) && !LEX.place_cues.contains(w)
        })
}
