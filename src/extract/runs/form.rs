//! Word forms that tell a word of a name from others: a brand's inner capital ("YouGov"),
//! capitals written for emphasis ("IT WILL ONLY GET WORSE") rather than as an acronym, and two
//! initials ("JD", "J.D.") rather than a state's postal letters; the links of a Spanish
//! compound surname ("de la"), a title that is a given name after an office, an office that
//! opens its sentence before its portfolio, and a pronoun "I" glued to a name; and where a
//! word that is also a nationality or a title is a given name or a surname instead
//! ("Christian Cardon", "Sara King said", "Jr.").

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::{is_all_caps, is_capitalised};
use crate::extract::text::is_hyphen;
use rustc_hash::FxHashSet as HashSet;

/// "YouGov", "PayPal", "BlackRock", "SpaceX": a capital after a first part of three letters or
/// more spells a brand. Names that do this put a prefix first ("MacArthur", "VanDyke",
/// "FitzGerald", "DelBene", and Arabic names written as one word: "AbdulRahman",
/// "AbuBakar"); two-letter ones ("McCarthy", "DeSantis", "LaToya") never reach
/// three.
pub(super) fn brand(w: &str) -> bool {
    const NAME_PREFIXES: [&str; 12] = [
        "mac", "van", "von", "fitz", "della", "des", "del", "abdul", "abdel", "abdal", "abdur",
        "abu",
    ];
    let Some(k) = w
        .char_indices()
        .skip(1)
        .find(|(_, c)| c.is_uppercase())
        .map(|(k, _)| k)
    else {
        return false;
    };
    let head = &w[..k];
    // "SpaceX", "PlayStationX": one capital closing the word spells a brand as well; no name
    // ends in a capital.
    let tail = &w[k..];
    let closing_capital = tail.chars().count() == 1 && head.chars().skip(1).all(char::is_lowercase);
    head.chars().count() >= 3
        && head.chars().all(char::is_alphabetic)
        && (tail.chars().nth(1).is_some_and(char::is_lowercase) || closing_capital)
        && !NAME_PREFIXES.contains(&head.to_lowercase().as_str())
}

/// A word in capitals for emphasis, not an acronym: a common word ("ALL of the Hostages", "IT
/// WILL ONLY GET WORSE"), one the article also writes in lower case, a capitalised word next
/// to such a word, or an unknown word of four letters or more inside a quotation ("or it is
/// OVER for you"). Known acronyms (IDF, CNN) are never shouting.
pub(super) fn shouting(p: &Para<'_>, i: usize, w: &str, lowercase_words: &HashSet<String>) -> bool {
    let lex = &*LEX;
    let common = |w: &str| {
        let l = w.to_lowercase();
        !lex.gazetteer_folded.contains_key(&l)
            && (lex.stopwords.contains(l.as_str()) || lowercase_words.contains(&l))
    };
    if lex.gazetteer_folded.contains_key(&w.to_lowercase()) {
        return false;
    }
    let neighbour_common = [i.checked_sub(1), Some(i + 1)]
        .into_iter()
        .flatten()
        .any(|j| {
            p.toks.get(j).is_some_and(|t| {
                let n = t.text(p.text);
                t.is_word() && is_all_caps(n) && n.chars().count() > 1 && common(n)
            })
        });
    common(w) || neighbour_common || (p.in_quote[i] && w.chars().count() >= 4)
}

/// "Tsai Ing-wen", "Han Kuo-yu", "Kim Jong-un": an East Asian given name romanised as two
/// syllables joined by a hyphen, the second in lower case, right after the family name.
/// Compounds that modify a name also end in a lower-case word ("Hamas-run", "US-led",
/// "Soviet-era"), but never follow a capitalised word of a name, and their tails are English.
pub(super) fn syllable_given_name(p: &Para<'_>, i: usize) -> bool {
    const ENGLISH_TAILS: &[&str] = &[
        "run", "led", "era", "born", "made", "held", "based", "like", "wide", "free", "bound",
        "owned", "style", "ish", "type", "year", "old", "day", "up", "in", "on", "off", "out",
        "fed", "set", "war", "age",
    ];
    let w = p.toks[i].text(p.text);
    let Some((head, tail)) = w.split_once(is_hyphen) else {
        return false;
    };
    let syllable = |s: &str, first_upper: bool| {
        let n = s.chars().count();
        (2..=5).contains(&n)
            && s.chars().all(|c| c.is_ascii_alphabetic())
            && s.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() == first_upper)
            && s.chars().skip(1).all(|c| c.is_ascii_lowercase())
            && s.chars().any(|c| "aeiouy".contains(c.to_ascii_lowercase()))
    };
    let after_family_name = i > 0 && {
        let prev = p.toks[i - 1].text(p.text);
        p.toks[i - 1].is_word() && syllable(prev, true) && !LEX.is_title(prev)
    };
    // "Gil-ad Shaer": a given name the data knows, its last syllable written off by a hyphen,
    // before a capitalised surname.
    let before_surname = LEX.given_names.contains_key(head.to_lowercase().as_str())
        && p.word_at(i + 1)
            .is_some_and(crate::extract::text::is_capitalised);
    (after_family_name || before_surname)
        && syllable(head, true)
        && syllable(tail, false)
        && !ENGLISH_TAILS.contains(&tail)
        && !LEX.is_known_place(head)
        && !LEX.is_demonym(head)
}

/// The token after `i` is a capitalised word, so a name may start there.
fn name_follows(p: &Para<'_>, i: usize) -> bool {
    p.toks
        .get(i + 1)
        .is_some_and(|t| t.is_word() && super::super::text::is_capitalised(t.text(p.text)))
}

/// "Skipper Dev Malhotra praised …", "Civilians Omar Haddad and Yusuf Karam were held …":
/// a noun for people by their role, trade or group (`data/role_nouns.txt`, or its plural in
/// "s"), capitalised only because it opens the sentence, before a capitalised word. It
/// describes the name after it and is no part of it, as news shows when the same noun stands
/// inside a sentence ("said skipper Dev Malhotra"). `lower` is the word in lower case.
/// A noun that is also a given name ("Junior") opens only a name whose first word is a given
/// name too ("Junior Kyla Ellis", not "Junior Seau").
pub(super) fn role_noun_opening(p: &Para<'_>, i: usize, lower: &str) -> bool {
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    let given_next = || {
        let next = p.word_at(i + 1).map(str::to_lowercase);
        next.is_some_and(|n| LEX.is_given(&n))
    };
    (LEX.role_nouns.contains(lower) || LEX.role_nouns.contains(singular))
        && name_follows(p, i)
        && (!LEX.is_given(lower) || given_next())
}

/// "Father Augustine Okafor": a priest styled "Father" before his full name. "Father" is no
/// part of the name where a given name the data knows and one more capitalised word follow;
/// before one word ("Father Christmas") or a possessive ("Father's Day") it is left alone.
pub(super) fn clergy_father(p: &Para<'_>, i: usize, w: &str) -> bool {
    w == "Father"
        && p.word_at(i + 1)
            .is_some_and(|n| LEX.is_given(&n.to_lowercase()))
        && p.word_at(i + 2)
            .is_some_and(crate::extract::text::is_capitalised)
}

/// "House Minority leader A", "Majority Whip B": the side of a chamber before the word for
/// its leader or whip belongs to that title and is no name.
pub(super) fn chamber_side(p: &Para<'_>, i: usize, w: &str) -> bool {
    let whip = |k: usize| p.word_at(k).is_some_and(|n| n.eq_ignore_ascii_case("whip"));
    match w {
        "Majority" | "Minority" => whip(i + 1) || p.word_at(i + 1).is_some_and(|n| LEX.is_title(n)),
        "Whip" => {
            i > 0
                && p.word_at(i - 1)
                    .is_some_and(|n| matches!(n, "Majority" | "Minority"))
        }
        _ => false,
    }
}

/// "Welcome back, Daddy Avi", "Grandma Ruth's kitchen": a family word of address
/// (`data/address_words.txt`) before a capitalised word stands as a title does, and the name
/// is what follows it.
pub(super) fn address_word(p: &Para<'_>, i: usize, w: &str) -> bool {
    LEX.address_words.contains(w.to_lowercase().as_str()) && name_follows(p, i)
}

/// "Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin", "Dato' Sri Ahmad": token `i` is
/// one word of an honorific of several words (`data/honorific_chains.txt`) written whole,
/// before a capitalised word. Every word of it is a title, so the name is what follows;
/// "Seri" or "Tan" outside such a chain is left to be a name.
pub(super) fn honorific_chain(p: &Para<'_>, i: usize) -> bool {
    // The lower-case word at token `k`, its apostrophe or an initial's point dropped ("Dato'",
    // "H. E."), and the token after
    // it, past an apostrophe or an abbreviation's full stop written as a token of its own
    // ("Most Rev. A B").
    let word_at = |k: usize| -> Option<(String, usize)> {
        let t = p.toks.get(k).filter(|t| t.is_word())?;
        let w = t
            .text(p.text)
            .trim_end_matches(['\'', '’', '.'])
            .to_lowercase();
        let next = if p
            .toks
            .get(k + 1)
            .is_some_and(|t| t.is_punct('\'') || t.is_punct('’') || t.is_punct('.'))
        {
            k + 2
        } else {
            k + 1
        };
        Some((w, next))
    };
    let Some((here, _)) = word_at(i) else {
        return false;
    };
    LEX.honorific_chains.iter().any(|chain| {
        chain.iter().enumerate().any(|(pos, w)| {
            if *w != here || i < pos {
                return false;
            }
            // The chain may start up to `pos` words (and their apostrophes) before `i`.
            (i.saturating_sub(2 * pos)..=i - pos).any(|start| {
                let mut k = start;
                for (n, cw) in chain.iter().enumerate() {
                    match word_at(k) {
                        Some((w, next)) if w == *cw => {
                            if n == pos && k != i {
                                return false;
                            }
                            k = next;
                        }
                        _ => return false,
                    }
                }
                name_follows(p, k - 1)
            })
        })
    })
}

/// A verb opening a sentence before a name, which is no given name: a gerund whose object
/// the name is ("Releasing Edan Alexander would …"), or a reporting verb in the past that
/// puts the speaker after it ("Added Mengistu's relatives: '…'", "Asked about Witkoff, …"),
/// unless the word is a given name too ("Said").
pub(super) fn verb_opening(p: &Para<'_>, i: usize, w: &str) -> bool {
    if !p.starts[i] {
        return false;
    }
    let l = w.to_lowercase();
    if LEX.given_names.contains_key(l.as_str()) {
        return false;
    }
    let gerund = w.ends_with("ing")
        && w.chars().count() > 5
        && p.toks
            .get(i + 1)
            .is_some_and(|t| t.is_word() && crate::extract::text::is_capitalised(t.text(p.text)));
    gerund || w.ends_with("ed") && LEX.reporting_verbs.contains(l.as_str())
}

/// "Michael McCaul, R-Texas, said", "(D-Calif.)", "I-Vt.": a party's initial and a state,
/// set beside a legislator's name, which is no name itself.
pub(super) fn party_and_state(w: &str) -> bool {
    let mut c = w.chars();
    matches!(c.next(), Some('R' | 'D' | 'I'))
        && c.next().is_some_and(is_hyphen)
        && c.next().is_some_and(char::is_uppercase)
}

/// "Fernández de la Vega", "Ortega y Gasset": an article after "de" ("de la", "de los") and
/// Spanish "y" between two capitalised words join a compound surname. Neither stands as a
/// particle alone: "la" and "y" are common words in quoted Spanish and French.
pub(super) fn compound_particle(p: &Para<'_>, i: usize) -> bool {
    let w = p.toks[i].text(p.text);
    let cap = |k: usize| p.word_at(k).is_some_and(is_capitalised);
    let next_cap = cap(i + 1);
    match w {
        "la" | "las" | "los" => next_cap && i > 0 && p.word_at(i - 1) == Some("de"),
        "y" => next_cap && i > 0 && cap(i - 1),
        _ => false,
    }
}

/// "Foreign Minister Amir Khan Muttaqi", "Industry Minister Sultan Ahmed Al Jaber",
/// "parliamentary speaker Amir Ohana": a title that is also a common given name where such
/// titles are used, after another title (in either case) and before one or two capitalised
/// words that are no titles, opens the name rather than adding to the title: an office is
/// not stacked on a ruler's title.
/// Only these three: ranks that are given names too ("General", "Major", "Marshal") follow
/// other titles as part of them ("Attorney General", "Field Marshal"), and "Prince" or
/// "Sheikh" after an office is still a title ("Foreign Minister Prince Faisal"). Anything but
/// a title before it keeps it a title ("Emir Tamim", "the Amir of Qatar").
/// A lower-case office or occupation noun (`data/offices.txt`: "veteran", "reporter") before
/// it counts as a title does: "Marine veteran Amir Hekmati" is the man's given name, as no
/// ruler is introduced by his trade.
pub(super) fn given_after_title(p: &Para<'_>, i: usize) -> bool {
    let name = |k: usize| {
        p.word_at(k)
            .is_some_and(|n| is_capitalised(n) && !is_all_caps(n) && !LEX.is_title(n))
    };
    matches!(p.toks[i].text(p.text), "Amir" | "Emir" | "Sultan")
        && i > 0
        && p.word_at(i - 1).is_some_and(|t| {
            LEX.is_title(t) || !is_capitalised(t) && LEX.offices.contains(t.trim_end_matches('.'))
        })
        && name(i + 1)
        && (name(i + 2) || !p.word_at(i + 2).is_some_and(is_capitalised))
}

/// "Amir Hekmati was freed", "Amir Abbas Ghasemi/AFP": "Amir" is far more often a given name
/// (Persian, Arabic, Hebrew) than a ruler's title, which English news spells "Emir" or marks
/// as a title: after "the" or a possessive ("the Amir", "Qatar's Amir"), after a country or
/// its people ("Kuwaiti Amir"), before another title or "of" ("Amir Sheikh Tamim", "Amir of
/// Qatar"), or before a ruler's lineage ("Amir Tamim bin Hamad"). With none of those, and
/// one to three capitalised words after it, it opens the name. ("Emir" and "Sultan" stay
/// titles: as given names they are rarer in the news than the rulers.)
pub(super) fn amir_given(p: &Para<'_>, i: usize) -> bool {
    if p.toks[i].text(p.text) != "Amir" {
        return false;
    }
    let name = |k: usize| {
        p.word_at(k)
            .is_some_and(|n| is_capitalised(n) && !is_all_caps(n) && !LEX.is_title(n))
    };
    let marked_before = i > 0
        && (p.toks[i - 1].kind == super::super::text::Tok::Possessive
            || p.word_at(i - 1).is_some_and(|w| {
                matches!(w, "the" | "The") || LEX.is_demonym(w) || LEX.is_known_place(w)
            }));
    let lineage = (i + 1..i + 5).any(|k| {
        p.word_at(k)
            .is_some_and(|w| matches!(w, "bin" | "ibn" | "bint" | "Bin" | "Ibn"))
    });
    name(i + 1) && !marked_before && !lineage
}

/// "with Sen. Sinema I thought …": a capital "I" after a name, where a full stop went
/// missing, is the pronoun. A ruler's numeral follows a given name ("Abdullah I") and an
/// initial takes its point ("Jane I. Roe").
pub(super) fn pronoun_i(p: &Para<'_>, i: usize) -> bool {
    p.toks[i].text(p.text) == "I"
        && !p.toks.get(i + 1).is_some_and(|t| t.is_punct('.'))
        && !(i > 0
            && p.word_at(i - 1)
                .is_some_and(|g| LEX.given_names.contains_key(g.to_lowercase().as_str())))
}

/// "Supervisor of Elections Chris Chambless said": an office noun (`data/offices.txt`) opening
/// its sentence, then "of" or "for" and a capitalised portfolio word, heads a title though the
/// article also writes it in lower case ("the supervisor of elections office"); left out, its
/// portfolio would open the name ("Elections Chris Chambless").
pub(super) fn office_before_portfolio(p: &Para<'_>, i: usize, lower: &str) -> bool {
    LEX.offices.contains(lower)
        && matches!(p.word_at(i + 1), Some("of" | "for"))
        && p.word_at(i + 2)
            .is_some_and(|w| is_capitalised(w) && LEX.portfolio.contains(w.to_lowercase().as_str()))
}

/// "Christian Cardon, a spokesman": a demonym that is also a common given name, before one
/// capitalised word that names no group ("Christian Democrats") and no place, and no third
/// ("French Foreign Minister"), is a first name. Not after an article ("the British National
/// targeted …", "a French Citizen"): a person's first name takes none, a nationality does.
pub(super) fn given_name_first(p: &Para<'_>, i: usize) -> bool {
    let w = p.toks[i].text(p.text);
    if i > 0
        && matches!(
            p.word_at(i - 1),
            Some("the" | "The" | "a" | "A" | "an" | "An")
        )
    {
        return false;
    }
    let cap = |k: usize| {
        p.toks
            .get(k)
            .filter(|t| t.is_word() && is_capitalised(t.text(p.text)))
            .map(|t| t.text(p.text))
    };
    let next = cap(i + 1);
    // "Christian Klindt Soelbeck/Ritzau Scanpix": a photographer's credit of three words
    // before an agency's slash.
    let credit = cap(i + 3).is_none() && p.toks.get(i + 3).is_some_and(|t| t.is_punct('/'));
    LEX.given_names.contains_key(w.to_lowercase().as_str())
        && (cap(i + 2).is_none() || credit)
        && next.is_some_and(|n| {
            !n.ends_with('s')
                && !LEX.is_demonym(n)
                && !LEX.is_title(n)
                && !LEX.gazetteer_folded.contains_key(&n.to_lowercase())
        })
}

/// "Jr." or "Sr." right after token `i`: a generational suffix that closes a person's name.
pub(super) fn suffix_follows(p: &Para<'_>, i: usize) -> bool {
    p.toks
        .get(i + 1)
        .is_some_and(|t| t.is_word() && matches!(t.text(p.text).trim_end_matches('.'), "Jr" | "Sr"))
}

/// "John B. King", "Sara King said": a title word right after a known given name or an
/// initial, with no capitalised word after it, ends that name as its surname.
pub(in crate::extract) fn surname_after_given(
    p: &Para<'_>,
    i: usize,
    lower: &HashSet<String>,
) -> bool {
    let mut j = i;
    if j > 0 && p.toks[j - 1].is_punct('.') {
        j -= 1;
    }
    let Some(prev) = j.checked_sub(1).map(|k| p.toks[k]).filter(|t| t.is_word()) else {
        return false;
    };
    let w = prev.text(p.text);
    let letter = w.trim_end_matches('.');
    let initial = letter.len() == 1 && letter.chars().all(|c| c.is_ascii_uppercase());
    // "Special Envoy": a given name that is also a common word before a title is that word.
    let l = w.to_lowercase();
    let given = LEX.given_names.contains_key(l.as_str())
        && is_capitalised(w)
        && !LEX.premodifiers.contains(l.as_str())
        && !LEX.is_title(w)
        && !lower.contains(&l);
    let name_follows = p
        .toks
        .get(i + 1)
        .is_some_and(|t| t.is_word() && is_capitalised(t.text(p.text)));
    // Across a full stop only an initial counts: "… with Tal. Israeli troops" ends a
    // sentence on a given name, "Philip J. French" does not.
    (initial || given && j == i) && !name_follows
}

/// "Top economic officials met …", "Senior aides said …": a word that qualifies a title
/// (`data/premodifiers.txt`) opening a sentence before a lower-case word is that qualifier,
/// capitalised only by its place, and names no one. `lower` is the word in lower case; a
/// title among them ("Deputy", "General") is left to the title rules.
pub(super) fn premodifier_opening(p: &Para<'_>, i: usize, lower: &str) -> bool {
    LEX.premodifiers.contains(lower)
        && !LEX.is_title(p.toks[i].text(p.text))
        && p.word_at(i + 1)
            .is_some_and(|n| n.chars().next().is_some_and(char::is_lowercase))
}
