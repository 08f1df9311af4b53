//! Names in a paragraph: runs of capitalised words (with particles such as al-, bin, Abu),
//! split into what they are made of: known places and organisations, titles ("White House
//! Press Secretary"), and the name that follows the last title.
//!
//! Each run yields candidates with a guessed kind. Whether a bare single word is a person is
//! left to `people`, which sees the whole article (a surname resolves to a full name).

use super::Para;
use super::lexicon::{LEX, Lexicon};
use super::text::{Tok, is_all_caps, is_capitalised, is_double_quote};
use crate::entity::EntityKind;
use std::collections::HashSet;

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
    /// Introduced as someone's relative ("Chen's son, Itay Chen", "whose son Omer").
    pub kin_intro: bool,
    /// A photographer's credit ("REUTERS/Kevin Lamarque") or byline: a person with no role.
    pub credit: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum U {
    Atom(usize),
    Title,
    Modifier,
    Acronym,
    Name,
    Connector,
}

#[derive(Debug, Clone)]
struct Run {
    /// (unit, first token, end token)
    units: Vec<(U, usize, usize)>,
}

const CONNECTORS: &[&str] = &["of", "for", "the", "and"];

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
        // "Adi and Yael Alexander": a lone first name, "and", then a two-word name.
        if let Some(next) = runs.get(ri + 1)
            && is_coordinated(p, run, next)
            && let Some(&(_, a, b)) = next.units.last()
        {
            coordinated = Some(p.text[p.toks[a].start..p.toks[b - 1].end].to_string());
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
    if p.starts[i] {
        let l = w.to_lowercase();
        if lex.stopwords.contains(l.as_str()) || (lowercase_words.contains(&l) && !lex.is_title(w))
        {
            return None;
        }
    }
    if w == "The" {
        return None;
    }
    if lex.is_demonym(w) {
        return Some(U::Modifier);
    }
    if lex.is_title(w) {
        return Some(U::Title);
    }
    if is_all_caps(w) {
        return Some(U::Acronym);
    }
    Some(U::Name)
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
        let unit = match t.kind {
            Tok::Word => word_unit(p, i, lowercase_words),
            _ => None,
        };
        match unit {
            // "of", "and" join only two halves of a longer name; `merge` decides.
            Some(U::Connector) => {
                flush(&mut cur, &mut out);
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

fn unit_text<'a>(p: &Para<'a>, u: &(U, usize, usize)) -> &'a str {
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
                || (of_like && LEX.org_cues.contains(last))
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

/// Splits one run into its candidates.
fn parse(p: &Para<'_>, para: usize, run: &Run, atoms: &[Atom], out: &mut Vec<Candidate>) {
    let u = &run.units;
    let text_of =
        |a: usize, b: usize| p.text[p.toks[u[a].1].start..p.toks[u[b].2 - 1].end].to_string();
    let first = unit_text(p, &u[0]);
    let last = unit_text(p, &u[u.len() - 1]);
    let in_quote = p.in_quote[u[0].1];
    let has_atom = u.iter().any(|x| matches!(x.0, U::Atom(_)));
    let mk = |t0: usize, t1: usize, kind: Option<EntityKind>, name: String| Candidate {
        para,
        t0,
        t1,
        kind,
        name,
        source: None,
        title: None,
        person_cue: false,
        shared_surname: None,
        in_quote,
        kin_intro: false,
        credit: false,
    };
    // "KEVIN LAMARQUE/REUTERS": a photographer's name in capitals beside a slash.
    let slash = |i: usize| p.toks.get(i).is_some_and(|t| t.is_punct('/'));
    let (r0, r1) = (u[0].1, u[u.len() - 1].2);
    if u.len() >= 2
        && u.iter().all(|x| x.0 == U::Acronym)
        && (slash(r1) || (r0 > 0 && slash(r0 - 1)))
        && !LEX
            .gazetteer_folded
            .contains_key(&text_of(0, u.len() - 1).to_lowercase())
    {
        let mut c = mk(
            r0,
            r1,
            Some(EntityKind::Person),
            title_case(&text_of(0, u.len() - 1)),
        );
        c.credit = true;
        out.push(c);
        return;
    }
    // Social platforms ("Truth Social") are neither people nor organisations here.
    if LEX.platforms.contains(text_of(0, u.len() - 1).as_str()) {
        return;
    }
    // A title-case phrase is no name: a slogan that fills a quotation ("Bring Them Home
    // Now"), or a run with a common word after its first ("Iron Swords war" is caught below).
    let quoted_whole = r0 > 0
        && matches!(p.toks[r0 - 1].kind, Tok::Punct(c) if is_double_quote(c))
        && p.toks
            .get(r1)
            .is_some_and(|t| matches!(t.kind, Tok::Punct(c) if is_double_quote(c)));
    let common_inside = u[1..].iter().any(|x| {
        x.0 == U::Name
            && LEX
                .stopwords
                .contains(unit_text(p, x).to_lowercase().as_str())
    });
    if quoted_whole || common_inside {
        for x in u.iter().filter(|x| matches!(x.0, U::Atom(_))) {
            if let U::Atom(ai) = x.0 {
                let a = atoms[ai];
                let mut c = mk(a.t0, a.t1, Some(a.kind), String::new());
                c.source = Some(a.source);
                out.push(c);
            }
        }
        return;
    }
    // A run right before "war", "operation", "festival": the name of an event.
    let next_lower = p.toks.get(r1).map(|t| t.text(p.text)).unwrap_or("");
    if !has_atom && !next_lower.is_empty() && !is_capitalised(next_lower) {
        let cap = |w: &str| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        };
        if LEX.nonentity_cues.contains(cap(next_lower).as_str()) {
            return;
        }
    }
    // Events, documents, operations: nothing to link.
    if u.len() > 1 && (LEX.nonentity_cues.contains(last) || first == "Operation") && !has_atom {
        return;
    }
    // Organisations and places named by their last (or first) word.
    let plain_tail = matches!(u[u.len() - 1].0, U::Name | U::Title | U::Acronym);
    if u.len() > 1 && plain_tail && (LEX.org_cues.contains(last) || LEX.place_cues.contains(last))
        || (u.len() > 1 && matches!(first, "Kibbutz" | "Moshav" | "Mount"))
    {
        let s = u.iter().position(|x| x.0 != U::Modifier).unwrap_or(0);
        let kind = if LEX.org_cues.contains(last) {
            EntityKind::Organization
        } else {
            EntityKind::Place
        };
        out.push(mk(
            u[s].1,
            u[u.len() - 1].2,
            Some(kind),
            text_of(s, u.len() - 1),
        ));
        return;
    }
    // The name is what follows the last title, known name, modifier or acronym.
    let mut l = u
        .iter()
        .rposition(|x| !matches!(x.0, U::Name))
        .map_or(0, |i| i + 1);
    // "Defense Minister Israel Katz": a one-word place right before a lone surname is a first name.
    if l > 0 && l == u.len() - 1 {
        if let U::Atom(ai) = u[l - 1].0
            && atoms[ai].kind == EntityKind::Place
            && atoms[ai].t1 - atoms[ai].t0 == 1
            && (l == 1 || matches!(u[l - 2].0, U::Title | U::Modifier))
        {
            l -= 1;
        }
    }
    let named_person_atom = u[l.min(u.len() - 1)..].len() == 1
        && matches!(u[u.len() - 1].0, U::Atom(ai) if atoms[ai].kind == EntityKind::Person);
    // Known names and acronyms before the name are mentions of their own.
    for (k, x) in u[..l].iter().enumerate() {
        match x.0 {
            U::Atom(ai) => {
                let a = atoms[ai];
                let mut c = mk(a.t0, a.t1, Some(a.kind), String::new());
                c.source = Some(a.source);
                out.push(c);
            }
            U::Acronym if !(k + 1 < l && matches!(u[k + 1].0, U::Name | U::Acronym)) => {
                // "REUTERS": a known name in capitals, else an organisation's initials.
                let w = unit_text(p, x);
                let known = LEX.gazetteer_folded.get(&w.to_lowercase()).copied();
                let mut c = match known {
                    Some(gi) => {
                        let k = &LEX.gazetteer_entries[gi];
                        mk(x.1, x.2, Some(k.kind), k.canonical.to_string())
                    }
                    None => mk(x.1, x.2, Some(EntityKind::Organization), w.to_string()),
                };
                c.source = known.map(Source::Gazetteer);
                out.push(c);
            }
            _ => {}
        }
    }
    let title_end = u[..l].iter().rposition(|x| x.0 == U::Title);
    if l >= u.len() {
        // No plain name: a person atom at the end still names a person.
        if named_person_atom && let Some(c) = out.last_mut() {
            c.title = title_end.map(|e| text_of(0, e));
        }
        return;
    }
    let words: Vec<&str> = u[l..].iter().map(|x| unit_text(p, x)).collect();
    let mut c = mk(u[l].1, u[u.len() - 1].2, None, words.join(" "));
    if let Some(e) = title_end {
        c.title = Some(text_of(0, e));
        c.person_cue = true;
    }
    let n_names = u.len() - l;
    if n_names >= 2 || c.name.contains(['-', '\u{2010}']) && has_particle(&c.name) {
        c.kind = Some(EntityKind::Person);
    }
    if is_all_caps(&c.name) && n_names >= 2 {
        // "JACK GUEZ/AFP": a credit in capitals.
        let slash = |i: usize| p.toks.get(i).is_some_and(|t| t.is_punct('/'));
        if slash(c.t1) || (c.t0 > 0 && slash(c.t0 - 1)) {
            c.name = title_case(&c.name);
            c.credit = true;
        } else {
            return;
        }
    }
    c.credit |= is_credit(p, c.t0, c.t1);
    c.kin_intro = kin_before(p, c.t0);
    c.person_cue |= local_person_cue(p, c.t0, c.t1);
    out.push(c);
}

fn has_particle(name: &str) -> bool {
    name.split(['-', ' '])
        .any(|w| LEX.particles.contains(w.to_lowercase().as_str()))
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// A photo credit ("REUTERS/Kevin Lamarque", "Photo: Jane Doe") or a byline ("By Jane Doe").
fn is_credit(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    let w = |i: usize| p.toks.get(i).map(|t| t.text(p.text).to_lowercase());
    let slash_before = t0 > 0 && p.toks[t0 - 1].is_punct('/');
    let slash_after = p.toks.get(t1).is_some_and(|t| t.is_punct('/'));
    // "By Jane Doe" opening a paragraph, "Reporting by", "Photo by"; not "led by".
    let by = t0 > 0
        && w(t0 - 1).as_deref() == Some("by")
        && (t0 == 1
            || matches!(
                w(t0 - 2).as_deref(),
                Some("reporting" | "editing" | "photo" | "photograph" | "writing" | "video")
            ));
    let cue_before = by
        || t0 > 0
            && matches!(
                w(t0 - 1).as_deref(),
                Some("credit" | "photo" | "photograph")
            )
        || t0 > 1
            && p.toks[t0 - 1].is_punct(':')
            && matches!(
                w(t0 - 2).as_deref(),
                Some("photo" | "credit" | "photograph" | "credits")
            );
    slash_before || slash_after || cue_before
}

/// Evidence right after a bare word that it names a person: a reporting verb ("Netanyahu
/// said"), or a noun that belongs to people ("Netanyahu's office", "the Trump administration").
/// "his son Matan", "Chen's son, Itay Chen": a family word right before the name.
fn kin_before(p: &Para<'_>, t0: usize) -> bool {
    let before = |k: usize| {
        t0 >= k
            && p.toks[t0 - k].is_word()
            && LEX
                .kin
                .contains(p.toks[t0 - k].text(p.text).to_lowercase().as_str())
    };
    before(1) || (before(2) && p.toks[t0 - 1].is_punct(','))
}

fn local_person_cue(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    if kin_before(p, t0) {
        return true;
    }
    // "blamed Netanyahu for the impasse": the object of a verb that takes a person.
    let verb_before = t0 > 0
        && p.toks[t0 - 1].is_word()
        && LEX
            .person_object_verbs
            .contains(p.toks[t0 - 1].text(p.text).to_lowercase().as_str());
    let next_is_name = p
        .toks
        .get(t1)
        .is_some_and(|t| t.is_word() && is_capitalised(t.text(p.text)));
    if verb_before && !next_is_name {
        return true;
    }
    let mut i = t1;
    let poss = p.toks.get(i).is_some_and(|t| t.kind == Tok::Possessive);
    if poss {
        i += 1;
    }
    let Some(next) = p.toks.get(i).filter(|t| t.is_word()) else {
        return false;
    };
    let w = next.text(p.text).to_lowercase();
    if LEX.person_nouns.contains(w.as_str()) || matches!(w.as_str(), "himself" | "herself") {
        return true;
    }
    if poss {
        return false;
    }
    let verb = if matches!(
        w.as_str(),
        "has" | "had" | "also" | "later" | "then" | "previously"
    ) {
        p.toks.get(i + 1).map(|t| t.text(p.text).to_lowercase())
    } else {
        Some(w)
    };
    let preposition_before = t0 > 0
        && p.toks[t0 - 1].is_word()
        && matches!(
            p.toks[t0 - 1].text(p.text).to_lowercase().as_str(),
            "in" | "to" | "from" | "at" | "of" | "the" | "near" | "into" | "across" | "by"
        );
    verb.is_some_and(|v| {
        (LEX.reporting_verbs.contains(v.as_str()) && v != "reported")
            // "Netanyahu convened his cabinet": a past-tense verb after a bare name.
            || (!preposition_before
                && !p.starts[t0]
                && v.len() > 4
                && v.ends_with("ed")
                && !v.ends_with("eed"))
    })
}
