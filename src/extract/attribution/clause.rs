//! A few words quoted inside a sentence of narration that has no reporting verb: "When he
//! put down the mower, he saw he had 'missed six calls from the envoy.'", "At the rally, X
//! touched on familiar themes — jobs, borders and 'cleaning up the capital.'" News quotes
//! the subject's own words inside such a sentence, so they are the subject's. And the agent
//! of a passive that names what was said: "was welcomed by the prime minister, X, as '…'".

use super::{Ctx, Who, tok_at};
use crate::entity::EntityKind;
use crate::extract::before::embedded;
use crate::extract::definite::definite_description;
use crate::extract::lexicon::LEX;
use crate::extract::quotes::QuoteSpan;
use crate::extract::refer::Ref;
use crate::extract::refer::party_at;
use crate::extract::subject::{intro, parenthetical};
use crate::extract::text::{Tok, is_capitalised};

/// How sure a speaker is who is only the subject of the sentence the words are quoted in.
const SURE: f32 = 0.7;

/// The person or pronoun that opens the quotation's sentence (after any introductory
/// phrase) as the subject of an active verb, when nothing in the sentence reports speech
/// and no one else is named between the verb and the quotation ("she mocked X's praise of
/// leaders 'who …'" may quote X).
pub(super) fn clause_subject(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    if !embedded(p, q) {
        return None;
    }
    let open = tok_at(p, q.open);
    let mut lo = open;
    while lo > 0 && !p.starts[lo] && open - lo < 60 {
        lo -= 1;
    }
    if !p.starts[lo] || (lo..open).any(|i| p.in_quote[i] || cx.reports(pi, i)) {
        return None;
    }
    // "According to the report, X 'had privately granted …'": the words are the source's,
    // said about X, not X's own.
    if cx.word(pi, lo) == "according" {
        return None;
    }
    // "When he put down the mower, he …", "At the rally, X …": past the scene-setting.
    let mut s = lo;
    // A participle's phrase too ("Addressing the toll of the war, X '…'").
    while intro(cx, pi, s) || cx.word(pi, s).ends_with("ing") {
        s = (s..open).find(|&i| p.toks[i].is_punct(','))? + 1;
    }
    // "Senator X …", "State Senator X …": past the title to the name.
    let title_from = s;
    while s < open
        && s - title_from < 5
        && cx.at[pi][s].is_none()
        && !matches!(cx.word(pi, s).as_str(), "he" | "she")
        && p.toks[s].is_word()
        && (LEX.is_title(p.toks[s].text(p.text)) || is_capitalised(p.toks[s].text(p.text)))
    {
        s += 1;
    }
    let w = cx.word(pi, s);
    let (who, after) = if let Some(mi) = cx.at[pi][s]
        && cx.mentions[mi].t0 == s
        && cx.ents[cx.mentions[mi].entity].kind == EntityKind::Person
    {
        (
            (Who::Entity(cx.mentions[mi].entity), 1.0),
            cx.mentions[mi].t1,
        )
    } else if matches!(w.as_str(), "he" | "she")
        && let Some(g) = LEX.gender_words.get(w.as_str()).copied()
    {
        (cx.pronoun(pi, s, g)?, s + 1)
    } else if let Some((r, k)) = described_head(cx, pi, title_from, open) {
        (r, k)
    } else {
        return None;
    };
    let Who::Entity(e) = who.0 else {
        return None;
    };
    let mut v = after;
    // "Assemblymember X, D-Menlo Park, likens …": past an apposition between commas.
    // A longer one that describes the subject ("X, a Republican who was appointed by Gov.
    // Y last year, voted …") may name another person after a preposition: what is said of
    // the subject, not who acts.
    if p.toks.get(v).is_some_and(|t| t.is_punct(','))
        && let Some(c) = (v + 2..open.min(v + 30)).find(|&i| p.toks[i].is_punct(','))
        && (c < v + 12 || parenthetical(cx, pi, v + 1, c))
        && (v + 1..c).all(|i| {
            cx.at[pi][i].is_none_or(|m| {
                let n = cx.mentions[m].entity;
                let j = cx.title_start(pi, cx.mentions[m].t0, |_| false);
                let governed = c >= v + 12
                    && j > v + 1
                    && matches!(cx.word(pi, j - 1).as_str(), "by" | "of" | "to" | "with");
                n == e || cx.ents[n].kind != EntityKind::Person || governed
            })
        })
    {
        v = c + 1;
    }
    let adverb = |v: usize| {
        matches!(
            cx.word(pi, v).as_str(),
            "also" | "even" | "then" | "again" | "later" | "quickly" | "now" | "still"
        )
    };
    while adverb(v) || matches!(cx.word(pi, v).as_str(), "had" | "has" | "have") {
        v += 1;
    }
    // "X is now demanding …": a progressive is active; "X was told …" is not.
    let copula = matches!(
        cx.word(pi, v).as_str(),
        "was" | "were" | "is" | "are" | "be" | "been" | "being"
    );
    let progressive = copula && {
        let mut j = v + 1;
        while adverb(j) {
            j += 1;
        }
        j < open && cx.word(pi, j).ends_with("ing")
    };
    // "X 'blessed the martyrs' …": the quotation may be the verb phrase itself.
    // "He is an advocate for a return to '…'": a noun of what the subject stands for
    // (`data/stance_nouns.txt`) after the copula quotes the subject's own cause.
    let stance = copula
        && (v + 1..(v + 4).min(open)).any(|j| {
            LEX.stance_nouns.contains(cx.word(pi, j).as_str())
                && matches!(cx.word(pi, j + 1).as_str(), "of" | "for")
                && (v + 1..j)
                    .all(|k| p.toks[k].is_word() && !is_capitalised(p.toks[k].text(p.text)))
        });
    let active = (v == open
        || p.toks
            .get(v)
            .is_some_and(|t| t.is_word() && !is_capitalised(t.text(p.text))))
        && (!copula || progressive || stance);
    // "X had his spokesman restate that '…'": someone else brought in may be the one quoted.
    let someone = (v..open).any(|i| {
        let w = cx.word(pi, i);
        LEX.anon_heads.contains(w.as_str())
            || LEX.lay_heads.contains(w.as_str())
            || LEX.kin.contains(w.as_str())
    });
    // Another person blocks only where their words may be the ones quoted: one whose
    // possession the quotation may be ("X mocked Y's praise of leaders '…'"), or one a
    // relative clause goes on about ("X answered Y, who called it '…'"). A plain object
    // ("congratulated Y on a '…'", "demanded Y apologise for '…'") hears the subject's words.
    let relative = (v..open).any(|i| matches!(cx.word(pi, i).as_str(), "who" | "whose" | "whom"));
    // "X shared a photo of Y's coffin with the words '…'": words attached to what the subject
    // shares are the subject's caption; Y owns only a thing, not the words. Y's own post or
    // letter ("shared Y's letter with the words '…'") may still be what is quoted.
    let captioned = open >= 3
        && matches!(cx.word(pi, open - 1).as_str(), "words" | "caption")
        && cx.word(pi, open - 2) == "the"
        && cx.word(pi, open - 3) == "with";
    let owns_words =
        |t1: usize| !captioned || LEX.written_messages.contains(cx.word(pi, t1 + 1).as_str());
    let other = someone
        || (v..open).any(|i| {
            cx.at[pi][i].is_some_and(|m| {
                let m = cx.mentions[m];
                let n = m.entity;
                let owns =
                    p.toks.get(m.t1).is_some_and(|t| t.kind == Tok::Possessive) && owns_words(m.t1);
                n != e
                    && match cx.ents[n].kind {
                        EntityKind::Organization => true,
                        EntityKind::Person => owns || relative,
                        _ => false,
                    }
            })
        });
    (active && v <= open && !other && !shared_with_other(cx, pi, q, e, v == open))
        .then_some((Who::Entity(e), who.1 * SURE))
}

/// "The Ohio Democrat opened the rally with a vow to '…'": "the" and a few capitalised
/// words opening the sentence, a party's member last, before a lower-case verb describe
/// the person named before (`definite_description`). Gives who, and where the verb is.
fn described_head(cx: &Ctx<'_, '_>, pi: usize, the: usize, open: usize) -> Option<(Ref, usize)> {
    let p = &cx.paras[pi];
    if cx.word(pi, the) != "the" {
        return None;
    }
    let k = (the + 1..open.min(the + 5))
        .find(|&i| !p.toks[i].is_word() || !is_capitalised(p.toks[i].text(p.text)))?;
    // A party's member as the head ("the Ohio Democrat"): a person, not a body ("the
    // White House").
    if k < the + 2 || !p.toks[k].is_word() || party_at(p, k - 1).is_none() {
        return None;
    }
    // Pointing back to the one person lately named, it is as sure as "he" would be there.
    let (who, sure) = definite_description(cx, pi, the, k, open)?;
    Some(((who, if sure >= 0.75 { 0.95 } else { sure }), k))
}

/// "X oversaw the raid 'shoulder to shoulder' with Y": another person named in the clause
/// after the words shares the deed they describe, and the words may be either one's, or
/// a source's account of both: no guess. Where the words are the predicate itself and a
/// name follows them at once ("X 'thanked the volunteers' Y and Z"), that name is the
/// object of the quoted verb, not a partner in the deed.
fn shared_with_other(
    cx: &Ctx<'_, '_>,
    pi: usize,
    q: &QuoteSpan,
    e: usize,
    predicate: bool,
) -> bool {
    let p = &cx.paras[pi];
    let close = tok_at(p, q.outer_end(p.text));
    let person = |m: usize| cx.ents[cx.mentions[m].entity].kind == EntityKind::Person;
    if predicate && cx.at[pi].get(close).copied().flatten().is_some_and(person) {
        return false;
    }
    (close..p.toks.len())
        // Within the sentence: "'… for our state.' And Y, he said, …" names Y in the next.
        .take_while(|&i| {
            !matches!(p.toks[i].kind, Tok::Punct(',' | '.' | ';' | ':'))
                && !p.in_quote[i]
                && !p.starts[i]
        })
        .take(8)
        .any(|i| {
            cx.at[pi][i].is_some_and(|m| {
                let n = cx.mentions[m].entity;
                n != e && cx.ents[n].kind == EntityKind::Person
            })
        })
}

/// "Her release was welcomed by Prime Minister X as '…'", "the plan was dismissed by Y as
/// 'a fantasy'": a past participle, "by", a person or body (titles before it), then "as"
/// right before the quotation ("Sir", "Prime Minister" may come before the name). The agent is the one whose words are quoted.
pub(super) fn passive_agent(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let mut k = tok_at(p, q.open);
    if matches!(cx.word(pi, k.checked_sub(1)?).as_str(), "a" | "an") {
        k -= 1;
    }
    let as_at = k.checked_sub(1).filter(|&i| cx.word(pi, i) == "as")?;
    let mi = cx.at[pi][as_at.checked_sub(1)?]?;
    let m = cx.mentions[mi];
    let agent = matches!(
        cx.ents[m.entity].kind,
        EntityKind::Person | EntityKind::Organization
    );
    if m.t1 != as_at || m.in_quote || !agent {
        return None;
    }
    let j = cx.title_start(pi, m.t0, |_| false);
    (j >= 2 && cx.word(pi, j - 1) == "by" && cx.word(pi, j - 2).ends_with("ed"))
        .then_some((Who::Entity(m.entity), 0.85))
}
