//! Short forms: a surname or a first name alone, claimed by the full name it stands for.
//!
//! Each full person name is indexed under every short form that can stand for it. A short
//! form takes the latest full name before it, else the first later one that fits (a surname
//! ahead, or a first name completed later), with the article's titles and genders to choose
//! between namesakes.

use super::super::lexicon::LEX;
use super::super::names::Candidate;
use super::keys::{full_form, generation, name_words, same_titled};
use super::variants::{Respelt, given_gender, title_gender};
use super::{Entity, Seen};
use crate::entity::{EntityKind, Role};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Where each full person name was seen, under every short form that can stand for it:
/// each proper suffix ("Alexander", "Abu Marzouk") and its first word ("first:edan").
pub(super) fn index(
    cands: &[Candidate],
    slot: &[Option<usize>],
    ents: &[Entity],
) -> HashMap<String, Vec<Seen>> {
    let mut index: HashMap<String, Vec<Seen>> = HashMap::default();
    // The full names seen so far by their surname, for a relative set off after a family
    // word ("his father, Steve Beshear") whose surname the article already gave another.
    let mut bearers: HashMap<String, usize> = HashMap::default();
    for (ci, c) in cands.iter().enumerate() {
        let Some(e) = slot[ci].filter(|&e| ents[e].kind == EntityKind::Person) else {
            continue;
        };
        let w = match c.source {
            Some(_) => name_words(&ents[e].name),
            None => name_words(&full_form(c)),
        };
        if w.len() < 2 {
            continue;
        }
        let surname = w.last().cloned().unwrap_or_default();
        let relative = c.kin_aside && bearers.get(&surname).is_some_and(|&b| b != e);
        bearers.entry(surname).or_insert(e);
        let seen = (c.para, c.t0, e, c.kin_intro || relative);
        for k in 1..w.len() {
            index.entry(w[k..].join(" ")).or_default().push(seen);
        }
        if let Some(first) = first_surname(&w) {
            index.entry(first.to_string()).or_default().push(seen);
        }
        for k in 1..w.len() {
            let given = w[..k].join(" ");
            index
                .entry(format!("first:{given}"))
                .or_default()
                .push(seen);
        }
        // "Qaid Farhan al-Qadi … Farhan told": a middle word of a name of three words.
        if w.len() >= 3 {
            for m in &w[1..w.len() - 1] {
                index.entry(format!("mid:{m}")).or_default().push(seen);
            }
        }
    }
    index
}

/// People titled with an office somewhere in the article.
pub(super) fn in_office(cands: &[Candidate], slot: &[Option<usize>]) -> HashSet<usize> {
    cands
        .iter()
        .zip(slot)
        .filter_map(|(c, s)| {
            let official = c
                .title
                .as_deref()
                .is_some_and(|t| LEX.roles_in(t).contains(&Role::Official));
            s.filter(|_| official)
        })
        .collect()
}

/// What a short form may stand for, over one article's full names.
pub(super) struct Claims<'a> {
    cands: &'a [Candidate],
    index: &'a HashMap<String, Vec<Seen>>,
    respelt: Respelt<'a>,
    in_office: &'a HashSet<usize>,
    given_prefixes: &'a HashSet<&'a [String]>,
}

impl<'a> Claims<'a> {
    pub(super) fn new(
        cands: &'a [Candidate],
        index: &'a HashMap<String, Vec<Seen>>,
        in_office: &'a HashSet<usize>,
        given_prefixes: &'a HashSet<&'a [String]>,
    ) -> Self {
        let respelt = Respelt::of(index);
        Claims {
            cands,
            index,
            respelt,
            in_office,
            given_prefixes,
        }
    }

    /// The entity of the full name that candidate `ci`, the short form `words`, stands for.
    pub(super) fn claim(&self, ci: usize, words: &[String], ents: &[Entity]) -> Option<usize> {
        let cands = self.cands;
        let c = &cands[ci];
        let here = (c.para, c.t0);
        let joined = words.join(" ");
        let get = |key: &str| {
            (self.index.get(key))
                .or_else(|| self.respelt.accented(key).and_then(|k| self.index.get(k)))
        };
        let mut lists = vec![get(&joined).or_else(|| {
            self.respelt
                .of_bare(&joined)
                .and_then(|k| self.index.get(k))
        })];
        if words.len() == 1 || self.given_prefixes.contains(words) {
            lists.push(get(&format!("first:{joined}")));
        }
        // A middle word alone only where no name begins or ends with it.
        if words.len() == 1 && lists.iter().all(Option::is_none) {
            lists.push(get(&format!("mid:{joined}")));
        }
        // The latest full name before ("Alexander" after "Adi Alexander, Edan's father" is
        // Adi), passing over one named only as the relative of this surname's bearer ("Chen's
        // son, Itay Chen"; "the mother of hostage Nimrod Cohen").
        let mut earlier: Vec<Seen> = Vec::new();
        let mut after: Option<Seen> = None;
        for (k, list) in lists.into_iter().enumerate() {
            let Some(list) = list else { continue };
            let cut = list.partition_point(|s| (s.0, s.1) < here);
            earlier.extend(&list[cut.saturating_sub(8)..cut]);
            // Looking ahead, only a surname: a first name ("Sheikh Mohammed") is too common
            // to promise the full name that comes later — unless that name's surname is the
            // next word, as in a headline, where each word stands alone ("Cheers for
            // President Donald Trump").
            let surname_next = |s: &Seen| {
                let next = cands
                    .get(ci + 1)
                    .filter(|n| n.para == c.para && n.t0 == c.t1);
                next.is_some_and(|n| {
                    name_words(&n.name).last() == name_words(&ents[s.2].name).last()
                })
            };
            // Or a first name in a list of first names ("hugging Sharon, Emma and Yuli"),
            // completed later ("Sharon Cunio"). Or a relative's first name ("His mother,
            // Yael, arrived …", "Yusuf and his son Jamal") completed later by a full name
            // ("Yael Alexander said", "Jamal Abu Salem"), of the family named before, or
            // where the sentence named no other family ("Minister Dov Alkin and his son,
            // Yair" is no later "Yair Brenner").
            let family_named = |s: &Seen| {
                if !c.kin_apposed {
                    return false;
                }
                let surname = name_words(&ents[s.2].name).pop().unwrap_or_default();
                let family_before = self
                    .index
                    .get(&surname)
                    .and_then(|l| l.first())
                    .is_some_and(|f| (f.0, f.1) < here);
                family_before
                    || !cands[..ci]
                        .iter()
                        .rev()
                        .take_while(|d| d.para == c.para)
                        .any(|d| {
                            d.kind == Some(EntityKind::Person) && name_words(&d.name).len() >= 2
                        })
            };
            // The first later one that fits, not only the first later one: "son Matan" of
            // Einav Zangauker is the Matan Zangauker named after another Matan.
            if let Some(&s) = list[cut..].iter().find(|s| {
                let ahead = k == 0 || surname_next(s) || family_named(s) || c.listed_given;
                ahead && (s.0, s.1) > here
            }) && after.is_none_or(|a| (s.0, s.1) < (a.0, a.1))
            {
                after = Some(s);
            }
        }
        earlier.sort_by_key(|s| (s.0, s.1));
        // "Trump Jr." is the son and a bare "Trump" the father, where the article names both.
        let generation_of = |s: &Seen| generation(&ents[s.2].name);
        let wanted = generation(&c.name);
        if earlier
            .iter()
            .chain(&after)
            .any(|s| generation_of(s) == wanted)
        {
            earlier.retain(|s| generation_of(s) == wanted);
            after = after.filter(|s| generation_of(s) == wanted);
        }
        // "Lord Hamilton" is not the "Kirsty Hamilton" named later: a title of one gender
        // does not promise a full name ahead whose given name is of the other. Looking back,
        // the data's gender of a given name is not sure enough to part them ("Doron
        // Steinbrecher … Ms Steinbrecher").
        if let Some(g) = c.title.as_deref().and_then(title_gender) {
            after = after.filter(|s| given_gender(&ents[s.2].name) != Some(g.opposite()));
        }
        // "the Trump administration" beside "Ivanka Trump": the office a public figure's
        // surname names is the figure's, never a relative's of the other gender.
        if let Some(g) = (c.office && words.len() == 1)
            .then(|| {
                LEX.public_figures
                    .get(deunicode::deunicode(&words[0]).as_str())
            })
            .flatten()
        {
            earlier.retain(|s| given_gender(&ents[s.2].name) != Some(g.opposite()));
            after = after.filter(|s| given_gender(&ents[s.2].name) != Some(g.opposite()));
        }
        // "the Trump administration" after "President Donald Trump" and "Ivanka Trump": an
        // office's holder is the one the article titled with an office.
        let titled = |x: &&Seen| self.in_office.contains(&x.2);
        let holder = c
            .office
            .then(|| {
                earlier
                    .iter()
                    .rev()
                    .find(titled)
                    .or(after.as_ref().filter(titled))
            })
            .flatten();
        let titled_as = same_titled(c, cands, &earlier);
        // "Hallett" after "Governor Tom Hallett" and "first lady Anne Hallett": a surname the
        // article gave two people goes to the one it titled with an office, the one it is
        // about, not to whichever was named last. A short form of its own title decides alone.
        let lone_holder = || {
            let named: HashSet<usize> = earlier.iter().map(|s| s.2).collect();
            let held: HashSet<usize> = named
                .iter()
                .copied()
                .filter(|e| self.in_office.contains(e))
                .collect();
            (c.title.is_none() && named.len() > 1 && held.len() == 1)
                .then(|| earlier.iter().rev().find(titled))
                .flatten()
        };
        let before = (holder.or(titled_as.as_ref()))
            .or_else(lone_holder)
            .or_else(|| earlier.iter().rev().find(|x| !x.3))
            .or(earlier.last());
        before.copied().or(after).map(|s| s.2)
    }
}

/// "Mr Villarreal" after "Américo Villarreal Anaya", "López" after "Andrés Manuel López
/// Obrador": a name of three words or more whose last but one is no given name nor particle
/// ends in two surnames, as Spanish and Portuguese names do, and news calls the person by the
/// first of them alone. A given name there ("Luis Manuel Diaz") is a middle name, which no
/// one is called by. A surname opened by a Romance particle ("Luiz Inácio Lula da Silva",
/// "André Corrêa do Lago") is one surname, so the word before the particle is the first.
fn first_surname(w: &[String]) -> Option<&str> {
    let romance = |x: &String| matches!(x.as_str(), "da" | "do" | "dos" | "das" | "de" | "del");
    let mut end = w.len().saturating_sub(1);
    while end > 1 && romance(&w[end - 1]) {
        end -= 1;
    }
    if end + 1 < w.len() {
        // "Lula" of "Luiz Inácio Lula da Silva" is how he is called, whatever given name
        // it also spells.
        let first = w.get(end.wrapping_sub(1)).filter(|_| end >= 2);
        return first.filter(|f| named(f, true)).map(String::as_str);
    }
    let [_, .., first, _] = w else { return None };
    named(first, false).then_some(first.as_str())
}

/// A word that can be a surname standing alone: no particle, no initial, and no given name
/// unless `given_ok`.
fn named(first: &str, given_ok: bool) -> bool {
    let l = first.to_lowercase();
    first.chars().count() >= 3
        && first.chars().all(char::is_alphabetic)
        && (given_ok || !LEX.given_names.contains_key(l.as_str()))
        && !LEX.particles.contains(l.as_str())
}
