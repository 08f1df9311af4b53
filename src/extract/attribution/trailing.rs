//! A quotation's speaker named after it: "'…,' X said", "'…,' said X", and the sentence
//! that closes on ", X said" after a quotation that opened it; "That is how X described
//! it" after a quotation that ended its sentence.

mod sentence_end;
use sentence_end::sentence_end;

use super::{Ctx, Who, addresses, tok_at};
use crate::entity::EntityKind;
use crate::extract::outlet;
use crate::extract::para::Apposition;
use crate::extract::quotes::QuoteSpan;
use crate::extract::refer::Ref;
use crate::extract::subject::{after_verb, subject};
use crate::extract::text::{Tok, is_capitalised};

/// Words that open a clause of time, cause or condition.
const SUBORDINATORS: &[&str] = &[
    "when", "while", "because", "after", "before", "if", "although", "though", "until", "since",
    "whereas", "whenever",
];

pub(super) fn trailing(
    cx: &Ctx<'_, '_>,
    pi: usize,
    q: &QuoteSpan,
    next: Option<&QuoteSpan>,
) -> Option<Ref> {
    let p = &cx.paras[pi];
    let close = q.close?;
    let start = tok_at(p, close) + 1;
    let stop = next.map_or(p.toks.len(), |n| tok_at(p, n.open));
    // "…so much,'”": the comma before an inner quotation's closing mark still leads on.
    let inner = p.text[q.start..q.end].trim_end_matches([' ', '\'', '’', '"', '”']);
    // "'…newborn baby', X said": wire copy that puts the comma outside the marks leads on
    // the same way.
    let comma_after = p.toks.get(start).is_some_and(|t| t.is_punct(','));
    // "'…if there was any upset…' Scamps said while …": words that trail off in an ellipsis
    // lead on to their attribution as a comma does; they end no sentence.
    let trails = inner.ends_with('…') || inner.ends_with("...");
    // "'To the sea, to the sea' shouted a boy": words with no stop of their own, and a
    // reporting verb right after the closing mark, are attributed as after a comma.
    // "'…my record' Markey said, falling back on …": so does a name or pronoun of one or two
    // words and then the reporting verb, when the writer left the comma out.
    let named_then_verb = (1..=2).any(|k| {
        (start..start + k).all(|i| {
            p.toks.get(i).is_some_and(|t| t.is_word() && !p.in_quote[i])
                && (is_capitalised(p.toks[i].text(p.text))
                    || matches!(cx.word(pi, i).as_str(), "he" | "she"))
        }) && start + k < stop
            && cx.reports(pi, start + k)
    });
    let unstopped =
        !inner.ends_with(['.', '?', '!', ':', ';']) && (cx.reports(pi, start) || named_then_verb);
    // "'…process' since being freed on Feb. 22, his sister, A, stated": a clause of time
    // closed by a comma may stand between the words and their attribution, when no verb
    // before the words reports them ("A warned that '…' if …, and B added" is A's).
    let open = tok_at(p, q.open);
    let reported_before = (0..open)
        .rev()
        .take_while(|&i| !p.starts[i + 1] || p.in_quote[i + 1])
        .any(|i| !p.in_quote[i] && cx.reports(pi, i));
    if reported_before && compares(cx, pi, start + usize::from(comma_after), stop) {
        return None;
    }
    let clause_first = !inner.ends_with(['.', '?', '!'])
        && !reported_before
        && SUBORDINATORS.contains(&cx.word(pi, start).as_str())
        && subordinate_closes(cx, pi, start, stop.min(start + 20));
    let soft = inner.ends_with([',', '?', '!', '—', '-', '–'])
        || comma_after
        || trails
        || unstopped
        || clause_first;
    let limit = if clause_first {
        30
    } else if soft {
        20
    } else {
        4
    };
    let mut verb = None;
    for i in start..stop.min(start + limit) {
        // "'…,' Rep. Byron Donalds (R-FL) told …": a bracket opens no sentence here, nor
        // a dash before a word in lower case ("'…,' X — who won last year — said").
        let dash_on = matches!(p.toks[i - 1].kind, Tok::Punct('—' | '–'))
            && p.toks[i].is_word()
            && !is_capitalised(p.toks[i].text(p.text));
        if i > start && p.starts[i] && !p.in_quote[i] && !p.toks[i - 1].is_punct('(') && !dash_on {
            break;
        }
        if matches!(p.toks[i].kind, Tok::Punct('.' | ';' | '!' | '?')) {
            break;
        }
        // "'…,' and booed when the envoy mentioned X": a verb inside a clause of time or
        // cause that opens after other words reports something else, not this quotation.
        // Right after the quotation too, unless a comma closes the clause before the verb
        // ("'…', while Y argued that …" is Y's own claim; "'…,' when asked, X said" is X's).
        if !p.in_quote[i]
            && SUBORDINATORS.contains(&cx.word(pi, i).as_str())
            && (i > start + 1 || !subordinate_closes(cx, pi, i, stop.min(start + limit)))
        {
            break;
        }
        // "'…,' a nod to a remark in which he said …": a relative clause after the
        // quotation reports something else; its verb is not this quotation's.
        if i > start + 1 && matches!(cx.word(pi, i).as_str(), "which" | "whom") {
            break;
        }
        // "'…,' during what began as a routine patrol": a verb whose subject is "what" or
        // "which" narrates an event, not the quotation.
        if cx.reports(pi, i)
            && !matches!(cx.word(pi, i - 1).as_str(), "what" | "which")
            && !modifies_noun(cx, pi, i)
        {
            verb = Some(i);
            break;
        }
    }
    // A verb inside the apposition ("…, who wrote the measure, said") reports nothing here.
    let verb = match soft.then(|| past_apposition(cx, pi, start, stop)).flatten() {
        Some((comma, v)) if verb.is_none_or(|w| w > comma) => Some(v),
        _ => verb,
    };
    let Some(v) = verb else {
        return sentence_end(cx, pi, q, start, stop)
            .or_else(|| soft.then(|| named_alone(cx, pi, start, stop)).flatten())
            .or_else(|| {
                (!soft)
                    .then(|| looked_back(cx, pi, start, stop, q.open))
                    .flatten()
            });
    };
    // "'…,' as first reported by Channel 12": the outlet that reported the words is not
    // the one who spoke them.
    if cx.word(pi, v + 1) == "by" && cx.word(pi, v).ends_with("ed") {
        return None;
    }
    // "credited the release to '…,' with Prime Minister X expressing gratitude": a clause
    // opened by "with" after the quotation is what someone else did alongside it; the
    // quotation is the main clause's (`leading`).
    if cx.word(pi, v).ends_with("ing") && (start..v).any(|i| cx.word(pi, i) == "with") {
        return None;
    }
    // "'…ends here.' Fetterman said women should …, and '…'": after a quotation that ended
    // its sentence, a verb that opens a long clause or a quotation of its own announces
    // what follows, not what came before.
    // "'…ago?' The crowd answered with a loud 'No!'": a question or exclamation that ends
    // its sentence, then a new sentence whose verb has a quotation of its own after other
    // words: that verb reports its own quotation.
    let asked = inner.ends_with(['?', '!']) && p.starts.get(start) == Some(&true);
    if !soft || asked {
        // Nine words decide it, so the look ahead is bounded: a paragraph-long line of
        // quotations stays linear.
        let n = p.toks.len().min(v + 40);
        let end = (v + 1..n)
            .find(|&i| p.starts[i] && !p.in_quote[i] || p.toks[i].is_punct('.'))
            .unwrap_or(n);
        let words = (v + 1..end).filter(|&i| p.toks[i].is_word()).count();
        let own = (v + 1..end).find(|&i| p.in_quote[i]);
        if !soft && (words > 8 || own.is_some()) || own.is_some_and(|q| q > v + 2) {
            return None;
        }
    }
    // "'…continue.' Netanyahu, he said, assured him …": after a quotation that ended its
    // sentence, "PRONOUN said" set off by commas inside the next sentence, whose own
    // predicate goes on after it, reports that sentence; the quotation is not its words.
    if !soft
        && p.starts.get(start) == Some(&true)
        && v > start + 2
        && matches!(cx.word(pi, v - 1).as_str(), "he" | "she" | "they")
        && p.toks[v - 2].is_punct(',')
        && p.toks.get(v + 1).is_some_and(|t| t.is_punct(','))
        && p.toks
            .get(v + 2)
            .is_some_and(|t| t.is_word() && !is_capitalised(t.text(p.text)) && !p.in_quote[v + 2])
    {
        return None;
    }
    // "He praised them as '…,' and they replied: '…'": a clause joined by "and" whose verb
    // ends on a colon opens the reply that follows; the words before are not the reply.
    let joined = cx.word(pi, start + usize::from(comma_after)) == "and";
    if joined && p.toks.get(v + 1).is_some_and(|t| t.is_punct(':')) {
        return None;
    }
    if let Some(r) = outlet::quoted_as(cx, pi, start, v, q.open) {
        return r;
    }
    // "'…,' as X had claimed he said": X tells what another said (`cited`).
    if super::cited::relays_another(cx, pi, v) {
        return None;
    }
    // "'…,' she recounted him telling her": the object's words, never the teller's.
    if let Some(other) = super::cited::relayed(cx, pi, v) {
        let teller = subject(cx, pi, start, v, q.open);
        let same = teller.is_some_and(|t| t.0 == other.0);
        return Some(if same { (Who::Unnamed, 1.0) } else { other });
    }
    // "He added, '…,' urging X to act": a participle right after the quotation goes on with
    // the main clause's subject; the name after it is whom it addresses, not who spoke.
    let participle = v <= start + 1 && cx.word(pi, v).ends_with("ing");
    let found = subject(cx, pi, start, v, q.open).or_else(|| {
        (!addresses(&cx.word(pi, v)) && !participle)
            .then(|| after_verb(cx, pi, v + 1, stop, q.open))
            .flatten()
    });
    if let Some(r) = &found
        && outlet::outlet_reported(cx, pi, start, v, r)
    {
        return Some(told_before_outlet(cx, pi, q).unwrap_or((Who::Unnamed, 1.0)));
    }
    found.or_else(|| {
        own_slot(cx, pi, start + usize::from(comma_after), v).then_some((Who::Unnamed, 1.0))
    })
}

/// "X accused his rivals of trying to '…,' the Herald reported": the outlet after the
/// quotation only passes the sentence on; the sentence's own reporting verb before the
/// quotation (`leading`) names its speaker. Only when that is a person, no "that" opens a
/// reported clause with a subject of its own before the words, and no other person is
/// named between the sentence's start and the quotation, but as the owner of a thing ("lost
/// contact with hostage A's captors, following what he called '…'", where A cannot speak).
fn told_before_outlet(cx: &Ctx<'_, '_>, pi: usize, q: &QuoteSpan) -> Option<Ref> {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    let lo = (0..open).rev().find(|&i| p.starts[i] && !p.in_quote[i])?;
    let r = super::leading::leading(cx, pi, q, None)?;
    let Who::Entity(e) = r.0 else { return None };
    let person = |i: usize| {
        cx.at[pi][i].filter(|&mi| {
            let m = &cx.mentions[mi];
            let owner = p.toks.get(m.t1).is_some_and(|t| t.kind == Tok::Possessive);
            cx.ents[m.entity].kind == EntityKind::Person && !owner
        })
    };
    let others = (lo..open).any(|i| person(i).is_some_and(|mi| cx.mentions[mi].entity != e));
    let that = (lo..open).any(|i| !p.in_quote[i] && cx.word(pi, i) == "that");
    (cx.ents[e].kind == EntityKind::Person && !others && !that).then_some(r)
}

/// "'…!' a relative cried", "'…,' his cousin said", "'…,' someone shouted": a few plain
/// words right after the closing mark, then the reporting verb, are the quotation's own
/// speaker. When no one can be named from them, the quotation is still spoken by them, so
/// it is left unnamed: no sentence before it (a hospital's statement, say) may lend it a
/// speaker it did not have.
/// Only a noun phrase that opens on a determiner, a possessive or "someone" counts, not
/// narration that goes on ("'…,' and urged Israel", "'…' once results were posted").
fn own_slot(cx: &Ctx<'_, '_>, pi: usize, s: usize, v: usize) -> bool {
    let p = &cx.paras[pi];
    (1..=4).contains(&v.saturating_sub(s))
        && matches!(
            cx.word(pi, s).as_str(),
            "a" | "an"
                | "one"
                | "another"
                | "his"
                | "her"
                | "their"
                | "our"
                | "my"
                | "someone"
                | "somebody"
        )
        && (s..v).all(|i| p.toks[i].is_word() && !p.in_quote[i] && !cx.reports(pi, i))
}

/// "'…,' Senate leader Dana Voss, a Fresno Democrat who wrote the measure and led the
/// campaign for it through two sessions, said at a rally": a name, then an apposition too
/// long for the look ahead of `trailing`, then the verb right after the comma that closes
/// it. Only the plain shape: the name within six words of the quotation, the apposition
/// between two commas with no full stop, quotation or third comma in it (but for one
/// relative clause opened by "who" or "whose", or by "which" on a body's name), and a
/// reporting verb next. Gives the comma that opens the apposition and the verb.
fn past_apposition(
    cx: &Ctx<'_, '_>,
    pi: usize,
    start: usize,
    stop: usize,
) -> Option<(usize, usize)> {
    let p = &cx.paras[pi];
    let first = (start..stop.min(start + 8)).find(|&i| p.toks[i].is_punct(','))?;
    let named = (start..first).all(|i| p.toks[i].is_word() && !p.in_quote[i])
        && cx.at[pi][first - 1].is_some();
    if !named || first == start {
        return None;
    }
    let end = stop.min(first + 40);
    let mut second = p.apposition_close(first, end, Apposition::Plain)?;
    // "'…,' Dana Voss, the daughter of detainee Ron Voss, who is due to be freed next week,
    // told Reuters": one relative clause on a person ("who", "whose") may close the
    // apposition on a comma of its own before the verb.
    // So may one on the body the apposition ends on ("…, co-chair of the Fair Maps Fund,
    // which led the campaign, said"): "which" after a capitalised name.
    let on_body = cx.word(pi, second + 1) == "which"
        && p.toks[second - 1].is_word()
        && is_capitalised(p.toks[second - 1].text(p.text));
    let relative = matches!(cx.word(pi, second + 1).as_str(), "who" | "whose") || on_body;
    if !cx.reports(pi, second + 1) && relative {
        second = p.apposition_close(second, end, Apposition::Plain)?;
    }
    cx.reports(pi, second + 1).then_some((first, second + 1))
}

/// "'…,' Dana Voss of the Freedom Fund." — copy that dropped its "said": after a quotation
/// that leads on, a sentence that is only a person's name (titles before it, "of" and a body
/// or a few words of where after it: "on RTL radio"), ending the paragraph or followed only by more quotation, names the speaker.
fn named_alone(cx: &Ctx<'_, '_>, pi: usize, start: usize, stop: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    let mut s = start;
    while s < stop && s - start < 5 && cx.at[pi][s].is_none() && {
        let t = &p.toks[s];
        t.is_word()
            && (crate::extract::lexicon::LEX.is_title(t.text(p.text))
                || crate::extract::text::is_capitalised(t.text(p.text)))
    } {
        s += 1;
    }
    let mi = cx.at[pi].get(s).copied().flatten()?;
    let m = cx.mentions[mi];
    if m.t0 != s || cx.ents[m.entity].kind != crate::entity::EntityKind::Person {
        return None;
    }
    let mut i = m.t1;
    // "…, Foreign Minister X on RTL radio.": where the words were said, in a few words.
    if matches!(cx.word(pi, i).as_str(), "on" | "to" | "in" | "at") {
        let end = (i + 1..stop.min(i + 6)).find(|&j| !p.toks[j].is_word());
        i = end.unwrap_or(i);
    } else if cx.word(pi, i) == "of" {
        i += 1;
        while i < stop
            && i - m.t1 < 12
            && p.toks[i].is_word()
            && (crate::extract::text::is_capitalised(p.toks[i].text(p.text))
                || matches!(cx.word(pi, i).as_str(), "the" | "of" | "for" | "and"))
        {
            i += 1;
        }
    }
    let ends = p.toks.get(i).is_some_and(|t| t.is_punct('.')) && i + 1 >= stop;
    ends.then_some((Who::Entity(m.entity), 0.85))
}

/// "'…there was singing in the ward.' That is how Dr X, head of the unit, described the
/// night": after a quotation that ends its sentence, a sentence opening on "that is how" or
/// "that is what" points back to it, and the subject of its reporting verb spoke it.
fn looked_back(cx: &Ctx<'_, '_>, pi: usize, start: usize, stop: usize, open: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    if start >= stop || !p.starts[start] || cx.word(pi, start) != "that" {
        return None;
    }
    let mut k = start + 1;
    if p.toks.get(k).is_some_and(|t| t.kind == Tok::Possessive)
        || matches!(cx.word(pi, k).as_str(), "is" | "was")
    {
        k += 1;
    }
    if !matches!(cx.word(pi, k).as_str(), "how" | "what") {
        return None;
    }
    // The verb within the sentence, in a bounded look ahead.
    let v = (k + 2..stop.min(k + 30))
        .take_while(|&i| {
            !p.in_quote[i]
                && !p.starts[i]
                && !matches!(p.toks[i].kind, Tok::Punct('.' | ';' | '!' | '?'))
        })
        .find(|&i| cx.reports(pi, i))?;
    subject(cx, pi, k + 1, v, open).map(|(w, c)| (w, c * 0.9))
}

/// Whether the clause a subordinator at `i` opens closes on a comma before `end` and before
/// any reporting verb: "when asked about it," leaves the verb after the comma to the main
/// clause.
fn subordinate_closes(cx: &Ctx<'_, '_>, pi: usize, i: usize, end: usize) -> bool {
    let p = &cx.paras[pi];
    (i + 1..end)
        .take_while(|&j| !cx.reports(pi, j))
        .any(|j| p.toks[j].is_punct(','))
}

/// Whether the reporting verb at `i` is a participle used as an adjective: "a widely
/// reported remark", "the stated aim" — an article before it, or an article and an adverb.
fn modifies_noun(cx: &Ctx<'_, '_>, pi: usize, i: usize) -> bool {
    let article = |k: usize| matches!(cx.word(pi, k).as_str(), "a" | "an" | "the");
    i >= 1 && article(i - 1) || i >= 2 && cx.word(pi, i - 1).ends_with("ly") && article(i - 2)
}

/// "He said the video was '…,' as B claimed in a post": after words that a reporting verb
/// before them in their own sentence already reports, a clause of comparison ("as" and a
/// reporting verb within ten words) tells what someone else said of the matter, agreeing or
/// not; the words stay with the verb before them (`leading`).
fn compares(cx: &Ctx<'_, '_>, pi: usize, s: usize, stop: usize) -> bool {
    let p = &cx.paras[pi];
    cx.word(pi, s) == "as"
        && (s + 1..stop.min(s + 11))
            .take_while(|&i| {
                !p.starts[i] && !matches!(p.toks[i].kind, Tok::Punct('.' | ';' | '!' | '?'))
            })
            .any(|i| !p.in_quote[i] && cx.reports(pi, i))
}
