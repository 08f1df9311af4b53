//! The head of a clause before a reporting verb, against the relative clauses and
//! appositions that follow it: "The Forum, which has lobbied for those held by Hamas, said"
//! is the Forum speaking, never Hamas.

use super::super::Para;
use super::super::attribution::{Ctx, Who};
use super::super::candidate::candidate;
use super::super::definite::definite_description;
use super::super::lexicon::LEX;
use super::super::refer::Ref;
use super::super::text::{Tok, is_capitalised};
use crate::entity::EntityKind;

/// A segment that opens a relative clause ("who …", "which …").
pub(super) fn relative(cx: &Ctx<'_, '_>, pi: usize, a: usize) -> bool {
    matches!(cx.word(pi, a).as_str(), "who" | "whose" | "which")
}

/// "A B, whose son, C, is held in Gaza, told …": segment `k` of `segs` is a name in
/// apposition to the noun a "whose" before it opens, and the relative clause goes on after
/// it (a lower-case word opens the next segment), so the name is inside that clause — the
/// one it describes is not the one who speaks.
pub(super) fn relative_apposition(
    cx: &Ctx<'_, '_>,
    pi: usize,
    segs: &[(usize, usize)],
    k: usize,
) -> bool {
    let p = &cx.paras[pi];
    let Some(&(ra, rb)) = k.checked_sub(1).and_then(|j| segs.get(j)) else {
        return false;
    };
    let (hs, he) = segs[k];
    let named = cx.at[pi][hs].is_some_and(|mi| {
        let m = cx.mentions[mi];
        m.t0 == hs && m.t1 == he
    });
    let goes_on = segs.get(k + 1).is_some_and(|&(na, nb)| {
        nb > na
            && p.toks[na].is_word()
            && !is_capitalised(p.toks[na].text(p.text))
            && !relative(cx, pi, na)
    });
    rb > ra + 1 && cx.word(pi, ra) == "whose" && named && goes_on
}

/// "A, whose speech was praised by US, UK and French envoys at the UN, said": segment `k`
/// of `segs` is an item of a list whose commas run on inside a relative clause opened
/// before it (each item a word or two, the last joined by "and" or "or"), so what it names
/// is inside that clause, never the one who speaks.
pub(super) fn in_relative_list(
    cx: &Ctx<'_, '_>,
    pi: usize,
    segs: &[(usize, usize)],
    k: usize,
) -> bool {
    let p = &cx.paras[pi];
    let item = |a: usize, b: usize| b > a && b - a <= 2 && (a..b).all(|i| p.toks[i].is_word());
    let last_item = |a: usize, b: usize| {
        (a + 1..(a + 3).min(b)).any(|i| matches!(cx.word(pi, i).as_str(), "and" | "or"))
            && (a..b).all(|i| p.toks[i].is_word())
    };
    let mut j = k;
    while j > 0 {
        let (a, b) = segs[j];
        if !(item(a, b) || j == k && last_item(a, b)) {
            return false;
        }
        j -= 1;
        let (ra, rb) = segs[j];
        // The segment before the list's second item ends in its first, a single word.
        if relative(cx, pi, ra) && rb > ra + 2 && p.toks[rb - 1].is_word() {
            return true;
        }
    }
    false
}

/// "The Hostages Forum, which …, said": the clause's first segment is the whole name (an
/// article before it at most), so it is the head the appositions describe, not one of them.
/// So is "the" and an age before a name ("The 52-year-old A, who …, said").
pub(super) fn whole_head(cx: &Ctx<'_, '_>, pi: usize, head: usize, hs: usize, mi: usize) -> bool {
    let t0 = cx.mentions[mi].t0;
    let the = cx.word(pi, hs) == "the";
    let aged = t0 == hs + 2 && cx.word(pi, hs + 1).ends_with("-year-old");
    hs == head && (t0 == hs || the && (t0 == hs + 1 || aged))
}

/// A segment that reads as an apposition: a lower-case title or an article and a title
/// ("senior vice president for …", "a spokesman for …"), not a clause.
pub(super) fn opens_apposition(cx: &Ctx<'_, '_>, pi: usize, a: usize) -> bool {
    let p = &cx.paras[pi];
    let lower = |i: usize| {
        p.toks
            .get(i)
            .is_some_and(|t| t.is_word() && !is_capitalised(t.text(p.text)))
    };
    lower(a)
        && (a..a + 4).any(|i| lower(i) && LEX.titles.contains(cx.word(pi, i).as_str()))
        && (a..a + 4)
            .take_while(|&i| lower(i))
            .all(|i| !LEX.reporting_verbs.contains(cx.word(pi, i).as_str()))
}

/// "…on his release, which his family described as a '…'": "which" and then a possessive or
/// an article opens a relative clause with a subject of its own, the noun phrase after it,
/// up to the verb at `b`. That phrase speaks; when it names no one (a family, a group), no
/// one does, never the person the main clause is about.
pub(super) fn which_subject(
    cx: &Ctx<'_, '_>,
    pi: usize,
    a: usize,
    b: usize,
    quote_tok: usize,
) -> Option<Ref> {
    let opens = cx.word(pi, a) == "which"
        && matches!(
            cx.word(pi, a + 1).as_str(),
            "his" | "her" | "their" | "its" | "the" | "a" | "an"
        )
        && b > a + 2
        && b - a <= 6;
    opens.then(|| {
        candidate(cx, pi, a + 1, b, quote_tok)
            .or_else(|| definite_description(cx, pi, a + 1, b, quote_tok))
            .unwrap_or((Who::Unnamed, 1.0))
    })
}

/// "Rep. Dana Voss, of Ohio told reporters": a segment that is only "of" and a place, a
/// home state or country set off after a name whose closing comma is missing.
pub(super) fn of_place(cx: &Ctx<'_, '_>, pi: usize, a: usize, b: usize) -> bool {
    cx.word(pi, a) == "of"
        && cx.at[pi].get(a + 1).copied().flatten().is_some_and(|mi| {
            let m = cx.mentions[mi];
            m.t0 == a + 1 && m.t1 == b && cx.ents[m.entity].kind == EntityKind::Place
        })
}

/// "Dana Voss of Citizens For Fair Maps": a segment that is a person's name, "of" and a
/// capitalised body's name, and nothing else. Gives the person.
pub(super) fn of_body(cx: &Ctx<'_, '_>, pi: usize, hs: usize, he: usize) -> Option<usize> {
    let p = &cx.paras[pi];
    // "Mr Wahab Abdul of …": a courtesy title before the name may be no part of the mention.
    let titled = LEX.titles.contains(cx.word(pi, hs).as_str());
    let mi = cx.at[pi][hs].or_else(|| cx.at[pi][hs + 1].filter(|_| titled))?;
    let m = cx.mentions[mi];
    let person = cx.ents[m.entity].kind == crate::entity::EntityKind::Person;
    let body = m.t1 + 1 < he
        && cx.word(pi, m.t1) == "of"
        && (m.t1 + 1..he).all(|i| {
            // "Ade & Co Chambers": a firm's name joins its partners with an ampersand.
            p.toks[i].text(p.text) == "&"
                || p.toks[i].is_word()
                    && (is_capitalised(p.toks[i].text(p.text))
                        || matches!(cx.word(pi, i).as_str(), "the" | "of" | "for" | "and"))
        })
        && is_capitalised(p.toks[he - 1].text(p.text));
    let opens = m.t0 == hs || m.t0 == hs + 1 && titled;
    (opens && person && body).then_some(m.entity)
}

/// "'…,' Dana Holt, Deputy Campaign Manager said", "Sam Reyes, Chair of the Harbor Trust
/// told reporters": an apposition in title case whose closing comma is missing — capitalised
/// words (and "of", "for", "the", "and" inside), the last of them or the one before "of" a
/// title, no person named in it — between a segment that is only a person's name and the
/// verb. Gives the person; a segment with more in it than the name ("Writing to Dana Holt,
/// Party Chair said") gives no one.
pub(super) fn titled_apposition(
    cx: &Ctx<'_, '_>,
    pi: usize,
    name: (usize, usize),
    a: usize,
    b: usize,
) -> Option<usize> {
    let p = &cx.paras[pi];
    let small = |i: usize| matches!(cx.word(pi, i).as_str(), "of" | "for" | "the" | "and");
    let words = a < b
        && b - a <= 8
        && (a..b).all(|i| {
            p.toks[i].is_word()
                && !p.in_quote[i]
                && (i > a && small(i) || is_capitalised(p.toks[i].text(p.text)))
                && cx.at[pi][i].is_none_or(|m| {
                    cx.ents[cx.mentions[m].entity].kind != crate::entity::EntityKind::Person
                })
        });
    let head_end = (a..b).find(|&i| cx.word(pi, i) == "of").unwrap_or(b);
    let titled = head_end > a && LEX.titles.contains(cx.word(pi, head_end - 1).as_str());
    only_name(cx, pi, name).filter(|_| words && titled)
}

/// The person whose name is all of the segment `name` but for titles before it ("Dana
/// Holt", "Senator Dana Holt").
fn only_name(cx: &Ctx<'_, '_>, pi: usize, name: (usize, usize)) -> Option<usize> {
    let m = cx.mentions[cx.at[pi][name.1.checked_sub(1)?]?];
    let only = m.t1 == name.1
        && (name.0..m.t0).all(|i| LEX.titles.contains(cx.word(pi, i).as_str()))
        && cx.ents[m.entity].kind == crate::entity::EntityKind::Person;
    only.then_some(m.entity)
}

/// "'…,' Dan Ortiz, Mira Ortiz’s brother said": an apposition of kin or office owned by
/// another person ("X’s husband", "the minister’s spokesman") whose closing comma is missing,
/// between a segment that is only a person's name and the verb. The name speaks, not the one
/// the kin word would point back to. Gives the person.
pub(super) fn owned_apposition(
    cx: &Ctx<'_, '_>,
    pi: usize,
    name: (usize, usize),
    a: usize,
    b: usize,
) -> Option<usize> {
    let p = &cx.paras[pi];
    // The owner: a name, or "the" and one word, then the possessive mark.
    let owner_end = (a..b.min(a + 6)).find(|&i| p.toks[i].kind == Tok::Possessive)?;
    let owner_named = cx.at[pi][a].is_some_and(|mi| cx.mentions[mi].t1 == owner_end);
    let owner_the = owner_end == a + 2 && cx.word(pi, a) == "the";
    // "Raymond Simonson, JW3's chief executive told": an owner in capitals the text names
    // nowhere else (a body the extractor does not know) owns the title just the same.
    let owner_caps = owner_end > a
        && owner_end - a <= 3
        && (a..owner_end).all(|i| p.toks[i].is_word() && is_capitalised(p.toks[i].text(p.text)));
    // The head: one or two lower-case words, one a kin word or a title.
    let head = owner_end + 1..b;
    let head_ok = (1..=2).contains(&head.len())
        && head.clone().all(|i| {
            p.toks[i].is_word() && !p.in_quote[i] && !is_capitalised(p.toks[i].text(p.text))
        })
        // "chief executive": a title may lead a two-word head as well as end it.
        && head.clone().any(|i| {
            let w = cx.word(pi, i);
            LEX.kin.contains(w.as_str()) || LEX.titles.contains(w.as_str())
        });
    only_name(cx, pi, name).filter(|_| (owner_named || owner_the || owner_caps) && head_ok)
}

/// "Dan Ortiz, brother of hostage Eli Ortiz said", "Rina Tal, sister-in-law of captive Avi
/// Mor told": an apposition of kin opened by the kin word ("the" or "a" before it at most,
/// "-in-law" after it) and "of", whose closing comma is missing, between a segment that is
/// only a person's name and the verb. The name speaks; the relative named after "of" is who
/// the name is described by, never the speaker. Gives the person.
pub(super) fn kin_of_apposition(
    cx: &Ctx<'_, '_>,
    pi: usize,
    name: (usize, usize),
    a: usize,
    b: usize,
) -> Option<usize> {
    let p = &cx.paras[pi];
    let start = a + usize::from(matches!(cx.word(pi, a).as_str(), "the" | "a"));
    let of = (start + 1..b.min(start + 6)).find(|&i| cx.word(pi, i) == "of")?;
    let word = cx.word(pi, start);
    let kin = word
        .strip_suffix("-in-law")
        .or_else(|| word.strip_suffix("-in-laws"))
        .unwrap_or(&word);
    let head_ok = p.toks[start].is_word()
        && !p.in_quote[start]
        && !is_capitalised(p.toks[start].text(p.text))
        && LEX.kin.contains(kin)
        && (start + 1..of).all(|i| {
            !p.in_quote[i]
                && (p.toks[i].is_punct('-') || matches!(cx.word(pi, i).as_str(), "in" | "law"))
        });
    only_name(cx, pi, name).filter(|_| head_ok && of + 1 < b)
}

/// "X said the attack was “…” and a government official said …": a segment that holds a
/// reported clause with its quotation, then "and" or "but" and a new noun phrase before the
/// verb, is two clauses; the verb's subject is the one after the conjunction, never the
/// earlier speaker. The token that opens that subject, if the segment `a..b` is so.
pub(super) fn after_reported_clause(
    cx: &Ctx<'_, '_>,
    pi: usize,
    a: usize,
    b: usize,
) -> Option<usize> {
    let p = &cx.paras[pi];
    let j = (a + 1..b.saturating_sub(1))
        .rev()
        .find(|&j| !p.in_quote[j] && matches!(cx.word(pi, j).as_str(), "and" | "but"))?;
    let quoted = (a..j).any(|i| p.in_quote[i]);
    let reported = (a..j).any(|i| !p.in_quote[i] && cx.reports(pi, i));
    let opens_np = p.toks[j + 1].is_word()
        && (is_capitalised(p.toks[j + 1].text(p.text))
            || matches!(
                cx.word(pi, j + 1).as_str(),
                "a" | "an" | "the" | "his" | "her" | "their" | "one" | "another"
            ));
    let verbless = (j + 1..b).all(|i| p.in_quote[i] || !cx.reports(pi, i));
    (quoted && reported && opens_np && verbless).then_some(j + 1)
}

/// Segments between commas, outside quotations, of tokens `lo..end`. A quotation that ends
/// a clause ("'…,' X said") starts a new segment; a word in scare quotes inside a clause
/// ("Biden's 'garbage' comment") does not. A comma inside round brackets splits nothing:
/// "Rep. A (R., N.C.) said".
pub(super) fn segments(p: &Para<'_>, lo: usize, end: usize) -> Vec<(usize, usize)> {
    let mut segs: Vec<(usize, usize)> = Vec::new();
    let mut s = lo;
    let mut depth = 0usize;
    for i in lo..end {
        match p.toks[i].kind {
            Tok::Punct('(') => depth += 1,
            Tok::Punct(')') => depth = depth.saturating_sub(1),
            _ => {}
        }
        if p.in_quote[i] || p.toks[i].kind == Tok::Punct('”') {
            let closes = !p.in_quote.get(i + 1).copied().unwrap_or(false);
            let clause_end =
                i > 0 && matches!(p.toks[i - 1].kind, Tok::Punct(',' | '.' | '?' | '!'));
            if closes && clause_end {
                s = i + 1;
            }
            continue;
        }
        if p.toks[i].is_punct(',') && depth == 0 {
            segs.push((s, i));
            s = i + 1;
        }
    }
    segs.push((s, end));
    segs
}
