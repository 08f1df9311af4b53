//! A short definite noun phrase as the subject of a reporting verb ("the envoy said", "the
//! father added", "Edan's father said"): the person named before whom the article described
//! so (`refer`), or no one when that is not sure.

use super::attribution::{Ctx, Who};
use super::lexicon::LEX;
use super::refer::{OFFICE_MODIFIERS, Ref, demonym_in, head_gender, office_at};
use super::text::Tok;

/// "the South Carolina Republican said", "the father added": a short definite noun phrase
/// right before the verb points back to a person named before (`refer`).
pub(super) fn definite_description(
    cx: &Ctx<'_, '_>,
    pi: usize,
    a: usize,
    b: usize,
    quote_tok: usize,
) -> Option<Ref> {
    // "When the reporter asked — '…'": a clause of time or cause that opens the span has the
    // description right after its conjunction.
    let w = cx.word(pi, a);
    let opens_clause = b > a + 2
        && LEX.subordinators.contains(w.as_str())
        && !matches!(w.as_str(), "if" | "unless" | "whether");
    described_as(cx, pi, a + usize::from(opens_clause), b, quote_tok, true)
}

/// "The Trump envoy also raised hopes …": a definite description that opens a sentence of
/// narration, read only as a person the article described so — never as whoever was named
/// last, since nothing in the sentence says it speaks.
pub(super) fn described_subject(
    cx: &Ctx<'_, '_>,
    pi: usize,
    a: usize,
    b: usize,
    quote_tok: usize,
) -> Option<Ref> {
    (cx.word(pi, a) == "the")
        .then(|| described_as(cx, pi, a, b, quote_tok, false))
        .flatten()
}

/// The person a short noun phrase describes; `or_last` lets a description no one was given
/// ("the Texan") mean the person last named.
fn described_as(
    cx: &Ctx<'_, '_>,
    pi: usize,
    a: usize,
    b: usize,
    quote_tok: usize,
    or_last: bool,
) -> Option<Ref> {
    // The head noun: the last word, or the word before "of" ("the families of the hostages").
    let of = (a..b).find(|&i| cx.word(pi, i) == "of");
    let head_at = of.unwrap_or(b).checked_sub(1)?;
    let head = cx.word(pi, head_at);
    let org_like = matches!(
        head.as_str(),
        "family"
            | "relatives"
            | "parents"
            | "families"
            | "group"
            | "movement"
            | "army"
            | "military"
            | "forum"
            | "organization"
            | "organisation"
            | "agency"
            | "administration"
            | "campaign"
            | "government"
            | "statement"
            | "office"
            | "ministry"
            | "report"
            | "document"
    ) || LEX.speaking_bodies.contains(head.as_str())
        // "the 20-point plan calls for '…'": a thing written is no person described.
        || LEX.written_messages.contains(head.as_str())
        || {
            // "the fund", "the union", "the council": a word that ends an organisation's name.
            let mut cap = head.clone();
            if let Some(first) = cap.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            LEX.org_cues.contains(cap.as_str())
        };
    let p = &cx.paras[pi];
    let the = (a..b).find(|&i| !p.in_quote[i])?;
    // A head that may be an unnamed source ("the envoy") is read only as someone the
    // article described so (`or_last` off), never as whoever was named last.
    if b - the > 5 || org_like || or_last && LEX.anon_heads.contains(head.as_str()) {
        return None;
    }
    // "The group added that it had confirmed …": a span that holds a reporting verb is a
    // clause, its subject before the verb ("the group", a body), not a description of a
    // person named before.
    if (the..b).any(|i| !p.in_quote[i] && cx.reports(pi, i)) {
        return None;
    }
    // "the candidates scolded each other: '…'", "the two men said": several people, so no
    // one of them is the speaker, least of all whoever was named last.
    if or_last && the < head_at && plural(cx, pi, head_at) {
        return Some((Who::Unnamed, 1.0));
    }
    // "his grandfather said": a relation owned by a pronoun is the one person the article
    // introduced with that relation ("His grandfather, Moti, …"), never the owner nor
    // whoever was named last; with no such person, no one.
    if head_at == the + 1
        && matches!(cx.word(pi, the).as_str(), "his" | "her" | "their")
        && LEX.kin.contains(head.as_str())
    {
        return cx
            .described(pi, the, &head)
            .or_else(|| one_of_couple(cx, pi, the, &head));
    }
    if cx.word(pi, the) == "the" || headline_style(cx, pi, the, head_at) {
        // "the Cambodian prime minister said": the nationality picks among those with the
        // title, and never means one whose title names another.
        let demonym = demonym_in(cx, pi, the, head_at);
        if let Some(r) = cx.national_leader(pi, the, head_at, demonym) {
            return r;
        }
        let office = office_at(cx, pi, head_at);
        if let Some(r) = cx.party_description(pi, the, head_at, &office, demonym) {
            return Some(r);
        }
        let described = cx.described_of(pi, the, &office, demonym);
        // "the Israeli woman said", "the father added": a head noun that tells a gender
        // never means a person of the other one, and without a person the article described
        // so, only the one person lately named who may be of that gender (`refer::gendered`).
        let gender = head_gender(&head);
        let described = described.filter(|r| gender.is_none_or(|g| cx.agrees(r, g)));
        if LEX.kin.contains(head.as_str()) || !or_last || ranked(&office) {
            return described;
        }
        // "A reporter asked the chief … ¶ The reporter said, '…'": a head the article brought
        // in unnamed ("a reporter") and gave no one named is that unnamed one again, never
        // whoever was named last.
        if described.is_none() && cx.unnamed_before(pi, the, &head) {
            return Some((Who::Unnamed, 1.0));
        }
        let last = || match gender {
            Some(g) => cx.only_one_of(pi, the, g),
            None => cx.last_described(pi, the),
        };
        return cx.of_demonym(described.or_else(last), demonym);
    }
    // "Edan's father said": the person last named who is not Edan.
    let mi = cx.at[pi][the]?;
    let m = cx.mentions[mi];
    let kin_of = p.toks.get(m.t1).is_some_and(|t| t.kind == Tok::Possessive)
        && LEX.kin.contains(cx.word(pi, m.t1 + 1).as_str());
    if !kin_of {
        return None;
    }
    let end = cx
        .narrated
        .partition_point(|&(q, t, _, _)| (q, t) < (pi, quote_tok));
    cx.narrated[..end]
        .iter()
        .rev()
        .take(6)
        .find(|x| x.2 != m.entity)
        .map(|x| (Who::Entity(x.2), 0.7))
}

/// "the deputy premier", "the vice president": an office with a rank before it names one
/// holder so precisely that, when the article titled no one so, whoever was named last is
/// no better a guess than anyone (they hold some other office, or none).
pub(super) fn ranked(office: &str) -> bool {
    office
        .split_once(' ')
        .is_some_and(|(m, _)| m != "prime" && OFFICE_MODIFIERS.contains(&m))
}

/// "'…,' Democratic candidate told supporters": a headline or deck drops the article, so a
/// phrase of capitalised modifiers and a title or a contestant's noun in lower case, in a line
/// that ends with no full stop, reads as "the Democratic candidate".
fn headline_style(cx: &Ctx<'_, '_>, pi: usize, from: usize, head_at: usize) -> bool {
    let p = &cx.paras[pi];
    let head = cx.word(pi, head_at);
    let modifiers = (from..head_at).all(|i| {
        p.toks[i].is_word()
            && cx.at[pi][i].is_none()
            && super::text::is_capitalised(p.toks[i].text(p.text))
    });
    let plain_end = p.toks.last().is_some_and(|t| !t.is_punct('.'));
    plain_end
        && modifiers
        && p.toks[head_at].text(p.text) == head
        && (LEX.titles.contains(head.as_str()) || LEX.candidacy.contains(head.as_str()))
}

/// A lower-case noun for several people ("candidates", "rivals", "men", "the two", "the
/// couple").
fn plural(cx: &Ctx<'_, '_>, pi: usize, i: usize) -> bool {
    let p = &cx.paras[pi];
    let w = cx.word(pi, i);
    let lower = p.toks[i].is_word() && !super::text::is_capitalised(p.toks[i].text(p.text));
    let regular = w.len() > 3
        && w.ends_with('s')
        && !["ss", "us", "is", "ics"].iter().any(|e| w.ends_with(e));
    // "the chairmen", "the spokesmen", "the congressmen": a compound of "men".
    let compound = w.len() > 5
        && w.ends_with("men")
        && !["specimen", "abdomen", "regimen", "acumen"].contains(&w.as_str());
    lower
        && (regular
            || compound
            || matches!(
                w.as_str(),
                "men"
                    | "women"
                    | "people"
                    | "children"
                    | "two"
                    | "three"
                    | "both"
                    | "pair"
                    | "couple"
                    | "duo"
                    | "trio"
            ))
}

/// "His grandfather, Moti, …" then "'…,' his grandparents said": a couple speaking as one is
/// the one of them the article named, when it named only one (as "grandfather" or
/// "grandmother"); both or neither named, no one.
fn one_of_couple(cx: &Ctx<'_, '_>, pi: usize, at: usize, plural: &str) -> Option<Ref> {
    let (a, b) = match plural {
        "parents" => ("father", "mother"),
        "grandparents" => ("grandfather", "grandmother"),
        _ => return None,
    };
    match (cx.described(pi, at, a), cx.described(pi, at, b)) {
        (Some(r), None) | (None, Some(r)) => Some((r.0, r.1.min(0.8))),
        _ => None,
    }
}
