//! Role cues: the phrases of `data/role_cues.txt` that give a person a role ("hostage",
//! "chief negotiator", "was released"), built once into one automaton, and the reading of
//! them in text, with the words around a cue that take its office away ("former", "the
//! late", "candidate").

use super::{Lexicon, lines};
use crate::entity::Role;
use crate::extract::text::is_hyphen;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// A role cue found in normalised text: byte range, roles, and whether it is verbal.
pub(crate) type Cue<'a> = (usize, usize, &'a [Role], bool);

fn role_of(word: &str) -> Option<Role> {
    match word {
        "hostage" => Some(Role::Hostage),
        "negotiator" => Some(Role::Negotiator),
        "official" => Some(Role::Official),
        _ => None,
    }
}

/// The automaton over each `phrase = role role [+]` line's phrase, and per phrase its roles
/// and whether it is verbal (`+`).
pub(super) fn build(data: &'static str) -> (AhoCorasick, Vec<Vec<Role>>, Vec<bool>) {
    let mut cue_phrases = Vec::new();
    let mut cue_roles = Vec::new();
    let mut cue_verbal = Vec::new();
    for line in lines(data) {
        let Some((phrase, roles)) = line.split_once('=') else {
            continue;
        };
        cue_phrases.push(format!("{} ", cue_text(phrase)));
        // Sorted, so that an office (`Role::Official`, last) can be cut off the end.
        let mut r: Vec<Role> = roles.split_whitespace().filter_map(role_of).collect();
        r.sort();
        cue_roles.push(r);
        cue_verbal.push(roles.trim_end().ends_with('+'));
    }
    let role_cues = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(&cue_phrases)
        .expect("the built-in role cues build");
    (role_cues, cue_roles, cue_verbal)
}

impl Lexicon {
    /// Whether `text` holds a verbal cue ("was released", "held talks") that gives `role`:
    /// what a person did or underwent, as opposed to a noun that only names a role.
    pub fn verbal_cue(&self, text: &str, role: Role) -> bool {
        let (_, cues) = self.cues(text);
        cues.iter()
            .any(|&(_, _, r, verbal)| verbal && r.contains(&role))
    }

    /// Role cue phrases in `text`, whole words only, longest first: the normalised text and,
    /// for each match, its byte range there, the roles it gives and whether it is verbal.
    pub fn cues(&self, text: &str) -> (String, Vec<Cue<'_>>) {
        let norm = format!(" {} ", cue_text(text));
        let found = self
            .role_cues
            .find_iter(&norm)
            .filter(|m| norm[..m.start()].ends_with(' '))
            .map(|m| {
                let i = m.pattern().as_usize();
                // "former prime minister", "former House Speaker", "former U.S. Sen.", "the
                // next U.S. Senator": no office now; a former hostage was still one, and a
                // former envoy still took part in talks.
                let former = self.not_now(&norm[..m.start()]);
                let roles = self.role_cue_roles[i].as_slice();
                let roles = if former && roles.last() == Some(&Role::Official) {
                    &roles[..roles.len() - 1]
                } else {
                    roles
                };
                // "hostage affairs envoy": a hostage noun before a title word modifies it.
                let modifier = roles.contains(&Role::Hostage)
                    && !self.role_cue_verbal[i]
                    && norm[m.end()..]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w == "affairs" || self.titles.contains(w));
                let roles = if modifier { &[] } else { roles };
                // "chief Israeli negotiator": the chief of a team at talks negotiates; the
                // word says nothing of an office.
                let heads_team = &norm[m.start()..m.end() - 1] == "chief"
                    && norm[m.end()..]
                        .split_whitespace()
                        .take(4)
                        .any(|w| w.starts_with("negotiat"));
                let roles = if heads_team { &[] } else { roles };
                // "the paper's deputy diplomatic correspondent", "chief political editor": a
                // rank whose noun is a newsroom's job holds no public office.
                let newsroom = matches!(&norm[m.start()..m.end() - 1], "deputy" | "chief")
                    && newsroom_job(&norm[m.end()..]);
                let roles = if newsroom { &[] } else { roles };
                // "attorney general candidate", "the mayoral nominee": an office sought, not
                // held.
                let sought = norm[m.end()..].split_whitespace().next().is_some_and(|w| {
                    matches!(
                        w,
                        "candidate" | "candidates" | "nominee" | "hopeful" | "contender" | "race"
                    )
                });
                let roles = if (sought || of_trade_union(&norm[m.end()..]))
                    && roles.last() == Some(&Role::Official)
                {
                    &roles[..roles.len() - 1]
                } else {
                    roles
                };
                (m.start(), m.end() - 1, roles, self.role_cue_verbal[i])
            })
            .collect::<Vec<_>>();
        let mut found = found;
        found.extend(crate::extract::talks::led_talks(&norm));
        found.extend(crate::extract::talks::role_in_talks(&norm));
        found.extend(crate::extract::talks::bridging_proposal(&norm));
        found.extend(crate::extract::taking_part::leads_body(&norm));
        found.extend(crate::extract::captor_contact::with_captors(&norm));
        found.extend(crate::extract::captor_contact::released_by_captors(&norm));
        (norm, found)
    }

    /// Whether the words before a role cue make it an office held before or after, not now:
    /// "former", "ex", "next", "future", "the late", "deceased" or a candidacy ("candidate
    /// for"), then only words of a title ("House",
    /// "U.S.", "U.N.") or places ("former Florida Gov."), and at most two other words that name
    /// whom the office served ("a former Obama White House official"). A possessive, a small
    /// word or another role cue ends the noun phrase ("former hostages met the minister").
    fn not_now(&self, before: &str) -> bool {
        let calendar = |w: &str| {
            let mut c = w.chars();
            c.next().is_some_and(|f| {
                let cap: String = f.to_uppercase().chain(c).collect();
                self.is_calendar(&cap)
            })
        };
        const NOT_NOW: &[&str] = &[
            "former", "ex", "ex-", "onetime", "one-time", "next", "future", "deceased",
        ];
        // "candidate for San Francisco mayor", "running for state senator": an office sought.
        const SEEKING: &[&str] = &[
            "candidate",
            "candidates",
            // "making a second run at the nomination for president": the office is sought.
            "nomination",
            "nominee",
            "nominees",
            "challenger",
            "challengers",
            "contenders",
            "hopefuls",
            "running",
            "bid",
            "race",
            "campaign",
        ];
        const TITLE_WORDS: &[&str] = &[
            "u", "s", "n", "us", "un", "house", "senate", "state", "special", "hostage", "affairs",
            // "the former Labour first minister": an ordinal that is part of the title.
            "first",
        ];
        let mut others = 0;
        let back: Vec<&str> = before.split_whitespace().rev().take(12).collect();
        // Five words back at most, a place of several words counting as one.
        let (mut i, mut steps) = (0, 0);
        while let Some(&w) = back.get(i).filter(|_| steps < 5) {
            steps += 1;
            let peek = back.get(i + 1).copied();
            i += 1;
            // "the late Sen. John McCain", "an aide of late opposition leader A": dead, so no
            // office now ("late Tuesday", "late July" are times).
            let next = i.checked_sub(2).and_then(|k| back.get(k)).copied();
            let late = w == "late" && (peek == Some("the") || next.is_none_or(|n| !calendar(n)));
            if NOT_NOW.contains(&w) || late {
                return true;
            }
            // "ousted President A", "the fall of Syrian President A": an office ended.
            if self.office_ends.contains(w)
                || (w == "of" && peek.is_some_and(|n| self.office_ends.contains(n)))
            {
                return true;
            }
            if w == "for" && peek.is_some_and(|n| SEEKING.contains(&n)) {
                return true;
            }
            // "the former New York governor": a place of two or three words is one word of
            // the title, though its first ("new") is a small word.
            if let Some(n) = (2..=3).rev().find(|&n| {
                i + n - 1 <= back.len() && {
                    let mut place: Vec<&str> = back[i - 1..i - 1 + n].to_vec();
                    place.reverse();
                    self.is_folded_place(&place.join(" "))
                }
            }) {
                i += n - 1;
                continue;
            }
            // "former House of Delegates speaker": a chamber named "House of …" is one word
            // of the title, though its own last word may be a cue and "of" a small word.
            if peek == Some("of") && back.get(i + 1) == Some(&"house") {
                i += 1;
                continue;
            }
            // "a former governor and U.N. ambassador": "former" reaches across "and" to the
            // second office of the same phrase.
            if w == "and" && peek.is_some_and(|n| !self.roles_in(n).is_empty()) {
                let rest: Vec<&str> = back[i + 1..].iter().rev().copied().collect();
                return self.not_now(&rest.join(" "));
            }
            if w.ends_with("'s") || !TITLE_WORDS.contains(&w) && !self.roles_in(w).is_empty() {
                return false;
            }
            let titled = TITLE_WORDS.contains(&w)
                || self.titles.contains(w)
                || self.portfolio.contains(w)
                || self.demonyms.iter().any(|d| d.eq_ignore_ascii_case(w))
                || self.is_folded_place(w);
            if titled {
                continue;
            }
            others += 1;
            if self.stopwords.contains(w) || others > 2 {
                return false;
            }
        }
        false
    }

    /// Roles given by cue phrases in `text` (any case), whole words only.
    pub fn roles_in(&self, text: &str) -> Vec<Role> {
        self.cues(text)
            .1
            .into_iter()
            .flat_map(|(_, _, r, _)| r.iter().copied())
            .collect()
    }
}

/// A newsroom's jobs, which a rank before them ("deputy", "chief") makes no office.
const NEWSROOM: &[&str] = &[
    "correspondent",
    "correspondents",
    "editor",
    "editors",
    "reporter",
    "reporters",
    "columnist",
    "producer",
    "anchor",
];

/// "diplomatic correspondent", "foreign editor", "editor": the words after a rank are a
/// newsroom's job, its beat (at most two words: an adjective in "-al" or "-ic", or "foreign",
/// "news", "world", "defence", "defense", "security") then the job.
fn newsroom_job(after: &str) -> bool {
    let beat = |w: &str| {
        w.ends_with("al")
            || w.ends_with("ic")
            || matches!(
                w,
                "foreign" | "news" | "world" | "defence" | "defense" | "security"
            )
    };
    let words: Vec<&str> = after.split_whitespace().take(3).collect();
    let Some(job) = words.iter().position(|w| NEWSROOM.contains(w)) else {
        return false;
    };
    words[..job].iter().all(|w| beat(w))
}

/// "the secretary general of the Union of Civil Administrators", "president of the
/// teachers' union": the office right before is a trade union's, which holds no office of a
/// government or a party (as "union leader" in `role_cues.txt`). A union of states ("the
/// African Union") has no plural of members or "trade" before it, and is no trade union.
fn of_trade_union(after: &str) -> bool {
    let words: Vec<&str> = after.split_whitespace().take(8).collect();
    // "secretary general of": the rest of a two-word office may stand before "of".
    let Some(of) = words.iter().take(2).position(|w| *w == "of") else {
        return false;
    };
    words.iter().enumerate().skip(of + 1).any(|(i, w)| {
        let before = words[i - 1];
        matches!(*w, "union" | "unions")
            && (words.get(i + 1) == Some(&"of")
                || matches!(before, "trade" | "labor" | "labour")
                || before.ends_with("s'")
                || before.ends_with("ers")
                || before.ends_with("ists"))
    })
}

/// Lower case, curly apostrophes straightened, other punctuation as single spaces: the form
/// cue phrases are matched in, so that a phrase ends only where a word ends. A hyphen stays
/// only between two word characters ("ex-hostage"); one glued to a single word is a dash
/// ("WASHINGTON (Reuters) -President A's envoy", a dateline that lost its space), so the
/// word after it still opens a phrase. A typeset hyphen (non-breaking, U+2011, …) reads as '-'.
/// "then-president A", "then-Gov. B": the hyphen after "then" joins no compound, so the
/// office after it reads as in "then President A" (an office held at the time told of).
pub(crate) fn cue_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let joins = out.chars().next_back().is_some_and(char::is_alphanumeric)
            && chars.peek().is_some_and(|n| n.is_alphanumeric())
            && !after_then(&out);
        let c = match c {
            '’' | 'ʼ' => '\'',
            c if is_hyphen(c) && joins => '-',
            c if c.is_alphanumeric() || c == '\'' => c,
            _ => ' ',
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.extend(c.to_lowercase());
    }
    // "were also freed", "were all released": an adverb inside a cue does not break it.
    const ADVERBS: &[&str] = &[
        "also",
        "all",
        "both",
        "later",
        "eventually",
        "finally",
        "subsequently",
        "previously",
        "reportedly",
    ];
    // "the ambassador-designate to India": an office named before it is taken up is that
    // office's title, read apart from its suffix.
    out.split_whitespace()
        .filter(|w| !ADVERBS.contains(w))
        .flat_map(|w| match w.strip_suffix("-designate") {
            Some(office) if !office.is_empty() => vec![office, "designate"],
            _ => vec![w],
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether normalised `out` ends in the word "then" ("then" in "then-president").
fn after_then(out: &str) -> bool {
    out.strip_suffix("then")
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
}
