//! The speaker named after the reporting verb: "…, said Basem Naim", "according to a
//! source", "recalled his mother, Yael".

use super::super::attribution::{Ctx, Who, tok_at};
use super::super::candidate::candidate;
use super::super::definite::{definite_description, described_subject};
use super::super::lexicon::LEX;
use super::super::refer::Ref;
use super::super::text::{Tok, is_capitalised};
use crate::entity::EntityKind;

/// Reporting verbs that news writes before their subject after a comma ("…, said Naim").
pub(super) const INVERTING: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "wrote",
    "writes",
    "continued",
    "recalled",
    "explained",
    "noted",
    "asked",
];

/// Verbs that, right after a name, make it the subject of a clause of its own.
/// Words that open a clause of time or manner after the speaker's noun phrase ("…,' shouted
/// one girl as her family drove through"): the phrase ends there.
const OPENS_CLAUSE: &[&str] = &["as", "while", "when", "because", "after", "before", "until"];

const FINITE: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "must",
    "might", "may", "can", "did", "does",
];

/// The first name, pronoun or source after a verb ("said Witkoff", "according to a source").
pub(in crate::extract) fn after_verb(
    cx: &Ctx<'_, '_>,
    pi: usize,
    a: usize,
    b: usize,
    quote_at: usize,
) -> Option<Ref> {
    let p = &cx.paras[pi];
    let mut e = a;
    // "said in a statement published by Shehab News": who published or carried the words
    // is not who spoke them; the phrase ends before that "by".
    let agent = |e: usize| {
        e > a && cx.word(pi, e) == "by" && {
            let w = cx.word(pi, e - 1);
            w.ends_with("ed") || matches!(w.as_str(), "broadcast" | "run" | "shown")
        }
    };
    // "'…', but added that Hamas was …": "that" opens what was said, whose subject is not
    // the speaker (but "said that country's minister" is a determiner).
    // "a nurse who gave her name only as Priscilla": inside a relative clause, "as" is
    // that clause's.
    let relative = |e: usize| (a..e).any(|j| matches!(cx.word(pi, j).as_str(), "who" | "which"));
    let clause = |e: usize| {
        cx.word(pi, e) == "that" && p.toks.get(e + 2).is_none_or(|t| t.kind != Tok::Possessive)
    };
    while e < b
        && !p.toks[e].is_punct(',')
        && !p.toks[e].is_punct('.')
        && !p.in_quote[e]
        && !agent(e)
        && !clause(e)
        && !(e > a && OPENS_CLAUSE.contains(&cx.word(pi, e).as_str()) && !relative(e))
    {
        e += 1;
    }
    // "called on Special Envoy X to '…'", "urged X to '…'": the name after a verb of
    // asking is the one asked, not the one who spoke.
    // "'…,' one senator said of the envoy", "said about her rival": the one named after
    // "of" or "about" is who the words were about, never who spoke them.
    let asked = matches!(cx.word(pi, a).as_str(), "on" | "upon" | "of" | "about")
        || (e > a && p.in_quote.get(e) == Some(&true) && cx.word(pi, e - 1) == "to");
    if asked {
        return None;
    }
    // "said Vallon had been 'at the heart' of it": a name followed by a finite verb opens
    // the reported clause; it is what was said about, not who said it.
    if let Some(mi) = cx.at[pi].get(a).copied().flatten()
        && cx.mentions[mi].t0 == a
        && FINITE.contains(&cx.word(pi, cx.mentions[mi].t1).as_str())
    {
        return None;
    }
    // "said a statement issued by the office under the name of A B": A B's words.
    if let Some(r) = super::signed::signed(cx, pi, a, b) {
        return Some(r);
    }
    if let Some(e) = holder_after_body(cx, pi, a, e) {
        return Some((Who::Entity(e), 0.9));
    }
    let quote_tok = tok_at(p, quote_at);
    // "'…,' said the mother of one of the hostages, A.", "said the head of the forum, B.":
    // a description opened by an article, then a comma and a person's whole name that ends
    // the clause, is that person, named by the apposition — not whoever the description
    // could point back to.
    if let Some(r) = named_apposition(cx, pi, a, e, b) {
        return Some(r);
    }
    // A long title may come first ("stressed HE Adviser to the Prime Minister and Official
    // Spokesperson for the Ministry of Foreign Affairs Dr Majed al-Ansari").
    let found = candidate(cx, pi, a, e.min(a + 30), quote_tok);
    // "said Michal Levy's sister-in-law, Tal Levy", "recalled his mother, Yael": the phrase
    // names the speaker only through someone else; the speaker's own name is the apposition
    // after the comma.
    let through_someone = (a..e).any(|j| {
        p.toks[j].kind == Tok::Possessive
            || (matches!(cx.word(pi, j).as_str(), "his" | "her" | "their")
                && LEX.kin.contains(cx.word(pi, j + 1).as_str()))
    });
    // So "said Senator X's spokesman, Tom Reyes": the spokesman is no one unnamed once the
    // apposition names him.
    let unnamed = matches!(found, None | Some((Who::Unnamed | Who::Anonymous(_), _)));
    if unnamed && through_someone && e < b && p.toks[e].is_punct(',') {
        let mut f = e + 1;
        while f < b && !p.toks[f].is_punct(',') && !p.toks[f].is_punct('.') && !p.in_quote[f] {
            f += 1;
        }
        let named = candidate(cx, pi, e + 1, f.min(e + 7), quote_tok).map(|(w, c)| (w, c * 0.95));
        if found.is_none() || matches!(named, Some((Who::Entity(_), _))) {
            return named;
        }
    }
    // "'…,' said the GOP challenger": news puts a short description after the verb as it
    // would before it, for a person the article described so. A capitalised word for a
    // person ("remarked the Texan") points back to the one last named, as before the verb;
    // an object ("began the chant:") describes no one, and a name ("said the BBC") is none.
    found.or_else(|| {
        let plain = cx.word(pi, a) == "the" && (a + 1..e).all(|i| cx.at[pi][i].is_none());
        let capital = e > a + 1 && is_capitalised(p.toks[e - 1].text(p.text));
        match (plain, capital) {
            (false, _) => None,
            (true, true) => definite_description(cx, pi, a, e, quote_tok),
            (true, false) => described_subject(cx, pi, a, e, quote_tok),
        }
    })
}

/// "said Regional Municipality of Wood Buffalo Fire Chief Darby Allen": a body's name that
/// runs on ("of", capitalised words) into a title and a person's name is where that person
/// holds the title; the person speaks, not the body.
fn holder_after_body(cx: &Ctx<'_, '_>, pi: usize, a: usize, e: usize) -> Option<usize> {
    let p = &cx.paras[pi];
    let mi = cx.at[pi].get(a).copied().flatten()?;
    let m = cx.mentions[mi];
    if m.t0 != a || cx.ents[m.entity].kind != EntityKind::Organization {
        return None;
    }
    let end = e.min(m.t1 + 12);
    let j = (m.t1..end).find(|&j| {
        cx.at[pi][j].is_some_and(|n| cx.ents[cx.mentions[n].entity].kind == EntityKind::Person)
    })?;
    // "said Teamsters Local 89 secretary-treasurer A": a branch's number and a lower-case
    // title run on too.
    let run = (m.t1..j).all(|i| {
        let t = p.toks[i].text(p.text);
        let hyphen = matches!(p.toks[i].kind, Tok::Punct(c) if super::super::text::is_hyphen(c));
        hyphen
            || p.toks[i].is_word()
                && (is_capitalised(t)
                    || t.chars().all(|c| c.is_ascii_digit())
                    || LEX.is_title(t)
                    || matches!(cx.word(pi, i).as_str(), "of" | "the" | "for" | "and"))
    });
    let titled = j > m.t1 && LEX.is_title(p.toks[j - 1].text(p.text));
    let n = cx.mentions[cx.at[pi][j]?];
    (run && titled && n.t0 == j).then_some(n.entity)
}

/// "said the mother of one of the hostages, Einav Z.": the phrase from `a` to the comma at
/// `e` opens with an article (or is a short bare description: "said fellow inmate, A.")
/// and names no person; the words after the comma are exactly one
/// person's name, closed by a full stop, a comma or the end. That person speaks.
fn named_apposition(cx: &Ctx<'_, '_>, pi: usize, a: usize, e: usize, b: usize) -> Option<Ref> {
    let p = &cx.paras[pi];
    let person = |mi: usize| cx.ents[cx.mentions[mi].entity].kind == EntityKind::Person;
    // "said fellow released prisoner, Raed K.": a bare description with no article, a few
    // words in lower case that open on no preposition or other small word, is the same.
    let lower =
        |i: usize| p.toks[i].is_word() && p.toks[i].text(p.text).starts_with(char::is_lowercase);
    let bare = (1..=4).contains(&e.saturating_sub(a))
        && (a..e).all(|i| lower(i) && !cx.reports(pi, i))
        && {
            let first = cx.word(pi, a);
            first == "former" || !LEX.stopwords.contains(first.as_str())
        }
        && !LEX.stopwords.contains(cx.word(pi, e - 1).as_str());
    let article = matches!(cx.word(pi, a).as_str(), "the" | "a" | "an") && e > a + 1;
    let described = (article || bare)
        && e < b
        && p.toks[e].is_punct(',')
        && (a..e).all(|i| !p.in_quote[i] && cx.at[pi][i].is_none_or(|mi| !person(mi)));
    if !described {
        return None;
    }
    let mi = cx.at[pi].get(e + 1).copied().flatten()?;
    let m = cx.mentions[mi];
    let closed = p
        .toks
        .get(m.t1)
        .is_none_or(|t| t.is_punct('.') || t.is_punct(','));
    (m.t0 == e + 1 && person(mi) && closed && m.t1 <= b).then_some((Who::Entity(m.entity), 0.95))
}
