//! A name inside the clause that modifies an unnamed subject: "the group representing
//! families of those kidnapped by Hamas said", "a coalition backed by Iran said". The group
//! speaks, unnamed; the name only tells which group it is.

use crate::entity::EntityKind;
use crate::extract::attribution::Ctx;
use crate::extract::lexicon::LEX;
use crate::extract::subject::speaker_kind;
use crate::extract::text::{Tok, is_capitalised};

/// Participles in -ing that stand before a noun as adjectives ("the ruling party"), not
/// after one as a clause.
const ADJECTIVAL: &[&str] = &[
    "ruling",
    "governing",
    "leading",
    "outgoing",
    "incoming",
    "acting",
    "visiting",
    "sitting",
    "serving",
    "reigning",
    "founding",
    "presiding",
    "opposing",
    "remaining",
    "striking",
    "missing",
    "working",
    "neighbouring",
    "neighboring",
    "ongoing",
    "upcoming",
    "long-standing",
    "longstanding",
];

/// Whether the name at token `t0` sits in a participle clause after the lower-case head of
/// a determiner's noun phrase opening `a..` ("the group representing …", "a militia backed
/// by …"): that head is the subject, and names no one.
pub(super) fn in_postmodifier(cx: &Ctx<'_, '_>, pi: usize, a: usize, t0: usize) -> bool {
    let p = &cx.paras[pi];
    if !matches!(cx.word(pi, a).as_str(), "the" | "a" | "an") || t0 < a + 3 {
        return false;
    }
    let lower = |j: usize| p.toks[j].is_word() && !is_capitalised(p.toks[j].text(p.text));
    // The head and at most one word before it: lower-case, no title ("the prime minister
    // visiting …" is a person described), no possessive.
    let head_ok = |j: usize| lower(j) && !LEX.titles.contains(cx.word(pi, j).as_str());
    (a + 2..(a + 4).min(t0)).any(|j| {
        let w = cx.word(pi, j);
        // "a source working for SIM": an adjectival participle that takes a preposition
        // is a clause after the head all the same ("the working group" is not).
        let takes_preposition = matches!(
            cx.word(pi, j + 1).as_str(),
            "for" | "with" | "at" | "in" | "on" | "inside" | "near"
        );
        let participle = w.ends_with("ing")
            && (!ADJECTIVAL.contains(&w.as_str()) || takes_preposition)
            || w.ends_with("ed") && cx.word(pi, j + 1) == "by";
        lower(j)
            && participle
            && (a + 1..j).all(|k| head_ok(k) && p.toks[k].kind != Tok::Possessive)
    })
}

/// "former SEC chairman Harvey Pitt told", "White House national security adviser Mike
/// Waltz said", "the Senate minority leader X said", "Ministry of National Defense
/// spokesperson Maly Socheata said": a body's name, a few words of the office ending on a
/// title, and the name that holds it. The body only says where the office is held; the holder speaks. Between body and title only words
/// of an office (capitalised, a rank, a portfolio, a title, "of"), never a verb, so "Israel
/// welcomed envoy X" keeps Israel the subject. `from` is the token after the body's name.
pub(super) fn body_before_title(cx: &Ctx<'_, '_>, pi: usize, from: usize, b: usize) -> bool {
    let p = &cx.paras[pi];
    let mut j = from;
    while j < b && j < from + 7 {
        if let Some(n) = cx.at[pi][j] {
            let m = cx.mentions[n];
            let titled = j > from && LEX.titles.contains(cx.word(pi, j - 1).as_str());
            if titled && m.t0 == j && speaker_kind(cx, n) {
                return true;
            }
            if cx.ents[m.entity].kind == EntityKind::Person || m.t0 != j {
                return false;
            }
            j = m.t1;
            continue;
        }
        // "RFE/RL President": one body by two names.
        if p.toks[j].is_punct('/') && cx.at[pi].get(j + 1).is_some_and(|m| m.is_some()) {
            j += 1;
            continue;
        }
        let w = cx.word(pi, j);
        // "President & CEO", "Chairman and Chief Executive": two titles joined are one office.
        let title = |k: usize| LEX.titles.contains(cx.word(pi, k).as_str());
        let joins_titles = (w == "and" || p.toks[j].is_punct('&')) && j > from && title(j - 1);
        if joins_titles && j + 1 < b && (title(j + 1) || cx.word(pi, j + 1) == "chief") {
            j += 1;
            continue;
        }
        let office = LEX.titles.contains(w.as_str())
            || LEX.portfolio.contains(w.as_str())
            || LEX.office_ranks.contains(w.as_str())
            || matches!(w.as_str(), "of" | "for")
            // "The Senate minority leader X": the side of a chamber its leader or whip heads.
            || matches!(w.as_str(), "minority" | "majority");
        let capital = p.toks[j].is_word() && is_capitalised(p.toks[j].text(p.text));
        // "UN climate chief A B": a field in lower case right after the body's name and right
        // before the title is the office's; never a verb that takes a person ("met envoy A").
        let field = j == from
            && p.toks[j].is_word()
            && title(j + 1)
            && !w.ends_with("ed")
            && !LEX.person_object_verbs.contains(w.as_str())
            && !LEX.stopwords.contains(w.as_str());
        if !p.toks[j].is_word() || cx.reports(pi, j) || !(office || capital || field) {
            return false;
        }
        j += 1;
    }
    false
}
