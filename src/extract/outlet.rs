//! A news outlet that reports or quotes words is not their speaker: "'…,' CNN quoted a source
//! as saying" is the source's, and "'…,' Ynet reported" is left without a speaker.

use super::attribution::{Ctx, Who, tok_at};
use super::candidate::candidate;
use super::refer::Ref;
use crate::entity::EntityKind;

/// "'…,' CNN quoted a source involved in the talks as saying": when the reporting word `v`
/// is "saying" after "as" and "quoted" or "cited" stands between the quotation (`start`) and
/// it, the phrase between is the speaker (`Some(None)` when it names no one).
pub(super) fn quoted_as(
    cx: &Ctx<'_, '_>,
    pi: usize,
    start: usize,
    v: usize,
    quote_at: usize,
) -> Option<Option<Ref>> {
    if v < start + 2 || cx.word(pi, v - 1) != "as" {
        return None;
    }
    if !matches!(cx.word(pi, v).as_str(), "saying" | "telling" | "stating") {
        return None;
    }
    let k = (start..v - 1).rev().find(|&k| {
        matches!(
            cx.word(pi, k).as_str(),
            "quoted" | "cited" | "quoting" | "citing"
        )
    })?;
    let p = &cx.paras[pi];
    // "'…,' Tajani was quoted by ANSA as saying": in the passive the one quoted is the
    // subject before "was quoted"; the agent after "by" is the outlet.
    // "'…,' Asif was quoted as saying by Reuters": with no agent between, the same.
    let passive = k > start
        && (cx.word(pi, k + 1) == "by" || k + 2 == v)
        && matches!(
            cx.word(pi, k - 1).as_str(),
            "was" | "were" | "is" | "are" | "been" | "being"
        );
    if passive {
        return Some(candidate(cx, pi, start, k - 1, tok_at(p, quote_at)));
    }
    Some(candidate(cx, pi, k + 1, v - 1, tok_at(p, quote_at)))
}

/// "'…,' Ynet reported": an organisation that reported the words after them is the outlet,
/// not the speaker. So is one that a lower-case word for a news outlet names, whatever its
/// verb ("officials reacted with '…', the news portal Ynet said"): it passes on what others
/// said. Who spoke is for the quotation's own sentence to say
/// (`trailing::told_before_outlet`); reading any sentence before it is no safer than leaving
/// the speaker unclear ("X told ministers that Y's position, as conveyed by Z, was '…'").
/// `start`: the first token after the quotation.
pub(in crate::extract) fn outlet_reported(
    cx: &Ctx<'_, '_>,
    pi: usize,
    start: usize,
    v: usize,
    who: &Ref,
) -> bool {
    let org = matches!(who.0, Who::Entity(e) if cx.ents[e].kind == EntityKind::Organization);
    // Lower case in the text: "Fox News said" is the outlet's own statement.
    let p = &cx.paras[pi];
    let named_outlet = || {
        (start..v).any(|i| {
            p.toks[i].is_word() && !p.in_quote[i] && OUTLET_WORDS.contains(&p.toks[i].text(p.text))
        })
    };
    org && (matches!(cx.word(pi, v).as_str(), "reported" | "reports") || named_outlet())
}

/// Lower-case words for a news outlet before its name ("the news portal", "the daily", "the
/// broadcaster"). "Agency" and "network" alone are left out: a UN agency speaks for itself.
const OUTLET_WORDS: &[&str] = &[
    "news",
    "newspaper",
    "daily",
    "broadcaster",
    "outlet",
    "portal",
    "website",
    "tabloid",
    "magazine",
];
