//! The single words around a role's window that change what it says: an office sought, not
//! held ("running to become mayor"), captives that are a deed's object ("secured the release
//! of captives", and the relative clause on them), "hostage" after a verb ("met with
//! hostages"), a second deed after "and", and a family apposition that ends in the
//! relative's name ("father of A,"), after which a description is the relative's; and a
//! noun phrase of the name's own joined by "and" to such a family word ("a former hostage
//! and wife of hostage B"), which is still the name's.

use super::super::Para;
use super::super::attributive::attributive;
use super::super::lexicon::LEX;
use super::super::roles::word;
use super::super::text::{Tok, is_capitalised};

/// Words before "to become" that make the office one sought: "running to become mayor".
pub(super) const SEEKING: &[&str] = &[
    " running",
    " seeking",
    " bid",
    " campaign",
    " campaigning",
    " vying",
    " hoping",
    " hopes",
    " race",
    " trying",
    " aiming",
];

/// Captives just after "release of" are the deed's object ("secured release of captives").
pub(super) fn object_of_deed(before: &str) -> bool {
    let back: Vec<&str> = before.split_whitespace().rev().take(5).collect();
    back.windows(2)
        .any(|x| x[0] == "of" && matches!(x[1], "release" | "return"))
}

/// "negotiated the release of seven hostages who were abducted in March": a relative clause
/// on the captives a release is of says what was done to them, not to the subject. True when
/// `before` (the window's words before a cue of captivity) holds "who" or "that" after such
/// a deed's object ([`object_of_deed`] of the words before the pronoun).
pub(super) fn captives_clause(before: &str) -> bool {
    [" who ", " that "]
        .iter()
        .filter_map(|w| before.rfind(w))
        .max()
        .is_some_and(|k| object_of_deed(&before[..k]))
}

/// Words of a predicate that make a later "who" clause about the subject too: a link ("was
/// one of the captives who were freed", "remains among those who …") puts the subject in
/// the noun the clause describes.
const LINKS: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "became", "remains", "remained", "among", "one",
];

/// "Governor A has received 100 pupils who were released by their captors": a relative
/// clause in a predicate, opened after the predicate's own first words, belongs to the noun
/// right before it, the verb's object, not to the name the predicate follows. True when
/// `before` (the window's words before a cue) holds "who" after a verb with no link
/// ([`LINKS`]) to the subject; a window opened by "who" is the name's own clause up to its
/// next "who".
pub(super) fn objects_clause(before: &str) -> bool {
    let Some(k) = before.rfind(" who ") else {
        return false;
    };
    let mut words = before[..k].split_whitespace().peekable();
    if words.peek().is_some_and(|w| matches!(*w, "who" | "whose")) {
        words.next();
    }
    let mut any = false;
    for w in words {
        if LINKS.contains(&w) {
            return false;
        }
        any = true;
    }
    any
}

/// "hostage" describes the person only after an article or modifier, not after a
/// preposition or verb ("met with hostages", "to free hostages"). A verb's object may keep
/// its article ("…, head of the command centre to return the hostages,", "to bring back
/// the hostages"): the captives are what the office works for, not who the person is. A
/// preposition before the article is not read so ("one of the hostages" names one).
pub(super) fn hostage_noun_ok(before: &str) -> bool {
    let mut back = before.split_whitespace().rev().peekable();
    let prev = back.next().unwrap_or("");
    let deed = |w: &str| {
        matches!(
            w,
            "free"
                | "freeing"
                | "release"
                | "releasing"
                | "return"
                | "returning"
                | "bring"
                | "met"
                | "meet"
                | "meeting"
        )
    };
    // "to bring back the hostages": the verb's particle stands before the article.
    if matches!(prev, "the" | "their" | "our") {
        back.next_if_eq(&"back");
        if back.next().is_some_and(deed) {
            return false;
        }
    }
    // "was the last remaining hostage": one of a kind, the noun is the name's own.
    let last_remaining = prev == "remaining" && back.peek() == Some(&"last");
    last_remaining
        || !(deed(prev)
            || matches!(
                prev,
                "of" | "with" | "for" | "about" | "on" | "to" | "remaining" | "other" | "all"
            ))
}

/// A past verb right after "and" opens a second predicate of the subject ("went … and held talks").
pub(super) fn second_deed(w: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "held", "met", "led", "took", "brought", "flew", "went", "sent",
    ];
    super::super::text::is_regular_past(w) || IRREGULAR.contains(&w)
}

/// "Roe had managed to keep the mayor from winning": "has", "had" or "have" links the name
/// to a noun only as an auxiliary of "been", "become", "served" or "remained" (past
/// adverbs); before any other participle the noun is that verb's object, not the name's.
pub(super) fn have_not_linking(words: &[&str]) -> bool {
    let Some((&first, rest)) = words.split_first() else {
        return false;
    };
    if !matches!(first, "has" | "had" | "have") {
        return false;
    }
    let adverb = |w: &&&str| {
        w.ends_with("ly")
            || matches!(
                **w,
                "also" | "long" | "since" | "once" | "twice" | "never" | "just" | "already" | "not"
            )
    };
    !rest
        .iter()
        .find(|w| !adverb(w))
        .is_some_and(|w| matches!(*w, "been" | "become" | "served" | "remained"))
}

/// The apposition `s..e` is a family noun phrase that ends in its relative's name: "father
/// of Tomer", "the parents of Noa Katz", "mother and sister of A". A determiner or a
/// possessive pronoun may open it.
pub(super) fn kin_of_named(
    p: &Para<'_>,
    s: usize,
    e: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> bool {
    let mut k = s;
    if word(p, k).is_some_and(|w| matches!(w.as_str(), "the" | "his" | "her" | "their")) {
        k += 1;
    }
    if !word(p, k).is_some_and(|w| LEX.kin.contains(w.as_str())) {
        return false;
    }
    k += 1;
    while word(p, k).as_deref() == Some("and")
        && word(p, k + 1).is_some_and(|w| LEX.kin.contains(w.as_str()))
    {
        k += 2;
    }
    word(p, k).as_deref() == Some("of") && e > k + 1 && person_at(e - 1)
}

/// Token `i` opens a description of the name before it: a noun phrase ("one of the
/// soldiers", "a reservist", "21") or a relative clause ("who was taken").
pub(super) fn opens_description(p: &Para<'_>, i: usize) -> bool {
    word(p, i).is_some_and(|w| {
        matches!(
            w.as_str(),
            "who" | "whose" | "one" | "a" | "an" | "the" | "both" | "himself" | "herself"
        ) || w.chars().all(|c| c.is_ascii_digit())
            || LEX.is_number_word(&w)
    })
}

/// "…, a former hostage and wife of hostage B,": an apposition (from `s` to `e`) that opens
/// with "a" or "an" and a noun phrase of no family word, then "and" and a family word of
/// another. The phrase before "and" is the name's own; where that "and" stands.
pub(super) fn own_before_kin(p: &Para<'_>, s: usize, e: usize) -> Option<usize> {
    if !word(p, s).is_some_and(|w| matches!(w.as_str(), "a" | "an")) {
        return None;
    }
    let and = (s + 2..e).find(|&i| word(p, i).as_deref() == Some("and"))?;
    let kin = |i: usize| word(p, i).is_some_and(|w| LEX.kin.contains(w.as_str()));
    let own = (s..and).all(|i| p.toks[i].is_word() && !kin(i));
    (own && kin(and + 1)).then_some(and)
}

/// The words before a noun (`before`, lower-case, spaced) hold a verb of acting within four
/// words: "who plays the U.S. president in a television drama", "who portrayed a senator on
/// stage". The office is a part played, not held.
pub(super) fn acted_part(before: &str) -> bool {
    const ACTING: &[&str] = &[
        "plays",
        "played",
        "playing",
        "portrays",
        "portrayed",
        "portraying",
    ];
    before
        .split_whitespace()
        .rev()
        .take(4)
        .any(|w| ACTING.contains(&w))
}

/// "A, a state lawmaker who denied the result,": a reporting verb right after "who" (token
/// `e`, the apposition from `s` stopped there) is the relative clause's verb, said of A; the
/// noun phrase before it is A's apposition, not the subject of a verb of its own.
pub(super) fn relative_says(p: &Para<'_>, s: usize, e: usize) -> bool {
    e > s && matches!(word(p, e - 1).as_deref(), Some("who"))
}

/// The apposition's text without the "who" that `relative_says` found it ending in.
pub(super) fn drop_relative(text: String, relative: bool) -> String {
    match text.strip_suffix(" who") {
        Some(t) if relative => t.to_string(),
        _ => text,
    }
}

/// Token `i` is a reporting verb ("said", "told") used as a verb; not a passive that states
/// what became of the subject ("who was confirmed dead after being taken hostage").
pub(super) fn says_at(p: &Para<'_>, i: usize) -> bool {
    let passive_state = i > 0
        && matches!(
            word(p, i - 1).as_deref(),
            Some("was" | "were" | "been" | "is" | "are")
        )
        && matches!(
            word(p, i + 1).as_deref(),
            Some("dead" | "alive" | "killed" | "missing" | "deceased")
        );
    word(p, i).is_some_and(|w| LEX.reporting_verbs.contains(w.as_str()))
        && !attributive(p, i)
        && !passive_state
}

/// Where "of", "to" or "for" follows the head of a noun phrase opened by a determiner at
/// `s` ("the deputy of", "a top aide to"), or a bare spokesperson's noun before "for" and a
/// title, before token `e`.
pub(super) fn head_before_of(p: &Para<'_>, s: usize, e: usize) -> Option<usize> {
    // "A, spokeswoman for Foreign Minister B,": one who speaks for an office holder named
    // by title speaks for that office, bare noun or not.
    let speaks_for = word(p, s + 1).as_deref() == Some("for")
        && word(p, s).is_some_and(|w| w.starts_with("spokes"))
        && (s + 2..e).any(|i| p.word_at(i).is_some_and(|w| LEX.is_title(w)));
    if speaks_for {
        return Some(s + 1);
    }
    let opens = word(p, s).is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an"));
    let of = (s + 2..e).find(|&i| matches!(word(p, i).as_deref(), Some("of" | "to" | "for")))?;
    opens.then_some(of)
}

/// "… governor from 1994 to 2001", "… senator between 2005 and 2011": the words right after
/// an office noun (`after`) close its term between two years, so the office was held before.
/// Within the first six words: "from" or "between" a year, then "to", "until", "through" or
/// "and" a year. ("Until 2029" alone may end a term still to come.)
pub(super) fn closed_term(after: &str) -> bool {
    let words: Vec<&str> = after.split_whitespace().take(6).collect();
    let year = |w: &str| {
        w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) && w.starts_with(['1', '2'])
    };
    let ends = |w: &str| matches!(w, "to" | "until" | "through" | "and");
    words
        .windows(4)
        .any(|x| matches!(x[0], "from" | "between") && year(x[1]) && ends(x[2]) && year(x[3]))
}

/// "A, who was the chief of staff for B,", "who had been a U.N. envoy": a relative clause
/// whose past-tense copula links the name straight to a noun phrase (`before`, the words up to
/// the office noun, lower-case and spaced) tells a post held before, as "former" does; news
/// says "who is" of one who holds it now. Not a passive ("who was named envoy"), which tells
/// how the post was taken up.
pub(super) fn held_before(before: &str) -> bool {
    let mut words = before.split_whitespace();
    let first = match (words.next(), words.next()) {
        (Some("who"), Some("was")) => words.next(),
        (Some("who"), Some("had")) if words.next() == Some("been") => words.next(),
        _ => return false,
    };
    first.is_some_and(|w| {
        matches!(
            w,
            "the" | "a" | "an" | "his" | "her" | "their" | "once" | "formerly" | "previously"
        ) || w.ends_with("'s")
    })
}

/// Words that open a phrase of the clause's circumstances, set off after a name: "A, with
/// the chair flying in", "A, following talks between negotiators", "A, amid the war". Not
/// "after" or "during", whose phrase may tell the name's own lot ("A, during his captivity,").
pub(super) fn circumstance(w: &str) -> bool {
    matches!(
        w,
        "with" | "following" | "amid" | "amidst" | "despite" | "ahead"
    )
}

/// "…, who was two months old when Alakdi was kidnapped": a clause opened at `e` by a
/// subordinator (`w`) whose subject is a capitalised name of its own, then "was"/"were", is
/// about that subject, even where the name was not read as a person's (a misspelling).
pub(super) fn own_subject_clause(p: &Para<'_>, e: usize, w: &str) -> bool {
    if !matches!(
        w,
        "when" | "after" | "before" | "while" | "until" | "since" | "once" | "because"
    ) {
        return false;
    }
    let cap = |i: usize| p.word_at(i).is_some_and(is_capitalised);
    let mut k = e + 1;
    while k < e + 4 && cap(k) {
        k += 1;
    }
    k > e + 1 && matches!(word(p, k).as_deref(), Some("was" | "were"))
}

/// Where an apposition from `s` goes on after a person's possessive that opens it ("Trump's"
/// in "Trump's special envoy", "US President Donald Trump's"); `s` itself when none does.
pub(super) fn past_owner(p: &Para<'_>, s: usize, person_at: &dyn Fn(usize) -> bool) -> usize {
    // The owner's own title first: capitalised words only.
    let mut n = s;
    while n < s + 4 && !person_at(n) && p.word_at(n).is_some_and(is_capitalised) {
        n += 1;
    }
    let k = (n..p.toks.len()).find(|&k| !person_at(k)).unwrap_or(n);
    let owned = k > n
        && matches!(p.toks.get(k).map(|t| t.kind), Some(Tok::Possessive))
        && p.toks.get(k + 1).is_some_and(|t| t.is_word())
        && !person_at(k + 1);
    if owned { k + 1 } else { s }
}
