//! The gender of each person an article names, for "she said" and "the mother said": a
//! pronoun never goes to someone of the other gender.
//!
//! What the article says wins over what a name suggests. In order: an honorific or gendered
//! title before a mention ("Ms Zangauker", "Congresswoman"), a family word that describes the
//! person ("his mother, Yael"; "Adi, Edan's father"), the usual gender of the first name
//! (`data/given_names.txt`), then a title in "-man" that offices give women too ("Chairman
//! Ann English" is a woman), a pronoun that follows a mention in the same sentence with no
//! other person between ("Matan … his release"), and last the known gender of a public figure
//! news names by surname alone ("President Trump"). Where these disagree, or none speaks, the
//! gender is unknown.

use std::collections::HashMap;

use super::Para;
use super::lexicon::LEX;
use super::people::{Entity, Mention};
use super::salience::reads_as_subject;
use super::text::{Tok, is_capitalised, is_hyphen};
use crate::entity::EntityKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Female,
    Male,
}

impl Gender {
    /// The other of the two.
    pub(crate) fn opposite(self) -> Gender {
        match self {
            Gender::Female => Gender::Male,
            Gender::Male => Gender::Female,
        }
    }
}

/// What one kind of cue says about one entity: nothing yet, one gender, or both.
#[derive(Clone, Copy, Default)]
struct Vote(Option<Gender>, bool);

impl Vote {
    fn add(&mut self, g: Gender) {
        match self.0 {
            None => self.0 = Some(g),
            Some(h) if h != g => self.1 = true,
            _ => {}
        }
    }
}

fn gender_word(p: &Para<'_>, i: usize) -> Option<Gender> {
    let t = p.toks.get(i).filter(|t| t.is_word())?;
    let w = t.text(p.text).trim_end_matches('.').to_lowercase();
    LEX.gender_words.get(w.as_str()).copied()
}

/// A third-person singular pronoun at `i` (any case).
pub(super) fn is_pronoun(p: &Para<'_>, i: usize) -> bool {
    p.toks.get(i).is_some_and(|t| {
        matches!(
            t.text(p.text).to_lowercase().as_str(),
            "he" | "his" | "him" | "himself" | "she" | "her" | "hers" | "herself"
        )
    })
}

/// The name at `t0` follows a preposition, past a few title or modifier words and no
/// punctuation but hyphens ("of Israeli-American IDF soldier Edan Alexander").
fn object_of_preposition(p: &Para<'_>, t0: usize) -> bool {
    (1..=7)
        .map_while(|k| {
            t0.checked_sub(k)
                .filter(|&i| p.toks[i].is_word() || p.toks[i].is_punct('-'))
        })
        .any(|i| {
            matches!(
                p.toks[i].text(p.text),
                "of" | "to" | "for" | "with" | "by" | "from" | "about" | "against"
            )
        })
}

/// "Speaking beside her husband, A said …": a family word owned by a pronoun after a
/// preposition, then a comma and a name that goes straight on to its verb, is no apposition
/// (that would close with a comma): the phrase opens the sentence, and the name is the
/// subject of its main clause, not the husband.
fn adjunct_kin(p: &Para<'_>, i: usize, t0: usize, t1: usize) -> bool {
    let word = |j: usize| p.toks[j].text(p.text).to_lowercase();
    let lower_after = p
        .toks
        .get(t1)
        .is_some_and(|t| t.is_word() && !is_capitalised(t.text(p.text)));
    i + 2 == t0
        && i >= 2
        && lower_after
        && matches!(word(i - 1).as_str(), "his" | "her" | "their")
        && matches!(
            word(i - 2).as_str(),
            "with" | "alongside" | "beside" | "by" | "to" | "for" | "from" | "among" | "behind"
        )
}

/// "Bardella backed her on Tuesday": "him" or "her" as the object of the verb right after
/// the name (nothing but a preposition or punctuation after it, so not "her talk") is
/// someone else, and tells nothing of the name's gender.
fn object_of_verb(p: &Para<'_>, from: usize, i: usize) -> bool {
    let w = p.toks[i].text(p.text).to_lowercase();
    let next = p.toks.get(i + 1);
    let ends = next.is_none_or(|t| {
        !t.is_word()
            || matches!(
                t.text(p.text).to_lowercase().as_str(),
                "on" | "in"
                    | "at"
                    | "to"
                    | "for"
                    | "with"
                    | "and"
                    | "as"
                    | "after"
                    | "before"
                    | "from"
                    | "over"
                    | "during"
                    | "again"
                    | "up"
                    | "down"
                    | "out"
            )
    });
    matches!(w.as_str(), "him" | "her") && i <= from + 2 && ends
}

/// "Trump-endorsed", "Obama-era": a mention of one word joined by a hyphen to a lower-case
/// tail, which only modifies the noun after it.
fn modifier_compound(p: &Para<'_>, m: &Mention) -> bool {
    m.t1 == m.t0 + 1
        && (p.toks[m.t0].text(p.text))
            .rsplit_once(is_hyphen)
            .is_some_and(|(_, tail)| tail.starts_with(char::is_lowercase))
}

/// The gender of every entity (`None` for non-persons and where nothing tells).
pub(crate) fn genders(
    paras: &[Para<'_>],
    ents: &[Entity],
    mentions: &[Mention],
) -> Vec<Option<Gender>> {
    // Per entity: honorifics and titles, family words, pronouns.
    // The fourth: a title in "-man" ("Chairman Ann English"), which offices keep for women
    // too, so it yields to the given name.
    let mut said = vec![[Vote::default(); 4]; ents.len()];
    // Pronoun cues counted per gender ([female, male]): `pronouns_outvote_name`.
    let mut pronouns = vec![[0u8; 2]; ents.len()];
    // Surnames two people of the article bear ("Yael Alexander", "Edan Alexander"): a bare
    // "Alexander" may mean either, so what surrounds it tells about neither.
    let mut surnames: HashMap<String, usize> = HashMap::new();
    for e in ents.iter().filter(|e| e.kind == EntityKind::Person) {
        let mut words = e.name.split_whitespace();
        if let (Some(_), Some(last)) = (words.next(), words.next_back()) {
            *surnames.entry(last.to_lowercase()).or_default() += 1;
        }
    }
    for (k, m) in mentions.iter().enumerate() {
        if ents[m.entity].kind != EntityKind::Person || m.in_quote {
            continue;
        }
        let p = &paras[m.para];
        let bare = p.toks[m.t0].text(p.text).to_lowercase();
        if m.t1 == m.t0 + 1 && surnames.get(&bare).is_some_and(|&n| n >= 2) {
            continue;
        }
        let v = &mut said[m.entity];
        // "Ms Zangauker", "Congresswoman Elise Stefanik", "mom Yael", and "his mother, Yael
        // Alexander" (a family word just before the comma).
        let before = match m.t0.checked_sub(1) {
            Some(i) if p.toks[i].is_punct(',') => i.checked_sub(1),
            i => i,
        };
        if let Some(i) = before
            && !is_pronoun(p, i)
            && !adjunct_kin(p, i, m.t0, m.t1)
            && let Some(g) = gender_word(p, i)
        {
            let w = p.toks[i].text(p.text).to_lowercase();
            let kin = LEX.kin.contains(w.as_str());
            let office_man = w.ends_with("man") && !w.ends_with("woman") && !kin;
            v[if office_man { 3 } else { usize::from(kin) }].add(g);
        }
        // "Adi, Edan's father," / "Einav Zangauker, mother of Matan": the apposition's first
        // family word, before any other person.
        if p.toks.get(m.t1).is_some_and(|t| t.is_punct(',')) {
            let next_person = mentions
                .get(k + 1)
                .filter(|n| n.para == m.para)
                .map_or(usize::MAX, |n| n.t0);
            let mut i = m.t1 + 1;
            while i < p.toks.len() && i < m.t1 + 6 && i < next_person {
                let t = p.toks[i];
                if matches!(t.kind, Tok::Punct(',' | '.' | ';')) {
                    break;
                }
                // "Lishay Miran-Lavi, whose husband Omri …": the spouse of a husband is a wife.
                if t.text(p.text).eq_ignore_ascii_case("whose") {
                    let spouse = p.toks.get(i + 1).map(|n| n.text(p.text).to_lowercase());
                    match spouse.as_deref() {
                        Some("husband") => v[1].add(Gender::Female),
                        Some("wife") => v[1].add(Gender::Male),
                        _ => {}
                    }
                    break;
                }
                let w = t.text(p.text).to_lowercase();
                if LEX.kin.contains(w.as_str()) {
                    // "Trump, surrounded by his wife, …": a relative owned by a pronoun or
                    // brought in by a preposition is someone else, and tells nothing of
                    // the name's gender.
                    let someone_else = (m.t1 + 1..i).any(|j| {
                        matches!(
                            p.toks[j].text(p.text).to_lowercase().as_str(),
                            "his"
                                | "her"
                                | "their"
                                | "its"
                                | "our"
                                | "my"
                                | "by"
                                | "with"
                                | "and"
                                | "to"
                                | "for"
                        )
                    });
                    if someone_else {
                        break;
                    }
                    if let Some(g) = gender_word(p, i) {
                        v[1].add(g);
                    }
                    break;
                }
                i += 1;
            }
        }
        // "Einav Zangauker, whose son is held, recalled her talk with …": the first pronoun of
        // the predicate, past an apposition between commas, before anyone else is named. Not
        // for the object of a preposition ("the mother of soldier Edan Alexander, who was
        // taken, arrived to greet her son"): the predicate is someone else's.
        if object_of_preposition(p, m.t0) {
            continue;
        }
        // Nor for the object of a verb after another person of the same sentence: in
        // "Whitfield accused Cole of lying about her record" the record is Whitfield's.
        let after_subject = k.checked_sub(1).is_some_and(|j| {
            let o = &mentions[j];
            o.para == m.para
                && o.entity != m.entity
                && !o.in_quote
                && ents[o.entity].kind == EntityKind::Person
                && (o.t1..=m.t0).all(|i| !p.starts[i])
        });
        if after_subject && !reads_as_subject(p, m) {
            continue;
        }
        // "the only Trump-endorsed candidate in her ads": a name in a compound that modifies
        // the noun after it is no one a later pronoun goes back to.
        if modifier_compound(p, m) {
            continue;
        }
        let mut i = m.t1;
        if p.toks.get(i).is_some_and(|t| t.is_punct(',')) {
            match (i + 1..(i + 16).min(p.toks.len())).find(|&j| p.toks[j].is_punct(',')) {
                Some(j) => i = j + 1,
                None => continue,
            }
        }
        // Only a person stops the search: "Sherrill recounted driving into New Jersey …
        // with her children" is hers, whatever place or body is named in between.
        let next_person = mentions[k + 1..]
            .iter()
            .find(|n| n.para != m.para || n.t0 >= i && ents[n.entity].kind == EntityKind::Person)
            .filter(|n| n.para == m.para)
            .map_or(p.toks.len(), |n| n.t0);
        let from = i;
        // The sentence ends at a full stop, also where a quotation opens the next one: in
        // "Trump called the emir. '…,' she said" the pronoun is the speaker's, not Trump's.
        let opens = |i: usize| p.starts[i] && (!p.in_quote[i] || !p.in_quote[i - 1]);
        while i < next_person && !(i > from && opens(i)) {
            if !p.in_quote[i] && is_pronoun(p, i) {
                if let Some(g) = gender_word(p, i).filter(|_| !object_of_verb(p, from, i)) {
                    v[2].add(g);
                    let n = &mut pronouns[m.entity][usize::from(g == Gender::Male)];
                    *n = n.saturating_add(1);
                }
                break;
            }
            i += 1;
        }
    }
    ents.iter()
        .zip(&said)
        .zip(&pronouns)
        .map(|((e, v), &pronouns)| {
            if e.kind != EntityKind::Person {
                return None;
            }
            let first = e
                .name
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase();
            let by_name = (e.name.split_whitespace().count() >= 2)
                .then(|| LEX.given_names.get(first.as_str()).copied())
                .flatten()
                .filter(|&g| !pronouns_outvote_name(g, pronouns));
            // "President Trump", "Netanyahu": a public figure named by the surname alone, as
            // news names them, is of the figure's gender (`data/public_figures.txt`). Last,
            // since anything the article says of the person is worth more.
            let surname = e.name.split_whitespace().next_back().unwrap_or("");
            let by_figure = LEX
                .public_figures
                .get(deunicode::deunicode(surname).to_lowercase().as_str())
                .copied();
            // The first cue that speaks with one voice decides; a cue that says both ends it.
            let order = [
                v[0],
                v[1],
                Vote(by_name, false),
                v[3],
                v[2],
                Vote(by_figure, false),
            ];
            for vote in order {
                if vote.1 {
                    return None;
                }
                if vote.0.is_some() {
                    return vote.0;
                }
            }
            None
        })
        .collect()
}

/// "Ruby Chen … waiting to hear from his child. Ruby said that he …": a name's usual gender
/// is only a guess about this person; two pronouns of the article that follow the person's
/// mentions and agree, with none against them, outweigh it (the pronoun cue then decides).
fn pronouns_outvote_name(by_name: Gender, [female, male]: [u8; 2]) -> bool {
    match by_name {
        Gender::Female => male >= 2 && female == 0,
        Gender::Male => female >= 2 && male == 0,
    }
}
