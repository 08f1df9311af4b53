//! The parts of a clause before a reporting verb that do not name its subject: an
//! introductory phrase that sets the scene ("On Friday, …", "Pressed on the issue, …") and a
//! segment that describes a name rather than acts (an apposition, an age, a relative clause).

use super::super::attribution::Ctx;
use super::super::lexicon::LEX;
use super::super::text::{Tok, is_capitalised};
use super::head::opens_apposition;

/// Words that open an introductory phrase rather than the main clause.
pub(in crate::extract) const INTRO: &[&str] = &[
    "after",
    "following",
    "in",
    "when",
    "while",
    "although",
    "though",
    "as",
    "asked",
    "speaking",
    "on",
    "at",
    "during",
    "before",
    "since",
    "despite",
    "amid",
    "because",
    "if",
    "once",
    "until",
    "with",
    "without",
    "by",
    "for",
    "from",
    "earlier",
    "later",
    "meanwhile",
    "however",
    "still",
    "yet",
    "but",
    "and",
    "then",
    // "According to Channel 12, a senior official said": the report's source sets the scene.
    "according",
];

/// A phrase opening at `a` that sets the scene rather than names the subject: a word of
/// [`INTRO`], or a past participle and its preposition ("Pressed on the issue by X, Y said",
/// "Confronted with …", "Questioned about …").
pub(in crate::extract) fn intro(cx: &Ctx<'_, '_>, pi: usize, a: usize) -> bool {
    let w = cx.word(pi, a);
    // "Ted on Tuesday said", "Mohammed on Friday told": a given name ending in "ed" is the
    // subject, not a participle.
    let name =
        cx.at[pi].get(a).is_some_and(Option::is_some) || LEX.given_names.contains_key(w.as_str());
    INTRO.contains(&w.as_str())
        || timed(cx, pi, a)
        || dated(cx, pi, a)
        || (w.ends_with("ed")
            && !name
            && matches!(
                cx.word(pi, a + 1).as_str(),
                "on" | "about" | "over" | "with" | "by" | "for" | "at" | "in"
            ))
}

/// A date that goes on after a comma ("On Sunday, Oct. 12, X welcomed …", "Friday, March
/// 7, …"): a month or a weekday, then only numbers and abbreviating stops up to the next
/// comma, is still the scene.
fn dated(cx: &Ctx<'_, '_>, pi: usize, a: usize) -> bool {
    let p = &cx.paras[pi];
    let raw = p.word_at(a).unwrap_or_default();
    if !LEX.is_calendar(raw) || cx.at[pi].get(a).is_some_and(Option::is_some) {
        return false;
    }
    let end = (a + 1..p.toks.len().min(a + 6)).find(|&i| p.toks[i].is_punct(','));
    end.is_some_and(|end| {
        (a + 1..end).all(|i| {
            p.toks[i].is_punct('.') || p.word_at(i).is_some_and(|w| w.parse::<u32>().is_ok())
        })
    })
}

/// Words that measure how long before or after: "Minutes after the verdicts were read",
/// "Two days before the vote", "Shortly after", "Hours later".
const SPAN: &[&str] = &[
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "moments",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "moment",
    "shortly",
    "soon",
    "just",
    "right",
    "immediately",
    "only",
    "not",
    "long",
    "a",
    "an",
    "few",
    "several",
    "many",
];

/// A phrase of time opening at `a` that leads to "after", "before", "later" or "since":
/// "Minutes after …, X said" sets the scene as "After …" does.
fn timed(cx: &Ctx<'_, '_>, pi: usize, a: usize) -> bool {
    let spans = |w: &str| SPAN.contains(&w) || LEX.is_number_word(w) || w.parse::<u32>().is_ok();
    (a..a + 4)
        .take_while(|&i| spans(&cx.word(pi, i)))
        .last()
        .is_some_and(|i| {
            matches!(
                cx.word(pi, i + 1).as_str(),
                "after" | "before" | "later" | "since" | "earlier" | "into"
            )
        })
}

/// A segment between commas that describes a name rather than acting: a relative clause, an
/// age, an apposition ("a senior official", "Edan's father").
pub(in crate::extract) fn parenthetical(cx: &Ctx<'_, '_>, pi: usize, a: usize, b: usize) -> bool {
    let p = &cx.paras[pi];
    let first = cx.word(pi, a);
    matches!(
        first.as_str(),
        "who" | "whose" | "which" | "a" | "an" | "the"
    ) || (a..b).all(|i| p.toks[i].text(p.text).chars().all(|c| c.is_ascii_digit()))
        // "Tal Levy, brother of Or Levy, told", "Dan Kleban, co-founder of Maine Beer
        // Company, said": a relation, office or post "of" someone or something.
        || (LEX.kin.contains(first.as_str()) || LEX.titles.contains(first.as_str())
            || p.toks[a].is_word() && !is_capitalised(p.toks[a].text(p.text)))
            && matches!(cx.word(pi, a + 1).as_str(), "of" | "at" | "for")
        || opens_apposition(cx, pi, a)
        // "Sanford, then the governor, …", "Nolan, now 84, …": an office or age held then or now.
        || (matches!(first.as_str(), "then" | "now" | "formerly")
            && (matches!(cx.word(pi, a + 1).as_str(), "a" | "an" | "the")
                || LEX.titles.contains(cx.word(pi, a + 1).as_str())
                || p.toks.get(a + 1).is_some_and(|t| t.text(p.text).chars().all(|c| c.is_ascii_digit()))))
        // "Vance, standing beside his wife Usha Vance, told": a participle's phrase describes
        // the subject; a name inside it is not the one who speaks.
        || participle(cx, pi, a)
        || (a..b).any(|i| {
            p.toks[i].kind == Tok::Possessive && LEX.kin.contains(cx.word(pi, i + 1).as_str())
        })
}

/// A segment that opens with a lower-case participle ("standing beside", "flanked by"),
/// one of speech too ("pointing to rhetoric by X", "citing Y", "quoting Z"): in "Miller,
/// pointing to remarks by Trump, replied" the name that ends it is what she points to.
fn participle(cx: &Ctx<'_, '_>, pi: usize, a: usize) -> bool {
    let p = &cx.paras[pi];
    let w = cx.word(pi, a);
    let lower = p.toks[a].is_word() && !is_capitalised(p.toks[a].text(p.text));
    lower && w.len() > 5 && (w.ends_with("ing") || w.ends_with("ed"))
}
