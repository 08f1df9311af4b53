//! Dealing with the mediators: "A and B have discussed the next steps with Egyptian
//! intelligence officials", "A met with Qatari and Egyptian mediators in Paris", "A met
//! Qatar's Prime Minister B". In mediated talks each side negotiates through the mediating
//! states, so one who meets or confers with the mediators, or with officials of a state the
//! article names as a mediator (`roles::mediator`), takes part in the talks.
//!
//! Read as a predicate of the name (a name after a preposition or a verb gets nothing), and as
//! weak evidence; not for a head of state or government, who meets the mediating states'
//! leaders on much other business, nor for a captive's relative, who meets them to plead.

use super::Para;
use super::evidence::RoleEvidence;
use super::lexicon::LEX;
use super::roles::mediator::{DIPLOMACY, country, same_country};
use super::roles::{Found, word, word_back};
use super::talks::past_auxiliaries;
use super::text::Tok;
use crate::entity::Role;

/// Verbs of meeting or conferring, whose partner follows "with" (or, for "met", stands
/// right after the verb).
const CONFER: &[&str] = &[
    "met",
    "meets",
    "discussed",
    "discusses",
    "conferred",
    "consulted",
    "spoke",
    "talked",
];

/// Heads of the partner's noun phrase: mediators, or a state's officials.
const MEDIATORS: &[&str] = &["mediators", "mediator", "intermediaries", "intermediary"];
const OFFICIALS: &[&str] = &[
    "officials",
    "official",
    "counterparts",
    "counterpart",
    "negotiators",
    "delegation",
    "leaders",
];

/// The predicate from token `t1` (right after a name) meets or confers with the mediators:
/// auxiliaries, a verb of [`CONFER`], up to six words of its object, then "with" (or, after
/// "met", nothing) and a noun phrase of up to five words: demonyms or countries, lower-case
/// modifiers ("intelligence", "senior"), and a head of [`MEDIATORS`], or of [`OFFICIALS`]
/// or a diplomatic office ("Qatar's Prime Minister A", [`DIPLOMACY`]) when one of its
/// countries is among the article's `mediators`.
pub(super) fn with_mediators(
    p: &Para<'_>,
    t1: usize,
    mediators: &[(String, RoleEvidence)],
) -> Vec<Role> {
    let w = |i: usize| word(p, i).unwrap_or_default();
    let i = past_auxiliaries(p, t1, 3);
    if !CONFER.contains(&w(i).as_str()) || p.in_quote.get(i).copied().unwrap_or(true) {
        return Vec::new();
    }
    let met = w(i) == "met";
    // The partner after "with", past the object ("discussed the next steps with").
    let with = (i + 1..p.toks.len().min(i + 8))
        .take_while(|&k| p.toks[k].is_word() && !p.starts[k])
        .find(|&k| w(k) == "with");
    let Some(from) = with.map(|k| k + 1).or(met.then_some(i + 1)) else {
        return Vec::new();
    };
    let mut states = Vec::new();
    let mediating = |states: &[String]| {
        states
            .iter()
            .any(|s| mediators.iter().any(|(m, _)| same_country(s, m)))
    };
    let mut k = from;
    while k < p.toks.len().min(from + 6) && !p.starts[k] {
        if let Some((c, n)) = country(p, k) {
            states.push(c);
            k += n;
            // "met Qatar's Prime Minister A": the state's own diplomatic office.
            if p.toks.get(k).is_some_and(|t| t.kind == Tok::Possessive) {
                k += 1;
            }
            let office = (k..p.toks.len().min(k + 3))
                .map_while(|j| word(p, j))
                .collect::<Vec<_>>()
                .join(" ");
            if DIPLOMACY.iter().any(|d| office.starts_with(d)) {
                return [Role::Negotiator]
                    .into_iter()
                    .filter(|_| mediating(&states))
                    .collect();
            }
            continue;
        }
        let x = w(k);
        if MEDIATORS.contains(&x.as_str()) {
            return vec![Role::Negotiator];
        }
        if OFFICIALS.contains(&x.as_str()) {
            return [Role::Negotiator]
                .into_iter()
                .filter(|_| mediating(&states))
                .collect();
        }
        // "the", "and", a comma between countries, a lower-case modifier.
        let modifier = x.chars().next().is_some_and(char::is_lowercase);
        if !(p.toks[k].is_punct(',') || modifier) {
            break;
        }
        k += 1;
    }
    Vec::new()
}

/// Heads of state or government.
const HEADS: &[&str] = &[
    "president",
    "prime minister",
    "premier",
    "king",
    "emir",
    "chancellor",
];

/// Whether `f`, with `title` (the title before this mention) and the description the article
/// gave it before, may take part in talks by meeting the mediators ([`with_mediators`]). Not
/// one introduced as a captive's relative, or named by a family word right before the name
/// (at `l0` of the paragraph, when given: "hostage mother A"), who meets them to plead; and
/// not a head of state or government ("Prime Minister", "U.S. President", [`HEADS`]), who
/// meets the mediating states' leaders on much else than the talks.
pub(super) fn may_negotiate(f: &Found, title: &str, at: Option<(&Para<'_>, usize)>) -> bool {
    let kin = at.is_some_and(|(p, l0)| {
        (1..=2)
            .filter_map(|k| word_back(p, l0, k))
            .any(|x| LEX.kin.contains(x.as_str()))
    });
    let titles = [title, f.description.as_deref().unwrap_or("")];
    let head = titles.iter().any(|t| {
        let t = t.to_lowercase();
        HEADS.iter().any(|h| t.contains(h))
    });
    !f.relative && !kin && !head
}
