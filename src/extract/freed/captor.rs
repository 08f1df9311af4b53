//! Who frees a captive when the sentence does not name them: armed men named by a plural
//! noun ("the rebels freed A", "Abu Sayyaf bandits released B"), the group itself ("the front
//! has freed C"), or the group speaking of its own deed ("the rebel front said it freed
//! Spanish national D"). What they free is a captive, as when a named group frees one
//! (`freed::freed_by`); a prisoner's noun before the name still says otherwise.

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::roles::word_back;

/// Plural nouns for armed men who hold captives.
const ARMED: &[&str] = &[
    "rebels",
    "militants",
    "kidnappers",
    "abductors",
    "captors",
    "bandits",
    "gunmen",
    "insurgents",
    "guerrillas",
    "guerillas",
    "jihadists",
    "extremists",
    "terrorists",
    "pirates",
    "militiamen",
    "hostage-takers",
];

/// Singular nouns for an armed group, after "the" ("the group", "the front").
const GROUP: &[&str] = &["group", "front", "movement", "militia", "faction"];

/// Whether the subject `k` words before the freeing verb at `v` (past "has"/"have") is a
/// captor: a plural noun of armed men, "the" and a group noun, or "it"/"they" right after a
/// reporting verb (and "that").
pub(in crate::extract) fn captor_subject(p: &Para<'_>, v: usize, k: usize) -> bool {
    let x = |n: usize| word_back(p, v, n).unwrap_or_default();
    // "the rebels earlier freed A", "kidnappers reportedly released B": an adverb between.
    let adverb = |w: &str| {
        matches!(
            w,
            "also" | "earlier" | "later" | "then" | "finally" | "eventually"
        ) || w.len() > 4 && w.ends_with("ly")
    };
    let k = k + usize::from(adverb(&x(k)));
    let subject = x(k);
    if ARMED.contains(&subject.as_str()) {
        return true;
    }
    if GROUP.contains(&subject.as_str()) && x(k + 1) == "the" {
        return true;
    }
    let says = |w: &str| LEX.reporting_verbs.contains(w) || matches!(w, "announced" | "claimed");
    // "said on Monday that it had freed": a short time phrase may stand before "that".
    let said_that = x(k + 1) == "that"
        && (k + 2..k + 6)
            .map(x)
            .take_while(|w| !w.is_empty())
            .any(|w| says(&w));
    matches!(subject.as_str(), "it" | "they") && (says(&x(k + 1)) || said_that)
}
