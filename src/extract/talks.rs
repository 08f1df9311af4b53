//! Taking part in talks, however the noun phrase is worded: the one role cue that is a
//! pattern rather than a phrase, because "led the talks", "led the Qatari team's talks" and
//! "mediated the indirect ceasefire talks" cannot all be listed in `data/role_cues.txt`.
//! Playing a part in them ("played a key role in the negotiations") is the same pattern, and
//! so is being the other side of them ("held talks with X", "X's talks with Y").

mod meeting;
pub(super) use meeting::{included_in_meeting, meeting_on_talks};

use super::Para;
use super::delegation::VISITING;
use super::lexicon::{Cue, LEX};
use super::roles::{word, word_back};
use super::text::Tok;
use crate::entity::Role;

/// "leading the Biden team's negotiations", "mediated the indirect talks", "due to attend
/// the talks", "involved in the hostage negotiations": a verb of leading or taking part, then
/// up to three words of the noun phrase, then "talks" or "negotiations", makes a negotiator
/// however the phrase between is worded; so does leading or joining a delegation ("to head
/// a delegation to Doha"), unless a visit's ("a congressional delegation", [`VISITING`]).
/// Byte ranges as in `cues`.
pub(super) fn led_talks(norm: &str) -> Vec<Cue<'static>> {
    const BREAK: &[&str] = &[
        "to", "after", "before", "for", "from", "into", "without", "despite", "since", "and", "or",
        "but", "while", "as", "of", "on", "in", "at", "by", "with",
    ];
    let words = words_at(norm);
    let mut out = Vec::new();
    for (i, &(start, w)) in words.iter().enumerate() {
        // "has been heavily involved in the negotiations", not "was not involved in the talks".
        let negated = words[i.saturating_sub(2)..i]
            .iter()
            .any(|(_, x)| matches!(*x, "not" | "never") || x.ends_with("n't"));
        // "is scheduled to participate in the indirect negotiations": taking part, as
        // "involved in" is.
        // "participated on his behalf in the negotiations": whom one stands for may come
        // between the verb and "in".
        let behalf = behalf_after(&words, i + 1);
        let involved = matches!(
            w,
            "involved" | "participate" | "participates" | "participated" | "participating"
        ) && words.get(i + 1 + behalf).is_some_and(|x| x.1 == "in");
        // "Vladimir Medinsky, the head of the Russian delegation": the noun of leading, then
        // "of", heads the delegation as the verb does.
        let head_of =
            matches!(w, "head" | "leader") && words.get(i + 1).is_some_and(|x| x.1 == "of");
        if !(LEX.talks_lead_verbs.contains(w) || (involved && !negated) || head_of) {
            continue;
        }
        // "the last round of talks": "of" after a part of the talks crosses into them.
        let skip = if involved {
            1 + behalf
        } else {
            usize::from(head_of)
        };
        let rest = &words[i + 1 + skip..];
        // "who is leading Jerusalem in hostage negotiations", "led the country in the talks":
        // the side led, one or two words, then "in" and the talks.
        let leads = matches!(
            w,
            "lead" | "leads" | "led" | "leading" | "head" | "heads" | "headed"
        );
        let side_in = || {
            (2..=3)
                .find(|&j| {
                    words.get(i + j).is_some_and(|x| x.1 == "in")
                        && words[i + 1..i + j].iter().all(|x| !BREAK.contains(&x.1))
                })
                .and_then(|j| super::taking_part::talks_noun(&words[i + j + 1..], BREAK))
        };
        let noun = super::taking_part::talks_noun(rest, BREAK)
            .or_else(|| leads.then(side_in).flatten())
            .or_else(|| joins_negotiators(w, rest, BREAK));
        // "to head a delegation to Doha" negotiates; "led a congressional delegation to
        // Israel" or a trade delegation does not. Trade talks are talks all the same.
        let visit = noun.is_some_and(|&(_, x)| x.starts_with("delegation"))
            && words[i + 1..]
                .iter()
                .take(4)
                .any(|(_, x)| VISITING.contains(x));
        let noun = noun.filter(|_| !visit);
        if let Some(&(at, x)) = noun {
            out.push((start, at + x.len(), &[Role::Negotiator][..], true));
        }
    }
    out
}

/// "were expected to join Hamas and Israeli negotiators", "joined the mediators in Cairo":
/// joining those who negotiate is taking part in their talks. A verb of joining, then up to
/// five words of the noun phrase (the sides joined by "and" inside it), then "negotiators"
/// or "mediators".
fn joins_negotiators<'a>(
    w: &str,
    rest: &'a [(usize, &'a str)],
    breaks: &[&str],
) -> Option<&'a (usize, &'a str)> {
    if !matches!(w, "join" | "joins" | "joined" | "joining") {
        return None;
    }
    rest.iter()
        .take(6)
        .take_while(|x| x.1 == "and" || !breaks.contains(&x.1))
        .find(|x| matches!(x.1, "negotiators" | "mediators"))
}

/// How many words from `at` say on whose behalf one acts ("on his behalf"): three, or none.
fn behalf_after(words: &[(usize, &str)], at: usize) -> usize {
    let w = |k: usize| words.get(at + k).map_or("", |x| x.1);
    let owner = matches!(w(1), "his" | "her" | "their" | "its");
    if w(0) == "on" && owner && w(2) == "behalf" {
        3
    } else {
        0
    }
}

/// "playing an active role in the next phases of the negotiations", "played a central part in
/// the talks": a verb of playing, its object "role" or "part" within three words, "in", then
/// up to six words to "talks", "negotiations" or "mediation". Not when the object is denied
/// ("played no role in the talks", "did not play a part") or only for show ("a symbolic role").
pub(super) fn role_in_talks(norm: &str) -> Vec<Cue<'static>> {
    const PLAY: &[&str] = &["play", "plays", "played", "playing"];
    const NOUNS: &[&str] = &["talks", "negotiations", "negotiation", "mediation"];
    let words = words_at(norm);
    let mut out = Vec::new();
    for (i, &(start, w)) in words.iter().enumerate() {
        if !PLAY.contains(&w) {
            continue;
        }
        let before = &words[i.saturating_sub(3)..i];
        if before
            .iter()
            .any(|(_, x)| matches!(*x, "not" | "never") || x.ends_with("n't"))
        {
            continue;
        }
        let rest = &words[i + 1..];
        let Some(r) = rest
            .iter()
            .take(4)
            .position(|(_, x)| matches!(*x, "role" | "part"))
        else {
            continue;
        };
        // "played a symbolic role in the talks": a part only for show is no negotiating.
        if rest[..r].iter().any(|(_, x)| {
            matches!(
                *x,
                "no" | "little" | "symbolic" | "ceremonial" | "minor" | "marginal"
            )
        }) {
            continue;
        }
        if rest.get(r + 1).is_none_or(|(_, x)| *x != "in") {
            continue;
        }
        let noun = rest[r + 2..]
            .iter()
            .take(6)
            .take_while(|(_, x)| !matches!(*x, "to" | "and" | "but" | "while" | "after"))
            .find(|(_, x)| NOUNS.contains(x));
        if let Some(&(at, x)) = noun {
            out.push((start, at + x.len(), &[Role::Negotiator][..], true));
        }
    }
    out
}

/// "presented the bridge proposal", "delivered a compromise offer": carrying a proposal made
/// to close the gap between two sides is a mediator's work. A verb of carrying, then up to
/// three words that name the proposal as a bridging one, then "proposal" or "offer". A plain
/// proposal is not enough ("presented the proposal to his cabinet" is a leader's).
pub(super) fn bridging_proposal(norm: &str) -> Vec<Cue<'static>> {
    let words = words_at(norm);
    let mut out = Vec::new();
    for (i, &(start, w)) in words.iter().enumerate() {
        if !LEX.proposal_verbs.contains(w) {
            continue;
        }
        let rest = &words[i + 1..];
        let Some(n) = rest
            .iter()
            .take(4)
            .position(|(_, x)| matches!(*x, "proposal" | "proposals" | "offer"))
        else {
            continue;
        };
        let bridging = rest[..n]
            .iter()
            .any(|(_, x)| matches!(*x, "bridge" | "bridging" | "compromise"));
        if bridging {
            let (at, x) = rest[n];
            out.push((start, at + x.len(), &[Role::Negotiator][..], true));
        }
    }
    out
}

/// "A and B have agreed to “an immediate and unconditional ceasefire”", "agreed on a truce":
/// the subject (whose name ends at `t1`) who agrees a ceasefire has settled its terms with
/// the other side, so negotiates. Past up to two auxiliaries, "agreed" or "agree(s)", "to" or
/// "on", then within ten tokens of the sentence "ceasefire", "truce" or "armistice"; not a
/// deal in general, which a leader may merely approve. Outside quotations only.
pub(super) fn agreed_truce(p: &Para<'_>, t1: usize) -> Vec<Role> {
    if p.in_quote.get(t1).copied().unwrap_or(true) {
        return Vec::new();
    }
    let i = past_auxiliaries(p, t1, 2);
    let agreeing = matches!(word(p, i).as_deref(), Some("agreed" | "agree" | "agrees"))
        && matches!(word(p, i + 1).as_deref(), Some("to" | "on"));
    let truce = agreeing
        && (i + 2..p.toks.len().min(i + 12))
            .take_while(|&k| {
                k == i + 2 || !p.starts[k] || matches!(p.toks[k - 1].text(p.text), "“" | "\"")
            })
            .any(|k| {
                matches!(
                    word(p, k).as_deref(),
                    Some("ceasefire" | "truce" | "armistice")
                )
            });
    if truce {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// Nouns and verbs of talks that take "with" and the other side after it.
const TALKS_WITH: &[&str] = &[
    "talks",
    "negotiations",
    "negotiated",
    "negotiating",
    "negotiates",
    "negotiate",
];

/// "held talks with Egyptian intelligence chief A", "in negotiations with Qatar's B": the one
/// named after "talks with" is the other side of the talks, so a negotiator too. `l0` is
/// where the name's own title begins; up to four words of a title or a possessive before it
/// ("Qatar's Prime Minister") are crossed, but not a small word that starts another phrase
/// ("talks with Hamas on A"). Not when the talks are denied ("refused talks with").
pub(super) fn talks_with(p: &Para<'_>, l0: usize, t1: usize) -> Vec<Role> {
    const PHRASE: &[&str] = &[
        "with", "on", "about", "over", "of", "for", "to", "and", "or", "at", "in", "after",
        "before", "by", "from",
    ];
    // "talks with the Trump administration's envoy": the name owns the other side's title.
    if owns_noun(p, t1) {
        return Vec::new();
    }
    let l0 = apposed_from(p, l0, t1).unwrap_or(l0);
    let mut i = l0;
    while i > 0 && l0 - i < 4 {
        let t = &p.toks[i - 1];
        let w = t.text(p.text);
        let crossed = t.kind == Tok::Possessive || t.is_word() && !PHRASE.contains(&w);
        if !crossed {
            break;
        }
        i -= 1;
    }
    let w = |k: usize| word_back(p, i, k);
    let denied = (2..6).filter_map(w).any(|x| {
        matches!(
            x.as_str(),
            "no" | "not" | "never" | "refused" | "rejected" | "without" | "against"
        ) || x.ends_with("n't")
    });
    // "held talks separately with A for an hour and with B": the second "with" of a
    // coordination goes back to the talks the first one follows, within the sentence.
    let coordinated = || {
        w(2).as_deref() == Some("and")
            && (i.saturating_sub(24)..i.saturating_sub(3))
                .rev()
                .take_while(|&j| !p.starts[j + 1])
                .any(|j| word(p, j).as_deref() == Some("with") && talks_before(p, j))
    };
    if w(1).as_deref() == Some("with") && (talks_before(p, i - 1) || coordinated()) && !denied {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// Whether the "with" at token `at` follows a noun or verb of talks ([`TALKS_WITH`]), maybe
/// past one adverb in "-ly" ("negotiated directly with", "held talks separately with").
fn talks_before(p: &Para<'_>, at: usize) -> bool {
    let talks = |k: usize| word_back(p, at, k).is_some_and(|x| TALKS_WITH.contains(&x.as_str()));
    talks(1) || word_back(p, at, 1).is_some_and(|x| x.len() > 4 && x.ends_with("ly")) && talks(2)
}

/// "the Trump administration's special envoy", "Netanyahu's envoy": the name ending at `t1`
/// only modifies a possessive noun (itself or one lower-case noun after it), so it owns what
/// follows rather than being it.
pub(super) fn owns_noun(p: &Para<'_>, t1: usize) -> bool {
    let poss = |i: usize| p.toks.get(i).is_some_and(|t| t.kind == Tok::Possessive);
    let lower_noun = p.toks.get(t1).is_some_and(|t| {
        t.is_word()
            && t.text(p.text)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    });
    poss(t1) || lower_noun && poss(t1 + 1)
}

/// "talks with the Trump administration's special envoy to the Middle East, Steve Witkoff.":
/// a name closing an apposition to an office noun phrase stands where that phrase begins.
/// Returns the first token of the phrase when it is one run of words holding a title, at
/// most twelve long, after the comma before `l0`, and the name ends its clause.
fn apposed_from(p: &Para<'_>, l0: usize, t1: usize) -> Option<usize> {
    if l0 < 2 || !p.toks[l0 - 1].is_punct(',') || p.starts[l0] {
        return None;
    }
    let closed = p
        .toks
        .get(t1)
        .is_none_or(|t| t.is_punct(',') || t.is_punct('.') || t.is_punct(';') || p.starts[t1]);
    if !closed {
        return None;
    }
    let mut s = l0 - 1;
    let mut title = false;
    while s > 0 && l0 - 1 - s < 12 && !p.starts[s] {
        let t = &p.toks[s - 1];
        if !(t.is_word() || t.kind == Tok::Possessive) {
            break;
        }
        if t.is_word() && word(p, s - 1).as_deref() == Some("with") {
            return title.then_some(s);
        }
        title |= word(p, s - 1).is_some_and(|w| LEX.titles.contains(w.as_str()));
        s -= 1;
    }
    None
}

/// The words of a normalised sentence, each with its byte offset.
pub(super) fn words_at(norm: &str) -> Vec<(usize, &str)> {
    norm.split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect()
}

/// Auxiliaries and adverbs that may stand between a name and its verb ("had already met",
/// "also discussed", "will meet").
const AUX: &[&str] = &[
    "will",
    "would",
    "has",
    "have",
    "had",
    "already",
    "also",
    "reportedly",
    "later",
    "then",
    "recently",
    "again",
];

/// Where the verb after a name (from token `t1`) stands, past at most `most` words of [`AUX`].
pub(super) fn past_auxiliaries(p: &Para<'_>, t1: usize, most: usize) -> usize {
    let mut i = t1;
    while i < t1 + most && word(p, i).is_some_and(|w| AUX.contains(&w.as_str())) {
        i += 1;
    }
    i
}
