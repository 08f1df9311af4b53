//! Two readings of a capitalised run that join a word to a surname the article gives someone
//! else, fixed once all of an article's candidates are known.
//!
//! - "The plan was simple: Outflank Reyes early." A verb opening the words after a colon is
//!   capitalised like a given name. When it is no known given name nor a title, the word
//!   after it is the surname of a full name the article writes elsewhere ("Tom Reyes") and
//!   the clause goes on in lower case (the verb's object, not a list: "and" does not count),
//!   the run is that surname alone, not a new person "Outflank Reyes". A sentence opener is
//!   left alone: a given name the data lacks opens sentences far more often than a verb.
//! - "The Ana Ruiz-Whitfield race": a contest written as two rivals' surnames joined by a
//!   hyphen, after one rival's full name. When a word for a contest follows and the part
//!   after the hyphen is the surname of another full name in the article, the person is
//!   "Ana Ruiz"; the other is named apart. Without the contest word the hyphen joins one
//!   person's double surname, even one a parent shares ("Guy Gilboa-Dalal", son of a Dalal).

use super::Para;
use super::lexicon::LEX;
use super::names::Candidate;
use super::text::is_capitalised;
use crate::entity::EntityKind;
use rustc_hash::FxHashMap as HashMap;

/// "10 Key Lessons from the Debate", "5 Big Takeaways": in a headline, or right after a small
/// number opening the paragraph (a listicle's title, not always in title case), words counted
/// so are the list's noun, never a person (no one is counted so).
pub(super) fn drop_counted(paras: &[Para<'_>], cands: &mut Vec<Candidate>) {
    cands.retain(|c| {
        let Some(p) = paras.get(c.para) else {
            return true;
        };
        let counted = c.t0 > 0 && {
            let n = p.toks[c.t0 - 1].text(p.text);
            (1..=2).contains(&n.len()) && n.chars().all(|ch| ch.is_ascii_digit())
        };
        !((p.headline || c.t0 == 1) && counted && matches!(c.kind, None | Some(EntityKind::Person)))
    });
}

/// Lower-case words for a contest between the two joined surnames.
const RIVALRY: &[&str] = &[
    "race", "contest", "matchup", "match-up", "debate", "debates", "rematch", "showdown", "battle",
    "fight", "runoff", "primary", "rivalry", "duel",
];

/// Rewrites the candidates described in the module's comment, in place.
pub(super) fn split(paras: &[Para<'_>], cands: &mut [Candidate]) {
    // Surname → the first words of the full names that end in it.
    let mut full: HashMap<String, Vec<String>> = HashMap::default();
    for c in cands.iter().filter(|c| c.kind == Some(EntityKind::Person)) {
        let words: Vec<&str> = c.name.split_whitespace().collect();
        if let [first, .., last] = words[..] {
            full.entry(last.to_string())
                .or_default()
                .push(first.to_string());
        }
    }
    let other_surname = |surname: &str, first: &str| {
        full.get(surname)
            .is_some_and(|firsts| firsts.iter().any(|f| f != first))
    };
    for c in cands.iter_mut() {
        if c.kind != Some(EntityKind::Person) || c.source.is_some() {
            continue;
        }
        let Some(p) = paras.get(c.para) else { continue };
        let words: Vec<&str> = c.name.split_whitespace().collect();
        let [first, .., last] = words[..] else {
            continue;
        };
        if let Some((head, tail)) = last.rsplit_once('-')
            && is_capitalised(head)
            && is_capitalised(tail)
            && other_surname(tail, first)
            && p.toks
                .get(c.t1)
                .is_some_and(|t| RIVALRY.contains(&t.text(p.text)))
        {
            let cut = c.name.len() - tail.len() - 1;
            c.name.truncate(cut);
            continue;
        }
        let after_colon = c.t0 > 0 && p.toks[c.t0 - 1].is_punct(':');
        let object_goes_on = p.toks.get(c.t1).is_some_and(|t| {
            let w = t.text(p.text);
            t.is_word() && starts_lower(w) && !matches!(w, "and" | "or" | "nor")
        });
        let l = first.to_lowercase();
        if words.len() == 2
            && after_colon
            && object_goes_on
            && !c.in_quote
            && c.title.is_none()
            && !LEX.given_names.contains_key(l.as_str())
            && !LEX.is_title(first)
            && other_surname(last, first)
        {
            c.t0 += 1;
            c.name = last.to_string();
            c.kind = None;
        }
    }
}

fn starts_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}
