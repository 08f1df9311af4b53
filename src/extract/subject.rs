//! The subject of a reporting verb: who "said", "told" or "added" in the clause before it.
//!
//! The subject is the first name, pronoun or unnamed source of the clause before the verb,
//! skipping names used as modifiers ("Hamas senior official", "Trump's envoy") and an
//! apposition between commas ("Abu Marzouk, a senior official, told"). A participle
//! ("…, saying") takes the subject of its main clause; a pronoun or a short definite noun
//! phrase ("the envoy", "the South Carolina Republican") the person last named.

mod after;
mod apposed;
mod gerund;
mod head;
mod posted;
mod scene;
mod signed;
mod time_clause;

use super::attribution::{Ctx, Who, tok_at};
use super::candidate::candidate;
use super::definite::definite_description;
use super::predicate::{addresses, joined_object, main_subject, past_object, predicate};
use super::refer::{Ref, object_relative};
use super::text::{Tok, is_capitalised};
use crate::entity::EntityKind;
use after::INVERTING;
pub(super) use after::after_verb;
use head::{after_reported_clause, opens_apposition};
pub(super) use scene::{INTRO, intro, parenthetical};
use time_clause::in_which;

const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "is",
    "would",
    "will",
    "also",
    "later",
    "then",
    "previously",
    "earlier",
    "again",
    "recently",
    "once",
    "further",
    "did",
    "does",
    "reportedly",
    "publicly",
    "privately",
    "separately",
    "repeatedly",
    "simply",
    "once",
    "told",
    "subsequently",
];

/// The subject of the verb at `v`, looking back to token `lo`.
pub(super) fn subject(
    cx: &Ctx<'_, '_>,
    pi: usize,
    lo: usize,
    v: usize,
    quote_at: usize,
) -> Option<Ref> {
    let p = &cx.paras[pi];
    let mut end = v;
    while end > lo && AUX.contains(&cx.word(pi, end - 1).as_str()) {
        end -= 1;
    }
    let segs = head::segments(p, lo, end);
    let quote_tok = tok_at(p, quote_at);
    // "…agenda, said Basem Naim, moving on": after a comma, "said NAME" is inverted and the
    // name after the verb speaks, not the first name of the clause.
    let named_next = p
        .toks
        .get(v + 1)
        .is_some_and(|t| t.is_word() && is_capitalised(t.text(p.text)));
    if v > lo
        && p.toks[v - 1].is_punct(',')
        && named_next
        && INVERTING.contains(&cx.word(pi, v).as_str())
    {
        let inverted = after_verb(cx, pi, v + 1, p.toks.len(), quote_at);
        if let Some((Who::Entity(e), sure)) = inverted
            && cx.ents[e].kind == EntityKind::Person
        {
            return Some((Who::Entity(e), sure));
        }
    }
    let n = segs.len();
    // "Harris hammered Trump for calling the riot 'a day of love'": after "for", the
    // gerund's subject is the person just before it, not the clause's subject.
    if v >= lo + 2
        && cx.word(pi, v - 1) == "for"
        && cx.word(pi, v).ends_with("ing")
        && let Some(mi) = cx.at[pi][v - 2]
        && cx.ents[cx.mentions[mi].entity].kind == EntityKind::Person
    {
        return Some((Who::Entity(cx.mentions[mi].entity), 0.9));
    }
    // "X posted a warning, writing that …", "X, a farmer, replied to Y by writing": a
    // participle's subject is the clause's subject, not a name in the clause's predicate.
    // "…, while calling Sinema a '…'": a participle after a subordinator is one too, and
    // after a preposition of concession or manner ("…, despite stating that …").
    let by_gerund = v > lo
        && matches!(
            cx.word(pi, v - 1).as_str(),
            "by" | "while" | "when" | "before" | "after" | "despite" | "without"
        );
    // "X basked in the win, striding onstage and exclaiming: '…'": a participle joined by
    // "and" to the one that opens its segment shares that one's subject.
    let (sa, _) = segs[n - 1];
    let joined_participle = v > sa + 1
        && cx.word(pi, v - 1) == "and"
        && cx.word(pi, sa).ends_with("ing")
        && p.toks[sa].is_word()
        && !is_capitalised(p.toks[sa].text(p.text));
    let participle = segs[n - 1].0 == segs[n - 1].1 || by_gerund || joined_participle;
    // "Pell reported that Morrow conceded and responded by saying '…'": a participle after
    // "by" or "while" belongs to the verb right before it, inside the reported clause.
    if by_gerund && let Some(e) = gerund::reported_subject(cx, pi, segs[n - 1].0, v) {
        return Some((Who::Entity(e), 0.85));
    }
    // "A accused Kabul of harbouring militants, while Afghanistan has countered the claim
    // by condemning '…'": a clause of contrast has a subject of its own, which speaks (a
    // country as well as a person), never the main clause's.
    let (sa, sb) = segs[n - 1];
    if n >= 2
        && matches!(cx.word(pi, sa).as_str(), "while" | "whereas")
        && sb > sa + 1
        && !cx.word(pi, sa + 1).ends_with("ing")
    {
        // Past an owner: "while China's Fu Cong described …" is Fu Cong's.
        let own = (sa + 1..sb)
            .filter_map(|i| cx.at[pi][i])
            .map(|mi| cx.mentions[mi])
            .find(|m| p.toks.get(m.t1).is_none_or(|t| t.kind != Tok::Possessive))
            .map(|m| m.entity);
        return Some(own.map_or((Who::Unnamed, 1.0), |e| (Who::Entity(e), 0.85)));
    }
    // "Trump should reject the plan, said Basem Naim, calling for …": the participle's
    // subject is the speaker of an inverted "said NAME" segment before it.
    if n >= 2 && participle && cx.word(pi, v).ends_with("ing") {
        let inverted = segs[..n - 1].iter().rev().find_map(|&(a, b)| {
            (b > a + 1 && INVERTING.contains(&cx.word(pi, a).as_str()))
                .then(|| after_verb(cx, pi, a + 1, b, quote_at))
                .flatten()
        });
        if let Some((Who::Entity(e), sure)) = inverted
            && cx.ents[e].kind == EntityKind::Person
        {
            return Some((Who::Entity(e), sure));
        }
    }
    if n >= 2
        && participle
        && cx.word(pi, v).ends_with("ing")
        && let Some(e) = gerund::shown_doing(cx, pi, lo, v)
    {
        return Some((Who::Entity(e), 0.85));
    }
    if gerund::after_agent(cx, pi, segs[n - 1].0, v)
        || gerund::crowd_doing(cx, pi, segs[n - 1].0, v)
    {
        return Some((Who::Unnamed, 0.9));
    }
    if n >= 2 && participle && cx.word(pi, v).ends_with("ing") {
        // "X's speech was not warm, and he took a jab at Y, declaring: '…'": a clause joined
        // by "and" or "but" has a subject of its own, after the conjunction.
        let joined = |a: usize| matches!(cx.word(pi, a).as_str(), "and" | "but");
        let kept: Vec<(usize, usize)> = segs
            .iter()
            .map(|&(a, b)| (a + usize::from(a < b && joined(a)), b))
            .filter(|&(a, _)| !intro(cx, pi, a))
            .collect();
        // "A sent the list, but it was B that confirmed it, saying …": a clause after "but"
        // has its own subject, and the participle after it is that clause's.
        let but = segs[..n - 1]
            .iter()
            .rev()
            .find(|&&(a, b)| a < b && cx.word(pi, a) == "but")
            .map(|&(a, _)| a);
        let pick = |kept: &[(usize, usize)]| {
            kept.iter().enumerate().find_map(|(k, &(a, b))| {
                let found = candidate(cx, pi, a, b, quote_tok)?;
                // "X's special envoy, Y, has reassured …, saying": a description named by
                // the apposition after it is that person.
                if matches!(found.0, Who::Unnamed | Who::Anonymous(_))
                    && let Some(&(na, nb)) = kept.get(k + 1)
                    && let Some(mi) = cx.at[pi][nb.saturating_sub(1)]
                    && (cx.mentions[mi].t0, cx.mentions[mi].t1) == (na, nb)
                    && speaker_kind(cx, mi)
                {
                    return Some((Who::Entity(cx.mentions[mi].entity), 1.0));
                }
                Some(found)
            })
        };
        // "The two sides agreed a truce, mediators announced, saying …": a short clause of
        // report set off after the clause it reports tells who spoke; the participle after
        // it is that reporter's, named or not, never the reported clause's subject.
        if let [.., _, (a, b), _] = kept[..]
            && (2..=4).contains(&(b - a))
            && cx.reports(pi, b - 1)
            // A verb, not a noun: "…, posted a warning, writing …" goes on with its subject.
            && !cx.word(pi, b - 1).ends_with("ing")
            && !matches!(cx.word(pi, b - 2).as_str(), "a" | "an" | "the" | "his" | "her" | "its")
            && (a..b - 1).all(|i| p.toks[i].is_word() && !p.in_quote[i])
        {
            return candidate(cx, pi, a, b - 1, quote_tok).or(Some((Who::Unnamed, 1.0)));
        }
        // Only a name found there: "…, but it left the door open, saying" is still the
        // first clause's subject speaking.
        let after_but = but
            .and_then(|t| pick(&kept[kept.partition_point(|&(a, _)| a <= t)..]))
            .filter(|r| matches!(r.0, Who::Entity(_)));
        return after_but
            .or_else(|| but.and_then(|t| gerund::body_after_but(cx, pi, lo, t, v)))
            .or_else(|| pick(&kept));
    }
    if n >= 2 && segs[n - 1].0 == segs[n - 1].1 {
        return apposed::apposed(cx, pi, lo, &segs, quote_tok);
    }
    let (mut a, b) = segs[n - 1];
    // "A said “…” and an official said": the second clause's own subject, or no one.
    if let Some(s) = after_reported_clause(cx, pi, a, b) {
        return candidate(cx, pi, s, b, quote_tok)
            .or_else(|| definite_description(cx, pi, s, b, quote_tok))
            .or(Some((Who::Unnamed, 1.0)));
    }
    // "She recounted that her father asked: '…'": a reporting verb inside the clause an
    // outer one's "that" opens has that clause's subject, a short noun phrase, never the
    // outer speaker. Not a verb after a modal ("countered that the governor will say '…'"),
    // which tells what someone would do, not words they said.
    let told = |j: usize| {
        let w = cx.word(pi, j);
        cx.reports(pi, j)
            && (w.ends_with("ed") || matches!(w.as_str(), "said" | "says" | "told" | "wrote"))
    };
    if end == v
        && let Some(j) = (a + 1..b.saturating_sub(1))
            .rev()
            .find(|&j| cx.word(pi, j) == "that" && told(j - 1))
        && b - j <= 4
        && (j + 1..b).all(|i| !p.in_quote[i] && !cx.reports(pi, i))
        && matches!(cx.word(pi, j + 1).as_str(), "his" | "her" | "their" | "the")
    {
        return candidate(cx, pi, j + 1, b, quote_tok)
            .or_else(|| definite_description(cx, pi, j + 1, b, quote_tok))
            .or(Some((Who::Unnamed, 1.0)));
    }
    if let Some(r) = head::which_subject(cx, pi, a, b, quote_tok) {
        return Some(r);
    }
    // "Qatar said X would travel … as a foreign ministry spokesman said": a clause of time
    // or manner right before the verb has its own subject, after the conjunction. So has
    // a free relative ("…, working on what the official called '…'").
    if let Some(j) = (a + 1..b.saturating_sub(1))
        .rev()
        .find(|&j| {
            matches!(
                cx.word(pi, j).as_str(),
                "as" | "while" | "when" | "because" | "what"
            ) || in_which(cx, pi, j)
        })
        .filter(|&j| (j + 1..b).all(|k| !cx.reports(pi, k)) && p.toks[j - 1].is_word())
        .filter(|&j| !matches!(cx.word(pi, j - 1).as_str(), "such" | "just" | "so"))
    {
        if let Some(r) = time_clause::pronoun_of_main(cx, pi, a, j) {
            return Some(r);
        }
        a = j + 1;
    }
    // "When Cllr Ward tried to cut in Cllr Moss said:": a clause of time opening the
    // segment whose comma is missing; its subject comes before its own verb, so a person
    // named right before the reporting verb is the main clause's subject.
    if matches!(
        cx.word(pi, a).as_str(),
        "when" | "while" | "as" | "after" | "before" | "because" | "although" | "once"
    ) && let Some(mi) = cx.at[pi][b.saturating_sub(1)]
        && cx.mentions[mi].t1 == b
        && cx.mentions[mi].t0 > a + 2
        && cx.ents[cx.mentions[mi].entity].kind == EntityKind::Person
        && !p.toks[cx.mentions[mi].t0 - 1].is_punct(',')
        && !matches!(
            cx.word(pi, cx.mentions[mi].t0 - 1).as_str(),
            "and" | "or" | "of" | "by" | "with" | "to"
        )
    {
        return Some((Who::Entity(cx.mentions[mi].entity), 0.85));
    }
    // "… as Claudia Milne, senior vice president for CBS News explained": an apposition
    // whose closing comma is missing; the name before it speaks.
    if n >= 2
        && a < b
        && (opens_apposition(cx, pi, a) || head::of_place(cx, pi, a, b))
        && let Some(mi) = cx.at[pi][segs[n - 2].1 - 1]
        && cx.mentions[mi].t1 == segs[n - 2].1
        && cx.ents[cx.mentions[mi].entity].kind == EntityKind::Person
    {
        return Some((Who::Entity(cx.mentions[mi].entity), 0.9));
    }
    if n >= 2
        && let Some(e) = head::titled_apposition(cx, pi, segs[n - 2], a, b)
            .or_else(|| head::owned_apposition(cx, pi, segs[n - 2], a, b))
            .or_else(|| head::kin_of_apposition(cx, pi, segs[n - 2], a, b))
    {
        return Some((Who::Entity(e), 0.9));
    }
    // "A was introduced by party chairwoman B who told supporters they can '…'": "who"
    // right before the verb (an adverb or auxiliary between at most) is the name right
    // before it, never the main clause's subject.
    if end >= lo + 2
        && cx.word(pi, end - 1) == "who"
        && let Some(mi) = cx.at[pi][end - 2]
        && cx.mentions[mi].t1 == end - 1
        && speaker_kind(cx, mi)
    {
        return Some((Who::Entity(cx.mentions[mi].entity), 0.95));
    }
    // "Mr Biden, who his father said '…'": a "who" with a subject of its own after it is
    // that clause's object; the noun phrase after it speaks, never the name before it.
    if object_relative(p, a) && cx.word(pi, a) == "who" && a + 1 < b {
        return candidate(cx, pi, a + 1, b, quote_tok)
            .or_else(|| definite_description(cx, pi, a + 1, b, quote_tok));
    }
    // "…from opposition leader Yair Lapid, who accused …": "who" is the name before it.
    if cx.word(pi, a) == "who"
        && a >= 2
        && p.toks[a - 1].is_punct(',')
        && let Some(mi) = cx.at[pi][a - 2]
        && speaker_kind(cx, mi)
    {
        return Some((Who::Entity(cx.mentions[mi].entity), 1.0));
    }
    // "Senator A, a Republican of Montana, who serves on the B Committee told …": past an
    // apposition, "who" is the name before that; whatever the relative clause names (its
    // closing comma missing) is no subject.
    if cx.word(pi, a) == "who"
        && n >= 3
        && p.toks[a - 1].is_punct(',')
        && {
            // The apposition: a short noun phrase opened by an article, no verb of saying.
            let (x, y) = segs[n - 2];
            matches!(cx.word(pi, x).as_str(), "a" | "an" | "the")
                && y - x <= 8
                && (x..y).all(|i| !cx.reports(pi, i))
        }
        && let Some(mi) = cx.at[pi][segs[n - 3].1.saturating_sub(1)]
        && cx.mentions[mi].t1 == segs[n - 3].1
        && speaker_kind(cx, mi)
    {
        return Some((Who::Entity(cx.mentions[mi].entity), 0.9));
    }
    if n >= 2
        && predicate(cx, pi, a)
        && let Some(&head) = segs[..n - 1]
            .iter()
            .find(|&&(x, _)| !INTRO.contains(&cx.word(pi, x).as_str()))
        && let Some(e) = gerund::after_object_phrase(cx, pi, head, a, b, v)
    {
        return Some((Who::Entity(e), 0.9));
    }
    // "Keller, in the letter, told the premier she was writing because '…'": a verb phrase
    // of telling opens the segment, so the one told comes right after it, never the speaker.
    if n >= 2 && predicate(cx, pi, a) && addresses(&cx.word(pi, a)) {
        let past = past_object(cx, pi, a + 1, b);
        return candidate(cx, pi, past, b, quote_tok)
            .or_else(|| main_subject(cx, pi, &segs[..n - 1]));
    }
    // "The masked man, …, identifies Y and says": Y is the object of the first predicate.
    if let Some(r) = joined_object(cx, pi, &segs, end) {
        return Some(r);
    }
    candidate(cx, pi, a, b, quote_tok)
        .or_else(|| definite_description(cx, pi, a, b, quote_tok))
        .or_else(|| {
            (n >= 2 && predicate(cx, pi, a))
                .then(|| main_subject(cx, pi, &segs[..n - 1]))
                .flatten()
        })
        .or_else(|| {
            // "Dolan did not seek the endorsement, but said he '…'": a predicate joined by
            // "but" or "and" shares the subject of the clause before it.
            let joined = n >= 2
                && matches!(cx.word(pi, a).as_str(), "but" | "and" | "yet")
                && (a + 1 == b || predicate(cx, pi, a + 1));
            // "'…,' an apparent jab at Y, and then said": a phrase that describes the
            // quotation is not the clause's subject.
            let (hs, he) = segs[..n - 1].iter().copied().find(|&(x, y)| {
                !INTRO.contains(&cx.word(pi, x).as_str()) && !parenthetical(cx, pi, x, y)
            })?;
            joined
                .then(|| candidate(cx, pi, hs, he, quote_tok))
                .flatten()
        })
}

pub(super) fn speaker_kind(cx: &Ctx<'_, '_>, mi: usize) -> bool {
    cx.ents[cx.mentions[mi].entity].kind != EntityKind::Place
}
