//! The speaker a noun phrase names: the leftmost name, pronoun, unnamed source or description
//! in a stretch of tokens that can speak ("Hamas official Taher al-Nunu", "she", "a source
//! familiar with the talks", "the envoy"), with how sure that reading is.

use super::ahead::described_relative;
use super::attribution::{Ctx, Who};
use super::definite::ranked;
use super::gender::Gender;
use super::issued;
use super::lexicon::LEX;
use super::refer::{OFFICE_MODIFIERS, Ref, demonym_in, office_at, office_initials};
use super::subject::speaker_kind;
use super::text::{Tok, is_all_caps, is_capitalised};
use crate::entity::EntityKind;

mod addressee;
mod cleft;
mod phrase;
use phrase::{heads_subject, indefinite};
mod country;
mod family;
use country::country_speaks;
mod heads;
mod kin_owned;
mod listed;
pub(super) use listed::in_comma_list;
mod listener;
mod modifier;
mod title_run;
mod written;
use addressee::addressee;
use heads::{anon_head_ok, named_next};
use listener::{doubled, spoke_to};
use title_run::{portfolio_runs_to_name, title_before_name, title_runs_on};
mod surname;
use surname::shared_surname;
pub(in crate::extract) use surname::{surname_bearers, the_one_meant, the_one_subject};

/// Holders of a seat, written after the seat's name ("the Mackellar MP"): with "the", a
/// description of a person, not an organisation.
const SEAT_HOLDERS: &[&str] = &["mp", "mps", "mla", "msp", "mpp", "td", "mep"];

/// The leftmost head of a noun phrase in tokens `a..b` that can speak.
pub(super) fn candidate(
    cx: &Ctx<'_, '_>,
    pi: usize,
    a: usize,
    b: usize,
    quote_tok: usize,
) -> Option<Ref> {
    let p = &cx.paras[pi];
    let mut i = a;
    while i < b {
        if p.in_quote[i] {
            i += 1;
            continue;
        }
        if let Some(mi) = cx.at[pi][i] {
            let mut m = cx.mentions[mi];
            // "with Al Jazeera Al Jazeera,": a name printed twice in a row (a link's text
            // copied twice from the page) is one mention, read where it first stands.
            if let Some(o) = doubled(cx, pi, &m) {
                m.t1 = cx.mentions[o].t1;
            }
            if let Some(r) = kin_owned::kin_owned(cx, pi, &m, b) {
                return Some(r);
            }
            if let Some(r) = written::owner(cx, pi, &m, a) {
                return Some(r);
            }
            let next = p.toks.get(m.t1);
            let modifier = m.t1 < b
                && next.is_some_and(|t| {
                    t.kind == Tok::Possessive
                        || (t.is_word() && {
                            let w = t.text(p.text);
                            is_capitalised(w)
                                || LEX.np_continuations.contains(w.to_lowercase().as_str())
                        })
                })
                || modifier::body_before_title(cx, pi, m.t1, b);
            // "acquaintances of Sharabi stressed", "the crowd at 8th Street Tavern began":
            // the name completes a common noun, which is the speaker, and no one named. So
            // does one in a participle clause after it ("the group representing …").
            let mut t0 = m.t0;
            while t0 > a + 2
                && m.t0 - t0 < 2
                && p.toks[t0 - 1]
                    .text(p.text)
                    .starts_with(|c: char| c.is_ascii_digit())
            {
                t0 -= 1;
            }
            let completes = t0 >= a + 2
                && matches!(
                    cx.word(pi, t0 - 1).as_str(),
                    "of" | "at" | "outside" | "inside"
                )
                && p.toks[t0 - 2].is_word()
                && (p.starts[t0 - 2] || !is_capitalised(p.toks[t0 - 2].text(p.text)))
                && !LEX.titles.contains(cx.word(pi, t0 - 2).as_str());
            // "the government's delegation to the talks with the ELN demanded": the other
            // side of "with" or "against" is never the one who speaks.
            let other_side = m.t0 >= a + 2 && {
                let j = m.t0 - 1 - usize::from(cx.word(pi, m.t0 - 1) == "the");
                j > a
                    && (matches!(cx.word(pi, j).as_str(), "with" | "against")
                        || cx.word(pi, j) == "to" && spoke_to(&cx.word(pi, j - 1)))
                    && p.toks[j - 1].is_word()
                    && !is_capitalised(p.toks[j - 1].text(p.text))
            };
            if !modifier && (completes || other_side || modifier::in_postmodifier(cx, pi, a, t0)) {
                return Some((Who::Unnamed, 1.0));
            }
            // "Kushner and Witkoff revealed": two people speak as one; neither is the speaker.
            // "the Denison MP then added": a seat or office the entity pass took for an
            // organisation's name describes the person the article described so, if one.
            let last = cx.word(pi, m.t1 - 1);
            if cx.ents[m.entity].kind == EntityKind::Organization
                && (LEX.titles.contains(last.as_str()) || SEAT_HOLDERS.contains(&last.as_str()))
                && (m.t0.saturating_sub(3).max(a)..m.t0).any(|j| cx.word(pi, j) == "the")
            {
                let at = m.t1 - 1;
                return cx
                    .described(pi, at, &office_at(cx, pi, at))
                    .or_else(|| cx.last_described(pi, at));
            }
            // "the VC said": an office's initials name its holder (`office_initials`).
            if let Some(r) = office_initials(cx, pi, mi, a) {
                return r;
            }
            // "identified as A, of Turkey, and B": the last of a comma list no more.
            let listed = coordinated(cx, pi, mi, b) || in_comma_list(cx, pi, mi);
            if !modifier && speaker_kind(cx, mi) && listed {
                return Some((Who::Unnamed, 1.0));
            }
            if !modifier && speaker_kind(cx, mi) {
                return Some(shared_surname(cx, pi, mi));
            }
            if country_speaks(cx, pi, a, b, mi) {
                return Some((Who::Unnamed, 1.0));
            }
            i = m.t1.max(i + 1);
            continue;
        }
        if let Some(r) = family::family_speaks(cx, pi, i, b) {
            return Some(r);
        }
        let w = cx.word(pi, i);
        // "The group demanded that Roe resign, saying '…'": the subject comes before its
        // verb, and a name after "demanded that" is the subject of what was asked or said,
        // never the speaker. Nothing named before the verb: no one here.
        if i > a && cx.reports(pi, i) && cx.word(pi, i + 1) == "that" {
            return None;
        }
        let ends_phrase = i + 1 == b;
        // "HE Adviser to the Prime Minister": His Excellency, not a pronoun.
        let caps = is_all_caps(p.toks[i].text(p.text));
        match w.as_str() {
            "he" | "she" if caps => {}
            // "Her statement said": the pronoun that owns the thing written heading the
            // subject is its writer, read as "she said" is (`written::owner`).
            "his" | "her"
                if written::document(&cx.word(pi, i + 1)) && heads_subject(cx, pi, a, i) =>
            {
                return cx.pronoun(pi, i, pronoun_gender(&w));
            }
            // A pronoun or description looks back from where it stands, not from the
            // quotation: "He then says of Pelosi '…'" is not about Pelosi.
            // "…his mother's arms. '…,' she says": with no woman to mean, the mother, if the
            // article names her later (`ahead`).
            "he" | "she" => {
                let gender = pronoun_gender(&w);
                return cx
                    .pronoun(pi, i, gender)
                    .or_else(|| described_relative(cx, pi, i, gender));
            }
            // "His Excellency said": a style of address, read as the pronoun it holds.
            "excellency" | "highness" | "majesty"
                if matches!(cx.word(pi, i.wrapping_sub(1)).as_str(), "his" | "her") =>
            {
                return cx.pronoun(pi, i - 1, pronoun_gender(&cx.word(pi, i - 1)));
            }
            "it" if cleft::focus(cx, pi, i, b) => {
                i += 2;
                continue;
            }
            "they" | "it" => return Some((Who::Unnamed, 1.0)),
            "you" => return addressee(cx, pi, i),
            // "'…,' the statement said" after "President A issued a statement": A's words.
            _ if ends_phrase
                && i > a
                && cx.word(pi, i - 1) == "the"
                && issued::issuable(&w)
                && let Some(r) = issued::issuer(cx, pi, i - 1, &w) =>
            {
                return Some(r);
            }
            "statement" | "government" if ends_phrase => return Some((Who::Unnamed, 1.0)),
            // "'…,' the message read": a thing written, no writer named, is no one.
            _ if written::unsigned(cx, pi, a, i, ends_phrase) => return Some((Who::Unnamed, 1.0)),
            _ if written::titled_thing(cx, pi, a, i, b) => return Some((Who::Unnamed, 1.0)),
            // "Siegel's family released a statement …, saying": a family, campaign or legal
            // team that heads the clause's subject speaks as one, and names no one (not a
            // "he" later in the clause). Not the first word of a longer noun ("a family
            // friend, Dana Roe, said").
            "family" | "families" | "relatives" | "campaign" | "lawyers" | "attorneys"
                if heads_subject(cx, pi, a, i)
                    // "campaign chairman X said": a title after the noun is a person's.
                    && !LEX.titles.contains(cx.word(pi, i + 1).as_str())
                    && !matches!(
                        cx.word(pi, i + 1).as_str(),
                        "friend"
                            | "friends"
                            | "member"
                            | "members"
                            | "spokesman"
                            | "spokeswoman"
                            | "spokesperson"
                            | "lawyer"
                            | "attorney"
                            | "representative"
                            | "manager"
                    ) =>
            {
                return Some((Who::Unnamed, 1.0));
            }
            // "The father of hostage survivor X said", "The mother of a freed hostage who
            // was held by Hamas told": the relative heads the subject, and is not the one
            // named after "of" (nor a group in the clause about them). Named in apposition,
            // the relative is found before this ("The father of X, Y, said"). So does an
            // office: "the office of Prime Minister X said" is the office's statement, not X's.
            _ if (LEX.kin.contains(w.as_str()) || w == "office")
                && cx.word(pi, i + 1) == "of"
                && heads_subject(cx, pi, a, i) =>
            {
                return Some((Who::Unnamed, 1.0));
            }
            // "the forum said": the organisation named earlier whose name holds the word
            // and every word said of it ("the prime minister's office" is not the press one).
            // "the city said in a press release": a local government speaks as a body too.
            "forum" | "office" | "ministry" | "council" | "committee" | "movement" | "agency"
            | "city" | "town" | "county" | "municipality"
                if ends_phrase =>
            {
                let org = cx.last_org_named(pi, quote_tok, a, i);
                return Some((org.map_or(Who::Unnamed, Who::Entity), 1.0));
            }
            _ => {}
        }
        // "the Prime Minister's office announced", "the president's spokesman said": a title
        // that owns the noun after it only says whose; that noun is the subject.
        if LEX.titles.contains(w.as_str())
            && p.toks.get(i + 1).is_some_and(|t| t.kind == Tok::Possessive)
        {
            i += 1;
            continue;
        }
        // "the envoy said": someone the article described so, before any unnamed source. Not
        // a title word inside a longer title or before a name ("the Prime Minister and
        // Official Spokesperson … Dr Majed al-Ansari").
        // "the vice president said": the modifier is read with the office after it, never
        // alone (alone, "vice" is no one's description and would fall back to the last name).
        // So is a second modifier ("the deputy prime minister").
        let next = cx.word(pi, i + 1);
        if OFFICE_MODIFIERS.contains(&w.as_str())
            && i + 1 < b
            && (LEX.titles.contains(next.as_str()) || OFFICE_MODIFIERS.contains(&next.as_str()))
        {
            i += 1;
            continue;
        }
        // "said the French head of state", "the Israeli leader told" (`refer::leader`).
        if let Some(the) = (i.saturating_sub(3).max(a)..i).find(|&j| cx.word(pi, j) == "the")
            && let Some(r) = cx.national_leader(pi, the, i, demonym_in(cx, pi, the, i))
        {
            return r;
        }
        let continues = title_runs_on(cx, pi, i + 1, b);
        let definite =
            !continues && (i.saturating_sub(4).max(a)..i).any(|j| cx.word(pi, j) == "the");
        // "A senior official credited … ¶ … what the official called '…'": a head the
        // article brought in unnamed is that unnamed source again (below), not the person
        // last described so.
        let unnamed_again = definite
            && ends_phrase
            && LEX.anon_heads.contains(w.as_str())
            && cx.unnamed_before(pi, i, &w);
        // "the Cambodian prime minister": never one whose title names another nationality.
        let demonym = demonym_in(cx, pi, i.saturating_sub(4).max(a), i);
        // "the Republican businessman said": only one the article described with that party.
        if definite
            && !unnamed_again
            && LEX.titles.contains(w.as_str())
            && let Some(r) = cx.party_description(
                pi,
                i.saturating_sub(4).max(a),
                i,
                &office_at(cx, pi, i),
                demonym,
            )
        {
            return Some(r);
        }
        // "According to the Israeli diplomat, …" after "Israeli Ambassador A": a head that
        // may be an unnamed source, with "the", is the one person the article described so
        // (`refer::descriptors` calls an ambassador or envoy a diplomat) before a source.
        if definite
            && !unnamed_again
            && (LEX.titles.contains(w.as_str())
                || ends_phrase && LEX.anon_heads.contains(w.as_str()))
            && let Some(r) = cx.described_of(pi, i, &office_at(cx, pi, i), demonym)
        {
            return Some(r);
        }
        // "Official Spokesperson for the Ministry": a capitalised head is a title, not a source.
        let titled = !p.starts[i] && is_capitalised(p.toks[i].text(p.text));
        // "the Qatari Foreign Ministry spokesperson emphasized": "the" makes the spokesperson
        // one already met, so the person last described (as for "the prime minister said"),
        // unless the article brought in an unnamed one ("a spokesman said").
        let spokes = LEX.anon_heads.contains(w.as_str()) && LEX.titles.contains(w.as_str());
        // "the president's spokesman": owned by someone, so never that one, nor simply the
        // person last named; only one the article described so (above), or unnamed.
        let owned = i > a && p.toks[i - 1].kind == Tok::Possessive;
        if spokes && definite && ends_phrase && !titled && !owned && !cx.unnamed_before(pi, i, &w) {
            // One the article titled with another office ("Commission President A") speaks
            // through a spokesperson and is not one: the spokesperson is left unnamed.
            let last = cx.last_described(pi, i);
            if w.starts_with("spokes") && last.as_ref().is_some_and(|r| holds_other_office(cx, r)) {
                return Some((Who::Unnamed, 1.0));
            }
            return cx.of_demonym(last, demonym);
        }
        // "Minister of Culture Miki Zohar said", even opening the sentence: a title whose
        // portfolio runs on to the name that holds it heads no unnamed source.
        if LEX.titles.contains(w.as_str()) && portfolio_runs_to_name(cx, pi, i + 1, b) {
            i += 1;
            continue;
        }
        if LEX.anon_heads.contains(w.as_str()) && !titled && anon_head_ok(cx, pi, i, b) {
            let d0 = (a..i)
                .find(|&j| {
                    matches!(
                        cx.word(pi, j).as_str(),
                        "a" | "an"
                            | "one"
                            | "two"
                            | "three"
                            | "several"
                            | "some"
                            | "other"
                            | "another"
                            | "the"
                            | "senior"
                            | "israeli"
                            | "american"
                            | "u.s."
                    ) || p.toks[j].is_word() && is_capitalised(p.toks[j].text(p.text))
                })
                .unwrap_or(i);
            if let Some(e) = title_before_name(cx, pi, a, i, b) {
                return Some((Who::Entity(e), 0.9));
            }
            if spokes && let Some(e) = named_next(cx, pi, &w) {
                return Some((Who::Entity(e), 0.8));
            }
            let desc = p.text[p.toks[d0].start..p.toks[b - 1].end]
                .trim()
                .to_string();
            return Some((Who::Anonymous(desc), 1.0));
        }
        // "a woman yelled in footage on Metro TV", "rescuers told a boy": an ordinary person
        // left unnamed speaks, not the outlet or name after the verb. "The woman" may be
        // someone the article named, so only an indefinite or bare noun phrase.
        if LEX.lay_heads.contains(w.as_str()) && !titled && i + 1 == b && indefinite(cx, pi, a, i) {
            let desc = p.text[p.toks[a].start..p.toks[i].end].trim().to_string();
            return Some((Who::Anonymous(desc), 1.0));
        }
        // "the prime minister said", "the U.S. envoy added", with no one described so.
        // "the deputy premier said" with no deputy titled so: no one (`definite::ranked`).
        if LEX.titles.contains(w.as_str()) && definite && !unnamed_again && !owned {
            if ranked(&office_at(cx, pi, i)) {
                return Some((Who::Unnamed, 1.0));
            }
            return cx.of_demonym(cx.last_described(pi, i), demonym);
        }
        i += 1;
    }
    None
}

/// Whether person mention `mi` is joined by "and" to another person in the same phrase
/// (before `b`): "A and B", either way round. A pair of speakers has no single speaker.
pub(super) fn coordinated(cx: &Ctx<'_, '_>, pi: usize, mi: usize, b: usize) -> bool {
    let m = cx.mentions[mi];
    let person =
        |i: usize| {
            cx.at[pi].get(i).copied().flatten().is_some_and(|o| {
                o != mi && cx.ents[cx.mentions[o].entity].kind == EntityKind::Person
            })
        };
    cx.ents[m.entity].kind == EntityKind::Person
        && (m.t1 + 1 < b && cx.word(pi, m.t1) == "and" && person(m.t1 + 1)
            || m.t0 >= 2 && cx.word(pi, m.t0 - 1) == "and" && person(m.t0 - 2))
}

/// The gender a pronoun of the subject or its possessive holds: "he" and "his" are male,
/// "she" and "her" female.
fn pronoun_gender(word: &str) -> Gender {
    if matches!(word, "he" | "his") {
        Gender::Male
    } else {
        Gender::Female
    }
}

/// Whether `r` is a person whose title names an office and no spokesperson's post.
fn holds_other_office(cx: &Ctx<'_, '_>, r: &Ref) -> bool {
    let Who::Entity(e) = r.0 else {
        return false;
    };
    cx.ents[e].title.as_deref().is_some_and(|t| {
        let words: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
        words.iter().any(|w| LEX.titles.contains(w.as_str()))
            && !words.iter().any(|w| {
                w == "press"
                    || LEX.anon_heads.contains(w.as_str()) && LEX.titles.contains(w.as_str())
            })
    })
}
