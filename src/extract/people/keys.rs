//! The keys under which the spellings of one name meet in an article: the words of a name
//! (initials, "al-" and "Jr." dropped), its generation, the key of a full name and of a short
//! form, the readings of a bare word that names no new person (a family plural, a ticket),
//! and the names of bodies that a person's reading of the same words gives way to.

use super::super::lexicon::LEX;
use super::super::names::Candidate;
use super::Entity;
use crate::entity::EntityKind;
use crate::extract::runs::numeral;
use crate::extract::text::is_hyphen;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Lower case, accents kept, "al-"/"el-"/"as-", initials ("J.") and "Jr."/"III" dropped: the key under
/// which two spellings of a name are the same name.
pub(super) fn name_words(name: &str) -> Vec<String> {
    gaelic_surnames(
        // "Robert F. Kennedy, Jr.": the comma before a suffix is no part of the surname.
        name.split_whitespace()
            .map(|w| w.trim_end_matches(','))
            .filter(|w| !(w.ends_with('.') && w.chars().filter(|c| c.is_alphabetic()).count() == 1))
            // "Martin Luther King Jr." and "Martin Luther King" are one person.
            .filter(|w| !matches!(*w, "Jr." | "Jr" | "Sr." | "Sr") && !numeral(w))
            .map(|w| {
                let l = w.to_lowercase().replace('’', "'");
                for p in ["al-", "el-", " al ", "el "] {
                    if let Some(rest) = l.strip_prefix(p) {
                        return rest.to_string();
                    }
                }
                // "as-Sisi" and "Sisi": the article assimilated to the next letter.
                match l.split_once('-') {
                    Some((a, rest)) if LEX.hyphen_particles.contains(a) => rest.to_string(),
                    _ => l,
                }
            })
            .collect(),
    )
}

/// "Ó Cadhla", "O’Cadhla" and "O Cadhla", "Mc Sweeney" and "McSweeney": a Gaelic surname's
/// prefix ("Ó", "O", "Mac", "Mc", "Ní", "Nic", "Ua") is written apart, fused or with an
/// apostrophe, with or without its accent; the key fuses it to the word after it, unaccented
/// and without the apostrophe, so that all spellings are one surname.
fn gaelic_surnames(words: Vec<String>) -> Vec<String> {
    let fold = |w: &str| -> String {
        let w = w.replace('\'', "");
        match w.strip_prefix('ó') {
            Some(rest) => format!("o{rest}"),
            None => w,
        }
    };
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let prefix = matches!(w.as_str(), "ó" | "o" | "mac" | "mc" | "ní" | "nic" | "ua");
        match words.get(i + 1) {
            // "Mac Jones" opens with a given name: only the prefixes no one is called by
            // open a two-word surname on their own.
            Some(next)
                if prefix && i > 0
                    || prefix && w != "mac" && w != "nic" && words.len() == 2 && next.len() > 1 =>
            {
                out.push(fold(&format!("{w}{next}")));
                i += 2;
            }
            _ => {
                let gaelic =
                    ["o'", "ó'", "ó"].iter().any(|p| w.starts_with(p)) && w.chars().count() > 3;
                out.push(if gaelic { fold(w) } else { w.clone() });
                i += 1;
            }
        }
    }
    out
}

/// "jr", "sr" or a numeral in lower case ("iii", "xiv") when a name ends with that suffix of
/// generation or reign. [`name_words`] drops it, so that short forms match, but it tells a
/// father from a son: "Donald Trump Jr." is not "Donald Trump".
pub(super) fn generation(name: &str) -> Option<String> {
    match name.split_whitespace().last()? {
        "Jr." | "Jr" => Some("jr".to_string()),
        "Sr." | "Sr" => Some("sr".to_string()),
        w if numeral(w) => Some(w.to_lowercase()),
        _ => None,
    }
}

/// The key of a full person name in one article: its words, and its generation. A hyphen
/// counts as a space: "Marjorie Taylor-Greene" and "Marjorie Taylor Greene" are one person
/// spelt two ways, as copy desks do.
pub(super) fn person_key(words: &[String], generation: Option<&str>) -> String {
    let name = words.join(" ").replace(is_hyphen, " ");
    match generation {
        Some(g) => format!("person:{name} {g}"),
        None => format!("person:{name}"),
    }
}

/// The key of a short form kept on its own: accents folded, so "Erdoğan" in a quotation and
/// "Erdogan" in the narration are one person.
pub(super) fn short_key(words: &[String]) -> String {
    format!("person:{}", deunicode::deunicode(&words.join(" ")))
}

/// A surname written alone that names a public figure a reader is expected to know ("after a
/// meeting with Erdogan"), though nothing in the article says it is a person.
pub(super) fn is_public_figure(words: &[String]) -> bool {
    match words {
        [w] => LEX
            .public_figures
            .contains_key(deunicode::deunicode(w).as_str()),
        _ => false,
    }
}

/// The written name, with a shared surname added ("Adi" → "Adi Alexander").
pub(super) fn full_form(c: &Candidate) -> String {
    match &c.shared_surname {
        Some(s) => format!("{} {s}", c.name),
        None => c.name.clone(),
    }
}

pub(super) fn new_entity(name: String, kind: EntityKind, c: &Candidate) -> Entity {
    Entity {
        name,
        kind,
        source: c.source,
        title: None,
    }
}

/// "the Alexanders": a family, not a new person. A surname of two words goes so too ("the
/// Shem Tovs" after "Omer Shem Tov"): the plural of the last words of a longer full name.
pub(super) fn is_family_plural(
    c: &Candidate,
    surnames: &HashSet<&String>,
    full: &HashSet<Vec<String>>,
) -> bool {
    let w = c.name.to_lowercase();
    w.strip_suffix('s').is_some_and(|stem| {
        let words = name_words(stem);
        surnames.contains(&stem.to_string())
            || words.len() >= 2
                && full
                    .iter()
                    .any(|f| f.len() > words.len() && f.ends_with(&words))
    })
}

/// "the Kobach-Hartman team", "the Harris-Walz campaign": two people of the article joined
/// by a hyphen name their pairing, not a third person.
pub(super) fn is_ticket(c: &Candidate, surnames: &HashSet<&String>) -> bool {
    let w = c.name.to_lowercase();
    let parts: Vec<&str> = w.split(is_hyphen).collect();
    parts.len() >= 2 && parts.iter().all(|p| surnames.contains(&p.to_string()))
}

/// "Supervisor Chavez" after "County Supervisor Cindy Chavez": an office or occupation noun
/// (`data/offices.txt`; no given name) glued to a word that is the surname of a full name in
/// the article is that person's title and surname, as "Sheriff" is before a full name
/// (`split::descriptor`). The title list's words never reach here: the split strips them.
/// Gives the surname to look up as a short form.
pub(super) fn titled_surname(words: &[String], surnames: &HashSet<&String>) -> Option<String> {
    match words {
        [office, surname]
            if surnames.contains(surname)
                && !LEX.given_names.contains_key(office.as_str())
                && super::super::split::descriptor::office_noun(office) =>
        {
            Some(surname.clone())
        }
        _ => None,
    }
}

/// "Rohit" in "Rohit and Shubman Gill", where the article names "Rohit Sharma" in full: a
/// given name that opens a full name with another surname is that person, not one more of
/// the family whose surname the list shares.
pub(super) fn given_elsewhere(c: &Candidate, full: &HashSet<Vec<String>>) -> bool {
    let own = name_words(&c.name);
    let shared = c.shared_surname.as_deref().map(name_words);
    match (own.as_slice(), shared.as_ref().and_then(|s| s.last())) {
        ([g], Some(s)) => full
            .iter()
            .any(|f| f.len() >= 2 && f.first() == Some(g) && f.last() != Some(s)),
        _ => false,
    }
}

/// Companies by their name without the legal suffix ("US West" for "US West Inc."): a
/// heading that names the company so is no person's full name. Lower-case head → full name.
pub(super) fn companies(cands: &[Candidate]) -> HashMap<String, String> {
    cands
        .iter()
        .filter(|c| c.source.is_none() && c.kind == Some(EntityKind::Organization))
        .filter_map(|c| {
            let (head, tail) = c.name.rsplit_once(' ')?;
            matches!(
                tail,
                "Inc."
                    | "Inc"
                    | "Corp."
                    | "Corp"
                    | "Ltd"
                    | "Ltd."
                    | "LLC"
                    | "Limited"
                    | "PLC"
                    | "Plc"
            )
            .then(|| (head.to_lowercase(), c.name.clone()))
        })
        .collect()
}

/// "lost to Red Comets" beside "the Red Comets": a name of two words or more that the
/// article reads as a body or a place somewhere, and never with a sign of a person (a title,
/// a cue), is that body or place wherever it stands. Lower-case name → (name, kind). A name
/// the article calls a body by its head noun ("the company X") keeps that against a mere
/// reporting verb elsewhere ("X says …"): bodies speak too; only a title makes it a person.
pub(super) fn bodies(cands: &[Candidate]) -> HashMap<String, (String, EntityKind)> {
    let mut out: HashMap<String, (String, EntityKind)> = HashMap::default();
    let mut personal: HashSet<String> = HashSet::default();
    let named: HashSet<String> = cands
        .iter()
        .filter(|c| c.body_named)
        .map(|c| c.name.to_lowercase())
        .collect();
    for c in cands
        .iter()
        .filter(|c| c.source.is_none() && c.name.contains(' '))
    {
        let key = c.name.to_lowercase();
        if c.title.is_some() || c.person_cue && !named.contains(&key) {
            personal.insert(key.clone());
        }
        if let Some(kind @ (EntityKind::Organization | EntityKind::Place)) = c.kind {
            out.entry(key).or_insert((c.name.clone(), kind));
        }
    }
    out.retain(|k, _| !personal.contains(k));
    out
}

/// The one fuller name of the article that `words` is a shorter writing of, if any: its words
/// in order, with the same first word and either the same last word ("Mohammed bin
/// Abdulrahman al-Thani" for "Mohammed bin Abdulrahman bin Jassim al-Thani", "Godfred Dame"
/// for "Godfred Yeboah Dame") or, of a name of two words more, its opening words ("Wan
/// Azizah" for "Wan Azizah Wan Ismail": a given name without the father's). Two relatives
/// keep apart: "Hamad bin Jassim al-Thani" and "Tamim bin Hamad al-Thani" differ in their
/// first word; where two fuller names would fit, neither is taken. A double-barrelled
/// surname is also written by one of its halves ("Winsome Sears" for "Winsome Earle-Sears"):
/// news shortens it so in later paragraphs and in a second source's quote.
pub(super) fn fuller_form<'a>(
    words: &[String],
    full: &'a HashSet<Vec<String>>,
) -> Option<&'a Vec<String>> {
    if words.len() < 2 {
        return None;
    }
    let fits = |f: &&Vec<String>| {
        if f.len() == words.len() && f[0] == words[0] {
            let (last, head) = words.split_last().unwrap_or((&words[0], &[]));
            return f.starts_with(head)
                && f.last().is_some_and(|l| {
                    l.contains(is_hyphen) && l.split(is_hyphen).any(|h| h == last)
                });
        }
        if f.len() <= words.len() || f[0] != words[0] {
            return false;
        }
        let opening = f.len() >= words.len() + 2 && f.starts_with(words);
        let mut rest = f.iter();
        let in_order = words.iter().all(|w| rest.any(|x| x == w));
        opening || in_order && f.last() == words.last()
    };
    let mut found = full.iter().filter(fits);
    let one = found.next()?;
    found.next().is_none().then_some(one)
}

/// "he told Fox", "said in an interview with Sky": a bare word that, with "News" after it, is
/// a news outlet the data knows ("Fox News") is that outlet's short name, never a person:
/// the gazetteer entry of each such word of the article, by its lower case. Not a word the
/// article also writes with a title ("Mr Fox"); the caller asks only where no full name
/// claims the word ("Liam Fox … told Fox" stays Liam Fox).
pub(super) fn outlets(cands: &[Candidate]) -> HashMap<String, usize> {
    let mut out: HashMap<String, usize> = HashMap::default();
    let mut titled: HashSet<String> = HashSet::default();
    for c in cands
        .iter()
        .filter(|c| c.source.is_none() && !c.name.contains(' '))
    {
        let key = c.name.to_lowercase();
        if c.title.is_some() {
            titled.insert(key.clone());
        }
        let Some(&gi) = LEX.gazetteer_folded.get(&format!("{key} news")) else {
            continue;
        };
        if LEX.gazetteer_entries[gi].kind == EntityKind::Organization {
            out.insert(key, gi);
        }
    }
    out.retain(|k, _| !titled.contains(k));
    out
}

/// The short form an organisation also goes by, lower-cased: a university, college or news
/// agency by its first word ("Howard" after "Howard University", "Anadolu reports" after
/// "Anadolu Agency", "Fox" after "Fox News"), and so a club or a town named "X City",
/// "X United", "X Town" or "X County" ("Norwich" after "Norwich City"), and a think tank or
/// a charity by its first word ("Civitas" after "Civitas Institute", "Amnesty" after
/// "Amnesty International"; a titled or famous
/// person of that name stays a person: `people::resolve`).
/// The tail may be two such words ("Xinhua" after "Xinhua News Agency").
pub(super) fn org_short_form(n: &str) -> Option<String> {
    let w: Vec<&str> = n.split(' ').collect();
    let tail_word = |t: &str| {
        matches!(
            t,
            "University"
                | "College"
                | "Agency"
                | "City"
                | "United"
                | "Town"
                | "County"
                | "News"
                | "Institute"
                | "Institution"
                | "Foundation"
                | "International"
        )
    };
    let tail = matches!(w.len(), 2 | 3) && w[1..].iter().all(|t| tail_word(t));
    tail.then(|| w[0].to_lowercase())
}

/// The last words of each full name, short of the whole ("Alexander", "Abu Marzouk"): forms
/// that stand for a longer name, not for a person of their own.
pub(super) fn proper_suffixes(full: &HashSet<Vec<String>>) -> HashSet<&[String]> {
    full.iter()
        .flat_map(|f| (1..f.len()).map(move |k| &f[k..]))
        .collect()
}

/// "Kerry Jane" after "Kerry Jane Wilson": the given names of a longer full name, two words
/// or more and ending on no particle, are that person's short form as a single given name is.
pub(super) fn given_prefixes(full: &HashSet<Vec<String>>) -> HashSet<&[String]> {
    full.iter()
        .flat_map(|f| (2..f.len()).map(move |k| &f[..k]))
        .filter(|w| {
            w.last()
                .is_some_and(|l| !LEX.particles.contains(l.as_str()))
        })
        .collect()
}

/// The head of a title written out in full: "Sen.", "Senator" and "U.S. Sen." are all
/// "senator" (`data/office_abbreviations.txt`).
fn title_head(title: &str) -> Option<String> {
    let last = title.split_whitespace().last()?.trim_end_matches('.');
    let last = last.to_lowercase();
    let full = LEX.office_abbreviations.get(last.as_str());
    Some(full.map_or(last, |f| f.to_string()))
}

/// "Sen. Kennedy" after "Sen. Ted Kennedy, Rep. Patrick Kennedy and the late President John
/// F. Kennedy": a surname written with a title belongs to the namesake the article gave that
/// title, not to the latest of the family — when the namesakes so titled are one person.
pub(super) fn same_titled(
    c: &Candidate,
    cands: &[Candidate],
    earlier: &[super::Seen],
) -> Option<super::Seen> {
    let head = title_head(c.title.as_deref()?)?;
    let titled_so = |s: &&super::Seen| {
        cands.iter().any(|d| {
            (d.para, d.t0) == (s.0, s.1)
                && d.title.as_deref().and_then(title_head).as_ref() == Some(&head)
        })
    };
    let fits: Vec<&super::Seen> = earlier.iter().filter(titled_so).collect();
    let last = **fits.last()?;
    fits.iter().all(|s| s.2 == last.2).then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_and_al_do_not_change_a_name() {
        assert_eq!(name_words("Donald J. Trump"), ["donald", "trump"]);
        assert_eq!(name_words("al-Hayya"), name_words("Al-Hayya"));
        assert_eq!(name_words("Ó Cadhla"), name_words("O’Cadhla"));
        assert_eq!(name_words("Ruairí O Cadhla"), ["ruairí", "ocadhla"]);
        assert_eq!(
            name_words("Niamh Mc Sweeney"),
            name_words("Niamh McSweeney")
        );
    }
}
