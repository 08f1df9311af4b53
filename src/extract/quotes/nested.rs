//! A quotation inside a quotation written with the same double marks: "“I said to myself,
//! “Wow, what was that?” he told the crowd." A speaker quoting their own or another's words
//! opens the inner quotation right after a verb of saying and a comma or colon; there the
//! second opening mark nests, and does not mean the first was left unclosed ("“built
//! programs … For the soldiers, “we work with the IDF,” he added" opens a new quotation).
//! Typewriter copy nests its straight marks so too (`"'…,' I said. And I thought, "…'"`).

use crate::extract::lexicon::LEX;

/// Whether an opening mark at `at`, inside a quotation opened at `open`, nests: the quoted
/// words before it end in a comma or colon right after a verb of saying, up to three words
/// after it ("I said to myself,", "I told him:").
pub(super) fn nests(text: &str, open: usize, at: usize) -> bool {
    let before = text[open..at].trim_end();
    let Some(clause) = before.strip_suffix([',', ':']) else {
        return false;
    };
    let words: Vec<String> = clause
        .rsplit(|c: char| c.is_whitespace())
        .take(4)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    // "I started having thoughts like, “…”": a noun of thought, or "like" as speakers use
    // it to bring in words ("and I was like,"), brings them in as a verb of saying does.
    let quotative = words.first().is_some_and(|w| w == "like");
    quotative
        || words.iter().any(|w| {
            LEX.reporting_verbs.contains(w.as_str())
                || matches!(w.as_str(), "thought" | "think" | "thoughts")
        })
}
