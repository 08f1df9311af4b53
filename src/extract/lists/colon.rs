//! Names after a colon or a dash (a spaced hyphen too: `Para::is_dash`) take the roles of
//! the clause before it ("Four hostages are believed to be dead: A, B and C"), across the
//! words that describe each item, or those of the noun "Among them" points back to ("Among
//! them are two residents of the kibbutz: A and B").

use super::elsewhere::among_them;
use super::{GROUPS, list_filler};
use crate::entity::{EntityKind, Role};
use crate::extract::Para;
use crate::extract::lexicon::LEX;
use crate::extract::roles::word;
use crate::extract::text::Tok;

/// Words that describe one item of a list after a colon without naming anyone else: who
/// the item is ("U.S. citizens A, 59, and her daughter, B", "as well as a Thai foreign
/// national, E", an honorific: "Ms C"), where from ("Israelis C and D") and when ("A on Oct. 20 and B on Oct.
/// 23"). A family word keeps the relative in the list the colon announced; a verb, any
/// other word or the start of a sentence still ends it.
fn colon_item_word(p: &Para<'_>, i: usize) -> bool {
    let t = p.toks[i];
    let w = t.text(p.text);
    let lower = w.to_lowercase();
    // "U.S. citizens": a place names a group of people only before a group noun.
    let place_group = || {
        word(p, i + 1).is_some_and(|n| GROUPS.contains(&n.as_str()))
            && LEX
                .gazetteer_folded
                .get(&lower)
                .is_some_and(|&g| LEX.gazetteer_entries[g].kind == EntityKind::Place)
    };
    LEX.is_demonym(w)
        || place_group()
        || LEX.is_calendar(w)
        || LEX.kin.contains(lower.as_str())
        || GROUPS.contains(&lower.as_str())
        || GROUPS.contains(&format!("{lower}s").as_str())
        || matches!(
            lower.as_str(),
            "his" | "her" | "their" | "on" | "a" | "an" | "foreign"
            // "four captives – Ms A, B, 22, and C": an honorific is no title of the item's own.
            | "mr" | "mr." | "mrs" | "mrs." | "ms" | "ms." | "miss" | "dr" | "dr."
            // An enlisted rank belongs to its item ("A, Sgt. B and C"); an officer's rank
            // may be a spokesman's after the list, so it still ends it.
            | "sgt." | "staff" | "cpl." | "pvt." | "sergeant" | "corporal" | "private"
        )
}

/// "Four hostages are believed to be dead: A, B and C": names after a colon take the roles
/// of the clause before it, across what describes each item ([`colon_item_word`]).
pub(in crate::extract) fn colon_list(
    p: &Para<'_>,
    prev: Option<&Para<'_>>,
    t0: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    // "Barghouti's wife left for Cairo" names the wife: an owner is no item of the list.
    let mut e = t0;
    while e < p.toks.len() && person_at(e) {
        e += 1;
    }
    if p.toks.get(e).is_some_and(|t| t.kind == Tok::Possessive) {
        return Vec::new();
    }
    let mut i = t0;
    while i > 0 && t0 - i < 60 {
        let t = p.toks[i - 1];
        if t.is_punct(':') || p.is_dash(i - 1) {
            let mut s = i - 1;
            // "A will join the talks; B is expected; a source: C": a list does not cross a
            // semicolon into the clause before, so only the clause after it speaks.
            while s > 0 && !p.starts[s] && i - s < 40 && !p.toks[s - 1].is_punct(';') {
                s -= 1;
            }
            // "the bond between envoy A and B in Cairo, and the deals with Doha: C and D":
            // a title before a name in the clause is that name's own, so the heading the
            // list takes is what follows the clause's last name.
            let own = (s..i - 1)
                .rev()
                .find(|&k| person_at(k))
                .map_or(s, |k| k + 1);
            let clause = &p.text[p.toks[own].start..t.start];
            let mut roles = LEX.roles_in(clause);
            // "Among those freed are five executives: …": the participle of what was done to
            // them heads the list as a captive noun does.
            if roles.is_empty() {
                roles = super::introducing(clause);
            }
            // "Two hours later, 13 more followed them: A, B and C": a count that goes on from
            // an earlier list names more of the same, with that list's roles.
            if roles.is_empty() && continues(clause) {
                roles = earlier_colon_roles(p, s)
                    .or_else(|| prev.and_then(|q| earlier_colon_roles(q, q.toks.len())))
                    .unwrap_or_default();
            }
            // "Among them are three members of the kibbutz: A, B and C".
            if roles.is_empty() && (s == 0 || p.starts[s]) {
                return among_them(p, s, prev);
            }
            return roles;
        }
        // "…: female soldiers A, B and C": a plural noun that sorts the items may open the
        // list right after the colon.
        if let Some(c) = plural_head(p, i, person_at) {
            i = c + 1;
            continue;
        }
        let listy = list_filler(p, i - 1) || person_at(i - 1) || colon_item_word(p, i - 1);
        // A colon opens a sentence of its own; the list's first item may begin it.
        let after_colon = i >= 2 && p.toks[i - 2].is_punct(':');
        if !listy || p.starts[i - 1] && !person_at(i - 1) && !after_colon {
            match described_first_item(p, t0, person_at) {
                Some(c) if c + 1 < i => i = c + 1,
                _ => break,
            }
            continue;
        }
        i -= 1;
    }
    Vec::new()
}

/// Small words that make the words after a colon a clause, not a heading of its items.
const SMALL: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "for", "with", "by", "from",
    "at", "as", "his", "her", "their", "its", "this", "these", "those", "who", "which", "that",
];

/// "Hostages freed this year: female soldiers A, B and C": up to three lower-case words
/// between a colon and the name at `at`, the last a plural ("soldiers", "teenagers"), sort
/// the list's items by what they are, as a group noun does. Where the colon stands, when so;
/// a small word (an article, a verb of being, "and") makes them a clause, not a heading.
fn plural_head(p: &Para<'_>, at: usize, person_at: &dyn Fn(usize) -> bool) -> Option<usize> {
    if !person_at(at) || at < 2 {
        return None;
    }
    let plural =
        word(p, at - 1).is_some_and(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"));
    if !plural {
        return None;
    }
    (2..=4).filter(|&n| n <= at).map(|n| at - n).find(|&c| {
        let run = c + 1..at;
        p.toks[c].is_punct(':')
            && run.len() <= 3
            && run.clone().all(|k| {
                let t = p.toks[k];
                let w = t.text(p.text);
                t.is_word()
                    && !p.in_quote[k]
                    && w.starts_with(|ch: char| ch.is_lowercase())
                    && !SMALL.contains(&w)
                    && !LEX.copulas.contains(w)
                    && !LEX.reporting_verbs.contains(w)
            })
    })
}

/// "Three engineers were freed: the head of the plant, A, and technicians B and C": the
/// first item of a list after a colon may be a noun phrase (a determiner and up to eight
/// words, no name, no verb of being) set off before its name by a comma. Where the colon
/// stands, when the name at `t0` is that item's.
fn described_first_item(
    p: &Para<'_>,
    t0: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if t0 < 3 || !p.toks[t0 - 1].is_punct(',') {
        return None;
    }
    let mut k = t0 - 1;
    while k > 0 && t0 - 1 - k < 9 {
        k -= 1;
        let t = p.toks[k];
        if t.is_punct(':') {
            let opens = word(p, k + 1)
                .is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an" | "its" | "their"));
            return (opens && k + 2 < t0 - 1).then_some(k);
        }
        let plain = t.is_word()
            && !person_at(k)
            && !p.in_quote[k]
            && !(p.starts[k] && (k == 0 || !p.toks[k - 1].is_punct(':')))
            && word(p, k).is_some_and(|w| {
                !matches!(w.as_str(), "is" | "was" | "are" | "were" | "and" | "said")
            });
        if !plain {
            return None;
        }
    }
    None
}

/// "13 more followed them", "another five were handed over", "the remaining four", "the
/// rest": words that count on from a list already given, so their list is more of the same.
fn continues(clause: &str) -> bool {
    let lower = clause.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let count = |w: &str| w.chars().all(|c| c.is_ascii_digit()) || LEX.is_number_word(w);
    words.windows(2).any(|w| {
        count(w[0]) && w[1] == "more"
            || w[0] == "another" && count(w[1])
            || w[0] == "the" && matches!(w[1], "remaining" | "rest" | "others")
    })
}

/// The roles of the clause before the last colon that opens a list before token `before` of
/// `p`, going back over the colons of lists that count on too ("another two …: C and D"
/// after "The first were released: A and B"); `None` when there is no such colon, or the
/// last one's clause has no roles and does not count on.
fn earlier_colon_roles(p: &Para<'_>, before: usize) -> Option<Vec<Role>> {
    let mut end = before.min(p.toks.len());
    while let Some(c) = (0..end).rev().find(|&k| p.toks[k].is_punct(':')) {
        let mut s = c;
        while s > 0 && !p.starts[s] && c - s < 40 {
            s -= 1;
        }
        let clause = &p.text[p.toks[s].start..p.toks[c].start];
        let roles = LEX.roles_in(clause);
        if !roles.is_empty() || !continues(clause) {
            return Some(roles).filter(|r| !r.is_empty());
        }
        end = s;
    }
    None
}
