//! The title run before a name: the capitalised words, titles and modifiers right before it
//! ("White House chief of staff Susie Wiles"), and which part of that run is the named
//! person's own ("the special envoy to President Donald Trump" makes Trump the president).

use super::super::Para;
use super::super::lexicon::LEX;
use super::super::text::Tok;
use super::word;
use crate::entity::Role;
use crate::extract::text::{hyphenated_words, is_hyphen};

mod no_office;
use no_office::{bare_director, civil_or_cause, heads_institution, joined_to_company_head};

/// The run of title words and modifiers right before a name, as text.
pub(in crate::extract) fn left_window(
    p: &Para<'_>,
    t0: usize,
    person_at: &dyn Fn(usize) -> bool,
) -> (usize, String) {
    let mut i = t0;
    let mut steps = 0;
    while i > 0 && steps < 14 {
        let t = p.toks[i - 1];
        // "A (L) B (C) and C (R)": a caption's bracketed place closes the name before it.
        if t.is_punct(')') && i >= 2 && super::super::lists::caption_place(p, i - 2) {
            break;
        }
        if person_at(i - 1) && !matches!(p.toks.get(i).map(|t| t.kind), Some(Tok::Possessive)) {
            break;
        }
        if let Some(h) = delegation_head(p, i - 1) {
            i = h;
            break;
        }
        let ok = match t.kind {
            // "President [Donald] Trump", "[Prime Minister] Netanyahu": an editor's bracket
            // inside the title run breaks nothing.
            Tok::Possessive | Tok::Punct('-' | '(' | ')' | '[' | ']') => true,
            Tok::Word => {
                let w = t.text(p.text);
                let l = w.to_lowercase();
                super::super::text::is_capitalised(w)
                    || LEX.titles.contains(l.as_str())
                    // "far-right ministers A and B", "Hamas officials C and D": a title's
                    // plural right before a list of names is each one's title.
                    || (i == t0
                        && l.strip_suffix('s')
                            .is_some_and(|one| one.len() > 3 && LEX.titles.contains(one)))
                    // "then-president A": an office held at the time told of.
                    || l.split_once(is_hyphen).is_some_and(|(then, office)| {
                        then == "then" && LEX.titles.contains(office)
                    })
                    // "White House chief of staff Susie Wiles".
                    || (l == "staff" && i >= 3 && word(p, i - 2).as_deref() == Some("of"))
                    || (l == "of" && word(p, i).as_deref() == Some("staff"))
                    || LEX.premodifiers.contains(l.as_str())
                    // "Britain's top diplomat A": a state's foreign minister as news names
                    // him; a bare "our diplomat A" may be a title given, not an office held.
                    || (l == "diplomat" && i >= 2 && word(p, i - 2).as_deref() == Some("top"))
                    // "U.S. Marine reservist Sgt. A": a member of a service says what the
                    // person is, as "soldier" does, and the run goes on past it.
                    || LEX.service_nouns.contains(l.as_str())
                    // "police inspector A B": the force before its rank.
                    // "hostage police officers A and B": the force before its members.
                    || (l == "police"
                        && word(p, i).is_some_and(|w| LEX.is_title(&w) || w == "officers"))
                    || (l == "officers" && i >= 2 && word(p, i - 2).as_deref() == Some("police"))
                    // "hostage brothers A and B": siblings who are the captives themselves.
                    || (LEX.sibling_plurals.contains(l.as_str())
                        && i >= 2
                        && word(p, i - 2).is_some_and(|w| matches!(w.as_str(), "hostage" | "captive")))
                    // "political bureau member": a governing body before its member.
                    || body_of_member(p, i - 1)
                    // "Hamas leader and chief negotiator A": two offices of one body.
                    || (l == "and" && two_offices(p, i - 1, t0))
                    // "Knesset members A and B": the members of a capitalised body.
                    || (matches!(l.as_str(), "member" | "members")
                        && i >= 2
                        && (super::super::text::is_capitalised(p.toks[i - 2].text(p.text))
                            // "Hamas political bureau member A": a member of a body that
                            // governs a party or a group holds its office.
                            || word(p, i - 2).is_some_and(|w| super::super::taking_part::is_body(&w))))
                    || office_domain(p, i - 1, t0)
                    || (matches!(l.as_str(), "of" | "for" | "in" | "to")
                        && i >= 2
                        && p.toks[i - 2].is_word()
                        && (super::super::text::is_capitalised(p.toks[i - 2].text(p.text))
                            || office_word(p, i - 2)))
                    // "spokesperson for the Ministry of Foreign Affairs Majed al-Ansari": an
                    // office of a named body.
                    || (l == "the"
                        && i >= 3
                        && word(p, i - 2).is_some_and(|w| matches!(w.as_str(), "of" | "for"))
                        && office_word(p, i - 3)
                        && p.toks.get(i).is_some_and(|t| {
                            super::super::text::is_capitalised(t.text(p.text))
                        }))
            }
            _ => false,
        };
        // "(MoFA)": a bracket opens no sentence inside a title.
        let start = |k: usize| p.starts[k] && !(k > 0 && p.toks[k - 1].is_punct('('));
        if !ok || (start(i) && i != t0 && !t.is_punct('(')) {
            break;
        }
        i -= 1;
        steps += 1;
        if start(i) {
            break;
        }
    }
    if i == t0 {
        return (t0, String::new());
    }
    // The brackets themselves are no words of the title ("President [Donald] Trump").
    let text = &p.text[p.toks[i].start..p.toks[t0 - 1].end];
    let text = text.replace(['[', ']'], "");
    (i, text.trim().to_string())
}

/// The "and" at `and` joins two offices of one person before the name at `t0`: "Hamas leader
/// and chief negotiator A", "Qatar's prime minister and foreign minister B". The words on
/// each side are titles (or their modifiers, "chief", "foreign"), and the first office opens
/// after a body's or a country's name, capitalised or possessive. With an article instead
/// ("the president and envoy A") the first office may be another person's, so the run stops.
fn two_offices(p: &Para<'_>, and: usize, t0: usize) -> bool {
    let titled = |k: usize| {
        word(p, k).is_some_and(|w| {
            LEX.titles.contains(w.as_str()) || LEX.premodifiers.contains(w.as_str())
        })
    };
    let lower = |k: usize| {
        p.toks[k].is_word() && !super::super::text::is_capitalised(p.toks[k].text(p.text))
    };
    if and == 0 || and + 1 >= t0 || !(titled(and + 1) && lower(and + 1)) {
        return false;
    }
    let head = and - 1;
    if !word(p, head).is_some_and(|w| LEX.titles.contains(w.as_str())) {
        return false;
    }
    // "Special Secretary and chief negotiator A": a capitalised title before "and" is an
    // office by itself, so the two are one person's; not after an article ("the President
    // and envoy A").
    if !lower(head) {
        let mut k = head;
        while k > 0 && p.toks[k - 1].is_word() && !lower(k - 1) && head - k < 3 {
            k -= 1;
        }
        return k == 0 || !word(p, k - 1).is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an"));
    }
    let mut k = head;
    while k > 0 && lower(k - 1) && titled(k - 1) && head - k < 3 {
        k -= 1;
    }
    k > 0
        && (matches!(p.toks[k - 1].kind, Tok::Possessive)
            || p.toks[k - 1].is_word()
                && super::super::text::is_capitalised(p.toks[k - 1].text(p.text)))
}

/// Token `k` is in an office's lowercase field that runs up to the name at `t0` ("assistant
/// attorney general for national security A"): one to three plain words after a title and
/// "for" or "of", naming no role of their own ("spokesman for hostage families B" does).
fn office_domain(p: &Para<'_>, k: usize, t0: usize) -> bool {
    let plain = |j: usize| {
        p.toks[j].is_word()
            && !super::super::text::is_capitalised(p.toks[j].text(p.text))
            && word(p, j).is_some_and(|w| !LEX.stopwords.contains(w.as_str()))
    };
    let Some(prep) = (k.saturating_sub(3)..=k)
        .rev()
        .find(|&j| matches!(word(p, j).as_deref(), Some("for" | "of")))
    else {
        return false;
    };
    let field = prep + 1..t0;
    prep >= 1
        && !field.is_empty()
        && field.len() <= 3
        && field.clone().all(plain)
        && word(p, prep - 1).is_some_and(|w| LEX.titles.contains(w.as_str()))
        && LEX
            .roles_in(&p.text[p.toks[prep + 1].start..p.toks[t0 - 1].end])
            .is_empty()
}

/// Token `i` opens or is the noun of a governing body before "member(s)": "bureau" in
/// "bureau member", "political" in "political bureau member".
fn body_of_member(p: &Para<'_>, i: usize) -> bool {
    let body = |k: usize| word(p, k).is_some_and(|w| super::super::taking_part::is_body(&w));
    let member = |k: usize| word(p, k).is_some_and(|w| matches!(w.as_str(), "member" | "members"));
    body(i) && member(i + 1)
        || word(p, i).as_deref() == Some("political") && body(i + 1) && member(i + 2)
}

/// The part of a title run that is the named person's own: "the special envoy to President
/// Donald Trump" makes Trump the president, not the envoy, and "the personal envoy for
/// Moore" gives Moore no title. After the last "of", "for" or "to" in the run, the words are
/// the person's own title when they name an office, end in one to come ("President-elect")
/// or are none at all; otherwise ("Minister of Foreign Affairs Majed al-Ansari", "Special
/// Envoy for Hostage Affairs") the run is one title.
pub(super) fn own_title(p: &Para<'_>, (l0, left): (usize, String), t0: usize) -> (usize, String) {
    let Some(prep) = (l0 + 1..t0)
        .rev()
        .find(|&i| word(p, i).is_some_and(|w| matches!(w.as_str(), "of" | "for" | "to")))
    else {
        return (l0, left);
    };
    if prep + 1 == t0 {
        return (t0, String::new());
    }
    let rest = &p.text[p.toks[prep + 1].start..p.toks[t0 - 1].end];
    // "the envoy for US President-elect A": an office-to-be right before the name opens its
    // own noun phrase, though it holds no office yet. (An honorific does not: "Minister of
    // Foreign Affairs Sheikh A" is one title.)
    let titled = rest
        .split_whitespace()
        .last()
        .and_then(|w| w.split_once(is_hyphen))
        .is_some_and(|(office, _)| LEX.roles_in(office).contains(&Role::Official));
    if titled || LEX.roles_in(rest).contains(&Role::Official) {
        return (prep + 1, rest.to_string());
    }
    // "a spokeswoman for Mr. A", "an envoy for Dr. B": a courtesy title alone after the
    // preposition opens the person's own noun phrase, as no title at all does ("the personal
    // envoy for Moore"); the office before it is someone else's.
    let courtesy = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "mr." | "mrs." | "ms." | "mr" | "mrs" | "ms" | "miss" | "dr." | "dr"
        )
    };
    if rest.split_whitespace().all(courtesy) {
        return (t0, String::new());
    }
    (l0, left)
}

/// Whether the word at `i` is an office ("spokesperson", "minister", "envoy").
pub(super) fn office_word(p: &Para<'_>, i: usize) -> bool {
    word(p, i).is_some_and(|w| LEX.roles_in(&w).contains(&Role::Official))
}

/// Where the capitalised title run before a name starts ("Brig. Gen. Effie Defrin").
pub(super) fn title_start(p: &Para<'_>, t0: usize) -> usize {
    let mut i = t0;
    while i > 0 && p.toks[i - 1].is_word() && LEX.is_title(p.toks[i - 1].text(p.text)) && t0 - i < 4
    {
        i -= 1;
    }
    i
}

/// Whether the title and name from `l0` to `t1` are said over and over, the same words
/// again right after or right before past one mark: a crowd's chant ("President Pete,
/// President Pete!") wishes an office, it gives none.
pub(super) fn chanted(p: &Para<'_>, l0: usize, t1: usize) -> bool {
    let n = t1 - l0;
    let same_at = |s: usize| {
        (0..n).all(|k| {
            let (a, b) = (p.word_at(s + k), p.word_at(l0 + k));
            a.is_some() && a.map(str::to_lowercase) == b.map(str::to_lowercase)
        })
    };
    let mark = |i: usize| p.toks.get(i).is_some_and(|t| !t.is_word());
    n > 1 && (mark(t1) && same_at(t1 + 1) || l0 > n && mark(l0 - 1) && same_at(l0 - 1 - n))
}

/// The roles the title run `left` (opening at `l0`) gives the name after it, less those the
/// words right before the run take back: an office sought is not held ("the Democratic
/// candidate for attorney general Jay Jones"), the head of an institution holds no public
/// office ("hospital president Wang Weidong"), and the captives an office is about are its
/// brief ("special envoy on hostages Adam Boehler").
pub(super) fn title_roles(p: &Para<'_>, l0: usize, left: &str) -> Vec<Role> {
    let mut roles = LEX.roles_in(left);
    // "Judge A B ruled": the court's title capitalised alone before a name is a judge of a
    // court, an office; "judge" in lower case may be a contest's (`role_cues.txt`).
    if matches!(left, "Judge" | "Justice") && !roles.contains(&Role::Official) {
        roles.push(Role::Official);
    }
    let before = |k: usize| l0.checked_sub(k).and_then(|i| word(p, i));
    // "British-Iranian prisoners A and B": the lower-case noun stops the title run, so the
    // two words before it are read too.
    let lead = format!(
        "{} {}",
        before(2).unwrap_or_default(),
        before(1).unwrap_or_default()
    );
    let prisoner = super::super::freed::national_prisoner_title;
    if (prisoner(left) || left.trim().is_empty() && prisoner(&lead))
        && !roles.contains(&Role::Hostage)
    {
        roles.push(Role::Hostage);
    }
    let sought = before(1).as_deref() == Some("for")
        && before(2).is_some_and(|w| {
            matches!(
                w.as_str(),
                "candidate"
                    | "candidates"
                    | "nominee"
                    | "nominees"
                    | "challenger"
                    | "running"
                    | "race"
                    | "bid"
                    | "campaign"
            )
        });
    let institution = before(1).is_some_and(|w| LEX.institutions.contains(w.as_str()))
        || heads_institution(left)
        || joined_to_company_head(before(2).as_deref(), before(1).as_deref(), left)
        || bare_director(p, l0, left)
        || civil_or_cause(p, l0, left);
    // "former state Rep. A", "deceased Mayor B": lower-case words before the capitalised run
    // may say the office is no longer held; read the title with them.
    let lead = Some(lead_words(p, l0)).filter(|l| !l.is_empty());
    let past = lead.is_some_and(|lead| {
        !LEX.roles_in(&format!("{lead}{left}"))
            .contains(&Role::Official)
    });
    // "Ukraine's top negotiator A": a state's negotiator acts for its government, so holds
    // an office as an envoy does. Not a group's or a company's ("the union's negotiator").
    let of_state = |i: usize| {
        super::mediator::country(p, i)
            .is_some_and(|(_, n)| p.toks.get(i + n).is_some_and(|t| t.kind == Tok::Possessive))
    };
    let state_negotiator = roles.contains(&Role::Negotiator)
        && (of_state(l0) || (l0 >= 2 && of_state(l0 - 2)))
        && !lead.is_some_and(|lead| lead.contains("former"));
    if sought || institution || past {
        roles.retain(|&r| r != Role::Official);
    }
    if state_negotiator && !sought && !institution && !roles.contains(&Role::Official) {
        roles.push(Role::Official);
    }
    if l0 >= 2
        && matches!(before(1).as_deref(), Some("on" | "for" | "about"))
        && office_word(p, l0 - 2)
    {
        roles.retain(|&r| r != Role::Hostage);
    }
    roles
}

/// "former two-term Gov. A", "former Wayne County health director B": the words before a
/// title run (up to five, a hyphenated word such as "two-term" read whole) that may say the
/// office is no longer held, though the run itself stopped short of them at a lower-case word.
/// Empty when no word stands right before token `l0`; never past a word that is a role cue.
pub(super) fn lead_words<'a>(p: &Para<'a>, l0: usize) -> &'a str {
    let mut k = l0;
    let mut words = 0;
    while k > 0 && words < 5 {
        let t = p.toks[k - 1];
        let inner_hyphen = matches!(t.kind, Tok::Punct(c) if is_hyphen(c))
            && k >= 2
            && p.toks[k - 2].is_word()
            && p.toks.get(k).is_some_and(|n| n.is_word());
        // "party leaders including former Governor A": a word that is a role of its own
        // ends the lead; the title after it is another noun phrase's.
        let cue = t.is_word() && !LEX.roles_in(t.text(p.text)).is_empty();
        if t.is_word() && !cue {
            words += 1;
        } else if !inner_hyphen {
            break;
        }
        k -= 1;
        if p.starts[k] {
            break;
        }
    }
    if k == l0 {
        return "";
    }
    &p.text[p.toks[k].start..p.toks[l0].start]
}

/// "ELN representative", "Hamas negotiator": the text names an armed group
/// (`data/captor_groups.txt`), written capitalised as a name is, not "the kidnappers'".
pub(super) fn names_armed_group(left: &str) -> bool {
    let words: Vec<&str> = hyphenated_words(left).collect();
    LEX.captor_groups.iter().any(|g| {
        !g.is_empty()
            && words.windows(g.len()).any(|w| {
                w[0].starts_with(char::is_uppercase)
                    && w.iter().zip(g).all(|(a, b)| a.eq_ignore_ascii_case(b))
            })
    })
}

/// "Head of the Russian delegation Vladimir Medinsky", "head of the Ukrainian delegation
/// Rustem Umerov": "delegation" at `d`, after "head", "leader" or "chief" of the (a demonym or
/// a capitalised word between), is a title as a whole; where it starts. Not a visit's
/// delegation ("head of the congressional delegation").
fn delegation_head(p: &Para<'_>, d: usize) -> Option<usize> {
    if word(p, d).as_deref() != Some("delegation") {
        return None;
    }
    let of = (d.saturating_sub(4)..d)
        .rev()
        .find(|&k| word(p, k).as_deref() == Some("of"))?;
    let between_ok = (of + 1..d).all(|k| {
        p.toks[k].is_word()
            && (word(p, k).as_deref() == Some("the")
                || super::super::text::is_capitalised(p.toks[k].text(p.text)))
    });
    let head = of.checked_sub(1)?;
    let heads = matches!(word(p, head).as_deref(), Some("head" | "leader" | "chief"));
    (between_ok && heads).then_some(head)
}
