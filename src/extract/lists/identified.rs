//! Remains named by a longer object of "identified" or "named": "Israel identified two of the
//! bodies returned by the militants on Thursday as A and B". The object between the verb and
//! "as" says what the names are, however long, when it holds remains or captives and what
//! was done to them. A short object may also count back to captives the paragraph names
//! ("the four soldiers" after "The four had been held captive"). A copula does the same
//! work as "identified … as": "the remains are those of A and B".

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::roles::{word, word_back};
use super::introducing;
use crate::entity::Role;

/// Nouns of captives or their remains, the object "identified … as" names.
const REMAINS: &[&str] = &[
    "body", "bodies", "remains", "coffin", "coffins", "casket", "caskets", "hostage", "hostages",
    "captive", "captives",
];

/// "Israel identified two of the bodies returned by Hamas on Thursday as A and B": a longer
/// object of "identified" or "named", up to fourteen words with no punctuation, no name and no
/// "and" between the verb and the "as" at `v`, that holds a noun of captives or their remains
/// and says what was done to them (`introducing`: "returned", "handed over"). The roles of
/// that object. (An object of six words or fewer is `clause_intro`'s own reading.)
pub(super) fn identified_remains(
    p: &Para<'_>,
    v: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    let verb = (v.saturating_sub(15)..v).rev().take_while(|&i| {
        !p.starts[i + 1]
            && !person_at(i)
            && p.toks[i].is_word()
            && word(p, i).as_deref() != Some("and")
    });
    let Some(nv) = verb
        .into_iter()
        .find(|&i| matches!(word(p, i).as_deref(), Some("identified" | "named")))
    else {
        return Vec::new();
    };
    if nv + 1 >= v || p.in_quote[v] {
        return Vec::new();
    }
    let remains = (nv + 1..v).any(|i| word(p, i).is_some_and(|w| REMAINS.contains(&w.as_str())));
    let roles = introducing(&p.text[p.toks[nv + 1].start..p.toks[v - 1].end]);
    if remains && roles.contains(&Role::Hostage) {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}

/// Words that make an apposition a clause of its own ("A, who was freed, and …"), which no
/// list of names named as the remains goes on past.
const CLAUSAL: &[&str] = &[
    "who", "which", "that", "said", "says", "was", "were", "is", "are", "has", "have", "had",
];

/// The article speaks of captives and of their remains ("bodies", "coffins", or one body:
/// "the body", "his body") outside quotations, so the "victims" it names are the dead
/// captives returned.
pub(in crate::extract) fn remains_story(paras: &[Para<'_>]) -> bool {
    // One pass over every token, compared in place: this runs for every article.
    let is = |w: &str, words: &[&str]| words.iter().any(|x| w.eq_ignore_ascii_case(x));
    let (mut captives, mut remains) = (false, false);
    for p in paras {
        for (i, t) in p.toks.iter().enumerate() {
            if p.in_quote[i] || !t.is_word() {
                continue;
            }
            let w = t.text(p.text);
            captives |= is(w, &["hostages", "hostage", "captives", "captivity"]);
            // "the body", "his body": one person's remains ("a governing body" has a word
            // between).
            let one_body = i > 0
                && w.eq_ignore_ascii_case("body")
                && p.toks[i - 1].is_word()
                && is(p.toks[i - 1].text(p.text), &["the", "his", "her", "their"]);
            remains |= one_body || is(w, &["remains", "bodies", "coffins", "caskets"]);
            if captives && remains {
                return true;
            }
        }
    }
    false
}

/// "The army named two of the victims as A, a student, and B, a farmer": the name opening
/// at `l0` is one of the names a "named", "identified" or "listed" gives to remains or
/// captives, each name after the first joined by a comma or "and" past an apposition of its
/// own (opening with "a", "an", "the" or a number, and no clause). The verb's object, up to
/// eight words with no punctuation, holds a noun of remains or captives, or "victims" or
/// "dead" where the article is about returned remains (`remains`); in the passive ("The
/// deceased were identified as A and B") the subject before the verb does. Never of prisoners.
pub(in crate::extract) fn named_remains(
    p: &Para<'_>,
    l0: usize,
    person_at: &dyn Fn(usize) -> bool,
    remains: bool,
) -> Vec<Role> {
    let Some(v) = chain_as(p, l0, person_at) else {
        return Vec::new();
    };
    if word(p, v).as_deref() == Some("of") {
        return remains_are_those(p, v, remains);
    }
    let object: Vec<usize> = (v.saturating_sub(9)..v)
        .rev()
        .take_while(|&i| !p.starts[i + 1] && p.toks[i].is_word() && !person_at(i))
        .collect();
    let Some(&nv) = object.iter().find(|&&i| {
        matches!(
            word(p, i).as_deref(),
            Some("identified" | "named" | "listed")
        )
    }) else {
        return Vec::new();
    };
    let noun =
        |w: &str| REMAINS.contains(&w) || remains && matches!(w, "victims" | "dead" | "deceased");
    // "The deceased were identified as A, B and C": in the passive the noun is the subject
    // before the verb's "were", "was" or "been", within the same words read back.
    let passive = nv >= 1
        && object.contains(&(nv - 1))
        && matches!(word(p, nv - 1).as_deref(), Some("were" | "was" | "been"));
    let words: Vec<String> = if passive {
        object
            .iter()
            .filter(|&&i| i + 1 < nv)
            .filter_map(|&i| word(p, i))
            .collect()
    } else {
        (nv + 1..v).filter_map(|i| word(p, i)).collect()
    };
    let prisoners = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "prisoner" | "prisoners" | "detainee" | "detainees"
        )
    });
    let held = words.iter().any(|w| noun(w)) || counted_captives(p, &words);
    if held && !prisoners && !p.in_quote[v] {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}

/// "Hamas identified the four soldiers as A, B, C and D": an object that opens "the" and a
/// count points back to a group of that count the paragraph calls captives elsewhere, outside
/// quotations ("The four had been held captive since …", "The four captives waved"): "the"
/// and the same count, with a noun of captives or "captivity" within twenty words of its
/// sentence. So the names are those captives.
fn counted_captives(p: &Para<'_>, words: &[String]) -> bool {
    let [the, count, ..] = words else {
        return false;
    };
    let is_count = LEX.is_number_word(count) || count.chars().all(|c| c.is_ascii_digit());
    if the != "the" || !is_count {
        return false;
    }
    (1..p.toks.len()).any(|i| {
        let end = p.sentence_end(i).min(i + 20);
        word(p, i - 1).as_deref() == Some("the")
            && word(p, i).as_deref() == Some(count.as_str())
            && !p.in_quote[i]
            && (i + 1..end).any(|k| {
                word(p, k).is_some_and(|w| REMAINS.contains(&w.as_str()) || w == "captivity")
            })
    })
}

/// "The four bodies Hamas is to hand back are reportedly those of A, B, C and D": the list
/// after "those of" or "that of" at `of` names what a noun of remains before it is, so the
/// names are dead captives in an article about captives' remains (`remains`). The noun is
/// the nearest one before "those" within twenty words of its sentence, and "those" is linked
/// to it by one of three words before it: a copula ("are", "were", "is", "was", the "be" of
/// "are said by Hamas to be"), the "as" of "identified as", or "alongside", "with" or "and"
/// ("his body was returned alongside that of A"). Never of prisoners, never inside a
/// quotation.
fn remains_are_those(p: &Para<'_>, of: usize, remains: bool) -> Vec<Role> {
    if !remains || of < 3 || p.in_quote[of] {
        return Vec::new();
    }
    let those = of - 1;
    let back: Vec<usize> = (those.saturating_sub(20)..those)
        .rev()
        .take_while(|&i| !p.starts[i + 1])
        .filter(|&i| p.toks[i].is_word())
        .collect();
    let linked = back.iter().take(3).any(|&i| {
        matches!(
            word(p, i).as_deref(),
            Some("are" | "were" | "is" | "was" | "as" | "alongside" | "with" | "and")
        ) || word(p, i).as_deref() == Some("be") && word_back(p, i, 1).as_deref() == Some("to")
    });
    let Some(noun) = back
        .iter()
        .position(|&i| word(p, i).is_some_and(|w| REMAINS.contains(&w.as_str())))
    else {
        return Vec::new();
    };
    let prisoners = back[..noun].iter().any(|&i| {
        word(p, i).is_some_and(|w| {
            matches!(
                w.as_str(),
                "prisoner" | "prisoners" | "detainee" | "detainees"
            )
        })
    });
    if linked && !prisoners {
        vec![Role::Hostage]
    } else {
        Vec::new()
    }
}

/// The "as" that opens the list of names the name at `l0` belongs to, back over the earlier
/// names (at most six), the rank, title or nationality before each, and their appositions;
/// or the "of" of "those of" ("the remains are those of A and B"), which
/// [`remains_are_those`] reads.
fn chain_as(p: &Para<'_>, l0: usize, person_at: &dyn Fn(usize) -> bool) -> Option<usize> {
    let mut i = l0;
    for _ in 0..6 {
        // Back over a rank, title or nationality of up to three words before the name
        // ("those of American Captain A, …, Corporal B, 19, and Colonel C"), which the list's
        // gap does not hold.
        let name = i;
        let before = |w: &str| LEX.is_title(w) || LEX.is_demonym(w);
        while i > 0 && name - i < 3 && !p.starts[i] && before(p.toks[i - 1].text(p.text)) {
            i -= 1;
        }
        if i == 0 || p.starts[i] {
            return None;
        }
        if word(p, i - 1).as_deref() == Some("as") {
            return Some(i - 1);
        }
        if let Some(of) = those_of(p, i) {
            return Some(of);
        }
        // The gap back to the name before: ", and", "," or ", an apposition, and".
        let mut j = i;
        while j > 0 && !person_at(j - 1) && i - j < 14 && !p.starts[j] {
            j -= 1;
        }
        if j == 0 || !person_at(j - 1) || !joins(p, j, i) {
            return None;
        }
        // Back over the name before and a capitalised title of up to three words.
        let mut k = j;
        while k > 0 && person_at(k - 1) && !p.starts[k] {
            k -= 1;
        }
        let name = k;
        while k > 0 && name - k < 3 && !p.starts[k] && LEX.is_title(p.toks[k - 1].text(p.text)) {
            k -= 1;
        }
        i = k;
    }
    None
}

/// Whether the tokens `a..b` between two names join them in one list: "," or "and" alone,
/// or an apposition between commas before them.
fn joins(p: &Para<'_>, a: usize, b: usize) -> bool {
    let words: Vec<String> = (a..b).filter_map(|i| word(p, i)).collect();
    let punct_ok = (a..b).all(|i| p.toks[i].is_word() || p.toks[i].is_punct(','));
    let ends = word(p, b - 1).as_deref() == Some("and") || p.toks[b - 1].is_punct(',');
    if !punct_ok || !ends {
        return false;
    }
    if words.iter().all(|w| w == "and") {
        return words.len() <= 1;
    }
    let opens = words.first().is_some_and(|w| {
        matches!(w.as_str(), "a" | "an" | "the") || w.chars().all(|c| c.is_ascii_digit())
    });
    p.toks[a].is_punct(',')
        && opens
        && words.len() <= 10
        && !words.iter().any(|w| CLAUSAL.contains(&w.as_str()))
}

/// The "of" of "those of" or "that of" right before the name opening at `i`, or before a
/// short apposition and a comma there ("that of his team member, A"; "those of two
/// soldiers, A and B"): up to five words after "of" that open with a possessive, an article
/// or a number.
fn those_of(p: &Para<'_>, i: usize) -> Option<usize> {
    let at = |of: usize| {
        of >= 1
            && word(p, of).as_deref() == Some("of")
            && matches!(word(p, of - 1).as_deref(), Some("those" | "that"))
    };
    if i >= 2 && at(i - 1) {
        return Some(i - 1);
    }
    if i < 3 || !p.toks[i - 1].is_punct(',') {
        return None;
    }
    let of = (i.saturating_sub(7)..i - 1)
        .rev()
        .take_while(|&k| p.toks[k].is_word() && !p.starts[k + 1])
        .find(|&k| at(k))?;
    let opens = word(p, of + 1).is_some_and(|w| {
        matches!(w.as_str(), "his" | "her" | "their" | "a" | "an" | "the")
            || LEX.is_number_word(&w)
            || w.chars().all(|c| c.is_ascii_digit())
    });
    (opens && of + 1 < i - 1).then_some(of)
}
