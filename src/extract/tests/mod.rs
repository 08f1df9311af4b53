//! Whole-article tests of the extract stage, one behaviour each, in small made-up prose.

mod coordinated_names;
mod election_eight;
mod election_eleven;
mod election_ten;
mod election_twelve;
mod generalise;
mod held_out;
mod held_out_eight;
mod held_out_eighteen;
mod held_out_eleven;
mod held_out_fifteen;
mod held_out_five;
mod held_out_nine;
mod held_out_nineteen;
mod held_out_seven;
mod held_out_seventeen;
mod held_out_six;
mod held_out_sixteen;
mod held_out_ten;
mod held_out_thirteen;
mod held_out_thirtyone;
mod held_out_thirtytwo;
mod held_out_twelve;
mod held_out_twenty;
mod held_out_twentyeight;
mod held_out_twentyfive;
mod held_out_twentyfour;
mod held_out_twentynine;
mod held_out_twentyone;
mod held_out_twentyseven;
mod held_out_twentysix;
mod held_out_twentythree;
mod held_out_twentytwo;
mod identity;
mod lexicon;
mod lists;
mod names;
mod news_prose;
mod other_eighteen;
mod other_eighty;
mod other_eightyeight;
mod other_eightyfive;
mod other_eightyfour;
mod other_eightynine;
mod other_eightyone;
mod other_eightyseven;
mod other_eightysix;
mod other_fifteen;
mod other_fiftyeight;
mod other_fiftyfive;
mod other_fiftyfour;
mod other_fiftyone;
mod other_fiftysix;
mod other_fiftythree;
mod other_fiftytwo;
mod other_fortyeight;
mod other_fortyfive;
mod other_fortyfour;
mod other_fortynine;
mod other_fortyone;
mod other_fortyseven;
mod other_fortysix;
mod other_fortythree;
mod other_fortytwo;
mod other_fourteen;
mod other_hundred;
mod other_hundredeight;
mod other_hundredeighteen;
mod other_hundredeighty;
mod other_hundredeightyeight;
mod other_hundredeightyfive;
mod other_hundredeightyfour;
mod other_hundredeightyone;
mod other_hundredeightyseven;
mod other_hundredeightysix;
mod other_hundredeightythree;
mod other_hundredeightytwo;
mod other_hundredeleven;
mod other_hundredfifteen;
mod other_hundredfifty;
mod other_hundredfiftyeight;
mod other_hundredfiftyfive;
mod other_hundredfiftyfour;
mod other_hundredfiftynine;
mod other_hundredfiftyone;
mod other_hundredfiftyseven;
mod other_hundredfiftysix;
mod other_hundredfiftythree;
mod other_hundredfiftytwo;
mod other_hundredfive;
mod other_hundredforty;
mod other_hundredfortyeight;
mod other_hundredfortyfive;
mod other_hundredfortyfour;
mod other_hundredfortynine;
mod other_hundredfortyone;
mod other_hundredfortyseven;
mod other_hundredfortysix;
mod other_hundredfortythree;
mod other_hundredfortytwo;
mod other_hundredfour;
mod other_hundredfourteen;
mod other_hundrednine;
mod other_hundrednineteen;
mod other_hundredninety;
mod other_hundredninetyeight;
mod other_hundredninetyfive;
mod other_hundredninetyfour;
mod other_hundredninetynine;
mod other_hundredninetyone;
mod other_hundredninetyseven;
mod other_hundredninetysix;
mod other_hundredninetythree;
mod other_hundredninetytwo;
mod other_hundredone;
mod other_hundredseven;
mod other_hundredseventeen;
mod other_hundredseventy;
mod other_hundredseventyeight;
mod other_hundredseventyfive;
mod other_hundredseventyfour;
mod other_hundredseventynine;
mod other_hundredseventyone;
mod other_hundredseventyseven;
mod other_hundredseventysix;
mod other_hundredseventythree;
mod other_hundredseventytwo;
mod other_hundredsix;
mod other_hundredsixteen;
mod other_hundredsixty;
mod other_hundredsixtyeight;
mod other_hundredsixtyfive;
mod other_hundredsixtyfour;
mod other_hundredsixtynine;
mod other_hundredsixtyone;
mod other_hundredsixtyseven;
mod other_hundredsixtysix;
mod other_hundredsixtythree;
mod other_hundredsixtytwo;
mod other_hundredten;
mod other_hundredthirteen;
mod other_hundredthirty;
mod other_hundredthirtyeight;
mod other_hundredthirtyfive;
mod other_hundredthirtyfour;
mod other_hundredthirtynine;
mod other_hundredthirtyone;
mod other_hundredthirtyseven;
mod other_hundredthirtysix;
mod other_hundredthirtythree;
mod other_hundredthirtytwo;
mod other_hundredthree;
mod other_hundredtwelve;
mod other_hundredtwenty;
mod other_hundredtwentyeight;
mod other_hundredtwentyfive;
mod other_hundredtwentyfour;
mod other_hundredtwentynine;
mod other_hundredtwentyone;
mod other_hundredtwentyseven;
mod other_hundredtwentysix;
mod other_hundredtwentythree;
mod other_hundredtwentytwo;
mod other_hundredtwo;
mod other_nineteen;
mod other_ninety;
mod other_ninetyeight;
mod other_ninetyfive;
mod other_ninetyfour;
mod other_ninetynine;
mod other_ninetyone;
mod other_ninetyseven;
mod other_ninetysix;
mod other_ninetythree;
mod other_ninetytwo;
mod other_seventeen;
mod other_seventy;
mod other_seventyeight;
mod other_seventyfive;
mod other_seventyfour;
mod other_seventynine;
mod other_seventyone;
mod other_seventyseven;
mod other_seventysix;
mod other_seventythree;
mod other_seventytwo;
mod other_sixteen;
mod other_sixty;
mod other_sixtyeight;
mod other_sixtyfive;
mod other_sixtyfour;
mod other_sixtynine;
mod other_sixtyseven;
mod other_sixtysix;
mod other_sixtythree;
mod other_sixtytwo;
mod other_stories;
mod other_thirteen;
mod other_thirty;
mod other_thirtyeight;
mod other_thirtyfive;
mod other_thirtyfour;
mod other_thirtynine;
mod other_thirtyone;
mod other_thirtyseven;
mod other_thirtysix;
mod other_thirtythree;
mod other_thirtytwo;
mod other_twenty;
mod other_twentyeight;
mod other_twentyfive;
mod other_twentyfour;
mod other_twentynine;
mod other_twentyone;
mod other_twentyseven;
mod other_twentysix;
mod other_twentythree;
mod other_twentytwo;
mod other_twohundred;
mod other_twohundredeight;
mod other_twohundredeighteen;
mod other_twohundredeleven;
mod other_twohundredfifteen;
mod other_twohundredfive;
mod other_twohundredforty;
mod other_twohundredfortyeight;
mod other_twohundredfortyfive;
mod other_twohundredfortyfour;
mod other_twohundredfortyone;
mod other_twohundredfortyseven;
mod other_twohundredfortysix;
mod other_twohundredfortythree;
mod other_twohundredfortytwo;
mod other_twohundredfour;
mod other_twohundredfourteen;
mod other_twohundrednine;
mod other_twohundrednineteen;
mod other_twohundredone;
mod other_twohundredseven;
mod other_twohundredseventeen;
mod other_twohundredsix;
mod other_twohundredsixteen;
mod other_twohundredten;
mod other_twohundredthirteen;
mod other_twohundredthirty;
mod other_twohundredthirtyeight;
mod other_twohundredthirtyfive;
mod other_twohundredthirtyfour;
mod other_twohundredthirtynine;
mod other_twohundredthirtyone;
mod other_twohundredthirtyseven;
mod other_twohundredthirtysix;
mod other_twohundredthirtythree;
mod other_twohundredthirtytwo;
mod other_twohundredthree;
mod other_twohundredtwelve;
mod other_twohundredtwenty;
mod other_twohundredtwentyeight;
mod other_twohundredtwentyfive;
mod other_twohundredtwentyfour;
mod other_twohundredtwentynine;
mod other_twohundredtwentyone;
mod other_twohundredtwentyseven;
mod other_twohundredtwentysix;
mod other_twohundredtwentythree;
mod other_twohundredtwentytwo;
mod other_twohundredtwo;
mod quotations;
mod quotes_ten;
mod real_prose;
mod registry;
mod robustness;
mod roles;
mod round_five;
mod round_six;
mod wrong_speakers;

use super::lexicon::LEX;
use super::*;

pub(super) fn run(paras: &[&str]) -> ArticleExtraction {
    let p: Vec<String> = paras.iter().map(|s| s.to_string()).collect();
    extract_article(&p, &[], &Registry::empty())
}

pub(super) fn person<'a>(x: &'a ArticleExtraction, name: &str) -> Option<&'a FoundEntity> {
    x.entities
        .iter()
        .find(|e| e.kind == EntityKind::Person && e.name == name)
}

pub(super) fn people(x: &ArticleExtraction) -> Vec<&str> {
    x.entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.name.as_str())
        .collect()
}

pub(super) fn kind_of(x: &ArticleExtraction, name: &str) -> Option<EntityKind> {
    x.entities.iter().find(|e| e.name == name).map(|e| e.kind)
}

pub(super) fn roles(x: &ArticleExtraction, name: &str) -> Vec<Role> {
    person(x, name).map(|e| e.roles.clone()).unwrap_or_default()
}

/// (text, speaker) of every quotation.
pub(super) fn quotes(x: &ArticleExtraction) -> Vec<(&str, Option<&str>)> {
    x.quotes
        .iter()
        .map(|q| (q.text.as_str(), q.speaker.as_deref()))
        .collect()
}

/// The speaker of the quotation that starts with `text`.
pub(super) fn speaker<'a>(x: &'a ArticleExtraction, text: &str) -> Option<&'a str> {
    x.quotes
        .iter()
        .find(|q| q.text.starts_with(text))
        .and_then(|q| q.speaker.as_deref())
}

/// The speaker given to the quotation that starts with `quote` in an article of `paras`;
/// fails, listing what was found, when no quotation starts so.
pub(super) fn speaker_of(paras: &[&str], quote: &str) -> Option<String> {
    let x = run(paras);
    let q = x.quotes.iter().find(|q| q.text.starts_with(quote));
    let q = q.unwrap_or_else(|| panic!("no quotation {quote:?} in {:?}", quotes(&x)));
    q.speaker.clone()
}

/// The roles of the person `name` in an article of `paras`; fails, listing the people found,
/// when the article names no such person.
pub(super) fn roles_of(paras: &[&str], name: &str) -> Vec<Role> {
    let x = run(paras);
    let p = person(&x, name);
    p.unwrap_or_else(|| panic!("no person {name:?} in {:?}", people(&x)))
        .roles
        .clone()
}
