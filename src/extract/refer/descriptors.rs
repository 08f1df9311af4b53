//! The words that describe each person of an article — a title, an apposition's head, a
//! family word — so that "the prime minister said" or "the father said" can find them.

use super::WINDOW;
use super::offices::{OFFICE_MODIFIERS, offices};
use super::relatives::{apposition_words, inside_apposition, object_relative};
use crate::entity::EntityKind;
use crate::extract::Para;
use crate::extract::gender::Gender;
use crate::extract::lexicon::LEX;
use crate::extract::people::{Entity, Mention};
use crate::extract::text::{Tok, is_capitalised};

/// Per entity: the lower-case words that describe it — its title ("prime", "minister"), the
/// head of an apposition after its name (", Edan's father,"), a family word before it ("his
/// mother, Yael") — so "the father said" can find the father.
pub(crate) fn descriptors(
    paras: &[Para<'_>],
    ents: &[Entity],
    mentions: &[Mention],
    genders: &[Option<Gender>],
) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = ents
        .iter()
        .map(|e| {
            e.title
                .as_deref()
                .unwrap_or("")
                .split_whitespace()
                .map(|w| w.trim_end_matches('.').to_lowercase())
                .collect::<Vec<String>>()
        })
        .map(|words| offices(&words))
        .collect();
    for (k, m) in mentions.iter().enumerate() {
        if ents[m.entity].kind != EntityKind::Person || m.in_quote {
            continue;
        }
        let p = &paras[m.para];
        let word = |i: usize| p.toks[i].text(p.text).to_lowercase();
        // "his father, Adi Alexander"; "envoy Steve Witkoff".
        let mut i = m.t0;
        if i >= 1 && p.toks[i - 1].is_punct(',') {
            i -= 1;
        }
        let mut left: Vec<String> = Vec::new();
        // "Ambassador to Russia A", "Special Envoy for Hostage Affairs B": past the office's
        // charge to its title.
        if let Some(t) = charge_before(p, i) {
            i = t;
        }
        while i > 0 && left.len() < 3 && p.toks[i - 1].is_word() {
            let w = word(i - 1);
            if !(LEX.titles.contains(w.as_str())
                || LEX.kin.contains(w.as_str())
                // "Sydney woman Dana Roe": "the woman" later.
                || LEX.gendered_heads.contains_key(w.as_str())
                || OFFICE_MODIFIERS.contains(&w.as_str())
                // "CBS reporter Jane Roe": an occupation no title list holds, in lower
                // case before the name, still describes it ("the reporter asked").
                || LEX.offices.contains(w.as_str())
                || BESIDE_TITLE.contains(&w.as_str()))
            {
                break;
            }
            left.insert(0, w);
            i -= 1;
        }
        // "Yusman fed his daughter Yumni": the one whose child is named is "the father".
        if left.iter().any(|w| CHILDREN.contains(&w.as_str()))
            && let Some(e) = parent_of(paras, ents, mentions, k, i)
        {
            let parent = match genders[e] {
                Some(Gender::Male) => "father",
                Some(Gender::Female) => "mother",
                None => "parent",
            };
            out[e].push(parent.to_string());
        }
        // "Matan … His grandfather, Moti, said": the one the pronoun owns is the grandson.
        if let Some((e, word)) = reciprocal(paras, ents, mentions, k, i, &left) {
            out[e].push(word.to_string());
        }
        let words = &mut out[m.entity];
        words.extend(offices(&left));
        words.extend(office_of_before(p, m.t0));
        // "Republican Jack Doe", "GOP nominee A B": the party before the name or its title.
        words.extend(i.checked_sub(1).and_then(|j| party_at(p, j)));
        // ", Edan's father," / ", the president's son-in-law,": the words after the last
        // possessive, up to the next comma or person.
        // ", who his father said …" is another's clause, not an apposition.
        if p.toks.get(m.t1).is_some_and(|t| t.is_punct(','))
            && !inside_apposition(p, mentions, k)
            && !object_relative(p, m.t1 + 1)
        {
            let stop = mentions
                .get(k + 1)
                .filter(|n| n.para == m.para)
                .map_or(p.toks.len(), |n| n.t0);
            let (from, end) = apposition_words(p, m.t1 + 1, stop.min(m.t1 + 10));
            let apposition: Vec<String> = (from..end)
                .filter(|&j| p.toks[j].is_word())
                .map(word)
                .collect();
            words.extend(offices(&apposition));
            // ", a Republican,", ", the Democratic nominee,".
            words.extend((from..end).filter_map(|j| party_at(p, j)));
        }
    }
    out
}

/// The token after the title of "Ambassador to Russia" or "Envoy for Hostage Affairs" right
/// before token `t0`: capitalised words (and "the", "and") after "to", "for" or "of" that
/// follows a title word.
fn charge_before(p: &Para<'_>, t0: usize) -> Option<usize> {
    let word = |i: usize| p.toks[i].text(p.text).to_lowercase();
    let mut j = t0;
    while j > 0 && t0 - j < 6 && p.toks[j - 1].is_word() {
        let w = word(j - 1);
        if matches!(w.as_str(), "to" | "for" | "of") {
            let charge = j < t0 && is_capitalised(p.toks[j].text(p.text));
            let titled = j >= 2 && LEX.titles.contains(word(j - 2).as_str());
            return (charge && titled).then_some(j - 1);
        }
        if !(is_capitalised(p.toks[j - 1].text(p.text)) || matches!(w.as_str(), "the" | "and")) {
            return None;
        }
        j -= 1;
    }
    None
}

/// Offices held abroad for a state, which a later "the diplomat" points back to
/// (`Ctx::described_people`); "a diplomat" is still a source left unnamed.
pub(in crate::extract) const DIPLOMATIC: &[&str] =
    &["ambassador", "envoy", "consul", "attaché", "chargé"];

/// Trades of the press, which a later "the journalist" points back to: news names a
/// reporter or an anchor so when it does not repeat the word.
pub(in crate::extract) const PRESS: &[&str] = &[
    "reporter",
    "correspondent",
    "anchor",
    "columnist",
    "broadcaster",
];

/// "The Bishop of Lokoja Diocese, Most Rev. A B, …", "the Governor of Kogi State, C D":
/// an office "of" a place or body, set off by a comma before the name at token `t0` (past
/// the name's own title words), describes that name, so "the bishop said" finds A B. Only
/// a title word before "of" counts: "a friend of the mayor, E F" describes no one.
fn office_of_before(p: &Para<'_>, t0: usize) -> Vec<String> {
    let word = |i: usize| p.toks[i].text(p.text).to_lowercase();
    let mut j = t0;
    while j > 0 && t0 - j < 5 {
        let t = &p.toks[j - 1];
        let honorific = t.is_word() && {
            let w = word(j - 1);
            LEX.is_title(&w) || matches!(w.as_str(), "most" | "right" | "very")
        };
        if !(honorific || t.is_punct('.')) {
            break;
        }
        j -= 1;
    }
    if j < 4 || !p.toks[j - 1].is_punct(',') {
        return Vec::new();
    }
    let comma = j - 1;
    // Back over the offices' words: capitalised names, "of", "and", "the", title words and
    // possessives ("the Bishop of Kontagora Diocese and Proprietor of St. Mary's Schools,").
    let mut k = comma;
    while k > 0 && comma - k < 16 && {
        let t = &p.toks[k - 1];
        let w = word(k - 1);
        matches!(t.kind, Tok::Possessive)
            || t.is_word()
                && (is_capitalised(t.text(p.text))
                    || matches!(w.as_str(), "of" | "and" | "the")
                    || LEX.titles.contains(w.as_str()))
    } {
        k -= 1;
    }
    // Every title word right before an "of" with a word after it is an office of the name.
    let mut words = Vec::new();
    for i in (k + 1)..comma {
        if word(i) != "of" || !p.toks[i - 1].is_word() || !p.toks[i + 1].is_word() {
            continue;
        }
        let head = word(i - 1);
        if !LEX.titles.contains(head.as_str()) {
            continue;
        }
        let modifier = i
            .checked_sub(2)
            .filter(|&m| m >= k && p.toks[m].is_word())
            .map(word)
            .filter(|w| OFFICE_MODIFIERS.contains(&w.as_str()));
        words.extend(modifier.into_iter().chain([head]));
    }
    offices(&words)
}

/// The party token `j` names, capitalised as a party's name is ("Republican", "GOP"; not
/// "a democratic vote"), as `data/parties.txt` spells the party.
pub(in crate::extract) fn party_at(p: &Para<'_>, j: usize) -> Option<String> {
    let t = p.toks.get(j).filter(|t| t.is_word())?;
    let w = t.text(p.text);
    if !is_capitalised(w) {
        return None;
    }
    LEX.parties
        .get(w.to_lowercase().as_str())
        .map(|party| (*party).to_string())
}

/// Words news sets before a name beside its title — a candidacy ("Challenger State Senator
/// X", "GOP nominee X") and the level of an office ("state senator") — so that "said the
/// challenger" can find X.
const BESIDE_TITLE: &[&str] = &[
    "challenger",
    "nominee",
    "candidate",
    "incumbent",
    "hopeful",
    "state",
];

/// Family words for a child: the person whose child is named is a parent.
const CHILDREN: &[&str] = &[
    "son",
    "daughter",
    "sons",
    "daughters",
    "child",
    "children",
    "kids",
];

/// The person named before mention `k` in the same sentence (outside quotations), whose
/// child the family word before token `from` makes mention `k`: "Gule … his daughter Yumni",
/// "Gule's daughter Yumni".
fn parent_of(
    paras: &[Para<'_>],
    ents: &[Entity],
    mentions: &[Mention],
    k: usize,
    from: usize,
) -> Option<usize> {
    let m = mentions[k];
    let p = &paras[m.para];
    let prev = person_before(ents, mentions, k)?;
    let same_sentence = (prev.t1..=from.min(p.toks.len() - 1)).all(|i| !p.starts[i]);
    same_sentence.then_some(prev.entity)
}

/// The family word for the owner of "his KIN, NAME" / "her KIN NAME", by the owner's
/// pronoun: "his grandfather" makes the owner a grandson, "her mother" a daughter.
fn kin_of_owner(kin: &str, his: bool) -> Option<&'static str> {
    let (m, f) = match kin {
        "grandfather" | "grandmother" | "grandparents" | "grandparent" => {
            ("grandson", "granddaughter")
        }
        "father" | "mother" | "parents" | "parent" => ("son", "daughter"),
        "brother" | "sister" => ("brother", "sister"),
        "uncle" | "aunt" => ("nephew", "niece"),
        "wife" => ("husband", ""),
        "husband" => ("", "wife"),
        _ => return None,
    };
    Some(if his { m } else { f }).filter(|w| !w.is_empty())
}

/// "Matan Angrest came home. His grandfather, Moti, …": the person a family word owned by
/// "his" or "her" (at token `from`, before mention `k`) is about — the last person named
/// before it in the paragraph, outside quotations — and the family word that makes of them
/// ("grandson"), so "his grandson told him" can find Matan.
fn reciprocal(
    paras: &[Para<'_>],
    ents: &[Entity],
    mentions: &[Mention],
    k: usize,
    from: usize,
    left: &[String],
) -> Option<(usize, &'static str)> {
    let m = mentions[k];
    let p = &paras[m.para];
    let kin = left.first().filter(|w| LEX.kin.contains(w.as_str()))?;
    let his = match p.toks[from.checked_sub(1)?].text(p.text) {
        "his" | "His" => true,
        "her" | "Her" => false,
        _ => return None,
    };
    let word = kin_of_owner(kin, his)?;
    Some((person_before(ents, mentions, k)?.entity, word))
}

/// The last other person named before mention `k` in its paragraph, outside quotations.
fn person_before<'m>(ents: &[Entity], mentions: &'m [Mention], k: usize) -> Option<&'m Mention> {
    let m = mentions[k];
    mentions[..k]
        .iter()
        .rev()
        .take_while(|n| n.para == m.para)
        // Bounded, so a paragraph of thousands of names stays linear.
        .take(WINDOW * 2)
        .find(|n| !n.in_quote && n.entity != m.entity && ents[n.entity].kind == EntityKind::Person)
}
