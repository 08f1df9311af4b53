//! The word lists extraction reads, shipped as data files in `src/extract/data/` and parsed
//! once into sets and automata shared by every article.
//!
//! Keeping words out of code lets a reader see, and a maintainer extend, what the rules know
//! without touching the rules.
//!
//! This module loads every list (`LEX`) and answers the plain word-class questions; the
//! gazetteer of places and organisations is built in `gazetteer`, and the role cues, with
//! how they read in text, in `cues`.

use crate::extract::text::is_hyphen;
mod cues;
mod gazetteer;
mod given;

use super::gender::Gender;
use crate::entity::Role;
use aho_corasick::AhoCorasick;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

pub(crate) use cues::Cue;
use gazetteer::Known;
use given::GivenNames;

pub(crate) struct Lexicon {
    pub stopwords: HashSet<&'static str>,
    pub calendar: HashSet<&'static str>,
    /// Nouns for contestants: candidate, nominee, challenger (`data/candidacy.txt`).
    pub candidacy: HashSet<&'static str>,
    /// Numbers under twenty-one written as words (`data/number_words.txt`).
    pub number_words: HashSet<&'static str>,
    pub demonyms: HashSet<&'static str>,
    pub titles: HashSet<&'static str>,
    pub portfolio: HashSet<&'static str>,
    pub particles: HashSet<&'static str>,
    /// Particles of a name only before a hyphen: "as-Sisi", "ul-Islam"
    /// (`data/hyphen_particles.txt`).
    pub hyphen_particles: HashSet<&'static str>,
    pub org_cues: HashSet<&'static str>,
    /// First words of a body's name: "Jabhat", "Kataib" (`data/org_openers.txt`).
    pub org_openers: HashSet<&'static str>,
    /// Head nouns of an apposition that names a body (`data/org_heads.txt`).
    pub org_heads: HashSet<&'static str>,
    pub place_cues: HashSet<&'static str>,
    pub nonentity_cues: HashSet<&'static str>,
    /// First words of an operation's or a storm's name (`data/event_openers.txt`).
    pub event_openers: HashSet<&'static str>,
    /// Words that end a leader's time in office: "ousted", "the fall of"
    /// (`data/office_ends.txt`).
    pub office_ends: HashSet<&'static str>,
    /// The last words of a government body's name (`data/body_heads.txt`).
    pub body_heads: Vec<&'static str>,
    /// Words that make a board or a council a government's (`data/body_scopes.txt`).
    pub body_scopes: HashSet<&'static str>,
    /// Last words of a contest's or campaign event's name (`data/contests.txt`).
    pub contests: HashSet<&'static str>,
    pub platforms: HashSet<&'static str>,
    pub reporting_verbs: HashSet<&'static str>,
    /// Verbs that put a name or label on someone ("calling her …", "dubbed him …"):
    /// the one named is not the one speaking (`data/naming_verbs.txt`).
    pub naming_verbs: HashSet<&'static str>,
    /// Kinds of work a quoted title names: "the talk show 'Face the Nation.'"
    /// (`data/work_genres.txt`).
    pub work_genres: HashSet<&'static str>,
    /// Nouns of a stance a person stands for ("an advocate of", "a champion of"): words
    /// quoted after them are that person's (`data/stance_nouns.txt`).
    pub stance_nouns: HashSet<&'static str>,
    /// Verbs of telling: the name after them is the one spoken to (`data/addressing_verbs.txt`).
    pub addressing_verbs: HashSet<&'static str>,
    /// Verbs whose object is addressed or credited, not the speaker (`data/crediting_verbs.txt`).
    pub crediting_verbs: HashSet<&'static str>,
    pub anon_heads: HashSet<&'static str>,
    /// Ordinary people who speak unnamed, only without "the" (`data/lay_heads.txt`).
    pub lay_heads: HashSet<&'static str>,
    /// Institutions written in lower case after their name (`data/institutions.txt`).
    pub institutions: HashSet<&'static str>,
    /// The heads of such an institution, no public office after one (`data/institution_heads.txt`).
    pub institution_heads: HashSet<&'static str>,
    /// Bodies outside government, each as its lower-case words (`data/civil_bodies.txt`).
    pub civil_bodies: Vec<Vec<&'static str>>,
    /// Offices and institutions that speak as a body (`data/speaking_bodies.txt`).
    pub speaking_bodies: HashSet<&'static str>,
    /// Things written that speak in a sentence (`data/written_messages.txt`).
    pub written_messages: HashSet<&'static str>,
    /// Statements a person's name is put to (`data/signed_messages.txt`).
    pub signed_messages: HashSet<&'static str>,
    /// A party's members, as a politician is described (`data/party_members.txt`).
    pub party_members: HashSet<&'static str>,
    /// A party's name as a description writes it → the party (`data/parties.txt`).
    pub parties: HashMap<&'static str, &'static str>,
    pub kin: HashSet<&'static str>,
    /// Plural words for siblings that a captive noun may qualify ("hostage brothers A and
    /// B") (`data/sibling_plurals.txt`).
    pub sibling_plurals: HashSet<&'static str>,
    /// Armed groups that hold captives, and the words for unnamed captors, each as its
    /// lower-case words (`data/captor_groups.txt`); longest first.
    pub captor_groups: Vec<Vec<&'static str>>,
    /// The reader's side's nationals and its places (`data/reader_side.txt`).
    pub reader_nationals: HashSet<&'static str>,
    pub reader_places: HashSet<&'static str>,
    /// Nouns for people by role, trade or group that open a sentence before a name
    /// (`data/role_nouns.txt`).
    pub role_nouns: HashSet<&'static str>,
    /// Members of the armed services, capitalised before a name (`data/service_nouns.txt`),
    /// and the words that qualify one before it (`data/service_qualifiers.txt`).
    pub service_nouns: HashSet<&'static str>,
    pub service_qualifiers: HashSet<&'static str>,
    /// Family words used as a form of address before a given name (`data/address_words.txt`).
    pub address_words: HashSet<&'static str>,
    /// Honorifics of two words or more (`data/honorific_chains.txt`), each as its lower-case
    /// words: every word of one is a title where the whole stands before a name.
    pub honorific_chains: Vec<Vec<&'static str>>,
    /// Verbs by which a delegation lists its members (`data/membership_verbs.txt`).
    pub membership_verbs: HashSet<&'static str>,
    /// Verbs of leading or joining talks (`data/talks_lead_verbs.txt`).
    pub talks_lead_verbs: HashSet<&'static str>,
    /// Verbs of carrying a proposal between the sides (`data/proposal_verbs.txt`).
    pub proposal_verbs: HashSet<&'static str>,
    /// Verbs of demanding a release (`data/demand_verbs.txt`).
    pub demand_verbs: HashSet<&'static str>,
    /// Verbs that demand with "for" after them (`data/demand_for_verbs.txt`).
    pub demand_for_verbs: HashSet<&'static str>,
    /// Words of standing between the sides (`data/mediator_cues.txt`).
    pub mediator_cues: HashSet<&'static str>,
    /// Short form of a given name → the formal one (`data/short_names.txt`).
    pub short_names: HashMap<&'static str, &'static str>,
    pub person_nouns: HashSet<&'static str>,
    pub person_object_verbs: HashSet<&'static str>,
    pub person_subject_verbs: HashSet<&'static str>,
    /// Verbs whose object is a rival in a race ("trails", `data/rival_verbs.txt`).
    pub rival_verbs: HashSet<&'static str>,
    /// Verbs of taking up another's mood (`data/echo_verbs.txt`) and the moods
    /// (`data/moods.txt`).
    pub echo_verbs: HashSet<&'static str>,
    pub moods: HashSet<&'static str>,
    /// Demonyms that are also common surnames (`data/demonym_surnames.txt`).
    pub demonym_surnames: HashSet<&'static str>,
    /// Words that open a clause inside another (`data/subordinators.txt`).
    pub subordinators: HashSet<&'static str>,
    /// An office's initials → the word that names it in full (`data/office_abbreviations.txt`).
    pub office_abbreviations: HashMap<&'static str, &'static str>,
    pub premodifiers: HashSet<&'static str>,
    pub copulas: HashSet<&'static str>,
    pub np_continuations: HashSet<&'static str>,
    pub abbreviations: HashSet<&'static str>,
    /// Office and occupation nouns no title list holds (`data/offices.txt`), and the ranks
    /// that stand before them (`data/office_ranks.txt`).
    pub offices: HashSet<&'static str>,
    pub office_ranks: HashSet<&'static str>,
    /// Surnames news writes alone for a public figure, with the figure's gender
    /// (`data/public_figures.txt`).
    pub public_figures: HashMap<&'static str, Gender>,
    /// Verbs of a headline's present tense (`data/headline_verbs.txt`).
    pub headline_verbs: HashSet<&'static str>,
    /// Honorifics, gendered titles, family words and pronouns, with the gender they tell.
    pub gender_words: HashMap<&'static str, Gender>,
    /// Nouns for a person that tell the gender (`data/gendered_heads.txt`).
    pub gendered_heads: HashMap<&'static str, Gender>,
    /// Common given names with their usual gender (`data/given_names.txt`, then
    /// `data/given_names_world.txt`, which wins for a name in both).
    pub given_names: GivenNames,
    /// Given names used for both sexes (`u` lines of `data/given_names_world.txt`): names,
    /// with no gender to tell.
    pub given_either: HashSet<&'static str>,
    /// Places and organisations, every spelling, for one leftmost-longest pass per paragraph.
    pub gazetteer: AhoCorasick,
    pub gazetteer_entries: Vec<Known>,
    /// Lower-cased spellings, for all-capital forms such as "REUTERS".
    pub gazetteer_folded: HashMap<String, usize>,
    /// Role cue phrases, lower case, leftmost-longest.
    pub role_cues: AhoCorasick,
    pub role_cue_roles: Vec<Vec<Role>>,
    /// Per cue: it says what a person did or underwent, so any predicate may carry it.
    pub role_cue_verbal: Vec<bool>,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Every word of a data file of word lists, comment lines aside.
pub(crate) fn words(data: &'static str) -> HashSet<&'static str> {
    lines(data).flat_map(str::split_whitespace).collect()
}

/// The words of every `key: word word …` line of a data file of several keyed lists
/// (`data/sides.txt`, `data/taking_part.txt`), in file order.
pub(crate) fn keyed(data: &'static str, key: &str) -> Vec<&'static str> {
    data.lines()
        .filter_map(|l| l.trim().strip_prefix(key)?.strip_prefix(':'))
        .flat_map(str::split_whitespace)
        .collect()
}

/// `f word word …` and `m word word …` lines: each word with its gender.
fn gendered(data: &'static str) -> HashMap<&'static str, Gender> {
    let mut out = HashMap::default();
    for line in lines(data) {
        let mut words = line.split_whitespace();
        let gender = match words.next() {
            Some("f") => Gender::Female,
            Some("m") => Gender::Male,
            _ => continue,
        };
        out.extend(words.map(|w| (w, gender)));
    }
    out
}

pub(crate) static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    let (gazetteer, gazetteer_entries, gazetteer_folded) = gazetteer::build(
        include_str!("data/places.txt"),
        include_str!("data/organizations.txt"),
    );
    let (role_cues, cue_roles, cue_verbal) = cues::build(include_str!("data/role_cues.txt"));

    Lexicon {
        stopwords: words(include_str!("data/stopwords.txt")),
        calendar: words(include_str!("data/calendar.txt")),
        number_words: words(include_str!("data/number_words.txt")),
        candidacy: words(include_str!("data/candidacy.txt")),
        demonyms: words(include_str!("data/demonyms.txt")),
        titles: words(include_str!("data/titles.txt")),
        portfolio: words(include_str!("data/portfolio.txt")),
        particles: words(include_str!("data/particles.txt")),
        hyphen_particles: words(include_str!("data/hyphen_particles.txt")),
        org_cues: words(include_str!("data/org_cues.txt")),
        org_openers: words(include_str!("data/org_openers.txt")),
        org_heads: words(include_str!("data/org_heads.txt")),
        place_cues: words(include_str!("data/place_cues.txt")),
        nonentity_cues: words(include_str!("data/nonentity_cues.txt")),
        event_openers: words(include_str!("data/event_openers.txt")),
        office_ends: words(include_str!("data/office_ends.txt")),
        body_heads: include_str!("data/body_heads.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect(),
        body_scopes: words(include_str!("data/body_scopes.txt")),
        contests: words(include_str!("data/contests.txt")),
        platforms: lines(include_str!("data/platforms.txt"))
            .flat_map(|l| l.split('|'))
            .map(str::trim)
            .collect(),
        reporting_verbs: words(include_str!("data/reporting_verbs.txt")),
        naming_verbs: words(include_str!("data/naming_verbs.txt")),
        work_genres: words(include_str!("data/work_genres.txt")),
        stance_nouns: words(include_str!("data/stance_nouns.txt")),
        addressing_verbs: words(include_str!("data/addressing_verbs.txt")),
        crediting_verbs: words(include_str!("data/crediting_verbs.txt")),
        anon_heads: words(include_str!("data/anon_heads.txt")),
        lay_heads: words(include_str!("data/lay_heads.txt")),
        institutions: words(include_str!("data/institutions.txt")),
        institution_heads: words(include_str!("data/institution_heads.txt")),
        civil_bodies: lines(include_str!("data/civil_bodies.txt"))
            .map(|l| l.split_whitespace().collect())
            .collect(),
        speaking_bodies: words(include_str!("data/speaking_bodies.txt")),
        written_messages: words(include_str!("data/written_messages.txt")),
        signed_messages: words(include_str!("data/signed_messages.txt")),
        party_members: words(include_str!("data/party_members.txt")),
        parties: lines(include_str!("data/parties.txt"))
            .filter_map(|l| l.split_once(':'))
            .flat_map(|(party, forms)| forms.split_whitespace().map(move |f| (f, party.trim())))
            .collect(),
        kin: words(include_str!("data/kin.txt")),
        sibling_plurals: words(include_str!("data/sibling_plurals.txt")),
        reader_nationals: keyed(include_str!("data/reader_side.txt"), "nationals")
            .into_iter()
            .collect(),
        reader_places: keyed(include_str!("data/reader_side.txt"), "places")
            .into_iter()
            .collect(),
        captor_groups: {
            let mut g: Vec<Vec<&str>> = lines(include_str!("data/captor_groups.txt"))
                .map(|l| l.split_whitespace().collect())
                .collect();
            g.sort_by_key(|w| std::cmp::Reverse(w.len()));
            g
        },
        role_nouns: words(include_str!("data/role_nouns.txt")),
        service_nouns: words(include_str!("data/service_nouns.txt")),
        service_qualifiers: words(include_str!("data/service_qualifiers.txt")),
        address_words: words(include_str!("data/address_words.txt")),
        honorific_chains: lines(include_str!("data/honorific_chains.txt"))
            .map(|l| l.split_whitespace().collect())
            .collect(),
        membership_verbs: words(include_str!("data/membership_verbs.txt")),
        talks_lead_verbs: words(include_str!("data/talks_lead_verbs.txt")),
        proposal_verbs: words(include_str!("data/proposal_verbs.txt")),
        mediator_cues: words(include_str!("data/mediator_cues.txt")),
        demand_verbs: words(include_str!("data/demand_verbs.txt")),
        demand_for_verbs: words(include_str!("data/demand_for_verbs.txt")),
        short_names: lines(include_str!("data/short_names.txt"))
            .flat_map(|l| {
                let mut w = l.split_whitespace();
                let formal = w.next().unwrap_or("");
                w.map(move |s| (s, formal))
            })
            .collect(),
        person_nouns: words(include_str!("data/person_nouns.txt")),
        person_object_verbs: words(include_str!("data/person_object_verbs.txt")),
        person_subject_verbs: words(include_str!("data/person_subject_verbs.txt")),
        rival_verbs: words(include_str!("data/rival_verbs.txt")),
        echo_verbs: words(include_str!("data/echo_verbs.txt")),
        moods: words(include_str!("data/moods.txt")),
        demonym_surnames: words(include_str!("data/demonym_surnames.txt")),
        subordinators: words(include_str!("data/subordinators.txt")),
        office_abbreviations: lines(include_str!("data/office_abbreviations.txt"))
            .filter_map(|l| l.split_once(' '))
            .map(|(short, full)| (short, full.trim()))
            .collect(),
        premodifiers: words(include_str!("data/premodifiers.txt")),
        copulas: words(include_str!("data/copulas.txt")),
        np_continuations: words(include_str!("data/np_continuations.txt")),
        abbreviations: words(include_str!("data/abbreviations.txt")),
        offices: words(include_str!("data/offices.txt")),
        office_ranks: words(include_str!("data/office_ranks.txt")),
        public_figures: gendered(include_str!("data/public_figures.txt")),
        headline_verbs: words(include_str!("data/headline_verbs.txt")),
        gender_words: gendered(include_str!("data/gender_words.txt")),
        gendered_heads: gendered(include_str!("data/gendered_heads.txt")),
        given_either: lines(include_str!("data/given_names_world.txt"))
            .filter_map(|l| l.strip_prefix("u "))
            .flat_map(str::split_whitespace)
            .collect(),
        given_names: {
            let mut names = gendered(include_str!("data/given_names.txt"));
            names.extend(gendered(include_str!("data/given_names_world.txt")));
            // A `u` name tells no gender, whatever the US counts say ("Ilham").
            for l in lines(include_str!("data/given_names_world.txt")) {
                for n in l
                    .strip_prefix("u ")
                    .into_iter()
                    .flat_map(str::split_whitespace)
                {
                    names.remove(n);
                }
            }
            GivenNames(names)
        },
        gazetteer,
        gazetteer_entries,
        gazetteer_folded,
        role_cues,
        role_cue_roles: cue_roles,
        role_cue_verbal: cue_verbal,
    }
});

impl Lexicon {
    /// A lower-cased word with any trailing full stop removed, for list lookups.
    pub fn key(word: &str) -> String {
        word.trim_end_matches('.').to_lowercase()
    }

    /// A given name the data knows, of either sex or of both.
    pub fn is_given(&self, word: &str) -> bool {
        self.given_names.contains_key(word) || self.given_either.contains(word)
    }

    /// How many of `words` (lower case) name an armed group that holds captives, from the
    /// first: "boko haram" is two, "al-qaida in the islamic maghreb" five; none is `None`.
    pub fn captor_group_at(&self, words: &[&str]) -> Option<usize> {
        self.captor_groups
            .iter()
            .find(|g| words.len() >= g.len() && words[..g.len()] == g[..])
            .map(Vec::len)
    }

    /// "four", "Four": a number written as a word, as an age or a count.
    pub fn is_number_word(&self, word: &str) -> bool {
        self.number_words.contains(word.to_lowercase().as_str())
    }

    pub fn is_calendar(&self, word: &str) -> bool {
        let w = word.trim_end_matches('.');
        self.calendar.contains(w)
    }

    /// A title word; also a title with "-elect" or "-designate" after it ("Mayor-Elect",
    /// "Governor-designate"), as news writes one chosen but not yet sworn in.
    pub fn is_title(&self, word: &str) -> bool {
        let l = word.to_lowercase();
        if self.titles.contains(l.as_str()) || self.titles.contains(Self::key(word).as_str()) {
            return true;
        }
        // "Sergeant-at-Arms", "Commander-in-Chief", "Chief-of-Staff": a title joined by a
        // preposition to its charge is that title.
        let mut parts = l.split(is_hyphen);
        let head = parts.next().unwrap_or_default();
        let charged = head.len() < l.len()
            && parts.clone().count() >= 2
            && parts.any(|w| matches!(w, "at" | "in" | "of"))
            && self.titles.contains(head);
        // "Vice-Chairman", "Co-Chair", "Deputy-Director": a title joined by hyphens to a
        // rank ("vice", "deputy") or to "co"/"ex" is still a title, never a name's first word.
        let ranked = head.len() < l.len()
            && l.split(is_hyphen)
                .enumerate()
                .all(|(k, w)| self.titles.contains(w) || k == 0 && matches!(w, "co" | "ex"));
        charged
            || ranked
            || l.rsplit_once(is_hyphen).is_some_and(|(head, tail)| {
                matches!(tail, "elect" | "designate") && self.titles.contains(head)
            })
    }
}
