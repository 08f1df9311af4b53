//! Offices as words: the title a person holds, normalised so that "the prime minister said"
//! finds "Prime Minister A" and "the vice president" does not find a president; the office
//! read at a token, its spelled initials ("the DPM"), and a nationality before it.

use super::Ref;
use crate::entity::EntityKind;
use crate::extract::attribution::Ctx;
use crate::extract::lexicon::LEX;

/// Words that make a different office of the title after them: a vice president is not "the
/// president", a prime minister not "the minister".
pub(in crate::extract) const OFFICE_MODIFIERS: &[&str] = &[
    "vice",
    "deputy",
    "prime",
    "assistant",
    "under",
    "lieutenant",
    "acting",
];

/// Descriptive words, with an office modifier joined to the word it modifies ("vice
/// president").
/// A title cut short before a name ("Lt. Gov. A B", "Sen. C D") is read in full first, so
/// that "Lt." joins "Gov." as the one office "lieutenant governor" that "the lieutenant
/// governor said" names (`data/office_abbreviations.txt`).
pub(in crate::extract) fn offices(words: &[String]) -> Vec<String> {
    let words: Vec<String> = words
        .iter()
        .map(|w| {
            let bare = w.trim_end_matches('.');
            LEX.office_abbreviations
                .get(bare)
                .map_or_else(|| w.clone(), |full| (*full).to_string())
        })
        .collect();
    let mut out = Vec::with_capacity(words.len());
    let mut k = 0;
    while k < words.len() {
        // "Deputy Prime Minister": two modifiers before the head are one office of three
        // words, which "the deputy premier" names too; "minister" alone still describes it.
        let modifier = |j: usize| OFFICE_MODIFIERS.contains(&words[j].as_str());
        if modifier(k) && k + 2 < words.len() && modifier(k + 1) {
            let office = format!("{} {} {}", words[k], words[k + 1], words[k + 2]);
            out.push(same_office(office));
            out.push(same_office(words[k + 2].clone()));
            k += 3;
        } else if modifier(k) && k + 1 < words.len() {
            out.push(same_office(format!("{} {}", words[k], words[k + 1])));
            k += 2;
        } else {
            out.push(same_office(words[k].clone()));
            k += 1;
        }
    }
    out
}

/// One spelling for the names of one office, so "the premier said" finds the person the
/// article titled "PM" or "prime minister".
fn same_office(office: String) -> String {
    // "deputy premier", "deputy PM": a modifier keeps its place before the office it names.
    if let Some((m, rest)) = office.split_once(' ')
        && m != "prime"
        && OFFICE_MODIFIERS.contains(&m)
    {
        return format!("{m} {}", same_office(rest.to_string()));
    }
    match office.as_str() {
        "premier" | "pm" | "prime minster" => "prime minister".to_string(),
        // A misspelling common in hurried copy: "the Minster said" is the minister.
        "minster" => "minister".to_string(),
        // "the VC", "the CEO": an office's initials, the word of its full name.
        _ => match LEX.office_abbreviations.get(office.as_str()) {
            Some(full) => (*full).to_string(),
            None => office,
        },
    }
}

/// The office a description at token `i` of paragraph `pi` names: its word, joined to an
/// office modifier before it ("the vice president" → "vice president").
pub(in crate::extract) fn office_at(cx: &Ctx<'_, '_>, pi: usize, i: usize) -> String {
    let w = cx.word(pi, i);
    let modifier_at = |j: Option<usize>| {
        j.map(|j| cx.word(pi, j))
            .filter(|m| OFFICE_MODIFIERS.contains(&m.as_str()))
    };
    same_office(match modifier_at(i.checked_sub(1)) {
        // "the deputy prime minister": both modifiers.
        Some(m) => match modifier_at(i.checked_sub(2)) {
            Some(first) => format!("{first} {m} {w}"),
            None => format!("{m} {w}"),
        },
        None => w,
    })
}

/// "the VC said", "the CEO added": an office written as its initials, which the entity pass
/// took for an organisation (mention `mi`, after "the" at or after token `a`), is the
/// person the article described with that office, else the last person if sure enough;
/// never the organisation (nor initials spelled out as an office, "the DPM"). None when the
/// mention is no such office.
pub(in crate::extract) fn office_initials(
    cx: &Ctx<'_, '_>,
    pi: usize,
    mi: usize,
    a: usize,
) -> Option<Option<Ref>> {
    let m = cx.mentions[mi];
    let office = match LEX.office_abbreviations.get(cx.word(pi, m.t0).as_str()) {
        Some(full) => (*full).to_string(),
        None => spelled_office(&cx.ents[m.entity].name)?,
    };
    (cx.ents[m.entity].kind == EntityKind::Organization
        && m.t1 - m.t0 == 1
        && m.t0 > a
        && cx.word(pi, m.t0 - 1) == "the")
        .then(|| {
            cx.described(pi, m.t0, &office)
                .or_else(|| cx.last_described(pi, m.t0))
        })
}

/// "Deputy Prime Minister" read from "DPM": a body's name whose last word is a title is
/// that office, its modifiers joined as [`offices`] reads them.
fn spelled_office(name: &str) -> Option<String> {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let titled = LEX.titles.contains(words.last()?.as_str());
    offices(&words).into_iter().next().filter(|_| titled)
}

/// The nationality a description names between tokens `a` and `b` ("the Cambodian prime
/// minister"), as the demonyms list spells it.
pub(in crate::extract) fn demonym_in(
    cx: &Ctx<'_, '_>,
    pi: usize,
    a: usize,
    b: usize,
) -> Option<&'static str> {
    let p = &cx.paras[pi];
    (a..b).find_map(|i| LEX.demonyms.get(p.toks[i].text(p.text)).copied())
}
