//! A captive named right after the noun phrase that an abduction verb takes as its object:
//! "gunmen abducted two teachers – A and B – in …", "kidnapped three government teachers A,
//! 28; B, 29; and C", "have abducted a businessman, D, and his wife". The noun phrase, a few
//! lower-case words with no preposition, only says who the captive is; the name after it
//! is the object; so it is after a freeing verb whose subject holds captives ("the militants
//! freed two nationals, A and B", `freed::captor`). `undergone` asks this before its own
//! reading of a family word.

use super::Para;
use super::freed::captor::captor_subject;
use super::lexicon::LEX;
use super::roles::word;
use super::text::Tok;
use super::undergone::SEIZED;

/// Words that end the object's noun phrase: what follows them is no longer the object
/// ("abducted the wife of A", "kidnapped in Zamfara, A said").
const ENDS: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "from",
    "to",
    "by",
    "with",
    "for",
    "and",
    "or",
    "but",
    "near",
    "after",
    "before",
    "while",
    "as",
    "including",
    "than",
    "said",
    "says",
    "told",
    "prisoner",
    "prisoners",
    "detainee",
    "detainees",
    "inmate",
    "inmates",
    "convict",
    "convicts",
];

/// Capitalised adjectives of a faith that a captive's noun phrase may hold: "abducted a
/// Catholic priest, Rev. Fr. A", "kidnapped an Anglican bishop".
const FAITHS: &[&str] = &[
    "Catholic",
    "Anglican",
    "Baptist",
    "Methodist",
    "Evangelical",
    "Pentecostal",
    "Presbyterian",
    "Lutheran",
    "Orthodox",
    "Christian",
    "Muslim",
    "Islamic",
];

/// Titles that a captive named after the noun phrase may carry, as a priest or a pastor is
/// named ("a Catholic priest, Rev. Fr. A", "a cleric, Imam B"): they name a calling, no
/// office, and say the name is the noun phrase's person.
pub(super) const CALLINGS: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Rev",
    "Revd",
    "Reverend",
    "Fr",
    "Father",
    "Msgr",
    "Monsignor",
    "Pastor",
    "Imam",
    "Rabbi",
    "Sister",
    "Deacon",
    "Chaplain",
];

/// Whether the name at `t0`..`t1` (its title from `l0`) names the object of an abduction
/// verb past a noun phrase of up to four lower-case words. A name set off by a comma or a
/// dash must be bare (no title but an honorific or a calling of its own) and not the
/// subject of a reporting verb ("abducted 20 people, spokesman A said").
pub(super) fn named_object(p: &Para<'_>, (l0, t0, t1): (usize, usize, usize)) -> bool {
    let mut i = l0;
    let set_off = i >= 1 && matches!(p.toks[i - 1].kind, Tok::Punct(',' | '–' | '—'));
    if set_off {
        let says = word(p, t1).is_some_and(|w| LEX.reporting_verbs.contains(w.as_str()));
        // "Mr A", "Mrs B", "Rev. Fr. C": an honorific or a calling is no title of the
        // name's own.
        let honorific = (l0..t0).all(|k| {
            p.word_at(k)
                .is_some_and(|w| CALLINGS.contains(&w.trim_end_matches('.')))
                || p.toks[k].is_punct('.')
        });
        if !honorific || says {
            return false;
        }
        i -= 1;
    }
    let mut n = 0;
    while i >= 1 && n < 4 {
        let Some(w) = p.word_at(i - 1) else { break };
        // "two Italian nationals": a nationality is the only capital the phrase may have.
        let lower = w
            .chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-')
            || LEX.is_demonym(w)
            || FAITHS.contains(&w);
        if !lower || ENDS.contains(&w) || SEIZED.contains(&w) || matches!(w, "freed" | "released") {
            break;
        }
        i -= 1;
        n += 1;
    }
    // "the militants freed two Italian nationals, A and B": a captor's freeing verb too.
    let freed = |w: &str| {
        matches!(w, "freed" | "released")
            && (captor_subject(p, i - 1, 1)
                || captor_subject(p, i - 1, 2)
                    && word(p, i - 2).is_some_and(|h| matches!(h.as_str(), "has" | "have" | "had")))
    };
    n > 0
        && i >= 1
        && !p.in_quote[i - 1]
        && p.word_at(i - 1)
            .is_some_and(|w| SEIZED.contains(&w) || freed(w))
}
