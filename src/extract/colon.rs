//! A quotation announced by a sentence of narration that ends in a colon, with no reporting
//! verb: "On taxes, Kell, who lost the endorsement, made things clear: '…'". News writes a
//! speaker's stance and then their words after the colon; the one who speaks is the subject
//! of that sentence.
//!
//! Only the plain shape is read, so a speaker the sentence does not settle stays unnamed: the
//! subject must open the main clause (after introductory phrases such as "But on Trump,"),
//! nobody else may be named between the subject and the colon, and what the subject does may
//! not be owned by another ("Kell read out Voss's letter: '…'", "Kell quoted the senator's
//! letter: '…'" are someone else's words, or nobody's that we can tell).
//!
//! A sentence about someone's answer announces their words the same way, after a colon or a
//! question mark: "Huffman's response? '…'", "Her reply: '…'" (`owned_answer`).

use super::attribution::{Ctx, Who, tok_at};
use super::gender::Gender;
use super::lexicon::LEX;
use super::quotes::QuoteSpan;
use super::refer::Ref;
use super::subject::INTRO;
use super::text::{Tok, is_capitalised};
use crate::entity::EntityKind;

/// Words for the held that stand before a name as a title ("Former hostage Kell").
const HELD: &[&str] = &["hostage", "captive", "prisoner", "detainee", "survivor"];

/// Words that join a main clause to what came before ("But Kell made it clear: …"); the
/// clause after them is still the main clause.
const JOINS: &[&str] = &["but", "and", "yet", "so"];

/// Opening words of a segment that describes the subject rather than acting: a relative
/// clause or an apposition ("Kell, who lost the endorsement,").
const DESCRIBES: &[&str] = &["who", "whose", "a", "an", "the", "then", "now", "once"];

/// The speaker of a quotation that opens right after a colon ending a sentence of narration.
pub(super) fn colon_subject(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    let colon = open.checked_sub(1)?;
    if p.in_quote[colon] {
        return None;
    }
    let ends = |c: char| p.toks[colon].is_punct(c);
    if (ends(':') || ends('?'))
        && let Some(r) = owned_answer(cx, pi, colon)
    {
        return Some(r);
    }
    if !ends(':') {
        return None;
    }
    // The sentence before the colon, all narration.
    let mut lo = colon;
    while lo > 0 && (!p.starts[lo] || p.in_quote[lo]) {
        lo -= 1;
        if p.in_quote[lo] || colon - lo > 60 {
            return None;
        }
    }
    if lo == colon || (lo..colon).any(|i| cx.reports(pi, i)) {
        return None;
    }
    if let Some(r) = crowd_voice(cx, pi, lo, colon) {
        return Some(r);
    }
    // Segments between commas; introductory phrases are skipped.
    let mut segs = Vec::new();
    let mut s = lo;
    for i in lo..colon {
        if p.toks[i].is_punct(',') {
            segs.push((s, i));
            s = i + 1;
        }
    }
    segs.push((s, colon));
    main_subject(cx, pi, &segs).or_else(|| hung_subject(cx, pi, &segs))
}

/// The speaker as the subject opening the main clause of the colon's sentence, split into
/// comma segments `segs`.
fn main_subject(cx: &Ctx<'_, '_>, pi: usize, segs: &[(usize, usize)]) -> Option<Ref> {
    let p = &cx.paras[pi];
    let colon = segs.last()?.1;
    let word = |i: usize| cx.word(pi, i);
    let main = segs.iter().position(|&(a, b)| {
        let a = if a < b && JOINS.contains(&word(a).as_str()) {
            a + 1
        } else {
            a
        };
        a < b && !INTRO.contains(&word(a).as_str())
    })?;
    let (a, b) = segs[main];
    let a = if JOINS.contains(&word(a).as_str()) {
        a + 1
    } else {
        a
    };
    // The subject opens the clause, after at most a title ("Sen. Kell", "former Gov. Kell"),
    // or follows "was" in a clause that opens on "among" ("Among the speakers was Kell"),
    // or is the name set off after an office that opens it ("Chad's envoy, Kell, was blunt:").
    let among = (word(a) == "among")
        .then(|| (a + 1..b).find(|&i| matches!(word(i).as_str(), "was" | "were" | "is")))
        .flatten();
    let (main, (who, subject_end)) = subject_at(cx, pi, among.map_or(a, |i| i + 1), b)
        .map(|s| (main, s))
        .or_else(|| office_apposed(cx, pi, segs, main).map(|s| (main + 1, s)))?;
    let b = segs[main].1;
    // The predicate: the rest of the clause, then descriptive segments, then at most one
    // more segment (the verb phrase when the subject stood alone between commas). No one
    // else is named in it, and it opens with a lower-case word.
    let rest = std::iter::once((subject_end, b)).chain(segs[main + 1..].iter().copied());
    let mut acting = usize::from(subject_end < b);
    for (x, y) in rest {
        let named = |i: usize| {
            cx.at[pi][i].is_some_and(|mi| cx.ents[cx.mentions[mi].entity].kind != EntityKind::Place)
        };
        let taken_up = echoed_mood(cx, pi, x, y);
        let other = |i: usize| !taken_up.as_ref().is_some_and(|r| r.contains(&i));
        if (x..y).filter(|&i| other(i)).any(named) {
            return None;
        }
        if x == y {
            continue;
        }
        // "read out the senator's letter:": what the subject does names another's words.
        let describes = x != subject_end && DESCRIBES.contains(&word(x).as_str());
        if !describes && (x..y).any(|i| other(i) && p.toks[i].kind == Tok::Possessive) {
            return None;
        }
        // "…, turning to the cameras:": the participle phrase ending the sentence is the
        // subject's too, not a second action.
        let hung = y == colon && x != subject_end && participle(cx, pi, x);
        if x != subject_end && !describes && !hung {
            acting += 1;
        }
    }
    let lower = |i: usize| p.toks[i].is_word() && !is_capitalised(p.toks[i].text(p.text));
    let verb_at = if subject_end < b {
        subject_end
    } else {
        segs.last()?.0
    };
    // "Former hostage Kell, whose father is still held: '…'", "Among the speakers was Kell,
    // a survivor:": a name and only its descriptions before the colon label the speaker.
    let label = acting == 0 && subject_end == b && segs.len() > main + 1;
    if among.is_some() || label {
        return (acting == 0 && subject_end == b).then_some(who);
    }
    (acting == 1 && verb_at < colon && lower(verb_at)).then_some(who)
}

/// "She echoed Biden's optimism:": a predicate `x..y` that is only a verb of taking up
/// another's mood (`echo_verbs.txt`), a person's possessive and the mood (`moods.txt`) says
/// the subject shares a feeling, so the words after the colon are the subject's own. The
/// tokens of the other's name and possessive, which the predicate may then hold.
fn echoed_mood(cx: &Ctx<'_, '_>, pi: usize, x: usize, y: usize) -> Option<std::ops::Range<usize>> {
    let p = &cx.paras[pi];
    if y < x + 4 || !LEX.echo_verbs.contains(cx.word(pi, x).as_str()) {
        return None;
    }
    let m = cx.mentions[cx.at[pi][x + 1]?];
    let person = cx.ents[m.entity].kind == EntityKind::Person;
    let owned = m.t0 == x + 1 && p.toks.get(m.t1).is_some_and(|t| t.kind == Tok::Possessive);
    let mood = m.t1 + 2 == y && LEX.moods.contains(cx.word(pi, m.t1 + 1).as_str());
    (person && owned && mood).then_some(m.t0..m.t1 + 1)
}

/// Words that open a clause inside the sentence whose subject a participle phrase after it
/// may hang on ("The hall fell quiet as Lenz made an appeal, addressing …:").
const SUBORDINATORS: &[&str] = &["as", "when", "while"];

/// A lower-case word ending in "-ing" that opens a segment: a participle phrase
/// ("addressing his son"), not a list ("including") or a source ("according to").
fn participle(cx: &Ctx<'_, '_>, pi: usize, i: usize) -> bool {
    let p = &cx.paras[pi];
    let w = cx.word(pi, i);
    p.toks[i].is_word()
        && !is_capitalised(p.toks[i].text(p.text))
        && w.len() > 5
        && w.ends_with("ing")
        && !matches!(
            w.as_str(),
            "including" | "according" | "regarding" | "concerning"
        )
}

/// "The hall fell quiet as Lenz, the pilot's mother, made an appeal, addressing the
/// kidnappers:": when the sentence ends in a participle phrase, the one who speaks is the
/// subject of the clause the participle hangs on, here one opened by "as", "when" or
/// "while": the person named right after that word, then at most appositions between
/// commas, then a segment that is only the verb phrase (lower case, no one named in it).
fn hung_subject(cx: &Ctx<'_, '_>, pi: usize, segs: &[(usize, usize)]) -> Option<Ref> {
    let p = &cx.paras[pi];
    let k = segs.len().checked_sub(1)?;
    let (pa, pb) = segs[k];
    let person_at = |i: usize| {
        cx.at[pi][i].is_some_and(|mi| cx.ents[cx.mentions[mi].entity].kind == EntityKind::Person)
    };
    if k < 2 || pa >= pb || !participle(cx, pi, pa) || (pa..pb).any(person_at) {
        return None;
    }
    let (va, vb) = segs[k - 1];
    let lower = va < vb && p.toks[va].is_word() && !is_capitalised(p.toks[va].text(p.text));
    if !lower || participle(cx, pi, va) || (va..vb).any(|i| cx.at[pi][i].is_some()) {
        return None;
    }
    // Back past at most two appositions to the segment that ends on the subject.
    for j in (k.saturating_sub(4)..k - 1).rev() {
        let (a, b) = segs[j];
        if a >= b {
            return None;
        }
        if let Some(mi) = cx.at[pi][b - 1] {
            let m = cx.mentions[mi];
            let opens = m.t0.checked_sub(1).filter(|&i| i >= a);
            let after_sub = opens.is_some_and(|i| SUBORDINATORS.contains(&cx.word(pi, i).as_str()));
            let person = cx.ents[m.entity].kind == EntityKind::Person;
            if m.t1 == b && after_sub && !m.in_quote && person {
                return Some((Who::Entity(m.entity), 0.8));
            }
        }
        let apposition = DESCRIBES.contains(&cx.word(pi, a).as_str())
            || (a..b).any(|i| p.toks[i].kind == Tok::Possessive);
        if !apposition {
            return None;
        }
    }
    None
}

/// "His words were drowned out by cheering from supporters: '…'": a sentence that ends on
/// ordinary people reached by "from", "by" or "among" (`lay_heads.txt`) announces their
/// voice, not the subject's. Unnamed: never the person the paragraph is about.
fn crowd_voice(cx: &Ctx<'_, '_>, pi: usize, lo: usize, colon: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    let head = colon.checked_sub(1).filter(|&h| h > lo)?;
    let w = cx.word(pi, head);
    let crowd = LEX.lay_heads.contains(w.as_str()) || matches!(w.as_str(), "crowd" | "audience");
    let from = (head.saturating_sub(3).max(lo)..head)
        .rev()
        .find(|&i| matches!(cx.word(pi, i).as_str(), "from" | "by" | "among"))?;
    let plain = (from + 1..head).all(|i| p.toks[i].is_word() && cx.at[pi][i].is_none());
    (crowd && plain).then(|| {
        let desc = p.text[p.toks[from + 1].start..p.toks[head].end].to_string();
        (Who::Anonymous(desc), 1.0)
    })
}

/// Nouns of someone's answer or verdict that may announce their words.
const ANSWERS: &[&str] = &[
    "response",
    "reply",
    "answer",
    "retort",
    "verdict",
    "reaction",
    "message",
    "advice",
    "explanation",
    "assessment",
    "prediction",
    "warning",
    "take",
];

/// "Huffman's response? '…'", "Her reply: '…'", "His verdict was blunt: '…'": a short
/// sentence about someone's answer, ending in a colon or a question mark right before the
/// quotation (`end`), announces that person's words. The owner is a person named with "'s"
/// or "his"/"her" right before the answer's noun, within the sentence's first words, and no
/// one else is named after it.
fn owned_answer(cx: &Ctx<'_, '_>, pi: usize, end: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    let lo = p.sentence_start(end);
    let k = (lo + 1..end.min(lo + 6)).find(|&i| ANSWERS.contains(&cx.word(pi, i).as_str()))?;
    if (k + 1..end).any(|i| cx.at[pi][i].is_some()) {
        return None;
    }
    match cx.word(pi, k - 1).as_str() {
        "his" => cx.pronoun(pi, k - 1, Gender::Male),
        "her" => cx.pronoun(pi, k - 1, Gender::Female),
        _ if p.toks[k - 1].kind == Tok::Possessive && k >= lo + 2 => {
            let m = cx.mentions[cx.at[pi][k - 2]?];
            let person = cx.ents[m.entity].kind == EntityKind::Person;
            (person && m.t1 == k - 1).then_some((Who::Entity(m.entity), 0.85))
        }
        _ => None,
    }
}

/// "Chad's envoy, Kell, was even more direct:": segment `main` is an office (its last word a
/// title, no one but its owner named, no verb of saying) and the next segment is only a
/// person's name: that person is the subject. Its reading and where the name ends.
fn office_apposed(
    cx: &Ctx<'_, '_>,
    pi: usize,
    segs: &[(usize, usize)],
    main: usize,
) -> Option<(Ref, usize)> {
    let p = &cx.paras[pi];
    let (a, b) = segs[main];
    let &(na, nb) = segs.get(main + 1)?;
    let m = cx.mentions[cx.at[pi].get(na).copied().flatten()?];
    let person = |e: usize| cx.ents[e].kind == EntityKind::Person;
    let office = b > a
        && LEX.titles.contains(cx.word(pi, b - 1).as_str())
        && (a..b).all(|i| {
            !p.in_quote[i]
                && !cx.reports(pi, i)
                && cx.at[pi][i].is_none_or(|mi| !person(cx.mentions[mi].entity))
        });
    (office && m.t0 == na && m.t1 == nb && !m.in_quote && person(m.entity))
        .then_some(((Who::Entity(m.entity), 0.85), nb))
}

/// The person (or pronoun) that opens tokens `a..b`: its reading and where it ends.
fn subject_at(cx: &Ctx<'_, '_>, pi: usize, a: usize, b: usize) -> Option<(Ref, usize)> {
    let p = &cx.paras[pi];
    match cx.word(pi, a).as_str() {
        "he" => return Some((cx.pronoun(pi, a, Gender::Male)?, a + 1)),
        "she" => return Some((cx.pronoun(pi, a, Gender::Female)?, a + 1)),
        _ => {}
    }
    let mut i = a;
    while i < b && i < a + 4 && cx.at[pi][i].is_none() {
        let t = p.toks[i];
        // "Former hostage Kell": a word for the held, or for a role, after the first.
        let w = cx.word(pi, i);
        let title = t.is_punct('.')
            || (t.is_word() && is_capitalised(t.text(p.text)))
            || w == "former"
            || (i > a && (HELD.contains(&w.as_str()) || LEX.role_nouns.contains(w.as_str())));
        if !title {
            return None;
        }
        i += 1;
    }
    let m = cx.mentions[cx.at[pi].get(i).copied().flatten()?];
    let person = cx.ents[m.entity].kind == EntityKind::Person;
    let modifier = p.toks.get(m.t1).is_some_and(|t| t.kind == Tok::Possessive);
    (person && !m.in_quote && !modifier && m.t1 <= b)
        .then_some(((Who::Entity(m.entity), 0.85), m.t1))
}
