//! "Channel 12 cited unnamed sources stating that '…'", "the paper quoted a senior official
//! as saying '…'", "Kan, quoting Netanyahu as saying '…'": an outlet that cites or quotes
//! someone passes on that someone's words. The speaker is who is cited, never the outlet: a
//! person named there or meant by a pronoun ("quoted him as saying that … '…'"), else an
//! unnamed source (anonymous), else no one. So does one who tells what another said
//! ("'…,' as the agent had claimed he said"): the words are not the teller's.

use super::super::gender::Gender;
use super::super::lexicon::LEX;
use super::super::refer::Ref;
use super::super::text::Tok;
use super::{Ctx, Who};
use crate::entity::EntityKind;

/// The speaker of a quotation opening at token `open` whose nearest reporting word, a
/// participle ("saying", "stating"), follows a citing verb and its object. `lo` is where the
/// clause before the quotation starts.
pub(super) fn cited_as_saying(cx: &Ctx<'_, '_>, pi: usize, lo: usize, open: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    // The participle: the last word before the quotation (or before "that"), after the object.
    let mut v = open.checked_sub(1)?;
    while v > lo && !p.toks[v].is_word() {
        v -= 1;
    }
    if cx.word(pi, v) == "that" {
        v = v.checked_sub(1)?;
    }
    let says = |v: usize| matches!(cx.word(pi, v).as_str(), "saying" | "stating" | "telling");
    // "quoted him as saying that the task is '…'": the reported clause after "as saying
    // that" may run on before the words quoted in it, with no other verb of report.
    // "quoted A as urging journalists to '…'": any participle after "as" that the quoted
    // words end, a few words on, is what A was cited as doing.
    let urging = |i: usize| {
        let w = cx.word(pi, i);
        w.len() > 5 && w.ends_with("ing") && open - i <= 8
    };
    if !says(v) {
        v = (lo.max(open.saturating_sub(25))..v).rev().find(|&i| {
            (says(i) && cx.word(pi, i + 1) == "that" || urging(i))
                && i > 0
                && cx.word(pi, i - 1) == "as"
                && (i + 1..open)
                    .all(|j| !p.in_quote[j] && !cx.reports(pi, j) && cx.at[pi][j].is_none())
        })?;
    }
    let mut end = v;
    if end > 0 && cx.word(pi, end - 1) == "as" {
        end -= 1;
    }
    // The citing verb, at most fourteen tokens before.
    let c = (lo.max(end.saturating_sub(14))..end).rev().find(|&i| {
        matches!(
            cx.word(pi, i).as_str(),
            "cited" | "citing" | "quoted" | "quoting" | "cites" | "quotes"
        )
    })?;
    // Only words of the object between: a name, a description, an apposition in commas.
    let plain = |i: usize| {
        let t = &p.toks[i];
        t.is_word() || t.kind == Tok::Possessive || t.is_punct('-') || t.is_punct(',')
    };
    if c + 1 >= end || !(c + 1..end).all(plain) {
        return None;
    }
    let person = (c + 1..end).find_map(|i| {
        let m = &cx.mentions[cx.at[pi][i]?];
        (cx.ents[m.entity].kind == EntityKind::Person).then_some(m.entity)
    });
    if let Some(e) = person {
        return Some((Who::Entity(e), 1.0));
    }
    // "Al Jazeera quoted him as saying": the one the pronoun means.
    let gender = match (end - c, cx.word(pi, c + 1).as_str()) {
        (2, "him") => Some(Gender::Male),
        (2, "her") => Some(Gender::Female),
        _ => None,
    };
    if let Some(g) = gender {
        return cx.pronoun(pi, c + 1, g).or(Some((Who::Unnamed, 1.0)));
    }
    let phrase = p.text[p.toks[c + 1].start..p.toks[end - 1].end].to_string();
    let source = (c + 1..end).any(|i| LEX.anon_heads.contains(cx.word(pi, i).as_str()));
    Some((
        if source {
            Who::Anonymous(phrase)
        } else {
            Who::Unnamed
        },
        1.0,
    ))
}

/// "'…,' she recounted him telling her", "'…,' A recalled hearing his son say": the
/// reporting verb at `v` after the quotation has an object and then a verb of saying, so
/// its subject retells another's words. `Some` when it does: the one the object names (a
/// person, or whom "him" or "her" means), else `Unnamed` ("her son" is left unnamed
/// rather than guessed).
pub(super) fn relayed(cx: &Ctx<'_, '_>, pi: usize, v: usize) -> Option<Ref> {
    let mut i = v + 1;
    if cx.word(pi, i) == "hearing" {
        i += 1;
    }
    let obj = i;
    let person = cx.at[pi].get(obj).copied().flatten().filter(|&mi| {
        cx.ents[cx.mentions[mi].entity].kind == EntityKind::Person && cx.mentions[mi].t0 == obj
    });
    let owned = |i: usize| matches!(cx.word(pi, i).as_str(), "his" | "her" | "their");
    let lower = |i: usize| lower_word(cx, pi, i);
    let after = if let Some(mi) = person {
        cx.mentions[mi].t1
    } else if matches!(cx.word(pi, obj).as_str(), "him" | "her" | "them")
        && !owned_noun(cx, pi, obj)
    {
        obj + 1
    } else if owned(obj) && lower(obj + 1) {
        obj + 2 + usize::from(lower(obj + 2) && !says(cx, pi, obj + 2))
    } else {
        return None;
    };
    if !says(cx, pi, after) {
        return None;
    }
    if let Some(mi) = person {
        return Some((Who::Entity(cx.mentions[mi].entity), 1.0));
    }
    let meant = match cx.word(pi, obj).as_str() {
        "him" => cx.pronoun(pi, obj, Gender::Male),
        "her" => cx.pronoun(pi, obj, Gender::Female),
        _ => None,
    };
    Some(meant.unwrap_or((Who::Unnamed, 1.0)))
}

/// A verb of saying that opens what the object of a retelling said.
fn says(cx: &Ctx<'_, '_>, pi: usize, i: usize) -> bool {
    matches!(
        cx.word(pi, i).as_str(),
        "saying" | "telling" | "say" | "tell"
    )
}

/// "her son": "her" owns the noun after it and is no object of its own.
fn owned_noun(cx: &Ctx<'_, '_>, pi: usize, i: usize) -> bool {
    cx.word(pi, i) == "her" && lower_word(cx, pi, i + 1) && !says(cx, pi, i + 1)
}

/// A word in lower case outside quotation marks at token `i`.
fn lower_word(cx: &Ctx<'_, '_>, pi: usize, i: usize) -> bool {
    let p = &cx.paras[pi];
    p.toks.get(i).is_some_and(|t| {
        t.is_word() && !p.in_quote[i] && t.text(p.text).starts_with(|c: char| c.is_lowercase())
    })
}

/// "'…,' as the agent had claimed he said": the reporting verb at `v` after the quotation is
/// followed by a pronoun and a verb of saying of its own, so its subject only tells what
/// another said. The words are that other's, never the subject's.
pub(super) fn relays_another(cx: &Ctx<'_, '_>, pi: usize, v: usize) -> bool {
    let mut i = v + 1;
    if cx.word(pi, i) == "that" {
        i += 1;
    }
    if !matches!(cx.word(pi, i).as_str(), "he" | "she" | "they") {
        return false;
    }
    i += 1;
    if matches!(cx.word(pi, i).as_str(), "had" | "has" | "have") {
        i += 1;
    }
    let p = &cx.paras[pi];
    i < p.toks.len()
        && !p.in_quote[i]
        && matches!(
            cx.word(pi, i).as_str(),
            "said" | "says" | "told" | "stated" | "uttered" | "remarked"
        )
}
