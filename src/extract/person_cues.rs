//! Local evidence about a capitalised name: that a bare word names a person (a reporting verb
//! after it, "Netanyahu's office", "his son Matan"), that a name is a photographer's credit or
//! a byline, and that a name is only the object of a kinship phrase.

use super::Para;
use super::lexicon::LEX;
use super::para::Apposition;
use super::text::{Tok, is_capitalised};

mod apposed;
mod authors;
mod byline;
mod opening;
mod passing;
mod shared_owner;
mod vox;
use opening::{opening_adverb, opening_participle};

pub(super) use byline::{contributor_line, is_bare_byline, is_byline};
pub(super) use passing::kin_aside;

/// A photo or video credit ("REUTERS/Kevin Lamarque", "Photo: Jane Doe", "Video: John Roe") or a
/// byline ("By Jane Doe").
pub(super) fn is_credit(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    let w = |i: usize| p.toks.get(i).map(|t| t.text(p.text).to_lowercase());
    let slash_before = t0 > 0 && p.toks[t0 - 1].is_punct('/');
    let slash_after = p.toks.get(t1).is_some_and(|t| t.is_punct('/'));
    // "By Jane Doe" opening a paragraph (or its list item: "- By Jane Doe"), "Reporting by",
    // "Photo by"; not "led by".
    let bullet = t0 == 2 && p.starts[1] && !p.toks[0].is_word();
    let by = t0 > 0
        && w(t0 - 1).as_deref() == Some("by")
        && (t0 == 1
            || bullet
            || matches!(
                w(t0 - 2).as_deref(),
                Some("reporting" | "editing" | "photo" | "photograph" | "writing" | "video")
            ));
    let cue_before = by
        || t0 > 0
            && matches!(
                w(t0 - 1).as_deref(),
                Some("credit" | "photo" | "photograph")
            )
        || t0 > 1
            && p.toks[t0 - 1].is_punct(':')
            && matches!(
                w(t0 - 2).as_deref(),
                Some("photo" | "credit" | "photograph" | "credits" | "video")
            );
    slash_before || slash_after || cue_before
}

/// Evidence right after a bare word that it names a person: a reporting verb ("Netanyahu
/// said"), or a noun that belongs to people ("Netanyahu's office", "the Trump administration").
/// "his son Matan", "Chen's son, Itay Chen": a family word right before the name.
fn kin_before(p: &Para<'_>, t0: usize) -> bool {
    if kin_apposed(p, t0) {
        return true;
    }
    let t0 = list_start(p, t0);
    let before = |k: usize| kin_word_at(p, t0, k);
    // "the mother of hostage Nimrod Cohen".
    let word = |i: usize| p.toks[i].text(p.text).to_lowercase();
    let mut i = t0;
    while i > 0 && t0 - i < 3 && LEX.premodifiers.contains(word(i - 1).as_str()) {
        i -= 1;
    }
    i >= 2 && word(i - 1) == "of" && before(t0 - i + 2)
}

/// "his sisters Osnat and Hila", "two daughters, Noiya and Yahel", "His mother, Yael,", "his
/// daughters — Raz": the name at `t0` is a relative named by the family word right before it,
/// or set off from it by a comma or a dash (or before its list: the last names of a list are
/// introduced by it as much as the first).
pub(super) fn kin_apposed(p: &Para<'_>, t0: usize) -> bool {
    let t0 = list_start(p, t0);
    let set_off = |i: usize| [',', '—', '–'].iter().any(|&c| p.toks[i].is_punct(c));
    // "his three children, including Noam": "including" after the set-off family word.
    let including = t0 >= 3 && p.word_at(t0 - 1) == Some("including") && set_off(t0 - 2);
    kin_word_at(p, t0, 1)
        || (kin_word_at(p, t0, 2) && set_off(t0 - 1))
        || (including && kin_word_at(p, t0, 3))
}

/// Words for children that introduce their names as a family word does ("their two young
/// boys, Ariel and Kfir", "a baby, Noam,"), though they make no one a relative.
const CHILD_WORDS: &[&str] = &[
    "boys", "girls", "babies", "toddlers", "baby", "toddler", "infant", "infants",
];

/// Whether the word `k` tokens before `t0` is a family word or a word for children.
fn kin_word_at(p: &Para<'_>, t0: usize, k: usize) -> bool {
    if t0 < k || !p.toks[t0 - k].is_word() {
        return false;
    }
    let w = p.toks[t0 - k].text(p.text).to_lowercase();
    LEX.kin.contains(w.as_str()) || CHILD_WORDS.contains(&w.as_str())
}

/// The first token of a list of capitalised words ("Osnat, Noa and Hila") that ends with the
/// word at `t0`: back over "and" and commas, each after a capitalised word.
pub(super) fn list_start(p: &Para<'_>, t0: usize) -> usize {
    let cap = |i: usize| p.toks[i].is_word() && is_capitalised(p.toks[i].text(p.text));
    // "two children, Ariel, 4, and Kfir": an age between the names joins them too, and so
    // does the semicolon of a list whose items hold commas ("nephews, Tal, 9; Ido, 6;").
    let joins = |i: usize| {
        let w = p.toks[i].text(p.text);
        p.toks[i].is_punct(',')
            || p.toks[i].is_punct(';')
            || w == "and"
            || w.chars().all(|c| c.is_ascii_digit())
    };
    let mut s = t0;
    loop {
        let mut j = s;
        while j > 0 && s - j < 4 && joins(j - 1) {
            j -= 1;
        }
        if j == s || j == 0 || t0 - j >= 12 || !cap(j - 1) {
            return s;
        }
        s = j - 1;
    }
}

/// True when the name at `t0..t1` is the object of a kinship phrase rather than the person
/// it introduces: "the mother of hostage Nimrod Cohen" (a name after "KIN of"), or
/// "Chen's son, Itay Chen" (the possessor already goes by this surname). "His father, Adi
/// Alexander" is not: Adi is the one introduced, and a later "Alexander" is him.
pub(super) fn kin_object(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    if t1 <= t0 {
        return false;
    }
    let word = |i: usize| p.toks[i].text(p.text).to_lowercase();
    let is_kin = |i: usize| p.toks[i].is_word() && LEX.kin.contains(word(i).as_str());
    // "KIN of [premodifiers] NAME", an age among them ("father of 19-year-old hostage A").
    let premodifier = |w: String| {
        LEX.premodifiers.contains(w.as_str())
            || w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with("-old")
    };
    let mut i = t0;
    while i > 0 && t0 - i < 3 && premodifier(word(i - 1)) {
        i -= 1;
    }
    if i >= 2 && word(i - 1) == "of" && is_kin(i - 2) {
        return true;
    }
    // "SURNAME's KIN, NAME": the token before KIN is the possessive of this name's surname.
    let kin_at = if t0 >= 2 && p.toks[t0 - 1].is_punct(',') {
        t0 - 2
    } else if t0 >= 1 {
        t0 - 1
    } else {
        return false;
    };
    if !is_kin(kin_at) || kin_at == 0 {
        return false;
    }
    let surname = word(t1 - 1);
    let owner = (1..=2)
        .filter_map(|k| kin_at.checked_sub(k))
        .find(|&j| p.toks[j].is_word())
        .map(word);
    if owner.is_some_and(|o| o.trim_end_matches("'s").trim_end_matches("’s") == surname) {
        return true;
    }
    // "Donald Trump … introduced by his wife, Melania Trump": "his KIN, NAME" after the
    // surname was already written in the paragraph names the relative of that bearer.
    let pronoun = matches!(word(kin_at - 1).as_str(), "his" | "her" | "their");
    pronoun && (0..kin_at - 1).any(|j| p.toks[j].is_word() && word(j) == surname)
}

pub(super) fn local_person_cue(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    if kin_before(p, t0) || title_before(p, t0, t1) {
        return true;
    }
    // "blamed Netanyahu for the impasse": the object of a verb that takes a person.
    let verb_before = t0 > 0
        && p.toks[t0 - 1].is_word()
        && LEX
            .person_object_verbs
            .contains(p.toks[t0 - 1].text(p.text).to_lowercase().as_str());
    let next_is_name = p
        .toks
        .get(t1)
        .is_some_and(|t| t.is_word() && is_capitalised(t.text(p.text)));
    if verb_before && !next_is_name {
        return true;
    }
    // "vowed to bring Tice home", "brought Edan home": who is brought home is a person.
    let bring = t0 > 0
        && matches!(
            p.word_at(t0 - 1),
            Some("bring" | "brings" | "bringing" | "brought")
        );
    if bring && p.word_at(t1) == Some("home") {
        return true;
    }
    if inverted_speaker(p, t0, t1)
        || authors::bill_author(p, t0, t1)
        || vox::named_as(p, t0, t1)
        || vox::apposed_to_someone(p, t0, t1)
        || vox::after_lay_noun(p, t0, t1)
        || apposed::described_by_office(p, t0, t1)
        || shared_owner::shares_kin_owner(p, t0, t1)
    {
        return true;
    }
    // "Shaaban, father of Hisham", "Ilan, the brother of Avera": an apposition of kinship
    // says the bare word before it names a person.
    if p.toks.get(t1).is_some_and(|t| t.is_punct(',')) {
        let word = |i: usize| p.word_at(i).map(str::to_lowercase).unwrap_or_default();
        let k = if word(t1 + 1) == "the" {
            t1 + 2
        } else {
            t1 + 1
        };
        if LEX.kin.contains(word(k).as_str()) && word(k + 1) == "of" {
            return true;
        }
    }
    // "Witkoff, speaking on CBS, said": an apposition, then a reporting verb. Not after a
    // preposition ("found in Tlaxcala, in the state of Morelos, said the bishops"): a
    // preposition's object is no verb's subject, and a place is written so.
    let governed = t0 > 0
        && p.word_at(t0 - 1).is_some_and(|w| {
            matches!(
                w,
                "in" | "at" | "from" | "near" | "to" | "into" | "of" | "outside" | "inside"
            )
        });
    if !governed && !opening_adverb(p, t0, t1) && p.toks.get(t1).is_some_and(|t| t.is_punct(',')) {
        // The apposition ends at a comma, or at a closing mark with the comma inside it.
        let close = p.apposition_close(t1, (t1 + 20).min(p.toks.len()), Apposition::Quoting);
        if let Some(k) = close.filter(|&k| k > t1 + 2)
            && let Some(v) = p.toks.get(k + 1).filter(|t| t.is_word())
            && LEX
                .reporting_verbs
                .contains(v.text(p.text).to_lowercase().as_str())
        {
            return true;
        }
    }
    let mut i = t1;
    let poss = p.toks.get(i).is_some_and(|t| t.kind == Tok::Possessive);
    if poss {
        i += 1;
    }
    let Some(next) = p.toks.get(i).filter(|t| t.is_word()) else {
        return false;
    };
    let w = next.text(p.text).to_lowercase();
    // "the state Ombudsman's Office", "the Sheriff's Office": a bare office noun before a
    // possessive names the office, not someone who holds it.
    let bare = p.toks[t0..t1].iter().filter(|t| t.is_word()).count() == 1;
    let office_word = p
        .word_at(t0)
        .is_some_and(|o| LEX.offices.contains(o.to_lowercase().as_str()) || LEX.is_title(o));
    if poss && bare && office_word {
        return false;
    }
    // "three Bibas family members", "the Cohen family said": a surname before "family" names
    // the family, not one person in it (as "the Alexanders" does); a full name elsewhere in
    // the article still claims it ("Shiri Bibas").
    if !poss && matches!(w.as_str(), "family" | "families") {
        return false;
    }
    // "Victory speech from Rep. A", "Farewell visit by B": a noun that names its owner after
    // it ("from", "by") is not the capitalised word's, which opens the line as a label of a
    // kind of speech; "Trump speech" inside a sentence keeps its owner before it.
    let owner_after = !poss && p.starts[t0] && matches!(p.word_at(i + 1), Some("from" | "by"));
    // "Netanyahu's office", "Trump's son-in-law", "Chen's son".
    if LEX.person_nouns.contains(w.as_str()) && !owner_after
        || (poss && LEX.kin.contains(w.as_str()))
        || matches!(w.as_str(), "himself" | "herself") && !opening_participle(p, t0, t1)
    {
        return true;
    }
    if office_after(p, i) || (!poss && coordinated_office(p, i)) {
        return true;
    }
    if poss {
        return false;
    }
    let verb = if matches!(
        w.as_str(),
        "has" | "had" | "also" | "later" | "then" | "previously"
    ) {
        p.toks.get(i + 1).map(|t| t.text(p.text).to_lowercase())
    } else {
        Some(w)
    };
    let preposition_before = t0 > 0
        && p.toks[t0 - 1].is_word()
        && matches!(
            p.toks[t0 - 1].text(p.text).to_lowercase().as_str(),
            "in" | "to" | "from" | "at" | "of" | "the" | "near" | "into" | "across" | "by"
        );
    // "Betsey Carter of Portsmouth said": one word after "of" that closes a full name's
    // phrase is where that person is from; the verb's subject is the name before "of".
    let of_after_name = t0 >= 3
        && t1 == t0 + 1
        && p.word_at(t0 - 1) == Some("of")
        && p.word_at(t0 - 2).is_some_and(is_capitalised)
        && p.word_at(t0 - 3).is_some_and(is_capitalised);
    !of_after_name
        && verb.is_some_and(|v| {
            (LEX.reporting_verbs.contains(v.as_str()) && v != "reported")
            || LEX.person_subject_verbs.contains(v.as_str())
            || coordinated_subject(p, t0, &v)
            // "Netanyahu convened his cabinet", "Meanwhile Netanyahu met the families": a
            // past-tense verb after a bare name that opens no sentence ("Envoys met").
            || (!preposition_before
                && !p.starts[t0]
                && (super::text::is_regular_past(&v)
                    || PERSON_PAST.contains(&v.as_str())))
        })
}

/// "Mills and Okafor speak at a rally": a bare word that closes "A and B" before the
/// plural of a present-tense verb of a caption ("speak", "meet", `person_subject_verbs`) is
/// a person, as one before the singular is.
fn coordinated_subject(p: &Para<'_>, t0: usize, verb: &str) -> bool {
    t0 >= 2
        && p.word_at(t0 - 1) == Some("and")
        && p.word_at(t0 - 2).is_some_and(is_capitalised)
        && LEX
            .person_subject_verbs
            .contains(format!("{verb}s").as_str())
}

/// Irregular past tenses that only a person does; the regular ones are read by their "-ed".
const PERSON_PAST: &[&str] = &[
    "met", "spoke", "flew", "wrote", "sought", "thought", "felt", "knew", "took", "gave",
];

/// "since veteran leader Mugabe was deposed", "a goal from striker Kane": an office or a
/// calling written in lower case right before a bare capitalised word is how news writes a
/// person's title. Not the words that are also adjectives or parts of a body ("chief",
/// "general", "head", "staff", "official"), and not before a second capitalised word (a
/// title of an organisation: "deputy Prime Minister").
fn title_before(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    let Some(w) = t0.checked_sub(1).and_then(|i| p.word_at(i)) else {
        return false;
    };
    let lower = w.chars().next().is_some_and(char::is_lowercase);
    let next_is_name = p
        .toks
        .get(t1)
        .is_some_and(|t| t.is_word() && is_capitalised(t.text(p.text)));
    lower
        && !next_is_name
        && t1 == t0 + 1
        && LEX.titles.contains(w)
        && !AMBIGUOUS_TITLES.contains(&w)
}

/// Title words that are as often adjectives, parts of a body's name or plain nouns.
const AMBIGUOUS_TITLES: &[&str] = &[
    "chief", "head", "general", "major", "staff", "official", "officer", "deputy", "vice", "crown",
    "chair", "speaker", "justice", "founder",
];

/// "Obama's education secretary", "a former Obama labor secretary": a name that owns an office
/// held under it, as at most two lower-case words and an office word from token `i` on.
fn office_after(p: &Para<'_>, i: usize) -> bool {
    let lower = |k: usize| {
        p.word_at(k)
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
    };
    (i..i + 3).map_while(lower).enumerate().any(|(n, w)| {
        n > 0
            && matches!(
                w,
                "secretary" | "minister" | "ambassador" | "envoy" | "official" | "officials"
            )
    })
}

/// "the Biden and Trump administrations": a name joined by "and" to another before a plural
/// body only office-holders have (token `i` is the "and").
pub(super) fn coordinated_office(p: &Para<'_>, i: usize) -> bool {
    let w = |k: usize| p.word_at(k);
    w(i) == Some("and")
        && w(i + 1).is_some_and(is_capitalised)
        && matches!(w(i + 2), Some("administrations" | "governments"))
}

/// Verbs that put their speaker after them right behind a closing quotation mark.
const INVERTED_SPEECH: &[&str] = &[
    "said",
    "says",
    "added",
    "asked",
    "answered",
    "replied",
    "responded",
    "continued",
    "explained",
    "argued",
    "insisted",
    "countered",
];

/// "… the recession," said Bartlett.": a quotation closes, a speech verb follows, then a bare
/// capitalised word that ends the clause. Debate and court stories name speakers by surname
/// alone in this inverted order; the word is who spoke, so a person.
fn inverted_speaker(p: &Para<'_>, t0: usize, t1: usize) -> bool {
    if t0 < 2 || !p.in_quote[t0 - 2] || p.toks[t0 - 2].is_word() {
        return false;
    }
    let verb = p.word_at(t0 - 1).map(str::to_lowercase);
    let ends = p
        .toks
        .get(t1)
        .is_none_or(|t| matches!(t.kind, Tok::Punct('.' | ',' | ';' | '!' | '?')));
    !p.in_quote[t0 - 1] && verb.is_some_and(|v| INVERTED_SPEECH.contains(&v.as_str())) && ends
}
