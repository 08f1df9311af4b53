//! Persons on real reporting, stop 44 (ex44c), fitted on sets no rule had seen: every country news
//! names alone is a place; a people named in the plural is no person; a news agency's company name,
//! a publishing firm and an office of operations are no persons; a double-barrelled surname
//! shortened to one half is the same person; a caption's credit glued by a full stop is the
//! photographer alone; a party tag shares no surname; a byline's job, a web address and a
//! capitalised adverb are no persons; a place word that is a surname names a place after "in"; a
//! titled full name does not open a body's name across "and"; heads of government of other regions
//! go by the surname alone; what a statement is given to is an outlet; a byline in capitals before
//! its outlet (or with a middle initial) and a byline with its date glued on are the writer, and a
//! credit in capitals with a middle initial the photographer; a headline's verb after a title, on a
//! heading or a line that ends like no sentence, is no name; a name after "at the" with no given
//! name is a venue; a royal word alone before one name is part of it; a movement or a region named
//! with a people's adjective is no person. The cases are made-up prose in `other_fortytwo.txt`;
//! this runs them with the checks of `held_out_six` and names each that fails.

use super::held_out_six::failures;

#[test]
fn each_case_of_stop_forty_four_persons_holds() {
    let failures = failures(include_str!("other_fortytwo.txt"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What a sign, a banner or a shirt reads is a slogan on show: no quotation, so no speaker
/// can be wrong about it. The speech that follows stays a quotation.
#[test]
fn the_words_a_sign_reads_are_no_quotation() {
    let x = super::run(&[
        "At the rally, Mayor Lena Ford stood behind a banner reading \"Ford, Built for Duluth.\" \
         She told the crowd, \"We finish what we start.\"",
        "Supporters held signs that read \"Keep Ford Working\" as she left.",
    ]);
    let texts: Vec<&str> = super::quotes(&x).iter().map(|q| q.0).collect();
    assert_eq!(texts, ["We finish what we start."], "{texts:?}");
}
