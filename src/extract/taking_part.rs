//! Who took part in talks, read from the ways news lists, sends and groups the people at
//! them rather than from a title: "In attendance were A, B and C" after a sentence on the
//! talks; "A's team included B and C" in a story about talks; "Trump dispatched A and B to
//! Cairo to lead the US effort"; "A will travel to Doha for the talks". Also who is one of a
//! group of office-holders ("A and other Armenian officials") or leads a side ("A said his
//! negotiators had …"), and who, though named beside the talks, only hosts them: a head of
//! state who meets the sides "to discuss the talks".
//!
//! Each rule reads the person's own clause: the list the name stands in, or the predicate
//! whose subject the name is, so one the others met or thanked gets nothing here.

use super::Para;
use super::lexicon::LEX;
use super::roles::word;
use super::text::Tok;
use crate::entity::Role;
use crate::extract::text::hyphenated_words;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

mod bodies;
mod grouping;
pub(in crate::extract) use bodies::is_body;
pub(crate) use bodies::leads_body;
pub(super) use grouping::{
    and_other_officials, children, joined_group, kin_modifiers, paired_with, singular_relative,
    that_of_time,
};

/// The word lists of `data/taking_part.txt`.
struct Words {
    attendance: Vec<Vec<&'static str>>,
    send: HashSet<&'static str>,
    travel: HashSet<&'static str>,
    ruler: HashSet<&'static str>,
    time: HashSet<&'static str>,
    kin_modifier: HashSet<&'static str>,
    office_groups: HashSet<&'static str>,
    talks_groups: HashSet<&'static str>,
    rounds: HashSet<&'static str>,
    children: HashSet<&'static str>,
    deal_verbs: HashSet<&'static str>,
    purpose_verbs: HashSet<&'static str>,
    deal_nouns: HashSet<&'static str>,
    lead_verbs: HashSet<&'static str>,
    bodies: HashSet<&'static str>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let data = include_str!("data/taking_part.txt");
    let list = |key: &str| super::lexicon::keyed(data, key);
    let set = |key: &str| list(key).into_iter().collect();
    let attendance = data
        .lines()
        .filter_map(|l| l.trim().strip_prefix("attendance:"))
        .flat_map(|l| l.split('|'))
        .map(|p| p.split_whitespace().collect())
        .collect();
    Words {
        attendance,
        send: set("send"),
        travel: set("travel"),
        ruler: set("ruler"),
        time: set("time"),
        kin_modifier: set("kin_modifier"),
        office_groups: set("office_groups"),
        talks_groups: set("talks_groups"),
        rounds: set("rounds"),
        children: set("children"),
        deal_verbs: set("deal_verbs"),
        purpose_verbs: set("purpose_verbs"),
        deal_nouns: set("deal_nouns"),
        lead_verbs: set("lead_verbs"),
        bodies: set("bodies"),
    }
});

/// Words past which a name stands in a clause of its own, no longer an item of the list
/// that a sentence opened.
const BREAKS: &[&str] = &[
    "who", "whom", "which", "that", "said", "says", "while", "after", "before", "when", "where",
    "but", "met",
];

/// Prepositions past which a name is no object of the verb before them ("sent aid to A");
/// not "of", which a title holds ("his chief of staff, A").
const PREPOSITIONS: &[&str] = &["to", "for", "from", "with", "by", "on", "at", "as"];

/// Talks or negotiations as a word of `text`.
fn names_talks(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "talks" | "negotiations" | "Talks" | "Negotiations"))
}

/// Whether the article speaks of talks or negotiations at all: in such a story "A's team" is
/// the negotiating team.
pub(super) fn talks_story(paras: &[Para<'_>]) -> bool {
    paras.iter().any(|p| names_talks(p.text))
}

/// No word of [`BREAKS`] (nor, if `preps`, of [`PREPOSITIONS`]) and no semicolon between
/// tokens `from` and `to`. A title may hold a preposition ("Ambassador to Oman A"), an
/// object of sending may not.
fn one_clause(p: &Para<'_>, from: usize, to: usize, preps: bool) -> bool {
    (from..to).all(|i| {
        !p.toks[i].is_punct(';')
            && word(p, i).is_none_or(|w| {
                !(BREAKS.contains(&w.as_str()) || preps && PREPOSITIONS.contains(&w.as_str()))
            })
    })
}

/// "In attendance were Iran's foreign minister A, envoy B and C": the name starting at `t0`
/// is listed by a sentence that opens with words of attendance and "were", and the talks are
/// named in that paragraph or the one before (`prev`), so those listed sat at them.
pub(super) fn attended(p: &Para<'_>, prev: Option<&Para<'_>>, t0: usize) -> Vec<Role> {
    let c = p.sentence_start(t0);
    if p.in_quote.get(t0).copied().unwrap_or(true) {
        return Vec::new();
    }
    let Some(were) = (c..t0.min(c + 8)).find(|&i| matches!(word(p, i).as_deref(), Some("were")))
    else {
        return Vec::new();
    };
    let opener: Vec<String> = (c..were).filter_map(|i| word(p, i)).collect();
    // "Present at the talks were": the opener may name what was attended.
    let opens = WORDS.attendance.iter().any(|a| {
        opener.len() >= a.len() && opener.iter().zip(a).all(|(w, x)| w == x) && {
            let rest = &opener[a.len()..];
            rest.is_empty() || matches!(rest.first().map(String::as_str), Some("at" | "in" | "the"))
        }
    });
    // Asked only once the opener fits: it reads the whole paragraph, for every name listed.
    let talks = || names_talks(p.text) || prev.is_some_and(|q| names_talks(q.text));
    if opens && one_clause(p, were + 1, t0, false) && talks() {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// "Araghchi's team included deputy ministers A and B", "the Iranian team comprised A": in a
/// story about talks (`story`), someone's or a country's team is the negotiating team, so the
/// names its membership verb lists negotiate. The team opens the sentence; only list material
/// stands between the verb and the name starting at `t0`.
pub(super) fn team_member(p: &Para<'_>, t0: usize, story: bool) -> Vec<Role> {
    if !story || p.in_quote.get(t0).copied().unwrap_or(true) {
        return Vec::new();
    }
    let c = p.sentence_start(t0);
    let Some(team) = (c..t0.min(c + 8)).find(|&i| matches!(word(p, i).as_deref(), Some("team")))
    else {
        return Vec::new();
    };
    let owned = team > c
        && (p.toks[team - 1].kind == Tok::Possessive
            || p.word_at(team - 1).is_some_and(|w| LEX.is_demonym(w)));
    let verb = word(p, team + 1).is_some_and(|w| LEX.membership_verbs.contains(w.as_str()));
    if owned && verb && one_clause(p, team + 2, t0, false) {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// "Trump has dispatched his son-in-law, A, and top negotiator B to Cairo to lead US efforts",
/// "sent envoy A to Doha for talks": the name (from `t0` to `t1`) is the object of a verb of
/// sending, with only list material between, and the sentence goes on to say the sending was
/// for talks or to lead, join or attend them (or the effort). Not inside a quotation.
pub(super) fn sent_for_talks(p: &Para<'_>, t0: usize, t1: usize) -> Vec<Role> {
    if p.in_quote.get(t0).copied().unwrap_or(true) {
        return Vec::new();
    }
    let c = p.sentence_start(t0);
    let from = t0.saturating_sub(25).max(c);
    let Some(verb) = (from..t0)
        .rev()
        .find(|&i| word(p, i).is_some_and(|w| WORDS.send.contains(w.as_str())))
    else {
        return Vec::new();
    };
    if !one_clause(p, verb + 1, t0, true) {
        return Vec::new();
    }
    let end = (t1..p.toks.len().min(t1 + 30))
        .find(|&i| i > t1 && p.starts[i])
        .unwrap_or(p.toks.len().min(t1 + 30));
    let stop = (t1..end)
        .find(|&i| {
            p.toks[i].is_punct(';')
                || word(p, i).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "while" | "but" | "who" | "which" | "said" | "as"
                    )
                })
        })
        .unwrap_or(end);
    if purpose_is_talks(p, t1, stop) {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// Between `from` and `to`: "for" and within five tokens "talks" or "negotiations", or "to",
/// a verb of leading or joining, and within five tokens talks, a delegation or an effort.
fn purpose_is_talks(p: &Para<'_>, from: usize, to: usize) -> bool {
    let w = |i: usize| word(p, i).unwrap_or_default();
    let within =
        |i: usize, nouns: &[&str]| (i + 1..to.min(i + 6)).any(|k| nouns.contains(&w(k).as_str()));
    (from..to).any(|i| match w(i).as_str() {
        "for" => within(i, &["talks", "negotiations"]),
        "to" => {
            LEX.talks_lead_verbs.contains(w(i + 1).as_str())
                && within(
                    i + 1,
                    &["talks", "negotiations", "delegation", "effort", "efforts"],
                )
        }
        _ => false,
    })
}

/// Auxiliaries and adverbs between a subject and its verb of travelling ("will also travel",
/// "is set to fly", "is due to head").
const AUX: &[&str] = &[
    "will",
    "would",
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "also",
    "set",
    "due",
    "expected",
    "scheduled",
    "to",
    "be",
    "already",
    "later",
    "then",
    "reportedly",
    "soon",
];

/// "A will travel to Cairo for the talks", "B flew to Doha on Sunday for negotiations", "C
/// departed for Doha to push for a truce", "D arrived in Cairo, where the talks are held":
/// the subject whose predicate (from `t1`) is a journey for talks, to move a deal on, or to
/// the place where talks are held goes to take part in them.
/// Outside quotations, not denied, and "for" within the sentence.
pub(super) fn travels_for_talks(p: &Para<'_>, t1: usize) -> Vec<Role> {
    if p.in_quote.get(t1).copied().unwrap_or(true) {
        return Vec::new();
    }
    let mut i = t1;
    while i < t1 + 5 && word(p, i).is_some_and(|w| AUX.contains(&w.as_str())) {
        i += 1;
    }
    if !word(p, i).is_some_and(|w| WORDS.travel.contains(w.as_str())) {
        return Vec::new();
    }
    let end = (i + 1..p.toks.len().min(i + 20))
        .find(|&k| p.starts[k] || p.toks[k].is_punct(';'))
        .unwrap_or(p.toks.len().min(i + 20));
    // "arrived in Geneva for discussions on the peace plan": news says "discussions" for
    // talks as often as "talks".
    let for_talks = (i + 1..end).any(|k| {
        word(p, k).as_deref() == Some("for")
            && (k + 1..end.min(k + 6)).any(|j| {
                matches!(
                    word(p, j).as_deref(),
                    Some("talks" | "negotiations" | "discussions")
                )
            })
    });
    // "embarked on a mission to advance the hostage deal", "flew to Cairo to push for a
    // truce": a journey whose purpose is to move a deal on is one to the talks.
    let to_deal = (i + 1..end.saturating_sub(1)).any(|k| {
        word(p, k).as_deref() == Some("to")
            && word(p, k + 1).is_some_and(|w| WORDS.purpose_verbs.contains(w.as_str()))
            && (k + 2..end.min(k + 8))
                .any(|j| word(p, j).is_some_and(|w| WORDS.deal_nouns.contains(w.as_str())))
    });
    // "arrived Wednesday in Sharm el-Sheikh, where negotiations are under way": the place
    // the journey ends is where the talks are held.
    let where_talks = (i + 1..end).any(|k| {
        word(p, k).as_deref() == Some("where")
            && (k + 1..end.min(k + 4))
                .any(|j| matches!(word(p, j).as_deref(), Some("talks" | "negotiations")))
    });
    if for_talks || to_deal || where_talks {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// The title before a name (`left`, as written) is a head of state's or a monarch's ("Qatar's
/// Emir Sheikh", "U.S. President"), not a deputy's ("Vice President") or a former one's.
pub(super) fn ruler(left: &str) -> bool {
    let words: Vec<String> = hyphenated_words(left).map(str::to_lowercase).collect();
    words.iter().any(|w| WORDS.ruler.contains(w.as_str()))
        && !words
            .iter()
            .any(|w| matches!(w.as_str(), "vice" | "former" | "deputy" | "ex"))
}

/// The noun of talks or of a delegation within the first four words (`rest`, with their byte
/// offsets) after a verb of leading or joining, before any word of `breaks`. "attended the
/// last round of talks", "led the second phase of negotiations": "of" after a noun that
/// divides the talks ends no phrase of them, and the reach grows by those two words.
pub(super) fn talks_noun<'a>(
    rest: &'a [(usize, &'a str)],
    breaks: &[&str],
) -> Option<&'a (usize, &'a str)> {
    let part = |k: usize| rest[k].1 == "of" && k > 0 && WORDS.rounds.contains(rest[k - 1].1);
    let reach = if (0..rest.len().min(4)).any(part) {
        6
    } else {
        4
    };
    // "led efforts to broker the truce": an effort to settle a deal is the talks' work.
    let effort = |k: usize| {
        matches!(rest[k].1, "effort" | "efforts")
            && rest.get(k + 1).is_some_and(|x| x.1 == "to")
            && rest
                .get(k + 2)
                .is_some_and(|x| WORDS.deal_verbs.contains(x.1))
    };
    (0..rest.len().min(reach))
        .take_while(|&k| !breaks.contains(&rest[k].1) || part(k))
        .find(|&k| {
            matches!(
                rest[k].1,
                "talks" | "negotiations" | "delegation" | "delegations"
            ) || effort(k)
        })
        .map(|k| &rest[k])
}

/// "A discussed with the envoy the efforts to reach a ceasefire": the subject whose predicate
/// (from `t1`) is discussing something with someone, where the sentence names talks, a truce
/// or a deal, holds talks with them. Outside quotations; a ruler's is the caller's to drop.
pub(super) fn discussed_with(p: &Para<'_>, t1: usize) -> Vec<Role> {
    if p.in_quote.get(t1).copied().unwrap_or(true) {
        return Vec::new();
    }
    let i = super::talks::past_auxiliaries(p, t1, 2);
    let discussed = matches!(
        word(p, i).as_deref(),
        Some("discussed" | "discusses" | "discuss" | "discussing")
    ) && word(p, i + 1).as_deref() == Some("with");
    let end = (i + 1..p.toks.len().min(i + 40))
        .find(|&k| p.starts[k] && !p.in_quote[k])
        .unwrap_or(p.toks.len().min(i + 40));
    let about = (i + 2..end).any(|k| {
        matches!(
            word(p, k).as_deref(),
            Some("talks" | "negotiations" | "ceasefire" | "truce" | "deal")
        )
    });
    if discussed && about {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// "A said on Monday that his negotiators had handed over a list": one who speaks of the
/// negotiators or the delegation as his own leads a side of the talks, an office-holder. Read
/// only where the name is the subject of a reporting verb and the possessive follows within
/// a few words, so the owner is the speaker, not someone the sentence goes on to name.
pub(super) fn owns_negotiators(p: &Para<'_>, t1: usize) -> Vec<Role> {
    if p.in_quote.get(t1).copied().unwrap_or(true)
        || !word(p, t1).is_some_and(|w| LEX.reporting_verbs.contains(w.as_str()))
    {
        return Vec::new();
    }
    let end = (t1 + 1..p.toks.len().min(t1 + 8))
        .find(|&k| p.starts[k] || !p.toks[k].is_word())
        .unwrap_or(p.toks.len().min(t1 + 8));
    let owned = (t1 + 1..end).any(|k| {
        matches!(word(p, k).as_deref(), Some("his" | "her"))
            && matches!(
                word(p, k + 1).as_deref(),
                Some("negotiators" | "delegation" | "negotiating")
            )
    });
    if owned {
        vec![Role::Official]
    } else {
        Vec::new()
    }
}
