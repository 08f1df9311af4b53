//! Quotations attributed without a reporting verb beside them: by the sentence before them,
//! by "according to X" near them, by a speaker's label ("Chen: '…'"), by a message said to
//! come from someone ("a statement from Chen: '…'"), by a dash after them ("'…' — Ruby
//! Chen"), by a noun of voice a person owns ("Trump's warning that '…'"); and the limits on
//! carrying a speaker from one quotation to the next in a paragraph.
//!
//! News often announces a quotation in a sentence of its own: "Dr al-Ansari stressed that
//! the treaty stands. 'The relationship has always been active.'" The quotation opens a new
//! sentence, with no attribution of its own; the reporting verb of the sentence just before
//! it names the speaker. A second quotation in a paragraph keeps the first one's speaker when
//! it sits in the same sentence, or stands as a sentence with no narration of its own ("'…,'
//! he said. '…'"); a sentence with narration of its own ("The only message from Jerusalem
//! remains, '…'") is someone else's to attribute.

use super::Para;
use super::attribution::{Ctx, Who, tok_at};
use super::gender::Gender;
use super::quotes::QuoteSpan;
use super::refer::Ref;
use super::subject::{after_verb, subject};
use super::text::{Tok, is_all_caps, is_capitalised};
use crate::entity::EntityKind;

mod carrying;
pub(super) use carrying::{may_carry, voiced_between};

fn ends_sentence(p: &Para<'_>, i: usize) -> bool {
    !p.in_quote[i] && matches!(p.toks[i].kind, Tok::Punct('.' | '!' | '?'))
}

/// A sentence of narration starts at token `i` (one inside a quotation does not count).
fn opens(p: &Para<'_>, i: usize) -> bool {
    p.starts[i] && !p.in_quote[i]
}

/// Words that open a subordinate clause: a reporting verb inside one ("just as Witkoff had
/// promised") does not announce what follows.
const SUBORDINATE: &[&str] = &[
    "as", "when", "while", "because", "if", "after", "before", "since", "although", "though",
    "until", "unless", "whether",
];

/// "He faulted Vance for claiming the law was saved, when '…'": a gerund of reporting whose
/// complement ends at a comma before a subordinate clause that holds the quotation does not
/// report it; the main clause's verb does ("said, when asked, '…'" still reports: nothing
/// comes between verb and comma).
pub(super) fn closed_before(cx: &Ctx<'_, '_>, pi: usize, v: usize, open: usize) -> bool {
    let p = &cx.paras[pi];
    cx.word(pi, v).ends_with("ing")
        && (v + 3..open).any(|i| {
            p.toks[i - 1].is_punct(',')
                && !p.in_quote[i]
                && matches!(
                    cx.word(pi, i).as_str(),
                    "when" | "while" | "although" | "though" | "whereas"
                )
                && (v + 1..i - 1).any(|j| p.toks[j].is_word() && !p.in_quote[j])
        })
}

/// A quotation that opens a sentence after a full stop, attributed by the reporting verb of
/// the sentence before it in the same paragraph (not reaching back past `floor`, the end of
/// the paragraph's previous quotation).
pub(super) fn sentence_before(
    cx: &Ctx<'_, '_>,
    pi: usize,
    q: &QuoteSpan,
    floor: usize,
) -> Option<Ref> {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    if open == 0 || !ends_sentence(p, open - 1) {
        return None;
    }
    let mut s0 = open - 1;
    while s0 > floor && !ends_sentence(p, s0 - 1) {
        s0 -= 1;
    }
    // A sentence that holds the previous quotation attributes that one; what follows it is
    // carried on (`may_carry`), not announced.
    if s0 == floor && floor > 0 {
        return None;
    }
    let v = (s0..open - 1)
        .rev()
        .find(|&i| !p.in_quote[i] && (cx.reports(pi, i) || spoke_of(cx, pi, i)))?;
    let clause = (s0..v)
        .rev()
        .find(|&i| p.toks[i].is_punct(','))
        .map_or(s0, |c| c + 1);
    if (clause..(clause + 2).min(v)).any(|i| SUBORDINATE.contains(&cx.word(pi, i).as_str())) {
        return None;
    }
    let (who, sure) = subject(cx, pi, s0, v, q.open)?;
    if matches!(who, Who::Unnamed)
        && let Some(e) = named_next(cx, pi, s0)
    {
        return Some((Who::Entity(e), 0.85));
    }
    let sure = if matches!(who, Who::Entity(_)) && !reports_nothing(cx, pi, v, open - 1) {
        sure * 0.85
    } else {
        sure
    };
    Some((who, sure))
}

/// "Yosef's father spoke about the need for a deal. '…'": speaking of a topic, or to an
/// audience, announces the words that follow as a reporting verb does.
fn spoke_of(cx: &Ctx<'_, '_>, pi: usize, i: usize) -> bool {
    matches!(cx.word(pi, i).as_str(), "spoke" | "speaks" | "talked")
        && matches!(cx.word(pi, i + 1).as_str(), "about" | "of" | "on" | "to")
}

/// Words after a reporting verb that say only when or how it was said ("he said before he
/// arrived", "she said on Monday"), never what.
const ADVERBIAL: &[&str] = &[
    "before",
    "after",
    "as",
    "when",
    "while",
    "on",
    "at",
    "in",
    "during",
    "later",
    "earlier",
    "yesterday",
    "today",
    "afterwards",
    "again",
];

/// "The father said before he arrived. '…'": a reporting verb at `v` whose sentence (ending
/// at `end`) gives nothing said, only a time or manner after it, announces the words that
/// follow; the sentence is their attribution, not a claim of its own before them.
fn reports_nothing(cx: &Ctx<'_, '_>, pi: usize, v: usize, end: usize) -> bool {
    let p = &cx.paras[pi];
    let plain = (v + 1..end).all(|i| !p.in_quote[i] && cx.word(pi, i) != "that");
    plain && (v + 1 == end || ADVERBIAL.contains(&cx.word(pi, v + 1).as_str()))
}

/// "A mother of a captive shouted at the minister. '…' ¶ The mother, Jane Roe, says …": a
/// relative brought in unnamed by "A" or "An" and a word of kin opening the sentence at `s0`,
/// and named in apposition by the same word after "The" at the opening of the next
/// paragraph, is that person; the article names whom it described.
fn named_next(cx: &Ctx<'_, '_>, pi: usize, s0: usize) -> Option<usize> {
    let kin = cx.word(pi, s0 + 1);
    let brought_in = matches!(cx.word(pi, s0).as_str(), "a" | "an")
        && cx.paras[pi].toks.get(s0 + 1).is_some_and(|t| t.is_word())
        && super::lexicon::LEX.kin.contains(kin.as_str());
    let next = cx.paras.get(pi + 1)?;
    let named = brought_in
        && next.word_at(0) == Some("The")
        && next.word_at(1).is_some_and(|w| w.to_lowercase() == kin)
        && next.toks.get(2).is_some_and(|t| t.is_punct(','));
    let e = person_at(cx, pi + 1, 3).filter(|_| named)?;
    let m = cx.mentions[cx.at[pi + 1][3]?];
    next.toks
        .get(m.t1)
        .is_some_and(|t| t.is_punct(','))
        .then_some(e)
}

/// The person named at token `i`, if a mention of a person starts there.
fn person_at(cx: &Ctx<'_, '_>, pi: usize, i: usize) -> Option<usize> {
    let mi = cx.at[pi].get(i).copied().flatten()?;
    let m = cx.mentions[mi];
    (m.t0 == i && cx.ents[m.entity].kind == EntityKind::Person).then_some(m.entity)
}

/// "'Nobody wants this more than we do.' — Ruby Chen, father of Itay Chen": a dash after the
/// closing mark, then the speaker's name.
pub(super) fn dash_after(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let close = tok_at(p, q.close?);
    let dash = p.toks.get(close + 1)?;
    if !matches!(dash.kind, Tok::Punct('—' | '–')) {
        return None;
    }
    person_at(cx, pi, close + 2).map(|e| (Who::Entity(e), 0.9))
}

/// Nouns of voice: what a person's words are called ("Trump's warning that …").
pub(super) const VOICE: &[&str] = &[
    "warning",
    "warnings",
    "threat",
    "threats",
    "pledge",
    "promise",
    "vow",
    "claim",
    "claims",
    "remarks",
    "comments",
    "words",
    "message",
    "call",
    "appeal",
    "plea",
    "insistence",
    "assertion",
];

/// "Trump's threats in December that there would be '…'": a noun of voice owned by a person,
/// earlier in the quotation's sentence, with no other person named between.
pub(super) fn owned_voice(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    // "Mayor Tom Richards' “I'm out, but…” press conference": words owned by the person
    // whose possessive stands right before them.
    if open >= 2
        && p.toks[open - 1].kind == Tok::Possessive
        && let Some(mi) = cx.at[pi][open - 2]
        && cx.mentions[mi].t1 == open - 1
        && cx.ents[cx.mentions[mi].entity].kind == EntityKind::Person
    {
        return Some((Who::Entity(cx.mentions[mi].entity), 0.8));
    }
    let mut k = open;
    while k >= 3 && open - k < 20 && !opens(p, k) {
        k -= 1;
        if person_at(cx, pi, k).is_some() || p.in_quote[k] {
            return None;
        }
        // "The team defended his remarks by saying, '…'": a verb after the noun reports
        // the quotation, and its subject is someone else.
        let reported = (k + 1..open).any(|i| cx.reports(pi, i));
        if let Some(g) = owner_pronoun(cx, pi, k).filter(|_| !reported) {
            return cx.pronoun(pi, g.0, g.1).map(|(w, c)| (w, c * 0.85));
        }
        if let Some(e) = whose_voice(cx, pi, k).filter(|_| !reported) {
            return Some((Who::Entity(e), 0.8));
        }
        // "Trump's repeated warnings that …": a word or two of description may stand
        // between the owner and the noun.
        let owner = (k.saturating_sub(3)..k)
            .rev()
            .find(|&j| p.toks[j].kind == Tok::Possessive)
            .filter(|&j| {
                (j + 1..k).all(|i| p.toks[i].is_word() && !is_capitalised(p.toks[i].text(p.text)))
            });
        if VOICE.contains(&cx.word(pi, k).as_str())
            && let Some(j) = owner
        {
            let m = cx.mentions[cx.at[pi][j.checked_sub(1)?]?];
            let person = cx.ents[m.entity].kind == EntityKind::Person;
            return (person && m.t1 == j).then_some((Who::Entity(m.entity), 0.8));
        }
    }
    None
}

/// "A, whose emotional phone call to his mother — '…' — was shared": a noun of voice after
/// "whose" (and at most two words) belongs to the person named before the comma.
fn whose_voice(cx: &Ctx<'_, '_>, pi: usize, k: usize) -> Option<usize> {
    if !VOICE.contains(&cx.word(pi, k).as_str()) {
        return None;
    }
    let p = &cx.paras[pi];
    let w = (k.saturating_sub(3)..k)
        .rev()
        .find(|&j| cx.word(pi, j) == "whose")?;
    let plain = (w + 1..k).all(|j| p.toks[j].is_word() && !is_capitalised(p.toks[j].text(p.text)));
    if !plain || w < 2 || !p.toks[w - 1].is_punct(',') {
        return None;
    }
    // "A, a deckhand of 19, whose …": back over one apposition to the name it describes.
    let apposition = (w.saturating_sub(8)..w - 1)
        .rev()
        .find(|&j| p.toks[j].is_punct(','))
        .filter(|&j| matches!(cx.word(pi, j + 1).as_str(), "a" | "an" | "the"));
    let end = apposition.unwrap_or(w - 1);
    let m = cx.mentions[cx.at[pi][end.checked_sub(1)?]?];
    (cx.ents[m.entity].kind == EntityKind::Person && m.t1 == end).then_some(m.entity)
}

/// "many of his past comments, including '…'": a noun of voice after "his" or "her" (and at
/// most one adjective) at token `k`; the pronoun's place and gender.
fn owner_pronoun(cx: &Ctx<'_, '_>, pi: usize, k: usize) -> Option<(usize, Gender)> {
    if !VOICE.contains(&cx.word(pi, k).as_str()) {
        return None;
    }
    let p = &cx.paras[pi];
    let gender = |i: usize| match cx.word(pi, i).as_str() {
        "his" => Some(Gender::Male),
        "her" => Some(Gender::Female),
        _ => None,
    };
    let adjective = p.toks[k - 1].is_word() && !is_capitalised(p.toks[k - 1].text(p.text));
    gender(k - 1).map(|g| (k - 1, g)).or_else(|| {
        adjective
            .then(|| gender(k - 2).map(|g| (k - 2, g)))
            .flatten()
    })
}

/// "Chen: '…'", and a line "Donald Trump, Republican nominee:" over a paragraph of
/// quotation: a speaker's label, a name (with perhaps an apposition) and a colon with no
/// verb, as transcripts and shot lists write. `pi` is the label's paragraph; `end` the token
/// the label must end before (the quotation's opening mark, or the paragraph's end).
pub(super) fn label(cx: &Ctx<'_, '_>, pi: usize, end: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    let colon = end.checked_sub(1).filter(|&c| p.toks[c].is_punct(':'))?;
    // The label starts the paragraph or the sentence, after a list number and a tag in
    // capitals ("2. SOUNDBITE (English)").
    let mut s = 0;
    while s < colon && person_at(cx, pi, s).is_none() {
        let t = p.toks[s];
        let tag = t.is_word() && is_all_caps(t.text(p.text));
        let number = t.text(p.text).chars().all(|c| c.is_ascii_digit());
        let english = t.is_word() && matches!(p.toks.get(s + 1), Some(n) if n.is_punct(')'));
        if !(tag || number || english || matches!(t.kind, Tok::Punct('.' | '(' | ')'))) {
            return None;
        }
        s += 1;
    }
    let e = person_at(cx, pi, s)?;
    let name_end = cx.mentions[cx.at[pi][s]?].t1;
    // After the name: nothing, or an apposition after a comma, with no reporting verb.
    let rest = name_end..colon;
    let ok = rest.is_empty()
        || (p.toks[name_end].is_punct(',') && rest.clone().all(|i| !cx.reports(pi, i)));
    if ok {
        return Some((Who::Entity(e), 0.9));
    }
    // "A on the result: '…'": a caption or a post that shares a clip names the speaker and
    // the topic, then the words; a few plain words after "on", no verb of saying, no stop.
    let topic = cx.word(pi, name_end) == "on"
        && colon - name_end <= 8
        && (name_end + 1..colon)
            .all(|i| matches!(p.toks[i].kind, Tok::Word | Tok::Possessive) && !cx.reports(pi, i));
    topic.then_some((Who::Entity(e), 0.85))
}

/// "Calling the day 'the best of our lives,' the family also …": a quotation with a word of
/// narration right before its opening mark, or a lower-case one right after its closing
/// mark, is part of a sentence of narration.
pub(super) fn embedded(p: &Para<'_>, q: &QuoteSpan) -> bool {
    let (open, close) = (tok_at(p, q.open), tok_at(p, q.outer_end(p.text)));
    let mark = |i: usize| matches!(p.toks[i].kind, Tok::Punct('“' | '"' | '‘' | '\''));
    let before = open
        .checked_sub(1)
        .and_then(|j| if mark(j) { j.checked_sub(1) } else { Some(j) });
    let narrated_before = before.is_some_and(|j| p.toks[j].is_word() && !p.in_quote[j]);
    let narrated_after = p.toks.get(close).is_some_and(|t| {
        t.is_word() && !p.in_quote[close] && t.text(p.text).starts_with(char::is_lowercase)
    });
    narrated_before || narrated_after
}

/// "'…,' according to X": the name after "according to" in the quotation's sentence.
/// "According to his family" or "according to the report in X" names a household or a
/// report, not a speaker: the words are someone's the sentence does not name, never the
/// owner's nor the outlet's.
pub(super) fn according_to(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let (a, b) = (tok_at(p, q.open), tok_at(p, q.outer_end(p.text)));
    let mut lo = a;
    while lo > 0 && !p.starts[lo] && a - lo < 80 {
        lo -= 1;
    }
    let mut hi = b;
    while hi < p.toks.len() && (!p.starts[hi] || p.in_quote[hi]) && hi - b < 80 {
        hi += 1;
    }
    let unnamed = |i: usize| {
        let d = usize::from(matches!(
            cx.word(pi, i).as_str(),
            "a" | "an" | "the" | "his" | "her" | "their" | "its"
        ));
        matches!(
            cx.word(pi, i + d).as_str(),
            "family" | "families" | "relatives" | "parents" | "report" | "reports"
        )
    };
    (lo..hi)
        .filter(|&i| !p.in_quote[i] && cx.word(pi, i) == "according" && cx.word(pi, i + 1) == "to")
        .find_map(|i| {
            if unnamed(i + 2) {
                Some((Who::Unnamed, 1.0))
            } else {
                after_verb(cx, pi, i + 2, hi, q.open)
            }
        })
}

/// "As reported by Defence Minister A, the lists were drawn up 'on one criterion'": the
/// person a passive of saying names is the source, as after "according to". Only a person:
/// "as reported by Reuters" names the outlet that carried the words, not who said them.
/// Read before the rules for a sentence's opening, which would take the passive's subject
/// ("the lists were compiled") for an unnamed speaker.
pub(super) fn reported_by(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let a = tok_at(p, q.open);
    let lo = (0..=a).rev().find(|&i| p.starts[i] && !p.in_quote[i])?;
    (lo..a).find_map(|i| {
        let verb = cx.word(pi, i + 1);
        let passive = cx.word(pi, i) == "as"
            && cx.word(pi, i + 2) == "by"
            && verb.ends_with("ed")
            && super::lexicon::LEX.reporting_verbs.contains(verb.as_str());
        if !passive || p.in_quote[i] {
            return None;
        }
        after_verb(cx, pi, i + 3, a, q.open)
            .filter(|r| matches!(r.0, Who::Entity(e) if cx.ents[e].kind == EntityKind::Person))
    })
}

/// Whether the verb at `v` is a predicate joined to the clause before by "and" or "but",
/// past "then", "also" or "later" ("…, and then said"), not reaching back past `lo`.
pub(super) fn joined_verb(cx: &Ctx<'_, '_>, pi: usize, lo: usize, v: usize) -> bool {
    let mut j = v;
    while j > lo && matches!(cx.word(pi, j - 1).as_str(), "then" | "also" | "later") {
        j -= 1;
    }
    j > lo && matches!(cx.word(pi, j - 1).as_str(), "and" | "but")
}
