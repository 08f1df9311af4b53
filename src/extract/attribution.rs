//! Who said each quotation: an ordered list of sieves, most precise first. A quotation no
//! sieve can attribute is left without a speaker rather than guessed, and each answer carries
//! the sieve's name and a confidence (a named subject is sure; a pronoun or a description
//! less so, see `refer`), so a guess can be published as "speaker unclear".
//!
//! 1. `trailing`: "…," Leavitt said · "…," said Leavitt · "…," he added · "…," Abu Marzouk, a
//!    senior official, told the NYT; `gesture`: "…," she smiled. Before it, `read out`: "…,"
//!    A reads from his daughter's letter (the writer's words); `crowd cry` (`chant`): "to
//!    chants of '…'" is no one's, whatever follows.
//! 2. `leading`: Leavitt said: "…" · Leavitt noted that Boehler "…" · a source familiar with
//!    the talks told the Post, "…" · the Office released a statement, saying, "…".
//!    Before it, `remarks by`: "A criticized remarks made by B that … '…'" is B's.
//! 3. `according to`: "…," according to X; `viewpoint`: "For X, '…'", "In the words of X,
//!    '…'"; `passive agent` (`clause`): "was welcomed by X as '…'".
//! 4. `sentence before`, `dash`, `label`, `message from` (`before`): "X stressed that … .
//!    '…'" · "'…' — X" · "X: '…'" · "a statement from X: '…'"; last, `clause subject`
//!    (`clause`): words quoted in narration with no reporting verb ("he saw he had '…'").
//! 5. `same paragraph`: a second span of the same sentence, or one standing alone, keeps the
//!    speaker of the paragraph's other span.
//! 6. `continuation`: a paragraph that reopens a quotation left open by the previous one.
//! 7. `list item`: a bulleted item after a lead-in ending on a colon keeps the lead-in's
//!    speaker (`items`).
//! 8. `follows speaker`: a paragraph of quotation alone, after a paragraph with a speaker
//!    (a reporting verb, or a speaker's label ending in a colon) or about one person (the
//!    only person it names as a subject: `carry::paragraph_subject`).
//!
//! The speaker of a reporting verb is its subject: the first name, pronoun or unnamed source
//! of the clause before the verb, skipping names used as modifiers ("Hamas senior official")
//! and appositions between commas. Pronouns and descriptions go back to who they can mean
//! (`refer`, with each person's gender from `gender`).

use super::Para;
use super::question::{ASKED, runs_past};
mod announced;
mod asked_by;
mod believed;
mod chant;
mod cited;
mod clause;
mod closing;
mod ctx;
mod document;
mod gesture;
mod held;
mod inverted;
mod items;
mod leading;
mod naming;
mod passive_after;
mod read_out;
mod recap;
mod remarks_by;
mod signer;
mod sourced;
mod trailing;
use super::before::{
    according_to, dash_after, embedded, label, may_carry, owned_voice, reported_by,
    sentence_before, voiced_between,
};
use super::carry::{
    fact_follows, names_its_speaker, narrated_speaker, not_named_inside, paragraph_subject,
    pronoun_carries, sentence_after,
};
use super::colon::colon_subject;
use super::complement::voice_complement;
use super::introduced::introduced;
use super::item_label::{bare_quote, message_from};
use super::lexicon::LEX;
use super::pull;
use super::quotes::{QuoteSpan, said_on_object};
use super::refer::Ref;
use super::text::Tok;
use super::viewpoint::{owned_view, viewpoint};
pub(crate) use ctx::Ctx;
use leading::leading;
use trailing::trailing;

/// How sure a speaker named at a reporting verb between two quotations is of the second
/// (`before::voiced_between`).
const VOICED: f32 = 0.8;

/// Who a sieve found.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Who {
    Entity(usize),
    /// An unnamed source ("a source familiar with the talks"), with its words.
    Anonymous(String),
    /// Someone or something unnamed that is not a source: "the statement said", "it said".
    Unnamed,
}

/// A sieve's answer: who, which sieve, how sure (0 to 1).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Pick {
    pub who: Who,
    pub rule: &'static str,
    pub confidence: f32,
}

impl Pick {
    /// The same speaker, passed on by another sieve that is less sure of it.
    pub(super) fn carried(&self, rule: &'static str, factor: f32) -> Pick {
        Pick {
            who: self.who.clone(),
            rule,
            confidence: self.confidence * factor,
        }
    }
}

/// Names the sieve of a [`Ref`].
fn by(rule: &'static str) -> impl Fn(Ref) -> Pick {
    move |(who, confidence)| Pick {
        who,
        rule,
        confidence,
    }
}

/// One quotation of the article, with the sieve's answer.
#[derive(Debug, Clone)]
pub(crate) struct Attributed {
    pub para: usize,
    pub span: QuoteSpan,
    pub who: Option<Pick>,
}

/// Attributes every quotation; `quotes[i]` are paragraph i's real quotations.
pub(crate) fn attribute(cx: &Ctx<'_, '_>, quotes: &[Vec<QuoteSpan>]) -> Vec<Attributed> {
    let mut out: Vec<Attributed> = Vec::new();
    let mut prev_para_last: Option<Pick> = None;
    let mut prev_para_open = false;
    // The speaker of a list's lead-in, while its bulleted items run (`items`).
    let mut lead: Option<Pick> = None;
    let headings: Vec<bool> = cx.paras.iter().map(pull::is_heading).collect();
    for (pi, qs) in quotes.iter().enumerate() {
        // A pull quote heading takes its speaker from the section it opens (below), and the
        // speaker before it runs on past it.
        if headings[pi] {
            out.extend(qs.iter().map(|q| Attributed {
                para: pi,
                span: *q,
                who: None,
            }));
            continue;
        }
        // A photo caption between paragraphs of the story is no narration: a quotation left
        // open runs on past it, and the speaker before it goes on ("Truss said: '… ¶
        // Anoosheh Ashoori (Family Handout/PA) ¶ '…'" is Truss's, not the man pictured).
        if qs.is_empty() && cx.paras[pi].caption {
            continue;
        }
        let para_first = out.len();
        for (qi, q) in qs.iter().enumerate() {
            // "X, in between chants of 'Rick, Rick,' thanked …": a chant in the middle of
            // a clause does not end it; the quotation after reads back past it.
            let prev = (0..qi)
                .rev()
                .map(|j| &qs[j])
                .find(|pq| !chant::is_chant(cx.paras[pi].text.get(pq.start..pq.end).unwrap_or("")));
            let floor = prev.map_or(0, |pq| {
                tok_at(&cx.paras[pi], pq.outer_end(cx.paras[pi].text))
            });
            let who = said_on_object(&cx.paras[pi].text[..q.open])
                .then(|| {
                    held::holder(cx, pi, q)
                        .map_or_else(|| by("lettering")((Who::Unnamed, 1.0)), by("held sign"))
                })
                .or_else(|| document::document_words(cx, pi, q).map(by("document")))
                .or_else(|| read_out::read_out(cx, pi, q).map(by("read out")))
                .or_else(|| {
                    chant::crowd_cry(cx, pi, tok_at(&cx.paras[pi], q.open))
                        .then(|| by("crowd cry")((Who::Unnamed, 1.0)))
                })
                .or_else(|| trailing(cx, pi, q, qs.get(qi + 1)).map(by("trailing")))
                .or_else(|| gesture::gesture(cx, pi, q).map(by("gesture")))
                .or_else(|| gesture::fronted(cx, pi, q).map(by("fronted saying")))
                .or_else(|| voice_complement(cx, pi, q).map(by("voice complement")))
                .or_else(|| asked_by::asked_by(cx, pi, q).map(by("asked by")))
                .or_else(|| asked_by::asked_about_words(cx, pi, q).map(by("asked about")))
                .or_else(|| remarks_by::remarks_by(cx, pi, q).map(by("remarks by")))
                .or_else(|| reported_by(cx, pi, q).map(by("as reported by")))
                .or_else(|| leading(cx, pi, q, prev).map(by("leading")))
                .or_else(|| closing::closing_clause(cx, pi, q).map(by("closing clause")))
                .or_else(|| believed::believed(cx, pi, q).map(by("believed")))
                // "Trump's warnings there would be '…', according to sources familiar with
                // the matter": unnamed sources report the claim; the words are the owner's.
                .or_else(|| {
                    according_to(cx, pi, q).map(|r| match (&r.0, owned_voice(cx, pi, q)) {
                        (Who::Anonymous(_), Some(o)) => by("owned voice")(o),
                        _ => by("according to")(r),
                    })
                })
                .or_else(|| viewpoint(cx, pi, q).map(by("viewpoint")))
                .or_else(|| owned_view(cx, pi, q).map(by("viewpoint")))
                .or_else(|| clause::passive_agent(cx, pi, q).map(by("passive agent")))
                .or_else(|| passive_after::passive_after(cx, pi, q).map(by("passive after")))
                .or_else(|| sentence_before(cx, pi, q, floor).map(by("sentence before")))
                .or_else(|| introduced(cx, pi, q, floor).map(by("introduced before")))
                .or_else(|| dash_after(cx, pi, q).map(by("dash")))
                .or_else(|| owned_voice(cx, pi, q).map(by("owned voice")))
                .or_else(|| {
                    let open = tok_at(&cx.paras[pi], q.open);
                    (floor == 0)
                        .then(|| label(cx, pi, open))
                        .flatten()
                        .map(by("label"))
                        .or_else(|| message_from(cx, pi, open).map(by("message from")))
                        .or_else(|| bare_quote(cx, pi, open).map(by("item label")))
                })
                .or_else(|| colon_subject(cx, pi, q).map(by("colon")))
                .or_else(|| sentence_after(cx, pi, q).map(by("sentence after")))
                .or_else(|| recap::recap(cx, pi, q).map(by("recap")))
                .or_else(|| clause::clause_subject(cx, pi, q).map(by("clause subject")))
                .filter(|w| !names_its_speaker(cx, pi, q, w))
                .filter(|w| !outside_caption(cx, pi, w));
            if let Some(Pick {
                who: Who::Entity(e),
                confidence,
                ..
            }) = &who
                && *confidence >= crate::extract::SPEAKER_THRESHOLD
            {
                cx.spoken.borrow_mut().push(*e);
                cx.spoken_at
                    .borrow_mut()
                    .push((pi, tok_at(&cx.paras[pi], q.open)));
            }
            out.push(Attributed {
                para: pi,
                span: *q,
                who,
            });
        }
        // 4: spans without a speaker take the nearest earlier (else later) attributed span of
        // the paragraph that they may carry on from.
        let here = &out[para_first..];
        let from: Vec<Option<usize>> = (0..here.len())
            .map(|k| {
                if here[k].who.is_some() {
                    return None;
                }
                let may = |j: &usize| {
                    let (from, to) = (&here[*j].span, &here[k].span);
                    let who = here[*j].who.as_ref().map(|w| &w.who);
                    // "'…,' A reads from B's letter. '…'": the reader voices the writer's words.
                    let read = here[*j].who.as_ref().is_some_and(|w| w.rule == "read out");
                    who.is_some()
                        && may_carry(cx, pi, from, to)
                        && !announced::announces_other(cx, pi, to, who)
                        && (read || voiced_between(cx, pi, from, to, who).is_none())
                };
                // A few words quoted inside a sentence of narration are not carried back
                // from a later span: the sentence they sit in has its own subject.
                // But two quoted phrases joined by "and" before one attribution ("'…' and
                // '…,' X said") are both the attribution's.
                let back = || {
                    let p = &cx.paras[pi];
                    let paired = here
                        .get(k + 1)
                        .is_some_and(|n| paired_phrases(p, &here[k].span, &n.span));
                    (!embedded(p, &here[k].span) || paired)
                        .then(|| (k + 1..here.len()).find(may))
                        .flatten()
                };
                (0..k).rev().find(may).or_else(back)
            })
            .collect();
        // Else one who spoke in narration between the last quotation with a speaker and
        // this one ("'…,' says A. 'For governor,' says B. '…'" is B's).
        let voiced: Vec<Option<Pick>> = (0..here.len())
            .map(|k| {
                let j = (0..k).rev().find(|&j| here[j].who.is_some())?;
                if here[j].who.as_ref().is_some_and(|w| w.rule == "read out") {
                    return None;
                }
                let who = here[j].who.as_ref().map(|w| &w.who);
                let e = voiced_between(cx, pi, &here[j].span, &here[k].span, who)?;
                (here[k].who.is_none() && from[k].is_none())
                    .then_some((Who::Entity(e), VOICED))
                    .map(by("voiced before"))
            })
            .collect();
        for (k, j) in from.into_iter().enumerate() {
            if let Some(w) = voiced[k].clone() {
                out[para_first + k].who = Some(w);
            } else if let Some(j) = j {
                let w = out[para_first + j]
                    .who
                    .as_ref()
                    .map(|w| w.carried("same paragraph", 0.95));
                out[para_first + k].who = w;
            }
        }
        // A bulleted item after a lead-in ending on a colon: the lead-in's speaker.
        let item = items::is_item(&cx.paras[pi]);
        if let Some(l) = lead.as_ref().filter(|_| item) {
            for a in &mut out[para_first..] {
                if a.who.is_none() {
                    a.who = Some(l.carried("list item", 0.9));
                }
            }
        }
        if !item {
            lead = items::lead_in(cx, pi).map(by("list lead"));
        }
        // 5 and 6: a paragraph that carries on or is only quotation.
        if let Some(first) = out
            .get_mut(para_first)
            .filter(|a| a.para == pi && a.who.is_none())
        {
            let pure = quotation_only(&cx.paras[pi]);
            // A quotation left open runs on: the same speaker, as sure as before.
            let prev = prev_para_last.as_ref();
            first.who = if first.span.opens_paragraph && prev_para_open {
                prev.map(|w| w.carried("continuation", 1.0))
            } else if pure {
                // Else the one person the paragraph before is about; never for a paragraph
                // that says "he" (`pronoun_carries`).
                prev.cloned()
                    .or_else(|| {
                        let before = pi.checked_sub(1)?;
                        paragraph_subject(cx, before).map(by("paragraph subject"))
                    })
                    .map(|w| {
                        // An answer is as sure as the answer before its question.
                        let factor = if w.rule == ASKED { 1.0 } else { 0.9 };
                        w.carried("follows speaker", factor)
                    })
                    .and_then(|w| not_named_inside(cx, pi, w))
            } else {
                let span = first.span;
                prev.and_then(|w| pronoun_carries(cx, pi, w))
                    .or_else(|| prev.and_then(|w| fact_follows(cx, pi, &span, w)))
                    .filter(|w| !names_its_speaker(cx, pi, &span, w))
            };
            let w = first.who.clone();
            for a in &mut out[para_first..] {
                if a.who.is_none() {
                    a.who = w.clone();
                }
            }
        }
        prev_para_open = qs.last().is_some_and(|q| q.close.is_none());
        let last_here = out[para_first..].iter().rev().find_map(|a| a.who.clone());
        // A line of fact or an interviewer's question between a speaker's quotation
        // paragraphs leaves the speaker before it the one who goes on (`question`).
        let past = prev_para_last
            .take()
            .filter(|_| qs.is_empty())
            .and_then(|w| runs_past(cx, pi, &w));
        prev_para_last = last_here
            .or_else(|| narrated_speaker(cx, pi).map(by("narrated")))
            .or_else(|| label(cx, pi, cx.paras[pi].toks.len()).map(by("label")))
            .or(past);
    }
    pull::from_later(cx.paras, &mut out, &headings);
    pull::repeated(cx.paras, &mut out);
    super::continued::back_from_close(&mut out);
    super::lede::named_later(cx, &mut out);
    super::lede::office_named_next(cx, &mut out);
    chant::unsaid_names(cx, &mut out);
    signer::statement_signer(cx, &mut out);
    out
}

/// "told", "tells": the name after the verb is who was spoken to ("a relative told Ynet"),
/// never the speaker (`data/addressing_verbs.txt`).
pub(super) fn addresses(verb: &str) -> bool {
    LEX.addressing_verbs.contains(verb)
}

/// "thanked President Trump 'for …'", "urged Hamas '…'": before a quotation, the name after
/// a verb of thanks, praise or appeal is the one addressed or credited, never the speaker
/// (`data/crediting_verbs.txt`). (After a quotation, "'…,' urged Smith" is inverted and Smith
/// speaks.)
fn credits(verb: &str) -> bool {
    LEX.crediting_verbs.contains(verb)
}

pub(super) fn tok_at(p: &Para<'_>, byte: usize) -> usize {
    p.toks.partition_point(|t| t.start < byte)
}

/// Paragraph with no word outside its quotations.
pub(super) fn quotation_only(p: &Para<'_>) -> bool {
    p.toks
        .iter()
        .zip(&p.in_quote)
        .filter(|(t, q)| !**q && t.is_word())
        .count()
        == 0
}

/// "'…' and '…,' X said": quotation `q` opens its sentence, and only "and" or "or" stands
/// between its closing mark and the opening of `next`.
fn paired_phrases(p: &Para<'_>, q: &QuoteSpan, next: &QuoteSpan) -> bool {
    let (open, close) = (tok_at(p, q.open), tok_at(p, q.outer_end(p.text)));
    let next_open = tok_at(p, next.open);
    let mark = |i: usize| matches!(p.toks[i].kind, Tok::Punct('“' | '"' | '‘' | '\''));
    let first = if open > 0 && mark(open - 1) {
        open - 1
    } else {
        open
    };
    let joined = (close..next_open)
        .filter(|&i| p.toks[i].is_word())
        .map(|i| p.toks[i].text(p.text))
        .collect::<Vec<_>>();
    p.starts[first] && matches!(joined.as_slice(), ["and" | "or"])
}

/// "A photograph of X. The note reads: '…' Credit …": a caption's words are those of
/// someone in the picture; one it does not name stands outside it, so no speaker.
fn outside_caption(cx: &Ctx<'_, '_>, pi: usize, w: &Pick) -> bool {
    let Who::Entity(e) = w.who else {
        return false;
    };
    cx.paras[pi].caption
        && !cx
            .mentions
            .iter()
            .any(|m| m.para == pi && m.entity == e && !m.in_quote)
}
