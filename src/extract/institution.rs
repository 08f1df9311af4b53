//! A capitalised run that wire copy names by a lower-case noun beside it: "state news agency
//! Xinhua" (a word for a news outlet before it), "the Chongqing Xinqiao hospital" (an
//! institution after it, `data/institutions.txt`), a hotel or venue by the word after it, an
//! employer after "educator at". Each is an organisation, not a person:
//! without this a two-word run with no cue reads as someone's name.

use super::Para;
use super::lexicon::LEX;
use super::split::descriptor;

/// Lower-case words for a news outlet that a name in apposition follows.
const OUTLETS: &[&str] = &[
    "agency",
    "newspaper",
    "outlet",
    "daily",
    "magazine",
    "tabloid",
    "website",
    // "Saudi network Al-Hadath", "the channel Al Mayadeen" ("broadcaster" is also a
    // person's trade: "veteran broadcaster A").
    "network",
    "channel",
    // "the Instagram account Bring Omer Home", "the charity Save the Children": the name of
    // an account, a campaign or a charity is a body's, whatever words it is made of.
    "account",
    "campaign",
    "charity",
    "hashtag",
    // "the humanitarian organisation Nos Petits Freres", "the criminal organization Tren de
    // Aragua", "the gang X": a word for a body or a band, then its name.
    "organisation",
    "organization",
    "gang",
    "cartel",
    // "the human rights group Viasna said", "the exiled rights center V": a body's word
    // before one name that then speaks.
    "group",
    "center",
    "centre",
    "movement",
    // "the crypto giant Binance", "tech giant Meta": a business by the word for a big one,
    // then its name ("company" is not: "the Norwegian company A, which runs …" is read as a
    // body that may speak, elsewhere).
    "giant",
];

/// "local news site Efecto Cocuyo", "the news portal Ynet": "site" or "portal" after
/// "news" is a word for an outlet, before its name (with `comma`, set off by one). Not
/// "site" alone, which is a place's word ("the holy site Temple Mount").
fn news_site(p: &Para<'_>, r0: usize, comma: bool) -> bool {
    let k = r0 - usize::from(comma);
    k >= 2
        && matches!(
            p.word_at(k - 1),
            Some("site" | "portal" | "sites" | "portals")
        )
        && p.word_at(k - 2) == Some("news")
}

/// The organisation that the run of tokens `r0..r1` (text `name`) names by the lower-case
/// word before or after it: its token range and name. `plain`: the run is only plain name
/// words; `has_atom`: it holds a known name.
pub(super) fn by_common_noun(
    p: &Para<'_>,
    r0: usize,
    r1: usize,
    name: &str,
    plain: bool,
    has_atom: bool,
) -> Option<(usize, usize, String)> {
    let word = |i: usize| p.word_at(i);
    // "the official Chinese news agency, Xinhua,": the apposition may be set off by a comma.
    let comma = r0 >= 2 && p.toks[r0 - 1].is_punct(',');
    let before = r0
        .checked_sub(if comma { 2 } else { 1 })
        .and_then(word)
        .unwrap_or("");
    // "the charity Ruth Cohen founded": a name that a verb of founding or leading follows is
    // the one who founded or leads it, not the body's name.
    let founder = word(r1).is_some_and(|w| {
        matches!(
            w,
            "founded"
                | "started"
                | "created"
                | "set"
                | "leads"
                | "led"
                | "runs"
                | "ran"
                | "heads"
                | "headed"
                | "chairs"
                | "built"
                | "joined"
                | "co-founded"
                | "cofounded"
        )
    });
    let outlet_before = OUTLETS.contains(&before) || news_site(p, r0, comma);
    if plain && outlet_before && !founder && (!comma || body_unnamed(p, r0 - 2, r1)) {
        return Some((r0, r1, name.to_string()));
    }
    // "Xinhua news agency reported", "the Al Quds newspaper": a run that a word for a news
    // outlet follows names the outlet ("news" alone is no outlet: "a Trump news conference").
    let outlet_after = matches!(
        word(r1),
        Some("agency" | "newspaper" | "broadcaster" | "tabloid")
    ) || word(r1) == Some("news")
        && matches!(
            word(r1 + 1),
            Some("agency" | "channel" | "network" | "outlet" | "website" | "service")
        );
    if plain && outlet_after && !founder {
        return Some((r0, r1, name.to_string()));
    }
    // "an educator at Beth Shalom Dallas": after a lower-case occupation and "at" comes the
    // employer, a body, whatever its words (a place's name often ends it).
    if plain && before == "at" && !comma && r0 >= 2 && word(r0 - 2).is_some_and(occupation) {
        return Some((r0, r1, name.to_string()));
    }
    let after = word(r1).unwrap_or("");
    // "the Grandview Plaza hotel", "a Lakeside Commons venue": a run that a lower-case word
    // for a hotel or a venue follows names the business, and the word is no part of it.
    if plain && matches!(after, "hotel" | "hotels" | "motel" | "venue" | "restaurant") {
        return Some((r0, r1, name.to_string()));
    }
    // "his Maple Frames business", "the Corner Loaf bakery": a run of two words or more that a
    // lower-case word for a shop or a trade follows names the business. One word is left
    // alone: "a Trump business" names the man it belongs to. So do the parts of a store's or
    // a hotel's premises that rallies use ("a Hilltop Mart parking lot", "a Grand Vue
    // ballroom").
    let shop = matches!(
        after,
        "business"
            | "businesses"
            | "shop"
            | "store"
            | "stores"
            | "bakery"
            | "cafe"
            | "café"
            | "parking"
            | "ballroom"
    );
    if plain && shop && r1 - r0 >= 2 {
        return Some((r0, r1, name.to_string()));
    }
    // "at the Short Pump Hilton headquarters": after "the", a run of two words or more that a
    // lower-case word for a company's premises follows names the company or its building.
    let the = r0 > 0 && matches!(word(r0 - 1), Some("the" | "The"));
    let premises = matches!(
        after,
        "headquarters" | "building" | "offices" | "campus" | "plant"
    );
    if plain && the && premises && r1 - r0 >= 2 {
        return Some((r0, r1, name.to_string()));
    }
    // "the IG Metall union", "the Volkswagen union": the run names the union, or the
    // company whose workers it organises; either way a body, and the word is no part of it.
    if plain && matches!(after, "union" | "unions") {
        return Some((r0, r1, name.to_string()));
    }
    (!has_atom && LEX.institutions.contains(after)).then(|| (r0, r1 + 1, format!("{name} {after}")))
}

/// "the official Chinese news agency, Xinhua,": a name set off by a comma after a body's noun
/// (at token `noun`) is that body's only while the body has no name of its own and heads its
/// own phrase. "the leader of the Mawozo gang, A B," already names the gang and "the leader
/// of the gang, A B," puts the name beside the leader ("of" or "for" before the phrase);
/// "members of the gang, A B said" opens a new clause with a speaker. Either way the name
/// after the comma is no body's.
fn body_unnamed(p: &Para<'_>, noun: usize, r1: usize) -> bool {
    let speaks = p
        .word_at(r1)
        .is_some_and(|w| LEX.reporting_verbs.contains(w.to_lowercase().as_str()));
    if speaks {
        return false;
    }
    // Back over the noun's phrase: its modifiers, to its determiner or the sentence's start.
    for k in (noun.saturating_sub(6)..noun).rev() {
        let t = &p.toks[k];
        if !t.is_word() {
            return true;
        }
        let w = t.text(p.text);
        // "the 400 Mawozo gang": a number in the phrase is part of a body's name.
        if w.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        if matches!(w, "of" | "for") {
            return false;
        }
        if matches!(w, "the" | "a" | "an" | "The" | "A" | "An") {
            let before = k.checked_sub(1).and_then(|j| p.word_at(j));
            return !matches!(before, Some("of" | "for"));
        }
        if !p.starts[k] && w.chars().next().is_some_and(char::is_uppercase) && !LEX.is_demonym(w) {
            return false;
        }
    }
    true
}

/// A lower-case noun for what someone does for a living ("educator", "director", "rabbi"):
/// the job-noun class of `split::descriptor`, by vocabulary or by an agent's ending.
fn occupation(w: &str) -> bool {
    let lower = w.chars().next().is_some_and(char::is_lowercase);
    lower && (descriptor::occupation(w) || descriptor::agent_noun(w))
}

/// The words of an apposition name a body outside government: a lower-case institution
/// ("director at Rabin Medical Centre", "a school principal") or civil body ("director of a
/// think tank", `data/civil_bodies.txt`). An office there is that body's, no public office.
pub(super) fn outside_government(text: &str) -> bool {
    let lower: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    names_civil_body(text)
        || lower.iter().enumerate().any(|(k, w)| {
            w == "medical" && !armed_branch(lower.get(k + 1))
                || LEX.institutions.contains(w.as_str())
        })
}

/// The words of `text`, as written, name a body outside government (`data/civil_bodies.txt`,
/// matched whole-word and in its case): a union, an association, a campaign, a charity.
pub(super) fn names_civil_body(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    // "the Democratic Legislative Campaign Committee", "the Democratic Congressional Campaign
    // Committee": a capitalised Campaign Committee is a party's standing body, which a
    // party's officers head, not one candidate's campaign.
    let party_committee =
        |k: usize| words[k] == "Campaign" && words.get(k + 1).is_some_and(|w| *w == "Committee");
    LEX.civil_bodies.iter().any(|b| {
        words
            .windows(b.len())
            .enumerate()
            .any(|(k, w)| w.iter().zip(b).all(|(x, y)| x == y) && !party_committee(k))
    })
}

/// "New Jersey Education Association President A", "Red Cross chair B": a title run that ends
/// in the head of a body (`data/institution_heads.txt`) right after the name of a body outside
/// government ([`names_civil_body`]) heads that body, no public office. A run that goes on to
/// an office of its own ("… Association chair Gov. C") is left alone.
pub(super) fn heads_civil_body(left: &str) -> bool {
    let words: Vec<&str> = left.split_whitespace().collect();
    let Some((head, body)) = words.split_last() else {
        return false;
    };
    let head = head.to_lowercase();
    (LEX.institution_heads.contains(head.as_str()) || head == "head")
        && !body.is_empty()
        && names_civil_body(&body.join(" "))
}

/// Lower-case words for a cause, a faith or a community that a leader of no office leads.
/// Capitalised, "Conservative" and "Liberal" name parties, whose leaders hold a party office.
const CAUSES: &[&str] = &[
    "conservative",
    "liberal",
    "progressive",
    "evangelical",
    "religious",
    "faith",
    "interfaith",
    "community",
    "rights",
    "student",
    "youth",
    "business",
    "grassroots",
    "activist",
    "movement",
    "spiritual",
];

/// "slain conservative leader A", "B, a community leader,": "leader" right after a
/// lower-case word for a cause, a faith or a community ([`CAUSES`]) leads a movement or a
/// congregation, no office of a government or a party. `text` keeps its case.
pub(super) fn leads_movement(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .any(|w| CAUSES.contains(&w[0]) && matches!(w[1], "leader" | "leaders"))
}

/// "deputy commander of the IDF Medical Corps", "the Army Medical Command": "medical" before
/// a word for a branch or a unit of an armed force names that force's medical service, whose
/// commanders hold ranks of the army, not posts at a hospital.
fn armed_branch(next: Option<&String>) -> bool {
    next.is_some_and(|w| {
        matches!(
            w.as_str(),
            "corps" | "command" | "brigade" | "battalion" | "regiment" | "division"
        )
    })
}

/// Nouns for a protest and those who make it.
const PROTEST: &[&str] = &[
    "protest",
    "protests",
    "protesters",
    "protestors",
    "demonstrations",
    "demonstrators",
    "rallies",
];

/// "who became one of the leaders of the hostage protests": the words `after` an office noun
/// (normalised, lower case) that name a protest it leads, in the few words after "of". Who
/// leads a protest is an activist, no office-holder.
pub(super) fn leads_protest(after: &str) -> bool {
    after.trim_start().strip_prefix("of ").is_some_and(|rest| {
        rest.split_whitespace()
            .take(4)
            .any(|w| PROTEST.contains(&w))
    })
}
