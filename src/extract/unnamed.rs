//! Unnamed sources in narration: "a source familiar with the talks said", "the official
//! added", and a sentence whose subject is a bare title of someone never named ("Founder of
//! the campus group … was upbeat"). A pronoun after one of them is that unnamed person
//! (`refer`), never a name the phrase only mentions.

use super::Para;
use super::lexicon::LEX;
use super::people::{Entity, Mention};
use super::text::lower;
use crate::entity::EntityKind;
use std::borrow::Cow;

/// Unnamed sources introduced in narration, in reading order: (paragraph, token of the head
/// noun, the phrase), for "The source added … He pointed to '…'".
pub(crate) fn unnamed_sources(
    paras: &[Para<'_>],
    ents: &[Entity],
    mentions: &[Mention],
) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for (pi, p) in paras.iter().enumerate() {
        let word = |i: usize| {
            p.toks
                .get(i)
                .filter(|t| t.is_word())
                .map_or(Cow::Borrowed(""), |t| lower(t.text(p.text)))
        };
        for i in 0..p.toks.len() {
            // Looked up as written when already lower case: most words are, and lowering
            // every word of every paragraph cost a tenth of extraction.
            let head = p.toks[i].text(p.text);
            let is_head = if head.chars().any(char::is_uppercase) {
                LEX.anon_heads.contains(&*word(i))
            } else {
                p.toks[i].is_word() && LEX.anon_heads.contains(head)
            };
            if p.in_quote[i] || !is_head {
                continue;
            }
            let Some(d) = (i.saturating_sub(3)..i)
                // "His spokesman added …": one a possessive owns is as unnamed.
                .find(|&j| {
                    matches!(
                        &*word(j),
                        "a" | "an" | "the" | "one" | "another" | "his" | "her" | "their"
                    )
                })
            else {
                continue;
            };
            // "After his win was official, he …": a copula between makes the head a
            // predicate adjective, no one's noun.
            if (d + 1..i).any(|j| LEX.copulas.contains(&*word(j))) {
                continue;
            }
            // "Einav Zangauker, a prominent figure who led …,": an apposition describes the
            // person named before it, and brings in no one new.
            let described = d >= 2 && p.toks[d - 1].is_punct(',') && {
                let at = mentions.partition_point(|m| (m.para, m.t0) < (pi, d - 1));
                at > 0 && {
                    let m = &mentions[at - 1];
                    m.para == pi && m.t1 == d - 1 && ents[m.entity].kind == EntityKind::Person
                }
            };
            // "he said to the people who helped him": a head after a preposition is spoken
            // to or about, not a source ("according to a source who …" is one).
            let object = d >= 1
                && matches!(&*word(d - 1), "to" | "for" | "with" | "at" | "about" | "on")
                && !(d >= 2 && word(d - 2) == "according");
            let object = object || remembered(p, d, &word(d.saturating_sub(1)));
            // "his spokesman, Mr Luis Amaral,": the apposition after the head names them.
            let named = p.toks.get(i + 1).is_some_and(|t| t.is_punct(',')) && {
                let at = mentions.partition_point(|m| (m.para, m.t0) < (pi, i + 2));
                mentions.get(at).is_some_and(|m| {
                    m.para == pi && m.t0 <= i + 3 && ents[m.entity].kind == EntityKind::Person
                })
            };
            let next = word(i + 1);
            let speaks = !described
                && !named
                && !object
                && (LEX.reporting_verbs.contains(&*next)
                    || matches!(&*next, "familiar" | "close" | "speaking" | "who")
                    || p.toks.get(i + 1).is_some_and(|t| t.is_punct(',')));
            if speaks {
                out.push((pi, i, p.text[p.toks[d].start..p.toks[i].end].to_string()));
            }
        }
        bare_heads(pi, p, ents, mentions, &mut out);
    }
    out.sort_by_key(|x| (x.0, x.1));
    out
}

/// "Levi recalled the guard saying …": a head after a verb of memory or perception, whose
/// subject stands right before that verb, is someone the subject tells of; the words are
/// retold by the subject, who stays the one "he" means next. (After a quotation the same
/// verb is inverted: "'…,' recalled a guard" has the guard speak, and a comma or mark, not
/// a word, stands before it.)
/// `verb` is the word before the determiner at `d`, in lower case.
fn remembered(p: &Para<'_>, d: usize, verb: &str) -> bool {
    d >= 2
        && p.toks[d - 2].is_word()
        && matches!(
            verb,
            "recalled" | "recalls" | "remembered" | "remembers" | "heard" | "hears" | "recounted"
        )
}

/// "Founder of the campus group Students for Obama was upbeat …": a sentence whose subject
/// is a bare title of someone left unnamed: a title word opening the sentence, "of", "for"
/// or "at" after it, and no person named as the phrase's head before its verb (a name
/// after "for" or "of" is what the title is of). Someone is meant whom the article never
/// names; "he said" after it is that person, not a name inside the phrase. "Secretary of
/// State Antony Blinken said" and "Chair of the panel Jane Roe said" name their subject.
fn bare_heads(
    pi: usize,
    p: &Para<'_>,
    ents: &[Entity],
    mentions: &[Mention],
    out: &mut Vec<(usize, usize, String)>,
) {
    for i in (0..p.toks.len()).filter(|&i| p.starts[i] && !p.in_quote[i]) {
        let head = lower(p.toks[i].text(p.text));
        let next = p.toks.get(i + 1).map_or("", |t| t.text(p.text));
        if !LEX.titles.contains(&*head) || !matches!(next, "of" | "for" | "at") {
            continue;
        }
        // The verb: a copula or a reporting verb within a dozen words, with no comma or
        // quotation before it.
        let Some(end) = (i + 2..p.toks.len().min(i + 14)).find(|&j| {
            let w = lower(p.toks[j].text(p.text));
            LEX.copulas.contains(&*w) || LEX.reporting_verbs.contains(&*w)
        }) else {
            continue;
        };
        let clean = (i + 1..end).all(|j| !p.in_quote[j] && !p.toks[j].is_punct(','));
        let from = mentions.partition_point(|m| (m.para, m.t0) < (pi, i));
        let named = mentions[from..]
            .iter()
            .take_while(|m| m.para == pi && m.t0 < end)
            .any(|m| {
                let before = p.toks[m.t0.max(1) - 1].text(p.text);
                ents[m.entity].kind == EntityKind::Person
                    && (m.t0 == i || !matches!(before, "for" | "of" | "at" | "to" | "with" | "by"))
            });
        if clean && !named {
            out.push((
                pi,
                i,
                p.text[p.toks[i].start..p.toks[end - 1].end].to_string(),
            ));
        }
    }
}
