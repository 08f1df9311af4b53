//! An office-holder of a country the article names as a mediator is a negotiator:
//! "Egypt, Qatar and the United States have mediated the talks" makes "Egyptian Foreign
//! Minister A" and "Qatar's prime minister, B" negotiators as well as officials. News calls
//! the mediating states by name once and then quotes their ministers without repeating what
//! they do, so the title's country is what ties the two.
//!
//! Only where the country is plainly the mediator: right before the word ("Qatari
//! mediators", "Egyptian and Qatari mediation", "the emir of Qatar, a key mediator"), right
//! after it ("mediators Egypt and
//! Qatar", "the mediation efforts of Qatar, Egypt and the US", "mediated by Qatar"), or as
//! the subject of a sentence that says it mediates ("Qatar, a key mediator, …", "Qatar's role
//! as mediator"), as the owner of the word ("Türkiye's mediation role"), or as the host of
//! the talks ("the negotiations in Doha"). The sides of the talks ("talks between Israel and
//! Hamas") never count.
//!
//! A state that mediates mediates in every article of the dossier: an article that quotes
//! "Qatar's prime minister" without saying what Qatar does leaves the title's country on the
//! entity ([`StateOffice`]), and the corpus merge (`identity::mediating`) makes the office
//! holder a negotiator when another article says that state mediates. Hosting the talks is
//! read within its own article only: a capital hosts talks and conferences of every kind,
//! and a minister of the host that another article quotes on the deal is not, for that,
//! one who negotiates it.

mod country;
pub(in crate::extract) use country::{country, same_country};

use super::super::Para;
use super::super::lexicon::LEX;
use super::{Found, word, word_back};
use crate::entity::Role;
use crate::extract::evidence::RoleEvidence;
use crate::extract::text::Tok;
use crate::extract::text::is_hyphen;

/// Verbs a side of the talks does to the mediators, not a mediator's own deed.
const SIDE_VERBS: &[&str] = &[
    "agreed", "accepted", "rejected", "told", "asked", "urged", "received", "thanked",
];

/// The offices that carry a state's mediation: its head of government, its foreign minister
/// and its intelligence chief. A head of state or an ambassador of a mediating country is
/// no negotiator for that alone.
pub(in crate::extract) const DIPLOMACY: &[&str] = &[
    "prime minister",
    "premier",
    "foreign minister",
    "foreign affairs",
    "secretary of state",
    "intelligence",
];

/// Adjectives of "a key mediator", an apposition that names the country before it.
const APPOSED: &[&str] = &[
    "key", "main", "major", "chief", "leading", "central", "regional",
];

/// Words that may stand between the countries of one list.
fn filler(p: &Para<'_>, i: usize) -> bool {
    p.toks[i].is_punct(',')
        || p.toks[i].is_punct('.')
        || matches!(p.word_at(i), Some("and" | "the" | "of" | "by" | "efforts"))
}

/// The countries a paragraph names as mediators, added to `out` with the token of the cue.
fn in_para(p: &Para<'_>, out: &mut Vec<(String, usize)>) {
    // Every cue holds "mediat" or "broker" and most paragraphs neither: one pass over the
    // bytes spares the lookup at every word.
    let bytes = p.text.as_bytes();
    if !bytes
        .windows(6)
        .any(|w| w.eq_ignore_ascii_case(b"mediat") || w.eq_ignore_ascii_case(b"broker"))
    {
        return;
    }
    for i in 0..p.toks.len() {
        if let Some(c) = compound(p, i) {
            out.push((c, i));
            continue;
        }
        // Read without lower-casing every word of the article: only a cue goes on.
        let Some(cue) = p
            .word_at(i)
            .and_then(|w| LEX.mediator_cues.iter().find(|c| w.eq_ignore_ascii_case(c)))
        else {
            continue;
        };
        if p.in_quote[i] {
            continue;
        }
        let s = (0..=i).rev().find(|&k| p.starts[k]).unwrap_or(0);
        // The sides: whatever follows "between" or "with" in the sentence.
        let sides = (s..i).find(|&k| matches!(word(p, k).as_deref(), Some("between" | "with")));
        // Right before: "Egyptian and Qatari mediators", and "Qatar's role as mediator".
        let ends_at = |k: usize| {
            (s..k)
                .rev()
                .take(4)
                .find(|&j| country(p, j).is_some_and(|(_, n)| j + n == k))
        };
        let mut k = i;
        let mut before = false;
        // "Türkiye's mediation role": the country owns the cue, whoever the sides are.
        if i >= s + 2
            && p.toks[i - 1].kind == Tok::Possessive
            && let Some((c, _)) = country(p, i - 2).filter(|&(_, n)| n == 1)
        {
            out.push((c, i));
            before = true;
        }
        if i >= s + 3
            && word(p, i - 1).as_deref() == Some("as")
            && word(p, i - 2).as_deref() == Some("role")
            && p.toks[i - 3].kind == Tok::Possessive
        {
            k = i - 3;
        }
        if let Some(c) = its_own(p, s, i) {
            out.push((c, i));
            before = true;
        }
        // "the prime minister of Qatar, a key mediator in the conflict": an apposition to the
        // country before the comma.
        let adj =
            usize::from(i >= 1 && word(p, i - 1).is_some_and(|w| APPOSED.contains(&w.as_str())));
        if i >= s + adj + 2
            && matches!(word(p, i - adj - 1).as_deref(), Some("a" | "an"))
            && p.toks[i - adj - 2].is_punct(',')
        {
            k = i - adj - 2;
        }
        // "met with Qatari and Egyptian mediators": demonyms joined only by "and" or commas
        // right before the noun name the mediators, whatever "with" the sentence has before.
        let noun = matches!(
            *cue,
            "mediator" | "mediators" | "intermediary" | "intermediaries"
        );
        let mut chain = noun;
        // "urging Israel and the mediators to act": the cue with its own article after "and"
        // is a party of its own beside the country, not the country's role.
        let conjunct = k >= s + 2
            && p.word_at(k - 1) == Some("the")
            && matches!(p.word_at(k - 2), Some("and" | "or"));
        while k > s && !conjunct {
            let side_free = |j: usize| chain || sides.is_none_or(|x| j < x);
            if let Some(j) = ends_at(k).filter(|&j| side_free(j)) {
                out.extend(country(p, j).map(|c| (c.0, i)));
                before = true;
                k = j;
            } else if filler(p, k - 1) && !matches!(p.word_at(k - 1), Some("of" | "by")) {
                chain &= p.toks[k - 1].is_punct(',') || p.word_at(k - 1) == Some("and");
                k -= 1;
            } else {
                break;
            }
        }
        // Right after: "mediators Egypt and Qatar", "mediation efforts of Qatar".
        let mut k = i + 1;
        // Whether an "and" has come since the last country: the member after it is the last.
        let mut last = false;
        // "according to mediators, Israel said": a comma ends what the word names.
        while k < p.toks.len() && !p.starts[k] && !p.toks[i + 1].is_punct(',') {
            if let Some((c, n)) = country(p, k) {
                out.push((c, i));
                k += n;
                // "brokered by the US, Qatar and Egypt, Israeli hostages would be freed": the
                // member after "and" closes the list, and a comma after it opens a clause.
                if last && p.toks.get(k).is_some_and(|t| t.is_punct(',')) {
                    break;
                }
            } else if filler(p, k) && !p.toks[k].is_punct('.') {
                last |= p.word_at(k) == Some("and");
                k += 1;
            } else {
                break;
            }
        }
        // The sentence's subject: "Qatar, a key mediator, …", "Qatar's role as mediator".
        let passive =
            matches!(*cue, "mediated" | "brokered") && word(p, i + 1).as_deref() == Some("by");
        let possessive = p
            .toks
            .get(i + 1)
            .is_some_and(|t| !t.is_word() && !t.is_punct(','));
        let side_verb =
            (s..i).any(|k| word(p, k).is_some_and(|w| SIDE_VERBS.contains(&w.as_str())));
        if before || passive || possessive || side_verb || sides.is_some() || i - s > 16 {
            continue;
        }
        let mut k = s;
        while k < i {
            if let Some((c, n)) = country(p, k) {
                out.push((c, i));
                k += n;
            } else if filler(p, k) {
                k += 1;
            } else {
                break;
            }
        }
    }
}

/// "the US-brokered truce", "after Egyptian-mediated talks": a country joined by a hyphen to
/// the cue is one word, and it names the state that mediates. The state's key, or `None`.
fn compound(p: &Para<'_>, i: usize) -> Option<String> {
    let w = p.word_at(i).filter(|_| !p.in_quote[i])?;
    let (head, cue) = w.rsplit_once(is_hyphen)?;
    if !LEX
        .mediator_cues
        .iter()
        .any(|c| cue.eq_ignore_ascii_case(c))
    {
        return None;
    }
    if matches!(head, "US" | "U.S." | "U.S" | "USA" | "America" | "American") {
        return Some("us".into());
    }
    let capital = head.chars().next().is_some_and(char::is_uppercase);
    (capital && !head.contains(is_hyphen) && (LEX.is_known_place(head) || LEX.is_demonym(head)))
        .then(|| head.to_lowercase().replace('.', ""))
}

/// "Qatar … suspended its mediation efforts", "Doha will reassess its role as mediator": the
/// cue at `i` is owned by "its", and the sentence (from `s`) opens with the state that owns
/// it, by name or by its capital. The state's key, or `None`.
fn its_own(p: &Para<'_>, s: usize, i: usize) -> Option<String> {
    let role_as = i >= 2 && word(p, i - 1)? == "as" && word(p, i - 2)? == "role";
    let owner = if role_as { i - 3 } else { i.checked_sub(1)? };
    // A short quotation inside the sentence ("will reassess “everything” about its role")
    // may mark a start after it: the subject is before the quotation.
    let mut s = s;
    while s > 0 && (p.in_quote[s - 1] || p.toks[s - 1].is_punct('”')) {
        s = (0..s - 1).rev().find(|&k| p.starts[k]).unwrap_or(0);
    }
    if owner <= s || word(p, owner)? != "its" {
        return None;
    }
    // "Israel criticised Qatar and its mediation": another state in between may own it.
    if (s + 1..owner).any(|k| country(p, k).is_some()) {
        return None;
    }
    let capital = word(p, s).and_then(|w| HOSTS.iter().find(|(h, _)| *h == w));
    match capital {
        Some((_, key)) => Some((*key).to_string()),
        None => country(p, s).map(|(c, _)| c),
    }
}

/// Cities where the mediating states host the talks, with their country's key.
const HOSTS: &[(&str, &str)] = &[("doha", "qatar"), ("cairo", "egypt")];

/// "the negotiations in Doha": the country of a city that hosts the talks mediates them,
/// as the sides meet under its roof, not in one another's capital.
fn hosted(p: &Para<'_>, out: &mut Vec<(String, usize)>) {
    for i in 1..p.toks.len().saturating_sub(1) {
        let host = word(p, i + 1).and_then(|c| HOSTS.iter().find(|(h, _)| *h == c));
        if let Some((_, key)) = host
            && word(p, i).as_deref() == Some("in")
            && matches!(word(p, i - 1).as_deref(), Some("talks" | "negotiations"))
            && !p.in_quote[i]
        {
            out.push(((*key).to_string(), i));
        }
    }
}

/// The rule of a state's evidence when the article only says it hosts the talks.
pub(crate) const HOSTING: &str = "hosting state";

/// The countries an article names as mediators, by key, each with the first sentence that
/// says so (a weak negotiator evidence, rule `mediating state`), or that it hosts the talks
/// (rule [`HOSTING`]) when the article says no more of it.
pub(crate) fn countries(paras: &[Para<'_>]) -> Vec<(String, RoleEvidence)> {
    let mut out: Vec<(String, RoleEvidence)> = Vec::new();
    let mut found = Vec::new();
    for (n, p) in paras.iter().enumerate() {
        for (host, rule) in [(false, "mediating state"), (true, HOSTING)] {
            found.clear();
            if host {
                hosted(p, &mut found);
            } else {
                in_para(p, &mut found);
            }
            for (key, t) in found.drain(..) {
                let ev = RoleEvidence::in_sentence(p, n, t, Role::Negotiator, rule, false);
                match out.iter().position(|(k, _)| *k == key) {
                    // A later sentence that names the host a mediator says more.
                    Some(i) if out[i].1.rule == HOSTING && !host => out[i].1 = ev,
                    Some(_) => {}
                    None => out.push((key, ev)),
                }
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// A diplomatic office of a state that the article does not name as a mediator: the state's
/// key and the sentence of the title, for the corpus merge to weigh against what the other
/// articles say of that state.
#[derive(Debug, Clone, PartialEq)]
pub struct StateOffice {
    pub country: String,
    pub evidence: RoleEvidence,
}

/// The countries whose diplomatic office the official's title at `l0` (whose words are
/// `left`) names: "Qatari Prime Minister", "Qatar's foreign minister", "Egyptian intelligence
/// chief". Empty for any other office.
pub(super) fn office_countries(p: &Para<'_>, l0: usize, left: &str) -> Vec<String> {
    // "Turkish intelligence chief A": the title read stops at the lower-case portfolio, so
    // the portfolio right before it is read too, and the country before that.
    let portfolio = l0 >= 1 && word(p, l0 - 1).as_deref() == Some("intelligence");
    let l0 = l0 - usize::from(portfolio);
    let lower = if portfolio {
        format!("intelligence {}", left.to_lowercase())
    } else {
        left.to_lowercase()
    };
    if !DIPLOMACY.iter().any(|o| lower.contains(o)) {
        return Vec::new();
    }
    let mut named: Vec<String> = left
        .split(|c: char| !c.is_alphanumeric() && c != '.' && !is_hyphen(c))
        .filter(|w| LEX.is_known_place(w) || LEX.is_demonym(w))
        .map(|w| w.to_lowercase().replace('.', ""))
        .collect();
    if left.contains("U.S.") || left.contains("US ") || left.contains("American") {
        named.push("us".into());
    }
    // "Qatar's Prime Minister A": the country owns the title before it, and the first of two
    // offices joined by "and" ("Qatar's PM and foreign minister A").
    let mut k = l0;
    while k >= 2
        && word(p, k - 1).as_deref() == Some("and")
        && word(p, k - 2).is_some_and(|w| matches!(w.as_str(), "pm" | "premier" | "minister"))
    {
        k -= 2;
        if word_back(p, k, 1).as_deref() == Some("prime") {
            k -= 1;
        }
    }
    if k >= 1 && !p.toks[k - 1].is_word() && !p.toks[k - 1].is_punct(',') {
        k -= 1;
    }
    if let Some(j) =
        (k.saturating_sub(4)..k).find(|&j| country(p, j).is_some_and(|(_, n)| j + n == k))
    {
        named.extend(country(p, j).map(|c| c.0));
    }
    named.sort();
    named.dedup();
    named
}

/// An official whose title (`left`, from token `l0`) is a diplomatic office of a state: a
/// negotiator when the article names that state a mediator (`mediators`), else the office is
/// kept on `f` for the corpus merge. `at` is the sentence the title stands in: its paragraph,
/// the paragraph's index and a token of it.
pub(in crate::extract) fn office(
    f: &mut Found,
    at: (&Para<'_>, usize, usize),
    l0: usize,
    left: &str,
    mediators: &[(String, RoleEvidence)],
) {
    let (p, para, t) = at;
    if speaks_for(left) {
        return;
    }
    let states = office_countries(p, l0, left);
    // A secretary of state speaks for a great power on every matter, the talks its state
    // mediates in another story among them: only the article that names it a mediator ties
    // the office to the talks.
    let carried = !left.to_lowercase().contains("secretary of state");
    if mediates(&states, mediators) {
        f.add(p, para, t, &[Role::Negotiator], "mediator");
    } else if let Some(country) = states.into_iter().next().filter(|_| carried) {
        let evidence = RoleEvidence::in_sentence(p, para, t, Role::Negotiator, "mediator", false);
        if !f.offices.iter().any(|o| o.country == country) {
            f.offices.push(StateOffice { country, evidence });
        }
    }
}

/// "spokesman for the Qatari foreign affairs ministry", "adviser to the prime minister": the
/// title names an office its holder speaks for or advises, not one he holds. A mediating
/// state's talks are conducted by its ministers, not by who briefs the press on them.
fn speaks_for(left: &str) -> bool {
    let lower = left.to_lowercase();
    ["spokes", "adviser", "advisor", "aide "]
        .iter()
        .any(|a| lower.contains(a))
}

/// Whether one of `named` (a title's countries) is one of the mediating `keys`.
pub(super) fn mediates(named: &[String], keys: &[(String, RoleEvidence)]) -> bool {
    named
        .iter()
        .any(|n| keys.iter().any(|(k, _)| same_country(n, k)))
}
