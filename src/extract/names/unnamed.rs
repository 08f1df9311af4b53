//! More runs that pass for a person's name and are none, by where they stand: a body named
//! after "called" or "named" and a noun of a body ("an aid group called Hope Road"), the tail
//! of an outlet written as its web domain ("News.Az"), a programme joined through ("joined the
//! army through Lone Path"), and a participle or an adverb that
//! opens a sentence before a comma ("Continuing, Clinton thanked …").

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::is_capitalised;
use super::Candidate;
use super::nameless::{adverb, opens_with_given_name, statement_to, venue, vessel, web_address};
use super::thing::run_start;

/// Whether `c`, read as a person's name or a bare word, names no one by its form or where it
/// stands: these forms, and `nameless`'s web address, adverb, outlet, venue and vessel.
pub(super) fn no_one(p: &Para<'_>, c: &Candidate) -> bool {
    web_address(c)
        || domain_tail(p, c)
        || sentence_opener(p, c)
        || cue_before_title(p, c)
        || adverb(c)
        || statement_to(p, c)
        || venue(p, c)
        || vessel(p, c)
}

/// "an aid group called Hope Road", "a charity named Open Hands", "a militia known as the
/// Lions": after "called", "named" or "known as", the name a noun of a body introduces
/// (`data/org_heads.txt`, within three words before) is that body's. "A man named Adam
/// Ross" keeps its person: "man" is no body.
pub(super) fn called_body(p: &Para<'_>, c: &Candidate) -> bool {
    let mut k = run_start(p, c);
    if k > 0 && p.word_at(k - 1) == Some("the") {
        k -= 1;
    }
    let verb = match (
        k.checked_sub(2).and_then(|j| p.word_at(j)),
        k.checked_sub(1).and_then(|j| p.word_at(j)),
    ) {
        (Some("known"), Some("as")) => k - 2,
        (_, Some("called" | "named")) => k - 1,
        _ => return false,
    };
    (verb.saturating_sub(3)..verb)
        .filter_map(|j| p.word_at(j))
        .any(|w| LEX.org_heads.contains(w.to_lowercase().as_str()))
}

/// "joined the army through Lone Path", "made aliyah via Nefesh B'Nefesh", "enlisted
/// through Lone Soldier Center": a name right after "through" or "via", in a clause whose verb
/// (within eight words before) is one of joining, enlisting or immigrating, is the programme
/// or body that took the person in. People join a service or a country through a
/// programme; a person who helped would be introduced with a title or a relation ("through
/// her uncle, A B"), so a titled name is left alone.
pub(super) fn joined_through(p: &Para<'_>, c: &Candidate) -> bool {
    const JOINING: &[&str] = &[
        "joined",
        "joining",
        "enlisted",
        "enlisting",
        "enrolled",
        "immigrated",
        "emigrated",
        "volunteered",
        "aliyah",
        "drafted",
    ];
    let start = run_start(p, c);
    let through = start > 0 && matches!(p.word_at(start - 1), Some("through" | "via"));
    if !through || c.title.is_some() {
        return false;
    }
    let mut i = start - 1;
    for _ in 0..8 {
        if i == 0 || p.starts[i] {
            return false;
        }
        i -= 1;
        let t = p.toks[i];
        if t.is_punct('.') || t.is_punct(';') || t.is_punct(':') {
            return false;
        }
        if t.is_word() && JOINING.contains(&t.text(p.text).to_lowercase().as_str()) {
            return true;
        }
    }
    false
}

/// "News.Az reports", "according to Report.Az": a short capitalised word glued by a full stop
/// to the capitalised word before it is the ending of an outlet's web address (a country's
/// letters), never a person. A name glued to a caption's last word ("Thursday.Petra Lind")
/// is longer than a domain's ending and is left to the caption's rules.
fn domain_tail(p: &Para<'_>, c: &Candidate) -> bool {
    let Some(dot) = c.t0.checked_sub(1).filter(|&d| d >= 1) else {
        return false;
    };
    let (before, mark, name) = (p.toks[dot - 1], p.toks[dot], p.toks[c.t0]);
    c.t1 == c.t0 + 1
        && c.name.chars().count() <= 3
        && mark.is_punct('.')
        && before.is_word()
        && is_capitalised(before.text(p.text))
        && before.end == mark.start
        && mark.end == name.start
}

/// "Continuing, Clinton congratulated Sanders", "Separately, Reyes told …": one capitalised
/// word opening a sentence, with a participle's or an adverb's ending, before a comma and a
/// name that a lower-case word follows, is how the sentence opens, not who it is about. A
/// surname of that form opening a sentence is set off otherwise ("Manning, 34, said", "Fleming,
/// a nurse,") or listed ("Fleming, Ross and Hale"), and a given name the data knows is kept.
fn sentence_opener(p: &Para<'_>, c: &Candidate) -> bool {
    let w = c.name.to_lowercase();
    let form = ["ing", "ly"]
        .iter()
        .any(|e| w.strip_suffix(e).is_some_and(|s| s.chars().count() >= 4));
    let word = |k: usize| p.word_at(k);
    c.t1 == c.t0 + 1
        && p.starts.get(c.t0) == Some(&true)
        && form
        && !opens_with_given_name(c)
        && p.toks.get(c.t1).is_some_and(|t| t.is_punct(','))
        && word(c.t1 + 1).is_some_and(is_capitalised)
        && word(c.t1 + 2).is_some_and(|n| {
            n.chars().next().is_some_and(char::is_lowercase) && !matches!(n, "and" | "or")
        })
}

/// "said Church spokesperson Thomas Codd", "a Mosque official": a body's or a building's cue
/// word standing alone before a lower-case title says whose the title is; it names no person,
/// though a verb of speech comes before it.
fn cue_before_title(p: &Para<'_>, c: &Candidate) -> bool {
    let w = c.name.as_str();
    c.t1 == c.t0 + 1
        && c.title.is_none()
        && (LEX.org_cues.contains(w) || LEX.place_cues.contains(w))
        && p.word_at(c.t1).is_some_and(|n| {
            n.chars().next().is_some_and(char::is_lowercase)
                && (LEX.titles.contains(n) || LEX.offices.contains(n))
        })
}
