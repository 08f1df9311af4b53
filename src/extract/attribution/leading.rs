//! The `leading` sieve: a quotation that a reporting verb before it attributes, in the
//! same sentence of narration ("Leavitt said: '…'", "Leavitt noted that Boehler '…'", "said
//! Witkoff: '…'"), with the speaker the verb's subject or, where the verb opens its clause,
//! the name after it.

use super::super::Para;
use super::super::before::{closed_before, joined_verb};
use super::super::quotes::QuoteSpan;
use super::super::refer::Ref;
use super::super::subject::{after_verb, subject};
use super::super::text::{Tok, is_capitalised};
use super::{Ctx, Who, addresses, chant, cited, credits, inverted, naming, tok_at};

/// A sentence of narration starts at `lo`: a sentence start outside quotations (or at the
/// quotation's own opening mark), but not one that only follows a colon or an opening
/// bracket ("Ted Cruz (R-Texas) said"), nor one after a dash that goes on from narration:
/// the quotation's own mark ("as he expressed amazement at the rocket — '…'") or a word in
/// lower case ("X — a Democrat who has served two terms — said"), whose sentence's subject
/// comes before the dash.
fn opens_narration(p: &Para<'_>, lo: usize, open: usize) -> bool {
    let lower = p.toks[lo].is_word() && !is_capitalised(p.toks[lo].text(p.text));
    let dashed = lo >= 2
        && matches!(p.toks[lo - 1].kind, Tok::Punct('—' | '–'))
        && p.toks[lo - 2].is_word()
        && !p.in_quote[lo - 2]
        && (lo == open || lower && !p.in_quote[lo]);
    p.starts[lo]
        && (!p.in_quote[lo] || lo == open)
        && !p.toks[lo - 1].is_punct(':')
        && !p.toks[lo - 1].is_punct('(')
        && !dashed
}

/// The speaker of quotation `q` of paragraph `pi` by a reporting verb before it (`prev`: the
/// paragraph's quotation before, whose end bounds the search).
pub(super) fn leading(
    cx: &Ctx<'_, '_>,
    pi: usize,
    q: &QuoteSpan,
    prev: Option<&QuoteSpan>,
) -> Option<Ref> {
    let p = &cx.paras[pi];
    let open = tok_at(p, q.open);
    // "X paid tribute to the '…' shown by A and B, saying '…'": a few words quoted inside
    // the clause, narration on both sides, end no clause; the verb's subject is before them.
    let floor = prev
        .filter(|pq| !inside_clause(p, pq))
        .map_or(0, |pq| tok_at(p, pq.outer_end(p.text)));
    // "to cheers and chants of '…'": the words of a crowd, whoever the sentence is about.
    if chant::crowd_cry(cx, pi, open) {
        return Some((Who::Unnamed, 1.0));
    }
    let mut lo = open;
    // "He then added; '…'": a semicolon typed for the colon right after a reporting verb.
    let for_colon = |lo: usize| lo == open && lo >= 2 && cx.reports(pi, lo - 2);
    while lo > floor
        && !opens_narration(p, lo, open)
        && (!p.toks[lo - 1].is_punct(';') || for_colon(lo))
        && open - lo < 80
    {
        lo -= 1;
    }
    if let Some(r) = cited::cited_as_saying(cx, pi, lo, open) {
        return Some(r);
    }
    // The nearest reporting verb with a subject: in "al-Hayya said that the group had
    // responded with '…'", "responded" has none that can speak, "said" has. But a verb right
    // before the quotation ("…, and his wife murmurs: '…'") is its attribution: if no one it
    // names can be placed, an earlier verb's speaker is not this one's.
    let verbs = (lo..open).rev().filter(|&i| {
        cx.reports(pi, i)
            && !cx.silent(pi, i)
            && !closed_before(cx, pi, i, open)
            && !answered_with(cx, pi, lo, i)
            && !but_subject(cx, pi, i, open)
            && !relayed(cx, pi, i)
            && !joined_fragment(cx, pi, lo, i, open)
    });
    // A participle ("…, adding: '…'") is not one: it takes its main clause's subject.
    let adjacent = verbs.clone().next().is_some_and(|v| {
        open - v <= 2
            && !cx.word(pi, v).ends_with("ing")
            && (v + 1..open).all(|i| matches!(p.toks[i].kind, Tok::Punct(':' | ',')))
    });
    // "he said, '…,' and then added, '…'": a predicate joined by "and" after an earlier
    // quotation of the sentence has that quotation's speaker (`same paragraph`), not none.
    let joined = prev.is_some()
        && verbs
            .clone()
            .next()
            .is_some_and(|v| joined_verb(cx, pi, lo, v));
    let aide = verbs
        .clone()
        .next()
        .is_some_and(|v| owned_aide(cx, pi, lo, v));
    let found = verbs
        .take(if adjacent || aide { 1 } else { 3 })
        .find_map(|v| {
            // "said Witkoff: '…'"; never a gerund's object ("saying in an interview with CNN").
            let gerund = cx.word(pi, v).ends_with("ing");
            // "said she 'has no plan'": a pronoun after the verb opens the reported clause.
            let clause = matches!(cx.word(pi, v + 1).as_str(), "he" | "she" | "they" | "it");
            // "…, who acknowledged '…' but said the deal will …": a predicate joined by "but"
            // or "and" has its subject before it; what follows the verb is what was said.
            let joined_pred = v > 0 && matches!(cx.word(pi, v - 1).as_str(), "but" | "and" | "yet");
            let subject = subject(cx, pi, lo, v, q.open).map(|r| own_object(cx, pi, v, r));
            naming::not_self_labelled(cx, pi, lo, v, subject).or_else(|| {
                (!gerund
                    && !clause
                    && !joined_pred
                    && inverted::opens_clause(cx, pi, lo, v)
                    && !addresses(&cx.word(pi, v))
                    && !credits(&cx.word(pi, v)))
                .then(|| after_verb(cx, pi, v + 1, open, q.open))
                .flatten()
            })
        });
    found
        .or((adjacent && !joined || aide).then_some((Who::Unnamed, 1.0)))
        .or_else(|| {
            (lo..open)
                .any(|i| relayed(cx, pi, i))
                .then_some((Who::Unnamed, 1.0))
        })
}

/// "X hasn't conceded and, while rivals press him, his campaign manager said that '…'": the
/// verb nearest the quotation has for subject someone's unnamed aide, kin or staff (a
/// possessive pronoun and lower-case words, opening its clause). That verb attributes the
/// quotation; when no one it describes can be placed, an earlier verb of the sentence
/// ("conceded") and its subject are not this one's, and the words stay unnamed.
fn owned_aide(cx: &Ctx<'_, '_>, pi: usize, lo: usize, v: usize) -> bool {
    let p = &cx.paras[pi];
    let Some(k) = (lo.max(v.saturating_sub(4))..v)
        .rev()
        .find(|&i| matches!(cx.word(pi, i).as_str(), "his" | "her" | "their" | "its"))
    else {
        return false;
    };
    let opens = k == lo
        || p.toks[k - 1].is_punct(',')
        || p.toks[k - 1].is_punct(';')
        || matches!(cx.word(pi, k - 1).as_str(), "and" | "but" | "while");
    let head = k + 1..v;
    opens
        && !head.is_empty()
        && head.clone().all(|i| {
            p.toks[i].is_word()
                && !p.in_quote[i]
                && cx.at[pi][i].is_none()
                && !is_capitalised(p.toks[i].text(p.text))
                && !cx.reports(pi, i)
        })
}

/// "As reported by The Times, a woman was charged with '…'": a passive verb after "as" whose
/// agent follows "by" names the outlet that passed the words on, not their speaker; when no
/// other verb of the sentence names one, the words are left without a speaker.
fn relayed(cx: &Ctx<'_, '_>, pi: usize, v: usize) -> bool {
    v > 0
        && cx.word(pi, v).ends_with("ed")
        && cx.word(pi, v + 1) == "by"
        && (cx.word(pi, v - 1) == "as" || v > 1 && cx.word(pi, v - 2) == "as")
}

/// "He asked Barlow, '…'": no one asks or tells themself, so a subject read as the person
/// the verb at `v` names as its object (past a title) is a misreading; the speaker is someone
/// else the text does not name here, so no one.
fn own_object(cx: &Ctx<'_, '_>, pi: usize, v: usize, r: Ref) -> Ref {
    let Who::Entity(e) = r.0 else { return r };
    let p = &cx.paras[pi];
    let object = (v + 1..(v + 5).min(p.toks.len()))
        .take_while(|&i| p.toks[i].is_word() && !p.in_quote[i])
        .take_while(|&i| cx.at[pi][i].is_some() || is_capitalised(p.toks[i].text(p.text)))
        .find_map(|i| cx.at[pi][i]);
    match object {
        Some(mi) if cx.mentions[mi].entity == e => (Who::Unnamed, 1.0),
        _ => r,
    }
}

/// "A asked the board to act, but the agency declined, citing '…'": a clause after ", but"
/// that opens on a subject of its own (a determiner, a pronoun or a name) lies between the
/// verb at `v` and the quotation; the verb's clause is closed, and the words are the later
/// clause's.
fn but_subject(cx: &Ctx<'_, '_>, pi: usize, v: usize, open: usize) -> bool {
    let p = &cx.paras[pi];
    (v + 2..open.saturating_sub(1)).any(|i| {
        p.toks[i - 1].is_punct(',')
            && !p.in_quote[i]
            && cx.word(pi, i) == "but"
            && (matches!(
                cx.word(pi, i + 1).as_str(),
                "the" | "a" | "an" | "he" | "she" | "they" | "it" | "we" | "i"
            ) || cx.at[pi][i + 1].is_some())
    })
}

/// "He stressed that, despite it all, the group replied with '…'": a verb taking "with"
/// inside the clause an earlier reporting verb's "that" opens gives the manner of a reply in
/// the outer speaker's words; the outer verb attributes the quotation, not this one.
fn answered_with(cx: &Ctx<'_, '_>, pi: usize, lo: usize, v: usize) -> bool {
    cx.word(pi, v + 1) == "with"
        && (lo..v).any(|u| cx.reports(pi, u) && cx.word(pi, u + 1) == "that")
}

/// Whether quotation `q` sits inside a clause of narration: a word of narration right before
/// its opening mark and a lower-case word of narration right after its closing one ("the
/// 'incredible resolve' shown by").
fn inside_clause(p: &Para<'_>, q: &QuoteSpan) -> bool {
    let (open, close) = (tok_at(p, q.open), tok_at(p, q.outer_end(p.text)));
    let narrated = |i: usize| p.toks[i].is_word() && !p.in_quote[i];
    let before = open.checked_sub(1).is_some_and(|j| {
        matches!(p.toks[j].kind, Tok::Punct('“' | '"' | '‘' | '\''))
            && j.checked_sub(1).is_some_and(narrated)
            || narrated(j)
    });
    let after = p
        .toks
        .get(close)
        .is_some_and(|t| narrated(close) && t.text(p.text).starts_with(char::is_lowercase));
    before && after
}

/// "A accused the minister that he promised a deal '…but broke it'", "A said B pledged new
/// trains 'and then cut the budget'": a quotation opening on a lower-case "but", "and", "yet"
/// or "then" right after the object of the reporting verb at `v` adds a second predicate to
/// the clause an earlier reporting verb of the sentence reports; the words are that earlier
/// verb's speaker's, not those of the inner verb's subject.
fn joined_fragment(cx: &Ctx<'_, '_>, pi: usize, lo: usize, v: usize, open: usize) -> bool {
    let p = &cx.paras[pi];
    let joins = p
        .toks
        .get(open + 1)
        .filter(|t| t.is_word())
        .is_some_and(|t| matches!(t.text(p.text), "but" | "and" | "yet" | "then"));
    let object = v + 1 < open && (v + 1..open).all(|i| p.toks[i].is_word() && !p.in_quote[i]);
    joins && object && (lo..v).any(|u| cx.reports(pi, u) && !cx.silent(pi, u))
}
