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
    "res.",
    "ret.",
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

/// Names in a list so far: the roles they share and who they are.
struct List {
    para: usize,
    end: usize,
    shared: Vec<Role>,
    members: Vec<usize>,
}

/// Roles and descriptions for every entity (empty for non-persons).
pub(crate) fn assign(paras: &[Para<'_>], ents: &[Entity], mentions: &[Mention]) -> Vec<Found> {
    let mut found = vec![Found::default(); ents.len()];
    let mut person: Vec<Vec<bool>> = paras.iter().map(|p| vec![false; p.toks.len()]).collect();
    for m in mentions {
        if ents[m.entity].kind == EntityKind::Person {
            for slot in person[m.para].iter_mut().take(m.t1).skip(m.t0) {
                *slot = true;
            }
        }
    }
    let mut list: Option<List> = None;
    for m in mentions {
        if ents[m.entity].kind != EntityKind::Person || m.credit {
            continue;
        }
        let p = &paras[m.para];
        let marks = &person[m.para];
        let person_at = |i: usize| marks.get(i).copied().unwrap_or(false);
        let (l0, left) = left_window(p, m.t0, &person_at);
        let left_roles = LEX.roles_in(&left);
        let continues = list
            .as_ref()
            .is_some_and(|l| l.para == m.para && list_gap(p, l.end, l0));
        if !continues {
            let mut shared = left_roles.clone();
            shared.extend(list_intro(p, l0));
            list = Some(List {
                para: m.para,
                end: m.t1,
                shared,
                members: Vec::new(),
            });
        }
        let Some(l) = list.as_mut() else { continue };
        let mut roles = left_roles.clone();
        roles.extend(&l.shared);
        roles.extend(colon_list(p, m.t0, &person_at));
        roles.extend(pre_apposition(p, l0.min(title_start(p, m.t0)), &person_at));
        roles.extend(led_by(p, m.t0));
        roles.extend(office_holder(p, m.t0, m.t1));
        // After a preposition a name is no subject: "the administration of President
        // Donald Trump has been engaged in talks" says nothing about Trump's role.
        let object = l0 > 0
            && word(p, l0 - 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "of" | "for" | "with" | "by" | "to" | "from" | "about"
                )
            });
        let mut w = right_window(p, m.t1, &person_at);
        if object {
            w.predicate_roles.clear();
        }
        roles.extend(&w.apposition_roles);
        roles.extend(&w.predicate_roles);
        // "Witkoff and Adam Boehler held talks": a predicate after a list is the list's.
        for &e in &l.members {
            found[e].roles.extend(&w.predicate_roles);
        }
        l.members.push(m.entity);
        l.end = m.t1;
        let f = &mut found[m.entity];
        f.roles.extend(roles);
        if f.description.is_none() {
            if let Some(a) = w.apposition.filter(|_| !w.apposition_roles.is_empty()) {
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

/// "hostages, among them A, B and C", "officials including A": the noun before the list.
fn list_intro(p: &Para<'_>, l0: usize) -> Vec<Role> {
    let w = |i: usize| word(p, i).unwrap_or_default();
    let mut i = l0;
    if i >= 1 && matches!(w(i - 1).as_str(), "including" | "namely") {
        i -= 1;
    } else if i >= 2
        && matches!(
            (w(i - 2).as_str(), w(i - 1).as_str()),
            ("among", "them" | "those" | "whom") | ("such", "as")
        )
    {
        i -= 2;
    } else {
        return Vec::new();
    }
    if i >= 1 && p.toks[i - 1].is_punct(',') {
        i -= 1;
    }
    let s = i.saturating_sub(5);
    if s >= i {
        return Vec::new();
    }
    LEX.roles_in(&p.text[p.toks[s].start..p.toks[i - 1].end])
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
            Tok::Possessive | Tok::Punct('-' | '(' | ')') => true,
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
fn office_holder(p: &Para<'_>, t0: usize, t1: usize) -> Vec<Role> {
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
    // "a spokesperson for Netanyahu", "an aide to Trump".
    let served = t0 >= 2
        && matches!(at(t0 - 1).as_str(), "for" | "to" | "of")
        && matches!(
            at(t0 - 2).as_str(),
            "spokesperson"
                | "spokesman"
                | "spokeswoman"
                | "aide"
                | "adviser"
                | "advisor"
                | "office"
                | "cabinet"
                | "government"
                | "administration"
        );
    let direct = served
        || if possessive {
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

/// Where the capitalised title run before a name starts ("Brig. Gen. Effie Defrin").
fn title_start(p: &Para<'_>, t0: usize) -> usize {
    let mut i = t0;
    while i > 0 && p.toks[i - 1].is_word() && LEX.is_title(p.toks[i - 1].text(p.text)) && t0 - i < 4
    {
        i -= 1;
    }
    i
}

/// "Qatar's prime minister, Sheikh Mohammed": an office just before the comma. Hostage
/// words are not read here ("after meeting the hostages, Witkoff said").
fn pre_apposition(p: &Para<'_>, t0: usize, person_at: &dyn Fn(usize) -> bool) -> Vec<Role> {
    if t0 < 2 || !p.toks[t0 - 1].is_punct(',') {
        return Vec::new();
    }
    // The noun phrase before the comma, back to the sentence start or the previous comma:
    // "The government's coordinator for hostages and the missing, Gal Hirsch".
    let mut s = t0 - 1;
    while s > 0 && t0 - s < 12 && !p.starts[s] && !p.toks[s - 1].is_punct(',') {
        s -= 1;
    }
    if (s..t0 - 1).any(|i| person_at(i) || !matches!(p.toks[i].kind, Tok::Word | Tok::Possessive)) {
        return Vec::new();
    }
    let first = word(p, s).unwrap_or_default();
    let has_title =
        (s..t0 - 1).any(|i| word(p, i).is_some_and(|w| LEX.titles.contains(w.as_str())));
    if !has_title || super::attribution::INTRO.contains(&first.as_str()) || first.ends_with("ing") {
        return Vec::new();
    }
    let mut r = LEX.roles_in(&p.text[p.toks[s].start..p.toks[t0 - 2].end]);
    r.retain(|&x| x != Role::Hostage);
    r
}

/// What follows a name: an apposition (", a senior Hamas official,") and a predicate
/// ("was released from captivity"), which may follow the apposition.
#[derive(Default)]
struct Right {
    apposition: Option<String>,
    apposition_roles: Vec<Role>,
    predicate_roles: Vec<Role>,
}

fn right_window(p: &Para<'_>, t1: usize, person_at: &dyn Fn(usize) -> bool) -> Right {
    let mut out = Right::default();
    let Some(next) = p.toks.get(t1) else {
        return out;
    };
    let mut s = t1;
    if next.is_punct(',') || next.is_punct('(') {
        let (e, text, roles, nominal) = read_window(p, t1 + 1, true, person_at);
        if nominal {
            out.apposition = text.map(|t| t.trim_end_matches([',', ' ']).to_string());
            out.apposition_roles = roles;
        } else {
            out.predicate_roles = roles;
            return out;
        }
        // "Itay Chen, a soldier, was killed … and his body was taken into Gaza."
        if !p.toks.get(e).is_some_and(|t| t.is_punct(',')) {
            return out;
        }
        s = e + 1;
    }
    if p.toks.get(s).is_some_and(|t| t.is_word()) && !person_at(s) {
        out.predicate_roles = read_window(p, s, false, person_at).2;
    }
    out
}

/// Reads one apposition or predicate from token `s`: where it ends, its text, its roles,
/// and whether it is a noun phrase (an apposition not opened by "who").
fn read_window(
    p: &Para<'_>,
    s: usize,
    apposition: bool,
    person_at: &dyn Fn(usize) -> bool,
) -> (usize, Option<String>, Vec<Role>, bool) {
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
                    Some(
                        "who" | "whose" | "was" | "is" | "has" | "had" | "remains" | "his" | "her"
                    )
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
        return (e, None, Vec::new(), false);
    }
    let text = &p.text[p.toks[s].start..p.toks[e - 1].end];
    let lower = text.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    let nominal = apposition && !matches!(first, "who" | "whose" | "which");
    if LEX.reporting_verbs.contains(first) || first == "and" {
        return (e, None, Vec::new(), nominal);
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| LEX.kin.contains(w)) {
        return (e, None, Vec::new(), nominal);
    }
    let copular = nominal || words.first().is_some_and(|w| COPULAS.contains(w)) && words.len() > 1;
    let mut roles = Vec::new();
    let (norm, cues) = LEX.cues(text);
    for (a, b, r, verbal) in cues {
        let phrase = &norm[a..b];
        if !copular && !verbal {
            continue;
        }
        if matches!(phrase, "hostage" | "hostages") && !hostage_noun_ok(&norm[..a]) {
            continue;
        }
        roles.extend(r.iter().copied());
    }
    (e, Some(text.to_string()), roles, nominal)
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
