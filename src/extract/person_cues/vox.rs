//! A person named by one word only, as vox-pop and crime reporting name bystanders: "a woman
//! who gave her name only as Janine", "a 38-year-old passer-by, Imran, was injured". No title,
//! no surname and often no verb says so; the phrase around the word does.

use super::super::Para;
use super::super::lexicon::LEX;

/// Words that, at most three before "as", make the word after it the name someone goes by:
/// "gave her name as", "identified only as", "identifying herself as". Not "named as" or
/// "known as", which also take offices and nicknames ("named as Chelsea manager").
const NAME_GIVEN: &[&str] = &[
    "name",
    "identified",
    "identify",
    "identifies",
    "identifying",
];

/// "who gave her name only as Janine": a lone given name the data knows after "as" and a
/// word for naming someone is what a person is called.
pub(super) fn named_as(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    let Some(word) = p.word_at(t0) else {
        return false;
    };
    t1 == t0 + 1
        && t0 >= 2
        && p.word_at(t0 - 1) == Some("as")
        && LEX.is_given(&word.to_lowercase())
        && (t0.saturating_sub(5)..t0 - 1)
            .filter_map(|i| p.word_at(i))
            .any(|w| NAME_GIVEN.contains(&w.to_lowercase().as_str()))
}

/// "A 38-year-old passer-by, Imran, was injured", "one resident, Maria, said": a lone word set
/// off by commas right after an indefinite noun for an ordinary person (`data/lay_heads.txt`,
/// `data/role_nouns.txt`) is that person's name. "The resident, X," may name a place of
/// residence or restate someone, so the noun phrase must open with "a", "an", "one" or an age.
pub(super) fn apposed_to_someone(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    let comma = |i: usize| p.toks.get(i).is_some_and(|t| t.is_punct(','));
    if t1 != t0 + 1 || t0 < 3 || !comma(t0 - 1) || !comma(t1) {
        return false;
    }
    let Some(head) = p
        .word_at(t0 - 2)
        .filter(|w| w.starts_with(char::is_lowercase))
    else {
        return false;
    };
    if !LEX.lay_heads.contains(head) && !LEX.role_nouns.contains(head) {
        return false;
    }
    // The noun phrase back to its determiner: lower-case words only, at most four.
    (t0.saturating_sub(7)..t0 - 2)
        .rev()
        .map_while(|i| p.word_at(i))
        .take(5)
        .any(|w| {
            matches!(w.to_lowercase().as_str(), "a" | "an" | "one")
                || w.ends_with("-year-old")
                || w.ends_with("-years-old")
        })
}

/// "said resident Ahmed, who fled", "Another survivor Noor said", "told survivor Zainab to
/// lie down": a lone capitalised word right after a lower-case noun for one ordinary person
/// (`data/lay_heads.txt`, `data/role_nouns.txt`, singular) is that person's name, as news
/// names a bystander by a given name alone. Not before a second capitalised word (the noun
/// then opens a name or a body: "resident Physician", "student Union Jack"), and not a place
/// or a body the gazetteer knows ("voters Ohio"), and not inside a quotation, where a speaker
/// calls someone the article named in full by the given name ("I talked to pilot Phillip").
pub(super) fn after_lay_noun(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    let Some(head) = t0
        .checked_sub(1)
        .and_then(|i| p.word_at(i))
        .filter(|w| w.starts_with(char::is_lowercase))
    else {
        return false;
    };
    let singular = !head.ends_with('s') || head.ends_with("ss");
    let lay = LEX.lay_heads.contains(head) || LEX.role_nouns.contains(head);
    let next_is_word = p
        .toks
        .get(t1)
        .is_some_and(|t| t.is_word() && super::is_capitalised(t.text(p.text)));
    let known = p
        .word_at(t0)
        .is_some_and(|w| LEX.gazetteer_folded.contains_key(&w.to_lowercase()));
    t1 == t0 + 1 && singular && lay && !next_is_word && !known && !p.in_quote[t0]
}
