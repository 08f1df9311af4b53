//! Members of a negotiating delegation: "The delegation, led by A, included B, C and D",
//! "the Israeli delegation is comprised of minister A, B and C", "delegations — including A
//! and B — arrived", "the negotiating team — A, B and C". A delegation goes to talks
//! to negotiate, so each name its membership verb lists negotiates, whatever titles the
//! names carry; and so does whoever leads it ("a delegation led by A"), and whoever the talks
//! themselves take in ("the talks included A", "The talks — attended by A and B —").

use super::Para;
use super::lexicon::LEX;
use super::roles::{word, word_back};
use crate::entity::Role;

/// Words that make a delegation a visit's or a vote's, not a negotiating one ("a congressional
/// delegation", "the trade delegation").
pub(super) const VISITING: &[&str] = &[
    "congressional",
    "parliamentary",
    "legislative",
    "trade",
    "business",
];

/// Words that end the stretch between the membership verb and a name: past them the name
/// stands in a clause of its own ("included A, who met B") and is no member.
const CLAUSE_BREAKS: &[&str] = &[
    "who", "whom", "which", "that", "met", "while", "after", "before", "when", "with", "said",
];

/// How far (in tokens) a membership verb may stand before the name it lists, and the
/// delegation before its verb. Each name looks back at most this far, so a sentence of
/// thousands of names (a pasted wall of text) costs linear time, not quadratic.
const REACH: usize = 80;

/// Negotiator for a name starting at token `t0` when, in its sentence, a delegation (or
/// negotiating team) is the subject of a membership verb that lists the name. Only list
/// material (other names, their titles, commas, "and", "among them") lies between the verb
/// and the name, which ends at `t1` like an item (not "Trump son-in-law").
pub(super) fn member(p: &Para<'_>, t0: usize, t1: usize) -> Vec<Role> {
    // "Trump son-in-law and adviser A", "Netanyahu's adviser B": a name that modifies the
    // words after it is no item of the list.
    let modifier = p.toks.get(t1).is_some_and(|t| {
        t.kind == super::text::Tok::Possessive
            || t.is_word() && !matches!(t.text(p.text), "and" | "or" | "as")
    });
    if modifier {
        return Vec::new();
    }
    // The nearest membership verb before the name, within its sentence and within reach.
    let mut breaks = false;
    // The preposition nearest the verb (read last, walking back), and whether any other stood
    // between the verb and the name.
    let mut preps = false;
    let mut nearest_prep = None;
    let mut verb = None;
    // "the negotiating team — A, B and C": a colon or dash right after the team lists it.
    let team = |k: usize| word(p, k).is_some_and(|x| matches!(&*x, "team" | "delegation"));
    let listed = |i: usize| i > 0 && (p.toks[i].is_punct(':') || p.is_dash(i)) && team(i - 1);
    let mut i = t0;
    while i > 0 && t0 + 1 - i < REACH && (!opens_sentence(p, i) || listed(i - 1)) {
        i -= 1;
        if listed(i) {
            verb = Some(i);
            break;
        }
        let Some(w) = word(p, i) else { continue };
        // "delegations — including A, B and C": "including" right after the delegation.
        // Not a lawmakers' or traders' one ("the Pennsylvania congressional delegation,
        // including Sens. A and B"): those visit or vote, and negotiate nothing.
        let visiting = (i.saturating_sub(5)..i)
            .any(|k| word(p, k).is_some_and(|x| VISITING.contains(&x.as_str())));
        let including = w == "including"
            && (i.saturating_sub(3)..i).any(|k| {
                word(p, k).is_some_and(|x| matches!(x.as_str(), "delegation" | "delegations"))
            });
        // "the delegation to the talks will return home, including A and B": a delegation
        // that is the sentence's subject is what "including" lists, when nothing between
        // gives the sentence another object ("the delegation met officials, including A").
        let including = (including || w == "including" && subject_before(p, i)) && !visiting;
        if LEX.membership_verbs.contains(w.as_str())
            || including
            || talks_take_in(p, i)
            || talks_attended(p, i)
        {
            verb = Some(i);
            break;
        }
        breaks |= CLAUSE_BREAKS.contains(&w.as_str());
        // "the talks included the release of hostage A": after a preposition the name is
        // what the talks are about, no party to them.
        if matches!(
            w.as_str(),
            "of" | "for" | "by" | "on" | "about" | "over" | "to"
        ) {
            preps |= nearest_prep.is_some();
            nearest_prep = Some(i);
        }
    }
    // "The talks — attended by A and B —": the "by" of the passive is the verb's own.
    let by_of_passive = verb.is_some_and(|v| talks_attended(p, v) && nearest_prep == Some(v + 1));
    preps |= nearest_prep.is_some() && !by_of_passive;
    // A delegation's members keep theirs ("included the head of the Shin Bet, A").
    breaks |= preps && verb.is_some_and(|v| talks_take_in(p, v) || talks_attended(p, v));
    let Some(verb) = verb else {
        return Vec::new();
    };
    if asked_to_include(p, verb) {
        return Vec::new();
    }
    // The delegation: a subject before the verb, in the same sentence.
    let mut subject = false;
    let mut later: Option<String> = None;
    let mut i = verb;
    if talks_take_in(p, verb) || talks_attended(p, verb) {
        subject = true;
        i = 0;
    }
    while i > 0 && verb + 1 - i < REACH && !opens_sentence(p, i) {
        i -= 1;
        let Some(w) = word(p, i) else { continue };
        let team = matches!(w.as_str(), "delegation" | "delegations")
            || national_delegates(p, i)
            || (matches!(later.as_deref(), Some("team" | "teams"))
                && matches!(w.as_str(), "negotiating" | "negotiation"))
            || led_team(p, i);
        if team {
            subject = true;
            break;
        }
        later = Some(w);
    }
    let in_quote = p.in_quote.get(verb).copied().unwrap_or(false);
    if subject && !breaks && !in_quote {
        vec![Role::Negotiator]
    } else {
        Vec::new()
    }
}

/// "The Afghan team, led by A, includes B and C": a team that someone is said to lead or
/// head (the word at `i`, then a comma or not, then "led by" or "headed by") is a side's team
/// at talks, as [`led_by`] reads its leader, so its members negotiate too.
fn led_team(p: &Para<'_>, i: usize) -> bool {
    if !word(p, i).is_some_and(|w| matches!(w.as_str(), "team" | "teams")) {
        return false;
    }
    let k = if p.toks.get(i + 1).is_some_and(|t| t.is_punct(',')) {
        i + 2
    } else {
        i + 1
    };
    word(p, k).is_some_and(|w| matches!(w.as_str(), "led" | "headed"))
        && word(p, k + 1).as_deref() == Some("by")
}

/// Verbs by which one side asks another to act ("urged the White House to include A"),
/// beyond the verbs of demanding in `data/demand_verbs.txt` and `data/demand_for_verbs.txt`.
const ASKING: &[&str] = &[
    "ask",
    "asks",
    "asked",
    "asking",
    "persuade",
    "persuaded",
    "convince",
    "convinced",
    "encourage",
    "encouraged",
    "pressure",
    "pressured",
];

/// "the delegation pushed the administration to include A", "lawmakers urged the White House
/// to include B in the swap": the membership verb at `verb` is an infinitive that a verb of
/// asking or demanding governs, a few words back in its sentence. Its subject is whom the
/// delegation asks, so the name is what a deal should take in, no member of the delegation.
fn asked_to_include(p: &Para<'_>, verb: usize) -> bool {
    if verb < 2 || word(p, verb - 1).as_deref() != Some("to") || p.starts[verb - 1] {
        return false;
    }
    let mut i = verb - 1;
    while i > 0 && verb - 1 - i < 6 && !p.starts[i] {
        i -= 1;
        let Some(w) = word(p, i) else { continue };
        if ASKING.contains(&w.as_str())
            || LEX.demand_verbs.contains(w.as_str())
            || LEX.demand_for_verbs.contains(w.as_str())
        {
            return true;
        }
    }
    false
}

/// "the current negotiations involve A, B and envoys including C", "the talks included A":
/// the verb at `i` has talks for its subject, so whom it names are parties to the talks.
fn talks_take_in(p: &Para<'_>, i: usize) -> bool {
    let verb = word(p, i).is_some_and(|w| {
        matches!(
            w.as_str(),
            "involve" | "involves" | "involved" | "include" | "includes" | "included"
        )
    });
    verb && i > 0
        && !p.starts[i]
        && word(p, i - 1).is_some_and(|w| matches!(w.as_str(), "talks" | "negotiations"))
}

/// "The talks — attended by A and B —", "the negotiations, attended by A,", "the talks were
/// attended by A": those by whom talks are attended sit at them. Only talks or negotiations
/// right before (past a dash, a comma or a form of "be"), so a funeral or a summit attended
/// by a minister makes no negotiator.
fn talks_attended(p: &Para<'_>, i: usize) -> bool {
    if word(p, i).as_deref() != Some("attended") || word(p, i + 1).as_deref() != Some("by") {
        return false;
    }
    // Only a dash, a comma or "were" may stand between, so no sentence is crossed.
    for k in (i.saturating_sub(3)..i).rev() {
        let t = p.toks[k];
        let between = t.is_punct('—')
            || t.is_punct('–')
            || t.is_punct(',')
            || matches!(
                word(p, k).as_deref(),
                Some("were" | "was" | "are" | "is" | "being")
            );
        if word(p, k).is_some_and(|w| matches!(w.as_str(), "talks" | "negotiations")) {
            return true;
        }
        if !between {
            return false;
        }
    }
    false
}

/// Verbs whose object "including" could list instead of the delegation.
const OBJECT_VERBS: &[&str] = &[
    "meet", "meets", "meeting", "visit", "visited", "visiting", "hosted", "received", "told",
    "briefed", "thanked",
];

/// A delegation stands before "including" at `at` in its sentence, and no clause break or
/// verb that takes an object of its own stands between them.
fn subject_before(p: &Para<'_>, at: usize) -> bool {
    let mut i = at;
    while i > 0 && at + 1 - i < REACH && !opens_sentence(p, i) {
        i -= 1;
        let Some(w) = word(p, i) else { continue };
        if matches!(w.as_str(), "delegation" | "delegations") || national_delegates(p, i) {
            return true;
        }
        if CLAUSE_BREAKS.contains(&w.as_str()) || OBJECT_VERBS.contains(&w.as_str()) {
            return false;
        }
    }
    false
}

/// "Ukrainian delegates", "the Qatari delegates": the delegates of a country (a nationality
/// right before the word at `i`) are its delegation at talks. A party's or a state's delegates
/// ("Republican delegates", "Ohio delegates") vote at a convention.
fn national_delegates(p: &Para<'_>, i: usize) -> bool {
    word(p, i).is_some_and(|w| w == "delegates")
        && i.checked_sub(1)
            .and_then(|k| p.word_at(k))
            .is_some_and(|x| LEX.is_demonym(x) && !party_word(x))
}

/// A party's adjective or member noun, which the demonym list also holds ("Republican").
fn party_word(w: &str) -> bool {
    let l = w.to_lowercase();
    LEX.parties.contains_key(l.as_str()) || LEX.party_members.contains(l.as_str())
}

/// Token `i` opens a sentence. A bracket or a dash opens a fresh run of capitals, not a
/// sentence ("Brig.-Gen. (Res.) A", "delegations — including A").
fn opens_sentence(p: &Para<'_>, i: usize) -> bool {
    p.starts[i] && !(i > 0 && (p.toks[i - 1].is_punct('(') || p.toks[i - 1].is_punct('—')))
}

/// "a delegation led by Khalil al-Hayya", "the team is headed by Ron Dermer": whoever
/// leads a delegation or negotiating team negotiates; so does the host of talks ("A's talks
/// with B hosted by C"), who runs them.
pub(super) fn led_by(p: &Para<'_>, t0: usize) -> Vec<Role> {
    let w = |k: usize| word_back(p, t0, k).unwrap_or_default();
    // "led by Mossad chief A", "led by port authority chief A": the leader's own title may
    // stand between "by" and the name.
    // "led by Chairman of the Hamas Leadership Council A": a capitalised title may hold "of
    // the".
    // "led by newly appointed Foreign Minister A": a few words that describe a title.
    let capital = |j: usize| {
        p.toks[t0 - j].text(p.text).starts_with(char::is_uppercase)
            || matches!(
                w(j).as_str(),
                "newly" | "recently" | "appointed" | "acting" | "interim" | "senior" | "veteran"
            )
    };
    let Some(by) = (1..=9).find(|&k| {
        w(k) == "by"
            && matches!(w(k + 1).as_str(), "led" | "headed" | "chaired" | "hosted")
            && (1..k).all(|j| {
                let x = w(j);
                !x.is_empty() && !LEX.stopwords.contains(x.as_str()) && (k <= 4 || capital(j))
                    || k > 4 && matches!(x.as_str(), "of" | "the")
            })
    }) else {
        return Vec::new();
    };
    let team = (by + 2..by + 7).any(|k| {
        matches!(
            w(k).as_str(),
            "delegation"
                | "delegations"
                | "team"
                | "teams"
                | "negotiators"
                | "talks"
                | "negotiations"
                | "mission"
        )
    });
    // "Hamas officials in Sharm el-Sheikh are being led by A": whoever leads a body of
    // officials is a senior one, up to the start of the sentence; so is whoever leads the
    // members of a political body ("the group's political bureau members, led by A").
    let officials = (by + 2..by + 12)
        .take_while(|&k| k <= t0 && !p.starts[t0 + 1 - k])
        .any(|k| {
            w(k) == "officials"
                || w(k) == "members"
                    && matches!(
                        w(k + 1).as_str(),
                        "bureau" | "politburo" | "leadership" | "council" | "cabinet"
                    )
        });
    // "The movement is led by A", "the party's politburo, led by A": the body right before
    // (past a form of "be" or a comma) is a political or armed one, and A holds its office.
    let mut k = by + 2;
    while k < by + 6
        && k <= t0
        && !p.starts[t0 + 1 - k]
        && matches!(
            w(k).as_str(),
            "" | "was" | "is" | "been" | "has" | "being" | "now"
        )
    {
        k += 1;
    }
    let officials = officials || k <= t0 && super::taking_part::is_body(&w(k));
    // "Negotiations for the crew's release were led by A": the passive's subject, the
    // sentence's opening noun, is the talks however long its phrase runs.
    let passive = matches!(w(by + 2).as_str(), "was" | "were" | "been" | "being");
    let talks_subject = passive
        && (by + 3..by + 14)
            .take_while(|&k| k <= t0)
            .find(|&k| p.starts[t0 - k])
            .is_some_and(|k| {
                let head = if w(k) == "the" { w(k - 1) } else { w(k) };
                matches!(head.as_str(), "negotiations" | "talks")
            });
    let mut roles = Vec::new();
    if team || talks_subject {
        roles.push(Role::Negotiator);
    }
    if officials {
        roles.push(Role::Official);
    }
    roles
}

/// What the article's delegation is made of, when it is said to be captives or families
/// rather than a side's envoys: "a delegation of eight freed hostages", "The delegation was
/// made up of 26 former hostages", "a delegation of hostage families". Such a delegation
/// visits to thank or to plead, and negotiates nothing, so the names its membership verb lists
/// take what it is made of (`Role::Hostage` for captives, nothing for relatives) instead of
/// a negotiator's role. None when no delegation is so described, or the description names
/// neither.
pub(super) fn made_of(paras: &[Para<'_>]) -> Option<Vec<Role>> {
    const OPENERS: &[&[&str]] = &[
        &["of"],
        &["made", "up", "of"],
        &["consisted", "of"],
        &["consisting", "of"],
        &["consists", "of"],
        &["comprised", "of"],
        &["composed", "of"],
        &["comprising"],
    ];
    for p in paras {
        for i in 0..p.toks.len() {
            // Compared in place: this reads every token of the article.
            let t = p.toks[i];
            let head = t.is_word()
                && ["delegation", "delegations"]
                    .iter()
                    .any(|d| t.text(p.text).eq_ignore_ascii_case(d));
            if !head {
                continue;
            }
            let mut j = i + 1;
            if matches!(word(p, j).as_deref(), Some("was" | "is" | "were" | "are")) {
                j += 1;
            }
            let Some(open) = OPENERS.iter().find(|o| {
                o.iter()
                    .enumerate()
                    .all(|(k, w)| word(p, j + k).as_deref() == Some(*w))
            }) else {
                continue;
            };
            // The description: the words after the opener, up to a punctuation mark.
            let (mut captives, mut kin) = (false, false);
            for k in j + open.len()..(j + open.len() + 8).min(p.toks.len()) {
                let Some(w) = word(p, k) else { break };
                captives |= matches!(w.as_str(), "hostages" | "captives" | "abductees");
                kin |= LEX.kin.contains(w.as_str()) || w == "survivors";
            }
            match (captives, kin) {
                (_, true) => return Some(Vec::new()),
                (true, false) => return Some(vec![Role::Hostage]),
                _ => {}
            }
        }
    }
    None
}
