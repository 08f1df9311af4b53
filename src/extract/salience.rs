//! Whether a mention reads as the subject a story follows or only as an object: a pronoun
//! goes back to a subject over people named since only as objects (`refer`), and a
//! paragraph of quotation to the one subject of the paragraph before (`carry`).

use super::Para;
use super::lexicon::LEX;
use super::people::Mention;
use super::text::{Tok, is_capitalised};

mod objects;
pub(super) use objects::apposition_to_object;
use objects::listed_after_object;

/// Adjectives of a candidacy that stand before a name like a title ("gubernatorial
/// candidate"); the nouns are `LEX.candidacy`.
const CANDIDACY: &[&str] = &[
    "gubernatorial",
    "presidential",
    "mayoral",
    "congressional",
    "senatorial",
];

/// Verbs that report a clause with no "that" ("he said Trump was overdue"); not the ones
/// that take a person as object ("describing Trump as a threat").
const CLAUSE_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "added",
    "adds",
    "argued",
    "argues",
    "insisted",
    "insists",
    "claimed",
    "claims",
    "warned",
    "warns",
    "noted",
    "notes",
    "stressed",
    "predicted",
    "suggested",
    "thinks",
    "thought",
    "believes",
    "believed",
];

/// A mention reads as an object after a preposition or a verb that takes a person, or as
/// the subject of a clause another verb reports.
pub(super) fn reads_as_subject(p: &Para<'_>, m: &Mention) -> bool {
    // Look past a title run ("a close ally of President Donald Trump", "than Republican
    // gubernatorial candidate Doug Mastriano").
    // "US Secretary of State Marco Rubio": an "of" or "for" inside a capitalised title is
    // part of the title, not a preposition that makes the name an object.
    let titled = |k: usize| p.toks[k].is_word() && is_capitalised(p.toks[k].text(p.text));
    // "and Egyptian intelligence chief Hassan Rashad", "with foreign secretary David
    // Cameron": news writes the field of an office in lower case before its head; the field
    // (`l`, before token `k`) is part of the title, so the preposition or "and" before it
    // still governs the name.
    let field_of_office = |k: usize, l: &str| {
        l != "the"
            && LEX.portfolio.contains(l)
            && (k..m.t0).any(|j| {
                let t = p.toks[j].text(p.text).to_lowercase();
                LEX.titles.contains(t.as_str())
            })
    };
    let mut i = m.t0;
    while i > 0 && m.t0 - i < 7 && p.toks[i - 1].is_word() && {
        let w = p.toks[i - 1].text(p.text);
        let l = w.to_lowercase();
        is_capitalised(w)
            || LEX.titles.contains(l.as_str())
            || CANDIDACY.contains(&l.as_str())
            || LEX.candidacy.contains(l.as_str())
            // "given by former President Obama": a word that dates the title is part of it.
            || matches!(l.as_str(), "former" | "late" | "then" | "acting" | "outgoing")
            // "endorsement of then-candidate Biden": so is a title dated by "then-" or "ex-".
            || l.strip_prefix("then-").or_else(|| l.strip_prefix("ex-")).is_some_and(|x| {
                LEX.titles.contains(x) || CANDIDACY.contains(&x) || LEX.candidacy.contains(x)
            })
            // "the widow of 90-year-old X": an age before the name is no verb, so the
            // preposition before it still governs the name.
            || l.ends_with("-year-old")
            || field_of_office(i, l.as_str())
            // So is "to" in "Ambassador to Oman Raul Hernandez".
            || (matches!(l.as_str(), "of" | "for" | "to")
                && i >= 2
                && titled(i - 2)
                && LEX.is_title(p.toks[i - 2].text(p.text))
                && titled(i))
            // "Bank of England Governor X", "Board of Elections Chairman X": an "of" or "for"
            // inside the capitalised name of the body whose title follows is part of the
            // title too.
            || (matches!(l.as_str(), "of" | "for")
                && i >= 2
                && titled(i - 2)
                && titled(i)
                && (i..m.t0).any(|k| LEX.is_title(p.toks[k].text(p.text))))
            // "Deputy Premier and Industrial Relations Minister X": an "and" between two
            // capitalised titles joins two offices one person holds, not two people.
            || (l == "and"
                && i >= 2
                && titled(i - 2)
                && LEX.is_title(p.toks[i - 2].text(p.text))
                && titled(i)
                && (i..m.t0).any(|k| LEX.is_title(p.toks[k].text(p.text))))
    } {
        i -= 1;
    }
    // "He confirms that “of course” President Trump signed off": the subject of a reported
    // clause is not the one the story follows.
    // So after a phrasal one: "Cole shot back that Whitfield …", "pointed out that …".
    let reports = |k: usize| {
        let w = |k: usize| p.toks[k].text(p.text).to_lowercase();
        LEX.reporting_verbs.contains(w(k).as_str())
            || k > 0
                && matches!(w(k).as_str(), "back" | "out")
                && (LEX.reporting_verbs.contains(w(k - 1).as_str())
                    || matches!(w(k - 1).as_str(), "shot" | "fired" | "hit" | "pushed"))
    };
    let reported = (i.saturating_sub(6)..i).rev().any(|j| {
        p.toks[j].is_word()
            && p.toks[j].text(p.text) == "that"
            && j > 0
            && reports(j - 1)
            && subjects_run(p, j + 1, i)
    }) || told_that(p, i);
    // "After, he said Trump was long overdue": a name right after a reporting verb that has
    // its own subject before it opens the reported clause, with no "that". Not "'…,' said
    // Trump", where the verb follows a comma or a quotation and the name is its subject.
    let bare_report = i >= 2
        && p.toks[i - 1].is_word()
        && p.toks[i - 2].is_word()
        && !p.in_quote[i - 2]
        && CLAUSE_VERBS.contains(&p.toks[i - 1].text(p.text));
    // "attended his first Trump rally", "a Biden win": a name right after a possessive or an
    // article, with no title between, modifies the noun after it.
    let modifies = i == m.t0
        && i >= 1
        && p.toks[i - 1].is_word()
        && matches!(
            p.toks[i - 1].text(p.text),
            "his" | "her" | "their" | "its" | "our" | "my" | "your" | "a" | "an" | "first"
        )
        // "an extension of the Sanford regime": after "the", a bare name before a word in
        // lower case modifies that noun too.
        || (i == m.t0
            && i >= 1
            && p.toks[i - 1].is_word()
            && p.toks[i - 1].text(p.text) == "the"
            && p.toks.get(m.t1).is_some_and(|t| {
                t.is_word() && t.text(p.text).chars().next().is_some_and(char::is_lowercase)
            }));
    // "Laura, his cousin, said she hopes Kohl will …", "he wants Kohl home": a name right
    // after a verb whose subject is a pronoun just before it is that verb's object, or the
    // subject of what it reports; the pronoun's person is the one the sentence follows.
    let after_pronoun_verb = i >= 2
        && p.toks[i - 1].is_word()
        && !p.in_quote[i - 1]
        && p.toks[i - 1]
            .text(p.text)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
        && matches!(
            p.toks[i - 2].text(p.text).to_lowercase().as_str(),
            "he" | "she" | "they" | "we"
        );
    if reported
        || bare_report
        || after_pronoun_verb
        || modifies
        || apposition_to_object(p, i, m.t1)
        || listed_after_object(p, i, m.t1)
    {
        return false;
    }
    let prev = i.checked_sub(1).and_then(|i| p.toks.get(i));
    let possessive = p.toks.get(m.t1).is_some_and(|t| t.kind == Tok::Possessive);
    // "The Trump envoy also raised hopes": a name before a noun that belongs to a person
    // ("envoy", "administration", "campaign") modifies it; the envoy is the subject.
    let modifier = p.toks.get(m.t1).is_some_and(|t| {
        let w = t.text(p.text);
        t.is_word()
            && w.chars().next().is_some_and(char::is_lowercase)
            && LEX.person_nouns.contains(w)
    });
    // "as he chastised Casey": after a verb in the past tense, or one that takes a person.
    let after_verb = prev.is_some_and(|t| {
        let w = t.text(p.text);
        t.is_word()
            && w.chars().next().is_some_and(char::is_lowercase)
            && (w.ends_with("ed")
                || LEX.person_object_verbs.contains(w)
                // "Harmon trails challenger Lowry by 19 votes": a rival in a race.
                || LEX.rival_verbs.contains(w))
    });
    // "to knock out Gasquet", "saw off Federer": after a verb's particle, its object.
    let after_particle = i >= 2
        && prev.is_some_and(|t| matches!(t.text(p.text), "out" | "off" | "down" | "past"))
        && p.toks[i - 2].is_word()
        && p.toks[i - 2]
            .text(p.text)
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    // "the mother of hostage Eli Cohen", "with fellow captive A": a role noun between a
    // preposition and the name leaves the name the preposition's object.
    let mut g = i;
    while g > 0 && i - g < 2 && role_word(p, g - 1) {
        g -= 1;
    }
    // "thanked A and the Egyptian President B": an article before a title run is the
    // phrase's, and the word before it governs the name as it would the bare title.
    if g == i && i < m.t0 && g > 0 && p.word_at(g - 1) == Some("the") {
        g -= 1;
    }
    // "met with both A and B", "to either A or B": a correlative between the word that
    // governs a pair and its first name leaves that name governed.
    if g > 0 && matches!(p.word_at(g - 1), Some("both" | "either" | "neither")) {
        g -= 1;
    }
    let governing = g.checked_sub(1).and_then(|g| p.toks.get(g));
    !possessive
        && !modifier
        && !after_verb
        && !after_particle
        && !governing.is_some_and(|t| {
            t.is_word()
                && matches!(
                    t.text(p.text).to_lowercase().as_str(),
                    "with"
                        | "to"
                        | "by"
                        | "of"
                        | "from"
                        | "for"
                        | "about"
                        | "against"
                        | "at"
                        | "on"
                        | "over"
                        | "under"
                        | "among"
                        | "between"
                        | "behind"
                        | "toward"
                        | "towards"
                        | "into"
                        | "alongside"
                        | "beside"
                        | "versus"
                        | "unlike"
                        | "met"
                        | "meet"
                        | "meeting"
                        | "thanked"
                        | "told"
                        | "asked"
                        | "accused"
                        | "criticized"
                        | "urged"
                        | "and"
                        | "called"
                        | "than"
                )
                || (LEX.kin.contains(t.text(p.text).to_lowercase().as_str())
                    && !kin_opens_sentence(p, g - 1))
        })
}

/// Whether token `k` is a lower-case role noun before a name ("hostage", "soldiers",
/// `data/role_nouns.txt`) or a word that dates it ("fellow", "freed").
fn role_word(p: &Para<'_>, k: usize) -> bool {
    let w = p.toks[k].text(p.text);
    p.toks[k].is_word()
        && !is_capitalised(w)
        && (LEX.role_nouns.contains(w.strip_suffix('s').unwrap_or(w))
            || LEX.role_nouns.contains(w)
            || matches!(w, "fellow" | "freed" | "released" | "former" | "captive"))
}

/// "Dr. Syed told Arab News that Raza had been shot": a name (at `i`) opening the clause
/// a verb of telling reports past the one told ("told reporters that", "told the BBC
/// that") is that clause's subject, not the one the story follows.
fn told_that(p: &Para<'_>, i: usize) -> bool {
    let word = |k: usize| p.toks[k].is_word() && !p.in_quote[k];
    let Some(that) = (i.saturating_sub(6)..i)
        .rev()
        .find(|&k| p.toks[k].text(p.text) == "that")
    else {
        return false;
    };
    subjects_run(p, that + 1, i)
        && (that.saturating_sub(5)..that).rev().any(|v| {
            word(v)
                && matches!(
                    p.toks[v].text(p.text),
                    "told" | "tells" | "telling" | "assured" | "informed" | "reminded"
                )
                && (v + 1..that).all(word)
        })
}

/// "said that neither A nor B were …", "told them that Hamas and B agreed": tokens `a..b`
/// between a reported clause's "that" and a name hold only other names (capitalised, or a
/// particle joined by a hyphen, "al-Sayed"), words that join subjects, punctuation or
/// quoted words, so the name is one of that clause's subjects too.
fn subjects_run(p: &Para<'_>, a: usize, b: usize) -> bool {
    (a..b).all(|k| {
        let w = p.toks[k].text(p.text);
        !p.toks[k].is_word()
            || p.in_quote[k]
            || is_capitalised(w)
            || w.rsplit_once('-').is_some_and(|(_, t)| is_capitalised(t))
            || matches!(w, "neither" | "nor" | "either" | "or" | "both" | "and")
    })
}

/// "His mother Efrat recited the prayer": a family word (at `k`) that opens its sentence,
/// alone or after "his", "her" or "their", makes the name after it the sentence's subject;
/// so does one after a name in the possessive that opens it ("Yarden Bibas' sister Ofri
/// mourned", "Dana Cohen's father Avi spoke"); anywhere else ("visited his mother Efrat")
/// the name is an object.
fn kin_opens_sentence(p: &Para<'_>, k: usize) -> bool {
    p.starts[k]
        || (k >= 1
            && p.starts[k - 1]
            && matches!(
                p.toks[k - 1].text(p.text).to_lowercase().as_str(),
                "his" | "her" | "their"
            ))
        || owner_opens_sentence(p, k)
}

/// Whether the word before `k` is a possessive ("’s", or the bare "’" of "Bibas’", which the
/// tokenizer reads as one too) closing a run of capitalised words that opens the sentence.
fn owner_opens_sentence(p: &Para<'_>, k: usize) -> bool {
    let Some(mark) = k.checked_sub(1).filter(|&m| m >= 1) else {
        return false;
    };
    let owned = p.toks[mark].kind == Tok::Possessive;
    let mut i = mark;
    while owned && i > 0 && p.toks[i - 1].is_word() && is_capitalised(p.toks[i - 1].text(p.text)) {
        i -= 1;
        if p.starts[i] {
            return !p.in_quote[i];
        }
    }
    false
}
