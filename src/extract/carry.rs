//! Speakers carried from the narration next to a quotation that names no one: a paragraph
//! that goes on about the last speaker by pronoun only, a sentence after the quotation
//! that names its speaker, and, for a paragraph of quotation alone, the speaker of the last
//! reporting verb of the paragraph before or the one person that paragraph is about.
//!
//! News writes "'…,' Boehler said." and then "His role has been the American hostages.
//! '…'": the second paragraph names no one, refers back by "he" or "his", and its
//! quotation carries no attribution of its own. The speaker carries over when every pronoun
//! of the paragraph's narration agrees with the previous speaker's gender and no person is
//! named in it; otherwise the quotation stays unattributed.

use super::Para;
use super::attribution::{Ctx, Pick, Who, tok_at};
use super::definite::described_subject;
use super::gender::Gender;
use super::lexicon::LEX;
use super::quotes::QuoteSpan;
use super::refer::Ref;
use super::subject::subject;
use crate::entity::EntityKind;
mod responder;

/// How sure a carried speaker is, against the previous paragraph's.
const FACTOR: f32 = 0.9;

/// Verbs of thanks and praise in `reporting_verbs.txt` ("thanked X for '…'").
const THANKS: &[&str] = &[
    "thanked",
    "credited",
    "commended",
    "commends",
    "applauded",
    "applauds",
    "lauded",
    "lauds",
];

/// The previous paragraph's speaker, for paragraph `pi` whose quotations no sieve placed.
pub(super) fn pronoun_carries(cx: &Ctx<'_, '_>, pi: usize, prev: &Pick) -> Option<Pick> {
    let Who::Entity(e) = prev.who else {
        return None;
    };
    if cx.ents[e].kind != EntityKind::Person {
        return None;
    }
    let p = &cx.paras[pi];
    let narrated = |i: usize| !p.in_quote[i] && p.toks[i].is_word();
    let person = |i: usize| {
        cx.at[pi][i].is_some_and(|m| cx.ents[cx.mentions[m].entity].kind == EntityKind::Person)
    };
    if (0..p.toks.len()).any(|i| narrated(i) && person(i)) {
        return None;
    }
    let mut referred = false;
    for i in (0..p.toks.len()).filter(|&i| narrated(i)) {
        let w = cx.word(pi, i);
        if !matches!(w.as_str(), "he" | "his" | "him" | "she" | "her") {
            continue;
        }
        let g: Option<Gender> = LEX.gender_words.get(w.as_str()).copied();
        if g.is_some() && cx.genders[e].is_some() && g != cx.genders[e] {
            return None;
        }
        referred = true;
    }
    referred.then(|| prev.carried("pronoun carries", FACTOR))
}

/// Where narration starts after quotation `q` when `q` is whole sentences of quotation opening
/// its paragraph, closed, and a new sentence follows it: that sentence's first token.
fn narration_after(p: &Para<'_>, q: &QuoteSpan) -> Option<usize> {
    let inner = p.text[q.start..q.end].trim_end();
    if q.close.is_none() || !q.opens_paragraph || !inner.ends_with(['.', '!', '?']) {
        return None;
    }
    let s = tok_at(p, q.outer_end(p.text));
    (s < p.toks.len() && p.starts[s]).then_some(s)
}

/// "'We are close to the end.' Speaking in Doha, Majed al-Ansari stressed the point.": a
/// quotation that is a sentence of its own, opening its paragraph, whose speaker is named
/// as the subject of a reporting verb early in the next sentence, which quotes nothing.
/// Only a name counts: a pronoun there could mean anyone named before.
pub(super) fn sentence_after(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let s = narration_after(p, q)?;
    let e = (s + 1..p.toks.len())
        .find(|&i| p.starts[i])
        .unwrap_or(p.toks.len());
    if (s..e).any(|i| p.in_quote[i]) {
        return None;
    }
    let v = (s..e.min(s + 12)).find(|&i| cx.reports(pi, i))?;
    match subject(cx, pi, s, v, q.open)? {
        (Who::Entity(e), sure) if cx.ents[e].kind == EntityKind::Person => {
            let named = (s..v).any(|i| cx.at[pi][i].is_some_and(|m| cx.mentions[m].entity == e));
            named.then_some((Who::Entity(e), sure * FACTOR))
        }
        _ => None,
    }
}

/// How sure a speaker is who is only the subject of the paragraph before a quotation.
const SUBJECT: f32 = 0.75;

/// "Sen. Raphael Warnock took the stage at his victory party." then a paragraph that is only
/// quotation: the speaker is who the paragraph before is about — the one person it names as
/// a subject, or the person an opening "He", "She", "His" or "Her" means — less surely
/// than after a reporting verb. When two people are subjects there (a name and a "she" that
/// means someone else), no one.
pub(super) fn paragraph_subject(cx: &Ctx<'_, '_>, pi: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    // A subject that something is said of ("Edan Alexander was released on Monday") does
    // nothing that makes a speaker of them.
    // Nor one something will be or has been done to ("… the news that Edan will be freed",
    // "Roth has been released"): past a modal or "has", a passive.
    let acts = |t0: usize| {
        let mut t1 = cx.at[pi][t0].map_or(t0 + 1, |m| cx.mentions[m].t1);
        while matches!(
            cx.word(pi, t1).as_str(),
            "will" | "would" | "could" | "may" | "might" | "should" | "has" | "have" | "had"
        ) {
            t1 += 1;
        }
        // "Cole was asked about the pipeline." then the quotation: the one asked answers.
        let asked = matches!(
            cx.word(pi, t1 + 1).as_str(),
            "asked" | "pressed" | "questioned" | "quizzed" | "challenged"
        );
        asked
            || !matches!(
                cx.word(pi, t1).as_str(),
                "was" | "were" | "is" | "are" | "be" | "been"
            )
    };
    // "A and B met on Monday": both are subjects.
    let coordinated =
        |t0: usize| t0 >= 2 && cx.word(pi, t0 - 1) == "and" && cx.at[pi][t0 - 2].is_some();
    // The paragraph's own mentions: narration is in reading order.
    let from = cx.narrated.partition_point(|x| x.0 < pi);
    let to = cx.narrated.partition_point(|x| x.0 <= pi);
    let mut subjects: Vec<Ref> = cx.narrated[from..to]
        .iter()
        .filter(|x| x.3 || coordinated(x.1))
        .map(|x| (Who::Entity(x.2), if acts(x.1) { 1.0 } else { 0.0 }))
        .collect();
    // "He …" or "She …" opening a sentence of narration, or "His …", "Her …" ("Her speech
    // went on to …"): the sentence is about that person.
    for i in (0..p.toks.len()).filter(|&i| p.starts[i] && !p.in_quote[i]) {
        let w = cx.word(pi, i);
        if matches!(w.as_str(), "he" | "she" | "his" | "her")
            && let Some(g) = LEX.gender_words.get(w.as_str()).copied()
        {
            subjects.push(cx.pronoun(pi, i, g)?);
        }
        // "The Trump envoy also raised hopes …": a description of someone the article
        // described so, acting (not "The envoy was told …").
        if w == "the"
            && let Some(j) = (i + 2..p.toks.len().min(i + 6)).find(|&j| verb_next(cx, pi, j))
            && !matches!(cx.word(pi, j).as_str(), "was" | "were" | "is" | "are")
            && let Some(r) = described_subject(cx, pi, i, j, j)
        {
            subjects.push(r);
        }
        // "In Fresno, the Governor addressed supporters …": after a fronted phrase of place
        // or time, only a speaking act makes the description the speaker.
        if let Some(t) = after_intro(cx, pi, i)
            && let Some(j) = (t + 2..p.toks.len().min(t + 6)).find(|&j| verb_next(cx, pi, j))
            && speaks(&cx.word(pi, j))
            && let Some(r) = described_subject(cx, pi, t, j, j)
        {
            subjects.push(r);
        }
    }
    let (who, sure) = subjects.first()?.clone();
    if subjects.iter().any(|s| s.0 != who) {
        return None;
    }
    let sure = subjects.iter().map(|s| s.1).fold(sure, f32::min);
    if sure == 0.0 {
        return None;
    }
    matches!(who, Who::Entity(e) if cx.ents[e].kind == EntityKind::Person)
        .then_some((who, sure * SUBJECT))
}

/// Whether token `j` ends a sentence's opening noun phrase: a lower-case past tense or an
/// auxiliary ("The envoy also raised", "The father has said"). Anything else — a comma, a
/// name — leaves the phrase's end unclear.
fn verb_next(cx: &Ctx<'_, '_>, pi: usize, j: usize) -> bool {
    let p = &cx.paras[pi];
    let w = cx.word(pi, j);
    p.toks[j].is_word()
        && !super::text::is_capitalised(p.toks[j].text(p.text))
        && (w.ends_with("ed")
            || LEX.reporting_verbs.contains(w.as_str())
            || matches!(
                w.as_str(),
                "also" | "has" | "had" | "was" | "were" | "is" | "are" | "will" | "then"
            ))
}

/// "In Fresno, the …": the "the" right after a fronted phrase (`subject::intro`) that opens
/// the sentence at `i` and closes on a comma within eight tokens.
fn after_intro(cx: &Ctx<'_, '_>, pi: usize, i: usize) -> Option<usize> {
    let p = &cx.paras[pi];
    if !super::subject::intro(cx, pi, i) {
        return None;
    }
    let comma = (i + 1..p.toks.len().min(i + 8)).find(|&k| p.toks[k].is_punct(','))?;
    (cx.word(pi, comma + 1) == "the" && !p.in_quote[comma + 1]).then_some(comma + 1)
}

/// A verb of speaking to an audience: a reporting verb, or "addressed", "spoke".
fn speaks(w: &str) -> bool {
    LEX.reporting_verbs.contains(w) || matches!(w, "addressed" | "spoke")
}

/// The speaker of the last reporting verb in a paragraph's narration, for a following
/// paragraph that is only quotation.
pub(super) fn narrated_speaker(cx: &Ctx<'_, '_>, pi: usize) -> Option<Ref> {
    speaker_of_narration(cx, pi, true)
}

/// [`narrated_speaker`]; `owner` lets a document that speaks mean who gave it.
fn speaker_of_narration(cx: &Ctx<'_, '_>, pi: usize, owner: bool) -> Option<Ref> {
    if let Some(r) = responder::responder(cx, pi) {
        return Some(r);
    }
    let p = &cx.paras[pi];
    let said = |i: usize| !p.in_quote[i] && cx.reports(pi, i);
    let last = (0..p.toks.len()).rev().find(|&i| said(i))?;
    // "McCarthy admitted he feared the worst as the shootout began.": a reporting verb in a
    // clause of time or reason ("as", "when", "because" …) has a subject of its own, and
    // one in the passive ("said the lawyers were chided") none; the main clause's verb
    // before it, in the same sentence, is the one that announces.
    let v = (0..last)
        .rev()
        .take_while(|&i| !p.starts[i + 1])
        .find(|&i| said(i))
        .filter(|&main| subordinate(cx, pi, main, last) || passive(cx, pi, last))
        .unwrap_or(last);
    // "She thanked her mother.": thanks carry the words quoted in their own clause, but
    // announce no paragraph of quotation after them.
    if THANKS.contains(&cx.word(pi, v).as_str()) {
        return None;
    }
    // "A's release was confirmed by the forum": the subject of a passive verb said nothing.
    if passive(cx, pi, v) {
        return None;
    }
    // Back to the sentence's start: a word in scare quotes opens none.
    let mut lo = v;
    while lo > 0 && (!p.starts[lo] || p.in_quote[lo]) {
        lo -= 1;
    }
    match subject(cx, pi, lo, v, p.text.len()) {
        Some((Who::Entity(e), sure))
            if cx.ents[e].kind == EntityKind::Person && !other_subject_after(cx, pi, v, e) =>
        {
            Some((Who::Entity(e), sure))
        }
        Some((Who::Unnamed, _)) if owner && v > 0 => document_owner(cx, pi, v),
        _ => None,
    }
}

/// "Abdul said the judges were thorough. Tinubu's lawyers welcomed the ruling.": another
/// person who is the subject of a sentence after the verb at `v` is the last one the
/// paragraph is about, so a paragraph of quotation after it is not surely `e`'s.
fn other_subject_after(cx: &Ctx<'_, '_>, pi: usize, v: usize, e: usize) -> bool {
    let p = &cx.paras[pi];
    let Some(next) = (v + 1..p.toks.len()).find(|&i| p.starts[i] && !p.in_quote[i]) else {
        return false;
    };
    let from = cx.narrated.partition_point(|x| x.0 < pi);
    let to = cx.narrated.partition_point(|x| x.0 <= pi);
    cx.narrated[from..to]
        .iter()
        .any(|x| x.3 && x.1 >= next && x.2 != e && cx.ents[x.2].kind == EntityKind::Person)
}

/// A verb in the passive ("was confirmed", "were chided").
fn passive(cx: &Ctx<'_, '_>, pi: usize, v: usize) -> bool {
    v > 0
        && matches!(
            cx.word(pi, v - 1).as_str(),
            "was" | "were" | "is" | "are" | "been" | "be" | "being"
        )
}

/// Whether a word between the main verb `main` and `v` (not the first after `main`)
/// opens a clause inside the sentence ("as", "when", `data/subordinators.txt`).
fn subordinate(cx: &Ctx<'_, '_>, pi: usize, main: usize, v: usize) -> bool {
    (main + 2..v).any(|j| {
        let w = cx.word(pi, j);
        w == "as" || LEX.subordinators.contains(w.as_str())
    })
}

/// "In a statement on Friday, Curtis said … ¶ The full statement reads: ¶ '…'": a
/// document that speaks ("the statement reads", "the letter said") is the words of the
/// person the paragraph or two before reported as giving it.
fn document_owner(cx: &Ctx<'_, '_>, pi: usize, v: usize) -> Option<Ref> {
    let noun = cx.word(pi, v - 1);
    if !matches!(
        noun.as_str(),
        "statement" | "letter" | "message" | "post" | "note"
    ) {
        return None;
    }
    (pi.saturating_sub(2)..pi).rev().find_map(|back| {
        let q = &cx.paras[back];
        let names = (0..q.toks.len()).any(|i| !q.in_quote[i] && cx.word(back, i) == noun);
        names
            .then(|| speaker_of_narration(cx, back, false))
            .flatten()
            .map(|(w, sure)| (w, sure * 0.85))
    })
}

/// A speaker carried to paragraph `pi` of quotation alone, unless the quotation names them:
/// "The family released a statement after Edan was freed. / '… our son Edan is coming
/// home …'" speaks of Edan, so Edan is not who says it. News has people speak of others
/// by name and of themselves as "I".
pub(super) fn not_named_inside(cx: &Ctx<'_, '_>, pi: usize, w: Pick) -> Option<Pick> {
    let named = |e: usize| {
        cx.at[pi]
            .iter()
            .flatten()
            .any(|&m| cx.mentions[m].in_quote && cx.mentions[m].entity == e)
    };
    match w.who {
        Who::Entity(e) if named(e) => None,
        _ => Some(w),
    }
}

/// "'We thank Secretary Voss and her team …,' he added", "'Chairman Okafor asked me to pass
/// this on,' he said": a speaker reached from outside the paragraph (by a pronoun or a
/// description) whom the quotation itself names by a title is not who speaks it, as for a carried one
/// (`not_named_inside`). One named in the paragraph's narration keeps the quotation: "Voss
/// said: 'Voss keeps her word.'"
pub(super) fn names_its_speaker(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan, w: &Pick) -> bool {
    let Who::Entity(e) = w.who else {
        return false;
    };
    let p = &cx.paras[pi];
    let (a, b) = (tok_at(p, q.start), tok_at(p, q.end));
    let of_e = |m: &usize| cx.mentions[*m].entity == e;
    // By a title, as one speaks of another: a bare name may be others' words quoted inside
    // ("they were saying 'We got you, Mary'").
    let titled = |m: &usize| {
        let t0 = cx.mentions[*m].t0;
        t0 > 0 && p.word_at(t0 - 1).is_some_and(|w| LEX.is_title(w))
    };
    let inside = cx.at[pi][a..b]
        .iter()
        .flatten()
        .any(|m| of_e(m) && cx.mentions[*m].in_quote && titled(m));
    let narrated = cx.at[pi]
        .iter()
        .flatten()
        .any(|m| of_e(m) && !cx.mentions[*m].in_quote);
    inside && !narrated
}

/// "'…,' he added. ¶ '… the State of Qatar … will not tolerate this.' Qatar is home to
/// Al-Udeid airbase.": a paragraph that opens with a closed quotation of whole sentences,
/// then only a line of background fact — no other quotation, no person, no pronoun for one,
/// no reporting verb — goes on in the voice of the paragraph before, as a paragraph of
/// quotation alone would. A fact line names no one who could have said it.
pub(super) fn fact_follows(
    cx: &Ctx<'_, '_>,
    pi: usize,
    q: &QuoteSpan,
    prev: &Pick,
) -> Option<Pick> {
    let Who::Entity(e) = prev.who else {
        return None;
    };
    let p = &cx.paras[pi];
    let s = narration_after(p, q)?;
    let clean = (s..p.toks.len()).all(|i| {
        !p.in_quote[i]
            // "the United States": a name's word is no verb.
            && (cx.at[pi][i].is_some() || !cx.reports(pi, i))
            && cx.at[pi][i].is_none_or(|m| cx.ents[cx.mentions[m].entity].kind != EntityKind::Person)
            && !matches!(
                cx.word(pi, i).as_str(),
                "he" | "she" | "his" | "her" | "him" | "they" | "their" | "i" | "we"
            )
    });
    (clean && cx.ents[e].kind == EntityKind::Person).then(|| prev.carried("fact follows", FACTOR))
}
