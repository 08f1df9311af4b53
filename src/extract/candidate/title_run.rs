//! Where a title runs on to the name that holds it: "the Prime Minister and Official
//! Spokesperson for the Ministry … Dr Majed al-Ansari", "Minister of Culture Miki Zohar". A
//! title that runs on is read with the name, not as a description or an unnamed source.

use crate::entity::EntityKind;
use crate::extract::attribution::Ctx;
use crate::extract::lexicon::LEX;
use crate::extract::text::is_capitalised;

/// The words from `i` carry a title on to a name: a capitalised word, or a run of capitalised
/// words and connectors ("and Official Spokesperson for the Ministry …") that ends at a name.
pub(super) fn title_runs_on(cx: &Ctx<'_, '_>, pi: usize, i: usize, b: usize) -> bool {
    let p = &cx.paras[pi];
    let cap = |j: usize| p.toks[j].is_word() && is_capitalised(p.toks[j].text(p.text));
    if i < b && cap(i) {
        return true;
    }
    let mut j = i;
    while j < b && cx.at[pi][j].is_none() {
        let connector = matches!(cx.word(pi, j).as_str(), "and" | "of" | "for" | "the" | "to");
        if !(cap(j) || connector) {
            return false;
        }
        j += 1;
    }
    // "the founder of the Harbor Rescue League added": a run that ends on an organisation's
    // name, with no person after it, ends the description; it reaches no name.
    let org_ends = cx.at[pi].get(j).copied().flatten().is_some_and(|m| {
        cx.ents[cx.mentions[m].entity].kind == EntityKind::Organization
            && (cx.mentions[m].t1..b).all(|k| cx.at[pi][k].is_none())
    });
    j < b && j > i && !org_ends
}

/// From `i`, "of" and a portfolio in capitals ("of Culture", "of Foreign Affairs and
/// Trade") straight to a person's name. Not "for" or "to" ("Adviser to …", "Spokesman for
/// …": the adviser speaks), and no title on the way ("Spokesman of Prime Minister X": X
/// holds that title, the spokesman speaks).
pub(super) fn portfolio_runs_to_name(cx: &Ctx<'_, '_>, pi: usize, i: usize, b: usize) -> bool {
    let p = &cx.paras[pi];
    if i + 1 >= b || cx.word(pi, i) != "of" {
        return false;
    }
    let mut j = i + 1;
    while j < b && cx.at[pi][j].is_none() {
        let w = cx.word(pi, j);
        let capital = p.toks[j].is_word() && is_capitalised(p.toks[j].text(p.text));
        let portfolio = capital && !LEX.titles.contains(w.as_str());
        if !(portfolio || matches!(w.as_str(), "and" | "the")) {
            return false;
        }
        j += 1;
    }
    j > i + 1
        && j < b
        && cx.at[pi][j].is_some_and(|m| cx.ents[cx.mentions[m].entity].kind == EntityKind::Person)
}

/// "spokesperson for Turkey's ruling Justice and Development Party Omer Celik said": a head
/// with no article that opens the subject, then "for" or "of" and a body's name (ending in a
/// body's word, `data/org_cues.txt`), and right after it a person's name that ends the
/// subject. Without an article the head is the person's title, written before the name as a
/// capitalised one would be. Only a body's word right before the person: "spokesman for
/// Prime Minister A said" is A's unnamed spokesman.
pub(super) fn title_before_name(
    cx: &Ctx<'_, '_>,
    pi: usize,
    a: usize,
    i: usize,
    b: usize,
) -> Option<usize> {
    let m = cx.mentions[cx.at[pi][b - 1]?];
    let before = m.t0.checked_sub(1)?;
    let p = &cx.paras[pi];
    let body = p.toks[before].is_word() && LEX.org_cues.contains(p.toks[before].text(p.text));
    let opens = i == a && matches!(cx.word(pi, i + 1).as_str(), "for" | "of");
    (opens
        && body
        && m.t1 == b
        && before > i + 1
        && cx.at[pi][before]
            .is_none_or(|o| cx.ents[cx.mentions[o].entity].kind != EntityKind::Person)
        && cx.ents[m.entity].kind == EntityKind::Person)
        .then_some(m.entity)
}
