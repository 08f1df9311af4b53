//! Runs that name no one by their form or the word before them: an indefinite run ("a Holy
//! Land", not "a Trump rally"), a web address ("NJ.com reported"), a capitalised adverb
//! ("'Generally satisfied'"), the outlet a statement went to ("a statement to Lake
//! Herald") and a venue where people are ("guests at the Royal Orchid").

use super::super::Para;
use super::super::lexicon::LEX;
use super::Candidate;

/// A name is never indefinite: a run after "a" or "an" that no noun follows ("the sun rises on
/// a Holy Land that is at peace") names a thing, not a person. "A Trump rally" is left alone:
/// there the run modifies the noun after it. A heading's "A Landmark Exchange" is one too.
pub(super) fn indefinite(p: &Para<'_>, c: &Candidate) -> bool {
    let article = c.t0 > 0
        && p.toks[c.t0 - 1].is_word()
        && matches!(p.toks[c.t0 - 1].text(p.text), "a" | "an" | "A" | "An");
    let noun_follows = p.toks.get(c.t1).is_some_and(|t| {
        t.is_word()
            && !LEX
                .stopwords
                .contains(t.text(p.text).to_lowercase().as_str())
    });
    // "there's an Andrew Thomas, David Lujan and Jonathan Paton": a given name and a surname
    // heading a list of full names is a person held up as a type, still that person.
    let listed = c.name.contains(' ')
        && opens_with_given_name(c)
        && p.toks.get(c.t1).is_some_and(|t| t.is_punct(','))
        && p.word_at(c.t1 + 1)
            .is_some_and(|w| LEX.given_names.contains_key(w.to_lowercase().as_str()));
    article && !noun_follows && !listed
}

/// "NJ.com reported", "according to Axios.com": a name with a web domain's ending is the
/// site that publishes, never a person, however a verb after it reads.
pub(super) fn web_address(c: &Candidate) -> bool {
    let lower = c.name.to_lowercase();
    [".com", ".org", ".net", ".co.uk", ".io", ".news", ".gov"]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// "'Generally satisfied'", "Reportedly, ...": one capitalised word of eight letters or more
/// with an adverb's ending ("-erally", "-onally", "-ously", "-ively", "-edly") opens a heading
/// or a sentence. No given name or surname ends so: "Kelly" and "Sally" are short, and
/// "McNally" ends in "-nally" alone.
pub(super) fn adverb(c: &Candidate) -> bool {
    const ENDINGS: [&str; 11] = [
        "erally", "onally", "ically", "ually", "ously", "ively", "fully", "edly", "ently", "antly",
        "lessly",
    ];
    let w = c.name.to_lowercase();
    !w.contains(' ')
        && w.chars().count() >= 8
        && ENDINGS.iter().any(|e| w.ends_with(e))
        && !LEX.given_names.contains_key(w.as_str())
}

/// "said in a statement to Valley Scope": what a statement is given to is the outlet that
/// prints it; people are told things, or sent them, not given statements.
pub(super) fn statement_to(p: &Para<'_>, c: &Candidate) -> bool {
    c.t0 >= 2
        && p.word_at(c.t0 - 1) == Some("to")
        && matches!(p.word_at(c.t0 - 2), Some("statement" | "statements"))
}

/// "guests at the Royal Orchid", "aboard the Sea Breeze": a name after "the" where a place
/// stands, opening with no given name and under no title, is a hotel, a hall or a ship.
/// Prose puts no "the" before a person's name; "at the Joe Roe rally" opens with a given name.
pub(super) fn venue(p: &Para<'_>, c: &Candidate) -> bool {
    c.t0 >= 2
        && c.name.contains(' ')
        && c.title.is_none()
        && p.word_at(c.t0 - 1) == Some("the")
        && matches!(
            p.word_at(c.t0 - 2),
            Some("at" | "aboard" | "inside" | "outside" | "near")
        )
        && !opens_with_given_name(c)
}

/// Whether the run's first word is a known given name ("Joe" of "the Joe Roe rally").
pub(super) fn opens_with_given_name(c: &Candidate) -> bool {
    let first = c.name.split(' ').next().unwrap_or_default().to_lowercase();
    LEX.given_names.contains_key(first.as_str())
}

/// "the crew of merchant vessel M/V Galaxy Leader", "the cargo ship Ocean Star", "the tanker
/// MT Sea Lion": a name right after a noun of a vessel, or after the letters news puts before a
/// ship's name ("M/V", "M/T"), names the ship. A person after such a noun stands under a title
/// ("ship's captain A") or after a comma.
pub(super) fn vessel(p: &Para<'_>, c: &Candidate) -> bool {
    const VESSELS: &[&str] = &[
        "vessel",
        "ship",
        "tanker",
        "freighter",
        "carrier",
        "yacht",
        "ferry",
        "trawler",
        "boat",
        "liner",
        "frigate",
        "destroyer",
        "warship",
    ];
    let before = |k: usize| c.t0.checked_sub(k).and_then(|j| p.word_at(j));
    // "M/V" is read as "M", "/" and the name's first word "V".
    let lettered = c
        .name
        .split(' ')
        .next()
        .is_some_and(|w| matches!(w, "V" | "T"))
        && before(1).is_none()
        && before(2) == Some("M");
    // "the bulk carrier MV Abdullah": a name that opens with its own letters is read as a
    // body, and keeps its mention.
    let own_letters = c
        .name
        .split(' ')
        .next()
        .is_some_and(|w| w.len() >= 2 && !w.chars().any(char::is_lowercase));
    c.title.is_none()
        && !own_letters
        && (lettered || before(1).is_some_and(|w| VESSELS.contains(&w)))
}
