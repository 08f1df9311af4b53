//! Titles of films, shows, books and songs in running text, which name no one: a run that
//! opens with a function word ("Will And Grace"), a run after a work's noun ("the 1994 film
//! True Lies") or before its cast's ("… star X"), and a list of works introduced by a cue
//! ("films such as A, B and C", "roles in A and B", "starred in A"). The cue class is what
//! is read, never the titles.

use super::super::Para;
use super::super::text::{Tok, is_capitalised};

/// Nouns for a work, singular and plural. Not those that are also verbs taking a person
/// ("polls show Harris ahead", "to play Trump", "credits Biden").
const WORK_NOUNS: &[&str] = &[
    "film",
    "films",
    "movie",
    "movies",
    "series",
    "sitcom",
    "sitcoms",
    "drama",
    "dramas",
    "comedy",
    "comedies",
    "book",
    "books",
    "novel",
    "novels",
    "album",
    "albums",
    "song",
    "songs",
    "musical",
    "musicals",
    "documentary",
    "documentaries",
    "franchise",
    "thriller",
    "thrillers",
    "blockbuster",
    "blockbusters",
    "miniseries",
    "classics",
];

/// Nouns for a broadcast, also used of plans and of verbs ("the aid program Biden
/// launched", "polls show Harris ahead"), so a work's only after a word of broadcasting.
const SHOW_NOUNS: &[&str] = &["show", "programme", "program", "podcast", "broadcast"];

/// Words that make the show noun after them a broadcast's: its schedule or its medium.
const BROADCAST_WORDS: &[&str] = &[
    "weekly",
    "daily",
    "nightly",
    "morning",
    "evening",
    "late-night",
    "television",
    "TV",
    "radio",
    "talk",
    "chat",
    "satirical",
    "flagship",
];

/// "his weekly programme Con El Mazo Dando", "the radio show Morning Edition": a show
/// noun at `k` after a word of broadcasting is a work's noun, and the run after it the
/// show's title, whatever language its words are in.
fn broadcast_show(p: &Para<'_>, k: usize) -> bool {
    k >= 1
        && p.word_at(k)
            .is_some_and(|w| SHOW_NOUNS.contains(&w.to_lowercase().as_str()))
        && p.word_at(k - 1)
            .is_some_and(|w| BROADCAST_WORDS.contains(&w))
}

/// Words that open a list of examples after a work's noun ("films such as", "shows like").
const EXAMPLE_OPENERS: &[&str] = &["as", "like", "including", "include", "included"];

/// Words that with "in" introduce works a person played in ("starred in", "roles in").
const PLAYED_IN: &[&str] = &[
    "starred",
    "starring",
    "stars",
    "appeared",
    "appearing",
    "appears",
    "appearances",
    "role",
    "roles",
    "cast",
    "cameo",
    "cameos",
    "featured",
    "turns",
    "parts",
    "part",
];

/// Nouns for the people of a work, written after its title ("Full Metal Jacket star X").
const CAST_NOUNS: &[&str] = &[
    "star",
    "stars",
    "co-star",
    "costar",
    "actor",
    "actress",
    "creator",
    "showrunner",
];

/// Whether the run over tokens `r0..r1`, whose first word is `first`, is a work's title.
pub(super) fn title_of_work(p: &Para<'_>, r0: usize, r1: usize, first: &str) -> bool {
    opens_with_function_word(p, r0, r1, first)
        || after_work_cue(p, r0)
        || before_work_noun(p, r0, r1)
}

/// "Full Metal Jacket star Vincent D'Onofrio": a run before a noun for the cast of a work
/// names the work (or a team), not a person; so does "the Star Wars movies", a run between
/// "the" and a work's plural noun.
fn before_work_noun(p: &Para<'_>, r0: usize, r1: usize) -> bool {
    let Some(next) = p.word_at(r1) else {
        return false;
    };
    let the = r0 > 0
        && p.word_at(r0 - 1)
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    CAST_NOUNS.contains(&next)
        || (the && next.ends_with('s') && WORK_NOUNS.contains(&next) && next != "series")
}

/// Conjunctions, articles and prepositions: mid-sentence and capitalised, they open a title.
/// Not "or" and "us", also a given name and a country's letters ("Or Levy", "US President").
const FUNCTION_WORDS: &[&str] = &[
    "And", "But", "Nor", "A", "An", "Of", "In", "On", "At", "To", "For", "With", "From", "By",
    "Into", "Upon", "Without", "Against",
];

/// "Will And Grace star Debra Messing": mid-sentence, a capitalised function word opens a
/// title, never a name. Not one such word alone, which titles nothing: whether it names
/// anyone ("His mother, On, said") is `person::names_no_one`'s to say.
fn opens_with_function_word(p: &Para<'_>, r0: usize, r1: usize, first: &str) -> bool {
    !p.starts[r0] && !p.headline && r1 > r0 + 1 && FUNCTION_WORDS.contains(&first)
}

/// The run follows a work's noun directly ("the film True Lies"), or stands in a list of
/// capitalised items, commas and "and" after one of the cues.
fn after_work_cue(p: &Para<'_>, r0: usize) -> bool {
    let word = |k: usize| p.word_at(k).map(str::to_lowercase);
    let is_work = |k: usize| word(k).is_some_and(|w| WORK_NOUNS.contains(&w.as_str()));
    // "the song 'Od Nagia'": the title may stand in quotation marks after the noun.
    let quote = |k: usize| ['\'', '"', '‘', '“'].iter().any(|&q| p.toks[k].is_punct(q));
    if r0 >= 1 && (is_work(r0 - 1) || broadcast_show(p, r0 - 1))
        || r0 >= 2 && quote(r0 - 1) && is_work(r0 - 2)
    {
        return true;
    }
    // Back over the list: capitalised words, commas, "and", "or" (a bounded look: every run
    // of a long list of names would otherwise walk back over all of it).
    let mut k = r0;
    while k > 0 && r0 - k < 80 {
        let t = &p.toks[k - 1];
        let w = t.text(p.text);
        let item = t.is_word() && (is_capitalised(w) || matches!(w, "and" | "or" | "the"));
        if !(item || t.is_punct(',') || t.kind == Tok::Possessive) {
            break;
        }
        k -= 1;
    }
    // `k` is the first token of the list; the cue ends right before it.
    let (Some(a), Some(b)) = (
        k.checked_sub(2).and_then(word),
        k.checked_sub(1).and_then(word),
    ) else {
        return false;
    };
    let examples = EXAMPLE_OPENERS.contains(&b.as_str())
        && (is_work(k - 2) || (a == "such" && k >= 3 && is_work(k - 3)));
    let played_in = b == "in" && PLAYED_IN.contains(&a.as_str());
    examples || played_in
}
