//! Roles from the words around each mention of a person, never from a list of names.
//!
//! Three windows are read: the title and modifiers right before the name ("Trump's hostage
//! envoy Adam Boehler"), an apposition after it (", a senior Hamas official in Qatar,"), and
//! the predicate that follows it ("was released from captivity", "held talks with Hamas").
//! A relative described by a family word ("Edan's father") takes no role from that window,
//! and names in a list share the window before the list ("hostages Itay Chen, Gad Haggai
//! and Omer Neutra"; "four hostages are believed dead: …").

use super::Para;
use super::lexicon::LEX;
use super::people::{Entity, Mention};
use super::text::Tok;
use crate::entity::{EntityKind, Role};

/// Lower-case words allowed inside the title run before a name besides titles and cues.
const PREMODIFIERS: &[&str] = &[
    "senior",
    "top",
    "former",
    "deputy",
    "chief",
    "special",
    "lead",
    "acting",
    "outgoing",
    "incoming",
    "longtime",
    "veteran",
    "political",
    "military",
    "freed",
    "released",
    "slain",
    "late",
    "dual",
    "national",
    "foreign",
    "presidential",
    "soldier",
    "citizen",
    "negotiating",
    "team",
    "affairs",
    "security",
    "press",
    "general",
    "hostage",
    "hostages",
    "envoy",
    "envoys",
    "the",
    "then",
    "his",
    "her",
    "their",
    "its",
    "captive",
    "kidnapped",
    "abducted",
    "american-israeli",
    "israeli-american",
    "us-israeli",
    "defense",
    "defence",
    "strategic",
    "middle",
    "east",
    "regional",
    "israeli",
    "american",
    "qatari",
    "egyptian",
    "palestinian",
];

const COPULAS: &[&str] = &[
    "is", "was", "were", "are", "became", "becomes", "remains", "remained", "serves", "served",
    "has", "had", "been", "who", "whom",
];

/// What roles' reading found for one person entity.
#[derive(Debug, Clone, Default)]
pub(crate) struct Found {
    pub roles: Vec<Role>,
    /// An apposition or lower-case title that describes the person, when no title did.
    pub description: Option<String>,
}

/// Roles and descriptions for every entity (empty for non-persons).
pub(crate) fn assign(paras: &[Para<'_>], ents: &[Entity], mentions: &[Mention]) -> Vec<Found> {
    let mut found = vec![Found::default(); ents.len()];
    let mut prev_list: Option<(usize, usize, Vec<Role>)> = None; // (para, end token, roles)
    for m in mentions {
        if ents[m.entity].kind != EntityKind::Person || m.credit {
            continue;
        }
        let p = &paras[m.para];
        let person_at = |i: usize| {
            mentions.iter().any(|o| {
                o.para == m.para
                    && o.t0 <= i
                    && i < o.t1
                    && ents[o.entity].kind == EntityKind::Person
            })
        };
        let mut roles = Vec::new();
        let (l0, left) = left_window(p, m.t0, &person_at);
        let left_roles = LEX.roles_in(&left);
        roles.extend(&left_roles);
        // A list shares the words before its first name.
        let in_list = prev_list
            .as_ref()
            .is_some_and(|(pp, end, _)| *pp == m.para && list_gap(p, *end, l0));
        if in_list && let Some((_, _, r)) = &prev_list {
            roles.extend(r);
        }
        roles.extend(colon_list(p, m.t0, &person_at));
        roles.extend(led_by(p, m.t0));
        roles.extend(office_holder(p, m.t1));
        roles.extend(pre_apposition(p, m.t0, &person_at));
        let (app, app_roles) = right_window(p, m.t1, &person_at);
        roles.extend(&app_roles);
        let list_roles = if in_list {
            prev_list.take().map(|x| x.2).unwrap_or_default()
        } else {
            left_roles.clone()
        };
        prev_list = Some((m.para, m.t1, list_roles));
        let f = &mut found[m.entity];
        f.roles.extend(roles);
        if f.description.is_none() {
            if let Some(a) = app.filter(|_| !app_roles.is_empty()) {
                f.description = Some(a);
            } else if !left_roles.is_empty() && !left.is_empty() {
                f.description = Some(left.trim_start_matches("the ").to_string());
            }
        }
    }
    for f in &mut found {
        f.roles.sort();
        f.roles.dedup();
    }
    found
}

fn word(p: &Para<'_>, i: usize) -> Option<String> {
    p.toks
        .get(i)
        .filter(|t| t.is_word())
        .map(|t| t.text(p.text).to_lowercase())
}

/// The run of title words and modifiers right before a name, as text.
fn left_window(p: &Para<'_>, t0: usize, person_at: &dyn Fn(usize) -> bool) -> (usize, String) {
    let mut i = t0;
    let mut steps = 0;
    while i > 0 && steps < 10 {
        let t = p.toks[i - 1];
        if person_at(i - 1) && !matches!(p.toks.get(i).map(|t| t.kind), Some(Tok::Possessive)) {
            break;
        }
        let ok = match t.kind {
            Tok::Possessive | Tok::Punct('-') => true,
            Tok::Word => {
                let w = t.text(p.text);
                let l = w.to_lowercase();
                super::text::is_capitalised(w)
                    || LEX.titles.contains(l.as_str())
                    || PREMODIFIERS.contains(&l.as_str())
                    || (matches!(l.as_str(), "of" | "for" | "in" | "to")
                        && i >= 2
                        && p.toks[i - 2].is_word()
                        && super::text::is_capitalised(p.toks[i - 2].text(p.text)))
            }
            _ => false,
        };
        if !ok || (p.starts[i] && i != t0) {
            break;
        }
        i -= 1;
        steps += 1;
        if p.starts[i] {
            break;
        }
    }
    if i == t0 {
        return (t0, String::new());
    }
    (i, p.text[p.toks[i].start..p.toks[t0 - 1].end].to_string())
}

/// Only commas and "and" between the end of one name and the start of the next.
fn list_gap(p: &Para<'_>, end: usize, start: usize) -> bool {
    start > end
        && p.toks[end..start]
            .iter()
            .all(|t| t.is_punct(',') || t.text(p.text) == "and")
}

/// "Four hostages are believed to be dead: A, B and C": names after a colon take the roles
/// of the clause before it.
fn colon_list(p: &Para<'_>, t0: usize, person_at: &dyn Fn(usize) -> bool) -> Vec<Role> {
    let mut i = t0;
    while i > 0 {
        let t = p.toks[i - 1];
        if t.is_punct(':') {
            let mut s = i - 1;
            while s > 0 && !p.starts[s] {
                s -= 1;
            }
            let clause = &p.text[p.toks[s].start..t.start];
            return LEX.roles_in(clause);
        }
        let listy = t.is_punct(',') || t.text(p.text) == "and" || person_at(i - 1);
        if !listy || p.starts[i - 1] && !person_at(i - 1) {
            break;
        }
        i -= 1;
    }
    Vec::new()
}

/// Bodies that only an office-holder has: "Netanyahu's office said", "the Trump
/// administration", "Netanyahu convened his security cabinet".
fn office_holder(p: &Para<'_>, t1: usize) -> Vec<Role> {
    const OFFICE: &[&str] = &[
        "office",
        "government",
        "administration",
        "cabinet",
        "coalition",
        "ministry",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aides",
        "presidency",
    ];
    const ADJ: &[&str] = &["security", "own", "new", "press", "far-right", "right-wing"];
    let at = |i: usize| word(p, i).unwrap_or_default();
    let office_from = |mut i: usize| {
        while ADJ.contains(&at(i).as_str()) {
            i += 1;
        }
        OFFICE.contains(&at(i).as_str())
    };
    let possessive = p.toks.get(t1).is_some_and(|t| t.kind == Tok::Possessive);
    let direct = if possessive {
        office_from(t1 + 1)
    } else {
        matches!(at(t1).as_str(), "administration" | "government" | "cabinet")
    };
    // A predicate that ends at the next punctuation: "convened his security cabinet".
    let predicate = !possessive
        && (t1..(t1 + 6).min(p.toks.len()))
            .take_while(|&i| p.toks[i].is_word())
            .any(|i| matches!(at(i).as_str(), "his" | "her") && office_from(i + 1));
    if direct || predicate {
        vec![Role::Official]
    } else {
        Vec::new()
    }
}

/// "a delegation led by Khalil al-Hayya", "the team is headed by Ron Dermer": whoever
/// leads a delegation or negotiating team negotiates.
fn led_by(p: &Para<'_>, t0: usize) -> Vec<Role> {
    let w = |k: usize| {
        (t0 >= k)
            .then(|| word(p, t0 - k))
            .flatten()
            .unwrap_or_default()
    };
    if w(1) != "by" || !matches!(w(2).as_str(), "led" | "headed" | "chaired") {
        return Vec::new();
    }
    let team = (3..8).any(|k| {
        matches!(
            w(k).as_str(),
            "delegation" | "team" | "negotiators" | "talks" | "negotiations" | "mission"
        )
    });
    if team {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// "Qatar's prime minister, Sheikh Mohammed": an office just before the comma. Hostage
/// words are not read here ("after meeting the hostages, Witkoff said").
fn pre_apposition(p: &Para<'_>, t0: usize, person_at: &dyn Fn(usize) -> bool) -> Vec<Role> {
    if t0 < 2 || !p.toks[t0 - 1].is_punct(',') {
        return Vec::new();
    }
    let Some(w) = word(p, t0 - 2) else {
        return Vec::new();
    };
    if !LEX.titles.contains(w.as_str()) && !LEX.roles_in(&w).contains(&Role::Negotiator) {
        return Vec::new();
    }
    let (_, left) = left_window(p, t0 - 1, person_at);
    let mut r = LEX.roles_in(&format!("{left} {w}"));
    r.retain(|&x| x != Role::Hostage);
    r
}

/// The apposition or predicate after a name: its text when it is an apposition, and roles.
fn right_window(
    p: &Para<'_>,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> (Option<String>, Vec<Role>) {
    let Some(next) = p.toks.get(t1) else {
        return (None, Vec::new());
    };
    let apposition = next.is_punct(',') || next.is_punct('(');
    if !apposition && !next.is_word() {
        return (None, Vec::new());
    }
    let s = if apposition { t1 + 1 } else { t1 };
    let mut e = s;
    while e < p.toks.len() && e - s < 16 {
        let t = p.toks[e];
        if person_at(e) || (e > s && p.starts[e]) {
            break;
        }
        match t.kind {
            Tok::Punct(c) if c != '-' && c != '’' => break,
            Tok::Possessive if e == s => break,
            Tok::Word => {
                let w = t.text(p.text).to_lowercase();
                if LEX.reporting_verbs.contains(w.as_str()) || w == "that" {
                    break;
                }
                // "and" ends a predicate unless a second clause about the same person follows
                // ("was killed on Oct. 7 and whose body is still held").
                let next = p.toks.get(e + 1).map(|t| t.text(p.text).to_lowercase());
                let same_subject = matches!(
                    next.as_deref(),
                    Some("who" | "whose" | "was" | "is" | "has" | "had" | "remains")
                );
                if !apposition
                    && e > s
                    && (matches!(w.as_str(), "but" | "while" | "as")
                        || (w == "and" && !same_subject))
                {
                    break;
                }
            }
            _ => {}
        }
        e += 1;
    }
    if e == s {
        return (None, Vec::new());
    }
    let text = &p.text[p.toks[s].start..p.toks[e - 1].end];
    let lower = text.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    if LEX.reporting_verbs.contains(first) || first == "and" {
        return (None, Vec::new());
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| LEX.kin.contains(w)) {
        return (None, Vec::new());
    }
    let nominal = apposition && !matches!(first, "who" | "whose" | "which");
    let copular = nominal || words.first().is_some_and(|w| COPULAS.contains(w)) && words.len() > 1;
    let mut roles = Vec::new();
    let (norm, cues) = LEX.cues(text);
    for (a, b, r) in cues {
        let phrase = &norm[a..b];
        if !copular && !is_verbal(phrase) {
            continue;
        }
        if matches!(phrase, "hostage" | "hostages") && !hostage_noun_ok(&norm[..a]) {
            continue;
        }
        roles.extend(r.iter().copied());
    }
    let desc = nominal.then(|| text.trim_end_matches([',', ' ']).to_string());
    (desc, roles)
}

/// Cues that say what a person did or underwent, read even where no "is"/"was" links the
/// person to a noun: "held talks", "was released", "kidnapped", "in captivity". A noun in an
/// object ("dispatched a negotiating team") says nothing about the subject.
fn is_verbal(phrase: &str) -> bool {
    const FIRST: &[&str] = &[
        "held",
        "holding",
        "hold",
        "conducted",
        "conducting",
        "led",
        "leading",
        "leads",
        "was",
        "were",
        "been",
        "be",
        "being",
        "released",
        "freed",
        "taken",
        "body",
        "bodies",
        "returned",
    ];
    match phrase.split_once(' ') {
        Some((first, _)) => FIRST.contains(&first),
        None => phrase.ends_with("ed") || phrase.ends_with("ing") || phrase == "captivity",
    }
}

/// "hostage" describes the person only after an article or modifier, not after a
/// preposition or verb ("met with hostages", "to free hostages").
fn hostage_noun_ok(before: &str) -> bool {
    let prev = before.split_whitespace().next_back().unwrap_or("");
    !matches!(
        prev,
        "of" | "with"
            | "for"
            | "about"
            | "on"
            | "to"
            | "free"
            | "freeing"
            | "release"
            | "releasing"
            | "return"
            | "returning"
            | "bring"
            | "met"
            | "meet"
            | "meeting"
            | "remaining"
            | "other"
            | "all"
    )
}
