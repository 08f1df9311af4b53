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
//! - "Democrat Ana Ruiz Beats Tom Reyes in Ohio": a headline in title case runs two names
//!   and the verb between them into one run. When it opens with a full name and ends with
//!   another, each of which the article writes alone elsewhere, it names those two; the words
//!   between them name no one (`two_names`).

use super::Para;
use super::lexicon::LEX;
use super::names::Candidate;
use super::text::is_capitalised;
use crate::entity::EntityKind;
use crate::extract::text::is_hyphen;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

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
        if let Some((head, tail)) = last.rsplit_once(is_hyphen)
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

/// Splits each run of two full names the article writes alone elsewhere, with a word or two
/// between them, into those two names (see the module's comment). Only plain runs of one word
/// per token are read; the order of the candidates is kept.
pub(super) fn two_names(cands: &mut Vec<Candidate>) {
    let person = |c: &Candidate| c.kind == Some(EntityKind::Person) && c.source.is_none();
    let alone: HashSet<String> = cands
        .iter()
        .filter(|c| person(c) && (2..=3).contains(&c.name.split(' ').count()))
        .map(|c| c.name.clone())
        .collect();
    let split = |c: &Candidate| -> Option<(usize, usize)> {
        let words: Vec<&str> = c.name.split(' ').collect();
        let n = words.len();
        if !person(c) || c.title.is_some() || n < 5 || c.t1 - c.t0 != n {
            return None;
        }
        let head = (2..=3).find(|&a| alone.contains(&words[..a].join(" ")))?;
        let tail = (n - 3..=n - 2)
            .filter(|&b| b > head && b - head <= 2)
            .find(|&b| alone.contains(&words[b..].join(" ")))?;
        Some((head, tail))
    };
    if !cands.iter().any(|c| split(c).is_some()) {
        return;
    }
    let mut out = Vec::with_capacity(cands.len() + 1);
    for c in cands.drain(..) {
        let Some((head, tail)) = split(&c) else {
            out.push(c);
            continue;
        };
        let words: Vec<&str> = c.name.split(' ').collect();
        let mut first = c.clone();
        first.t1 = c.t0 + head;
        first.name = words[..head].join(" ");
        let mut second = c.clone();
        second.t0 = c.t0 + tail;
        second.name = words[tail..].join(" ");
        out.push(first);
        out.push(second);
    }
    *cands = out;
}
