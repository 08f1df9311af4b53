//! Whose a gerund is when the clause around it names someone else first: the person a
//! recording shows doing something, the subject of a reported clause, and the unnamed agent
//! of a passive, and the body a clause after "but" describes.

use crate::entity::EntityKind;
use crate::extract::attribution::{Ctx, Who};
use crate::extract::lexicon::LEX;
use crate::extract::refer::Ref;
use crate::extract::text::is_capitalised;

/// "A video released by Hamas showed Hayya addressing the crowd, saying: '…'": the person a
/// recording shows doing something is the one a participle after it means, not the group that
/// released the recording.
const SHOWS: &[&str] = &[
    "show", "shows", "showed", "showing", "shown", "features", "featured", "captured", "filmed",
    "depicted", "depicts",
];

pub(super) fn shown_doing(cx: &Ctx<'_, '_>, pi: usize, lo: usize, v: usize) -> Option<usize> {
    (lo..v).find_map(|i| {
        let mi = cx.at[pi].get(i + 1).copied().flatten()?;
        let m = cx.mentions[mi];
        let person = cx.ents[m.entity].kind == EntityKind::Person;
        let doing = m.t1 < v && cx.word(pi, m.t1).ends_with("ing");
        (SHOWS.contains(&cx.word(pi, i).as_str()) && m.t0 == i + 1 && person && doing)
            .then_some(m.entity)
    })
}

/// "The Courier's A reported that B called C to concede and responded by saying '…'": a
/// gerund after "by" or "while" (token `v`, in the segment from `a`) belongs to the verb
/// right before it, so when a reporting verb's "that" opens a clause on a person's name,
/// that person, not the reporter, says the words. Only a name right after "that", with no
/// relative clause ("who", "which") of its own before the gerund.
pub(super) fn reported_subject(cx: &Ctx<'_, '_>, pi: usize, a: usize, v: usize) -> Option<usize> {
    if !cx.word(pi, v).ends_with("ing") {
        return None;
    }
    let that = (a + 1..v).rev().find(|&j| cx.word(pi, j) == "that")?;
    if !(a..that).any(|r| cx.reports(pi, r)) {
        return None;
    }
    let m = cx.mentions[cx.at[pi].get(that + 1).copied().flatten()?];
    let relative = (m.t1..v).any(|j| matches!(cx.word(pi, j).as_str(), "who" | "which" | "whom"));
    (m.t0 == that + 1
        && !m.in_quote
        && cx.ents[m.entity].kind == EntityKind::Person
        && m.t1 < v
        && cx.paras[pi].toks[m.t1].is_word()
        && !relative)
        .then_some(m.entity)
}

/// "Ohel was greeted by a chorus of friends shouting, '…'": a gerund after a passive's agent
/// is the agent's, and an agent with no name names no speaker (not the one greeted).
pub(super) fn after_agent(cx: &Ctx<'_, '_>, pi: usize, a: usize, v: usize) -> bool {
    if !cx.word(pi, v).ends_with("ing") {
        return false;
    }
    let by = (a + 1..v).find(|&j| {
        cx.word(pi, j) == "by"
            && cx.word(pi, j - 1).ends_with("ed")
            && matches!(
                cx.word(pi, j + 1).as_str(),
                "a" | "an" | "the" | "some" | "dozens" | "hundreds" | "thousands" | "crowds"
            )
    });
    let person = |k: usize| {
        cx.at[pi][k].is_some_and(|mi| cx.ents[cx.mentions[mi].entity].kind == EntityKind::Person)
    };
    by.is_some_and(|j| !(j..v).any(person))
}

/// "…, leading the crowd to begin chanting '…'", "as the audience at the hall broke into
/// chanting": a crowd doing the speaking names no one, not the subject of the clause
/// around it. Only the words that join a crowd to its verb may come between.
pub(super) fn crowd_doing(cx: &Ctx<'_, '_>, pi: usize, a: usize, v: usize) -> bool {
    const CROWDS: &str = "crowd crowds audience protesters protestors demonstrators supporters \
        attendees spectators fans chorus mob onlookers";
    const LINKS: &str = "to begin began begins start started starts broke break into then \
        burst erupted in kept continued responded by and also";
    let has = |list: &str, k: usize| {
        let word = cx.word(pi, k);
        list.split_whitespace().any(|w| w == word)
    };
    // "as supporters boisterously cheered, '…'": an adverb of manner between the crowd and
    // its verb joins them too.
    let adverb = |k: usize| {
        let t = cx.paras[pi].toks[k];
        let w = cx.word(pi, k);
        t.is_word()
            && cx.at[pi][k].is_none()
            && !is_capitalised(t.text(cx.paras[pi].text))
            && w.len() > 4
            && w.ends_with("ly")
    };
    let Some(k) = (a..v).rev().find(|&k| !has(LINKS, k) && !adverb(k)) else {
        return false;
    };
    // "X received pushback from supporters in the crowd and responded by saying '…'": a
    // crowd after a preposition is where the subject's words went, not who spoke them.
    if has(CROWDS, k) && object_of_preposition(cx, pi, a, k) {
        return false;
    }
    // "the crowd at the hall began chanting": a place after the crowd, in a few plain words.
    let placed = |c: usize| {
        matches!(
            cx.word(pi, c + 1).as_str(),
            "in" | "at" | "inside" | "outside"
        ) && (c + 2..=k).all(|j| cx.at[pi][j].is_none() && cx.paras[pi].toks[j].is_word())
    };
    has(CROWDS, k)
        || (k.saturating_sub(4).max(a)..k).any(|c| has(CROWDS, c) && placed(c))
        || crowd_head(cx, pi, a, v)
}

/// "Crowds booed mentions of X and went on to cheer, '…'", "Supporters of X chanted '…'":
/// a clause whose head is a crowd is the crowd's, whoever its objects name, unless a clause
/// of its own (a subordinator, a relative, another reporting verb) comes before the verb,
/// or the crowd word only qualifies a person ("crowd member X").
fn crowd_head(cx: &Ctx<'_, '_>, pi: usize, a: usize, v: usize) -> bool {
    const CROWDS: &[&str] = &[
        "crowd",
        "crowds",
        "audience",
        "protesters",
        "protestors",
        "demonstrators",
        "supporters",
        "attendees",
        "spectators",
        "fans",
        "mob",
        "onlookers",
    ];
    const OWN_CLAUSE: &[&str] = &[
        "as", "while", "when", "because", "after", "before", "who", "which", "that", "until",
        "what",
    ];
    let mut h = a;
    while h < v
        && matches!(
            cx.word(pi, h).as_str(),
            "the" | "a" | "some" | "many" | "large"
        )
    {
        h += 1;
    }
    let member = matches!(
        cx.word(pi, h + 1).as_str(),
        "member" | "members" | "leader" | "leaders" | "organiser" | "organizer" | "spokesman"
    ) || cx.at[pi].get(h + 1).copied().flatten().is_some();
    h + 1 < v
        && CROWDS.contains(&cx.word(pi, h).as_str())
        && !member
        && (h + 1..v).all(|i| !OWN_CLAUSE.contains(&cx.word(pi, i).as_str()) && !cx.reports(pi, i))
}

/// Whether the crowd word at `k` (looking back no further than `a`) follows a preposition,
/// past its determiners ("in the crowd", "from some of the supporters"): an object, not
/// the subject of the verb after it. Not "by" (a passive's agent speaks: "greeted by the
/// crowd chanting") nor "of" ("some of the crowd began chanting" is still the crowd).
fn object_of_preposition(cx: &Ctx<'_, '_>, pi: usize, a: usize, k: usize) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "in", "from", "to", "at", "with", "among", "into", "toward", "towards", "for", "on",
        "before", "across", "over", "through",
    ];
    let mut j = k;
    while j > a
        && matches!(
            cx.word(pi, j - 1).as_str(),
            "the" | "a" | "an" | "some" | "many" | "his" | "her" | "their" | "its"
        )
    {
        j -= 1;
    }
    j > a && PREPOSITIONS.contains(&cx.word(pi, j - 1).as_str())
}

/// "A B, the party's leader, congratulated C on his win stating, '…'": a participle with no
/// comma before it, after a predicate (opening segment `a`..`b`) whose person object a
/// prepositional phrase follows, modifies the clause's subject — the head segment `head`,
/// when it is exactly one person's name — not the object. Never after a verb of showing
/// ("showed C on stage saying"), whose object is the one doing it.
pub(super) fn after_object_phrase(
    cx: &Ctx<'_, '_>,
    pi: usize,
    head: (usize, usize),
    a: usize,
    b: usize,
    v: usize,
) -> Option<usize> {
    let p = &cx.paras[pi];
    let person = |mi: usize| cx.ents[cx.mentions[mi].entity].kind == EntityKind::Person;
    let lower = |i: usize| p.toks[i].is_word() && !is_capitalised(p.toks[i].text(p.text));
    if !cx.word(pi, v).ends_with("ing") || b <= a + 1 || SHOWS.contains(&cx.word(pi, a).as_str()) {
        return None;
    }
    let object = (a + 1..b).find_map(|i| cx.at[pi][i].filter(|&mi| person(mi)))?;
    let m = cx.mentions[object];
    let phrase = m.t1 + 1 < b
        && lower(m.t1)
        && matches!(
            cx.word(pi, m.t1).as_str(),
            "on" | "for" | "over" | "after" | "at" | "in"
        )
        && cx.at[pi][b - 1].is_none();
    let (hs, he) = head;
    let mi = cx.at[pi][hs]?;
    let h = cx.mentions[mi];
    (phrase && h.t0 == hs && h.t1 == he && person(mi)).then_some(h.entity)
}

/// "A asked the water board to step in, but the agency declined, citing '…'": a clause after
/// "but" (at `but`) that opens on "the" and a body's head noun (`data/org_heads.txt`), then
/// its verb, has a subject of its own, and a participle after it (`v`) is that body's, never
/// the first clause's subject. The body is the one organisation the sentence (from `lo`)
/// named before "but"; with none or several, no one is named.
pub(super) fn body_after_but(
    cx: &Ctx<'_, '_>,
    pi: usize,
    lo: usize,
    but: usize,
    v: usize,
) -> Option<Ref> {
    let p = &cx.paras[pi];
    if cx.word(pi, but + 1) != "the" {
        return None;
    }
    let comma = (but + 2..v).find(|&i| !p.toks[i].is_word())?;
    let plain = |i: usize| {
        cx.at[pi][i].is_none() && !p.in_quote[i] && !is_capitalised(p.toks[i].text(p.text))
    };
    // The head noun, then at least its verb, all in plain lower-case words.
    let head = (but + 2..comma).find(|&i| LEX.org_heads.contains(cx.word(pi, i).as_str()))?;
    if !p.toks[comma].is_punct(',') || head + 1 >= comma || !(but + 2..comma).all(plain) {
        return None;
    }
    let mut orgs = (lo..but)
        .filter_map(|i| cx.at[pi][i])
        .map(|mi| cx.mentions[mi])
        .filter(|m| !m.in_quote && cx.ents[m.entity].kind == EntityKind::Organization)
        .map(|m| m.entity);
    let first = orgs.next();
    let one = first.filter(|&e| orgs.all(|o| o == e));
    Some((one.map_or(Who::Unnamed, Who::Entity), 0.9))
}
