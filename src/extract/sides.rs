//! Who sat at the table for a side, read from what the sentence says they did there rather
//! than from a title: a side "was represented in the talks by A and B"; "A and her
//! counterpart B signed the peace declaration" (the signatories of a deal negotiated it); "with
//! A mediating", "with A as a witness" (the third party who oversaw the talks or the
//! signing), and so the one a signing was "witnessed by" or done "in the presence of"; one
//! who will "engage directly with" the other side to implement a truce. Heads
//! of state and ministers are named so as often as envoys, and their title
//! alone makes them officials only, so these sentences are what makes them negotiators.
//!
//! Each rule reads the person's own place in the sentence: the object of "by" after the
//! verb, the subject list before "signed", the name right after "with". A name inside a
//! quotation gets nothing here.

use super::Para;
use super::lexicon::LEX;
use super::roles::word;
use super::text::Tok;
use crate::entity::Role;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// The word lists of `data/sides.txt`.
struct Words {
    represent: HashSet<&'static str>,
    sign: HashSet<&'static str>,
    deals: HashSet<&'static str>,
    talks: HashSet<&'static str>,
    third: HashSet<&'static str>,
    third_verbs: HashSet<&'static str>,
    list_words: HashSet<&'static str>,
    aux: HashSet<&'static str>,
    engage: HashSet<&'static str>,
    witness: HashSet<&'static str>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let data = include_str!("data/sides.txt");
    let set = |key: &str| -> HashSet<&'static str> {
        super::lexicon::keyed(data, key).into_iter().collect()
    };
    Words {
        represent: set("represent"),
        sign: set("sign"),
        deals: set("deals"),
        talks: set("talks"),
        third: set("third"),
        third_verbs: set("third_verbs"),
        list_words: set("list_words"),
        aux: set("aux"),
        engage: set("engage"),
        witness: set("witness"),
    }
});

/// The roles these rules give the name from `t0` to `t1`, its title starting at `l0`.
pub(super) fn sat_for_a_side(
    p: &Para<'_>,
    (l0, t0, t1): (usize, usize, usize),
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    let mut out = by_agent(p, t0);
    out.extend(representing_were(p, t0));
    out.extend(cosigned(p, t0, t1, person_at));
    out.extend(with_third_party(p, l0, t1));
    out.extend(witnessed_signing(p, l0));
    out.extend(engages_directly(p, t1));
    out
}

/// How far (in tokens) a rule reads from the name, so a long sentence costs no more.
const REACH: usize = 30;

/// Token `i` is list material: a capitalised word (a name's or a title's), a comma, "and", a
/// possessive, a nationality, a title, or a word of `list_words` ("her counterpart").
fn list_material(p: &Para<'_>, i: usize) -> bool {
    let t = &p.toks[i];
    if t.is_punct(',') || t.kind == Tok::Possessive {
        return true;
    }
    let Some(w) = p.word_at(i) else {
        return false;
    };
    let l = w.to_lowercase();
    super::text::is_capitalised(w)
        || LEX.is_demonym(w)
        || LEX.titles.contains(l.as_str())
        || WORDS.list_words.contains(l.as_str())
}

/// Whether any token from `from` to `to` (exclusive) is a word of `set`.
fn any_of(p: &Para<'_>, from: usize, to: usize, set: &HashSet<&'static str>) -> bool {
    (from..to).any(|k| word(p, k).is_some_and(|w| set.contains(w.as_str())))
}

/// "The US was represented in the talks by envoy A and B", "the peace accord was signed by A
/// and B": the name starting at `t0` is the agent of a passive verb of representing (the
/// sentence names the talks) or of signing (a deal is named before the verb), with only list
/// material between "by" and the name.
pub(super) fn by_agent(p: &Para<'_>, t0: usize) -> Vec<Role> {
    if p.in_quote.get(t0).copied().unwrap_or(true) {
        return Vec::new();
    }
    let c = p.sentence_start(t0);
    let from = t0.saturating_sub(REACH).max(c);
    let Some(by) = (from..t0)
        .rev()
        .take_while(|&i| word(p, i).as_deref() == Some("by") || list_material(p, i))
        .find(|&i| word(p, i).as_deref() == Some("by"))
    else {
        return Vec::new();
    };
    let end = p.sentence_end(t0).min(t0 + REACH);
    // The verb before "by", past a place of the talks ("represented in the talks by").
    let verb = (by.saturating_sub(6).max(c)..by).rev().find(|&i| {
        word(p, i).is_some_and(|w| {
            WORDS.represent.contains(w.as_str()) || WORDS.sign.contains(w.as_str())
        })
    });
    let Some(v) = verb else {
        return Vec::new();
    };
    let w = word(p, v).unwrap_or_default();
    let found = if WORDS.represent.contains(w.as_str()) {
        any_of(p, c, end, &WORDS.talks)
    } else {
        // "The accord was signed by A": the deal stands before the verb, so what was signed
        // is no letter or order named after it.
        by == v + 1 && any_of(p, c, v, &WORDS.deals)
    };
    if found {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// "Representing Washington at the talks were A and B": a sentence that opens with a verb of
/// representing and names the talks before "were" lists the ones who sat at them; the name
/// starting at `t0` stands after "were" with only list material between.
pub(super) fn representing_were(p: &Para<'_>, t0: usize) -> Vec<Role> {
    if p.in_quote.get(t0).copied().unwrap_or(true) {
        return Vec::new();
    }
    let c = p.sentence_start(t0);
    let opens = word(p, c).is_some_and(|w| WORDS.represent.contains(w.as_str()));
    let Some(were) = (c..t0.min(c + 12)).find(|&i| matches!(word(p, i).as_deref(), Some("were")))
    else {
        return Vec::new();
    };
    if opens && any_of(p, c, were, &WORDS.talks) && (were + 1..t0).all(|i| list_material(p, i)) {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// "A and her Rwandan counterpart, B, signed the declaration of principles", "A and B are
/// expected to sign the peace agreement": two or more named people whose verb is one of
/// signing a deal (named within six words after it) are its co-signatories, the two sides
/// that negotiated it. The name ends at `t1`; the subject list runs from the sentence's start
/// up to the verb, list material only, and holds another person (`person_at`). One leader
/// signing alone ("A signed the declaration") may only approve what others negotiated, and
/// four or more leaders signing at a summit endorse it.
pub(super) fn cosigned(
    p: &Para<'_>,
    t0: usize,
    t1: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> Vec<Role> {
    if p.in_quote.get(t0).copied().unwrap_or(true) {
        return Vec::new();
    }
    let c = p.sentence_start(t0);
    let end = p.sentence_end(t1).min(t1 + REACH);
    // The verb after the name, past list material, auxiliaries ("are expected to") and an
    // aside set off by commas ("A and B, in the presence of C, signed").
    let mut i = t1;
    let mut aside = false;
    let v = loop {
        if i >= end {
            return Vec::new();
        }
        let w = word(p, i);
        if w.as_ref().is_some_and(|w| WORDS.sign.contains(w.as_str())) {
            break i;
        }
        if list_material(p, i) || w.is_some_and(|w| WORDS.aux.contains(w.as_str())) {
            i += 1;
        } else if let Some(k) = (!aside && i > t1 && p.toks[i - 1].is_punct(','))
            .then(|| (i..end.min(i + 8)).find(|&k| p.toks[k].is_punct(',')))
            .flatten()
        {
            aside = true;
            i = k + 1;
        } else {
            return Vec::new();
        }
    };
    // The subject: from the sentence's start, or from the comma that closes a short opening
    // phrase of time or place ("On 8 August, A and B signed"), to the name.
    let opener = (c..t0.min(c + 6)).find(|&i| p.toks[i].is_punct(','));
    let from = opener
        .filter(|&k| !(c..k).any(person_at))
        .map_or(c, |k| k + 1);
    let subject = (from..t0).all(|i| list_material(p, i));
    // Each other name counted once, by where it starts.
    let others = (from..v)
        .filter(|&i| person_at(i) && !(t0..t1).contains(&i) && !(i > from && person_at(i - 1)))
        .count();
    // Four or more leaders signing together sign a summit's declaration, not a deal their two
    // sides (and a third who brokered it) wrote at the table.
    let plural = (1..=2).contains(&others);
    // Up to seven tokens after the verb; a quotation mark may open a sentence there ("signed
    // the “declaration of principles”").
    let deal = (v + 1..p.toks.len().min(v + 8))
        .take_while(|&k| !p.starts[k] || matches!(p.toks[k - 1].text(p.text), "“" | "\""))
        .any(|k| word(p, k).is_some_and(|w| WORDS.deals.contains(w.as_str())));
    if subject && plural && deal {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// "With US President A mediating, the leaders agreed …", "signed the declaration with B as a
/// witness": a name right after "with" (its title starting at `l0`) followed by a verb of
/// mediating or by "as" and the noun of a third party to the talks is that third party.
pub(super) fn with_third_party(p: &Para<'_>, l0: usize, t1: usize) -> Vec<Role> {
    if p.in_quote.get(l0).copied().unwrap_or(true) {
        return Vec::new();
    }
    // A capitalised "With" opening the sentence is read into the title run before the name;
    // a lower-case description may stand between ("with Norwegian diplomat A mediating").
    let with = (l0.saturating_sub(3)..=l0)
        .rev()
        .take_while(|&i| i == l0 || p.toks[i].is_word())
        .any(|i| word(p, i).as_deref() == Some("with"));
    if !with {
        return Vec::new();
    }
    let w = |i: usize| word(p, i).unwrap_or_default();
    let third = if WORDS.third_verbs.contains(w(t1).as_str()) {
        true
    } else if w(t1) == "as" {
        let k = if matches!(w(t1 + 1).as_str(), "a" | "an" | "the") {
            t1 + 2
        } else {
            t1 + 1
        };
        WORDS.third.contains(w(k).as_str())
    } else {
        false
    };
    if third {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// "The accord was signed in the presence of A", "Watched on by B, the signing of the
/// declaration …", "the truce, witnessed by C, was signed": the third party a deal's signing
/// was done before is the one who brokered it, as "with A as a witness" says. The name (its
/// title starting at `l0`) follows the cue in the same sentence, with no word of signing or of
/// a deal between (those after "the signing of the deal by" signed it), and the sentence
/// names both a signing and a deal.
pub(super) fn witnessed_signing(p: &Para<'_>, l0: usize) -> Vec<Role> {
    if p.in_quote.get(l0).copied().unwrap_or(true) {
        return Vec::new();
    }
    let w = |i: usize| word(p, i).unwrap_or_default();
    let signing = |i: usize| {
        let w = w(i);
        WORDS.sign.contains(w.as_str()) || WORDS.deals.contains(w.as_str())
    };
    let c = p.sentence_start(l0);
    let cue = |k: usize| {
        let by = w(k) == "by"
            && k >= 1
            && (WORDS.witness.contains(w(k - 1).as_str())
                || k >= 2 && w(k - 1) == "on" && WORDS.witness.contains(w(k - 2).as_str()));
        by || w(k) == "of" && k >= 1 && w(k - 1) == "presence"
    };
    let Some(k) = (c.max(l0.saturating_sub(REACH))..l0)
        .rev()
        .take_while(|&i| !signing(i))
        .find(|&i| cue(i))
    else {
        return Vec::new();
    };
    let end = p.sentence_end(l0).min(l0 + REACH);
    let words = || (c..end).filter(|&i| i < k || i > l0);
    let sign = words().any(|i| WORDS.sign.contains(w(i).as_str()));
    let deal = words().any(|i| WORDS.deals.contains(w(i).as_str()));
    if sign && deal {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// "A would coordinate next steps with B and engage directly with the other side's foreign
/// minister to implement the ceasefire", "C engaged directly with Hamas on the truce":
/// dealing with the other side in person, where the sentence names a truce, talks or a deal,
/// is negotiating. Read in the name's own predicate (ending at `t1`, which a word opens, not
/// "and", a preposition or a comma: one named after "with" or "of" is no subject), up to twenty tokens to
/// "engage" (and "directly") "with", within the sentence.
pub(super) fn engages_directly(p: &Para<'_>, t1: usize) -> Vec<Role> {
    if p.in_quote.get(t1).copied().unwrap_or(true) {
        return Vec::new();
    }
    let own = word(p, t1).is_some_and(|w| {
        !matches!(
            w.as_str(),
            "and"
                | "or"
                | "who"
                | "which"
                | "said"
                | "says"
                | "of"
                | "for"
                | "to"
                | "from"
                | "in"
                | "at"
                | "on"
                | "by"
                | "with"
        ) && !p.starts[t1]
            && !p.word_at(t1).is_some_and(super::text::is_capitalised)
    });
    if !own {
        return Vec::new();
    }
    let end = p.sentence_end(t1).min(t1 + REACH);
    let Some(v) = (t1..end.min(t1 + 20))
        .take_while(|&i| !p.toks[i].is_punct(';'))
        .find(|&i| word(p, i).is_some_and(|w| WORDS.engage.contains(w.as_str())))
    else {
        return Vec::new();
    };
    let mut w = v + 1;
    if word(p, w).as_deref() == Some("directly") {
        w += 1;
    }
    let with = word(p, w).as_deref() == Some("with");
    let about = any_of(p, w, end, &WORDS.talks) || any_of(p, w, end, &WORDS.deals);
    if with && about {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}
