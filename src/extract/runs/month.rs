//! Months that are also family names: when "May" is Theresa May and not the month; and a
//! holiday's first word that opens one ("Hadas Yom Tov").

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::{is_all_caps, is_capitalised, lower};

/// Months that are also family names ("Theresa May", "Brian May", "Lisa June", "Almog Meir
/// Jan"); "Jan" is a given name too ("Jan Egeland").
pub(in crate::extract) const MONTH_NAMES: &[&str] = &["April", "May", "June", "August", "Jan"];

/// The months spelt in full, any of which a given name may be ("January", "April", "June").
const FULL_MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "Prime Minister Theresa May said", "May told MPs": a month that is also a family name is
/// that name right after a given name, or alone before a reporting verb (a month reports
/// nothing).
pub(super) fn month_as_name(p: &Para<'_>, i: usize) -> bool {
    let w = p.toks[i].text(p.text);
    // "REUTERS/Ramadan Abed", "AFP/June Roe": right after an agency's slash and before a
    // capitalised word, a calendar word opens the photographer's name; a credit holds no date.
    let credit = i >= 2
        && p.toks[i - 1].is_punct('/')
        && p.word_at(i - 2).is_some_and(is_all_caps)
        && p.word_at(i + 1).is_some_and(is_capitalised);
    if credit {
        return true;
    }
    // "Foreign Minister January Roe wrote", "coach April Doe": any month right after a title
    // and before a capitalised word that is no number opens the name; a date there would
    // take a preposition ("the minister on January 5").
    let after_title = i > 0 && p.word_at(i - 1).is_some_and(|t| LEX.is_title(t));
    let name_after = p
        .word_at(i + 1)
        .is_some_and(|n| is_capitalised(n) && !is_all_caps(n) && !LEX.is_calendar(n));
    if after_title && name_after && FULL_MONTHS.contains(&w) {
        return true;
    }
    let given_before = i > 0
        && p.word_at(i - 1)
            .is_some_and(|g| is_capitalised(g) && LEX.given_names.contains_key(lower(g).as_ref()));
    // "Hadas Yom Tov": a holiday's first word ("Yom Kippur") after a given name and before a
    // capitalised word that is no calendar word opens a family name.
    if matches!(w, "Yom" | "Rosh") && given_before && name_after {
        return true;
    }
    // "Tisha Roe said" but "fasted on Tisha B'Av": a holiday's first word that is also a
    // common given name is that name unless a calendar word follows it.
    if w == "Tisha" {
        return !p.word_at(i + 1).is_some_and(|n| LEX.is_calendar(n));
    }
    if !MONTH_NAMES.contains(&w) {
        return false;
    }
    let reports_after = p.word_at(i + 1).is_some_and(|v| {
        v != "reported" && LEX.reporting_verbs.contains(v) && !v.starts_with(char::is_uppercase)
    });
    let no_time_before = i == 0
        || !p.word_at(i - 1).is_some_and(|b| {
            matches!(
                lower(b).as_ref(),
                "in" | "of" | "since" | "until" | "by" | "last" | "next" | "early" | "late" | "mid"
            )
        });
    // "Harry Cooper June 23, 2017": a day's number right after it (an age is set off by a
    // comma) makes the month a date, whatever name stands before it.
    let day_after = p
        .toks
        .get(i + 1)
        .is_some_and(|t| t.is_word() && t.text(p.text).starts_with(|c: char| c.is_ascii_digit()));
    // "Jan Egeland said": the month's short form, without its period, before a capitalised
    // word that is no number and after no word of time, is the given name.
    let given_itself = w == "Jan"
        && no_time_before
        && p.toks.get(i + 1).is_some_and(|t| t.is_word())
        && p.word_at(i + 1).is_some_and(is_capitalised);
    !day_after && (given_before || given_itself || (reports_after && no_time_before))
}
