//! What the sieves read about one article, worked out once: which mention covers each token,
//! who is named in narration and how, each person's gender and descriptions, and the unnamed
//! sources.

use super::super::Para;
use super::super::gender::{Gender, genders};
use super::super::lexicon::LEX;
use super::super::people::{Entity, Mention};
use super::super::refer::{descriptors, in_main_clause, relatives, unnamed_sources};
use super::super::salience::reads_as_subject;
use super::super::text::{Tok, is_capitalised, lower};
use super::sourced::sourced;
use crate::entity::EntityKind;
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::cell::OnceCell;

/// Everything the sieves read about one article.
pub(crate) struct Ctx<'a, 'p> {
    pub paras: &'a [Para<'p>],
    pub ents: &'a [Entity],
    pub mentions: &'a [Mention],
    /// Per paragraph, per token: the mention covering it.
    pub at: Vec<Vec<Option<usize>>>,
    /// People named outside quotations, in reading order: (paragraph, token, entity, whether
    /// the mention reads as a subject rather than an object).
    pub(in crate::extract) narrated: Vec<(usize, usize, usize, bool)>,
    /// Per entity: its gender, where the article or the name tells it.
    pub(in crate::extract) genders: Vec<Option<Gender>>,
    /// Per entity: the words that describe it (`refer::descriptors`).
    pub(in crate::extract) descriptors: Vec<Vec<String>>,
    /// Per entity: whether the article brings them in as a relative or friend.
    pub(in crate::extract) relatives: Vec<bool>,
    /// Who has been named as a speaker so far, in reading order: a bare surname that two
    /// people of the article share goes to the one who has been speaking.
    pub(in crate::extract) spoken: std::cell::RefCell<Vec<usize>>,
    /// Where each of `spoken` was quoted: paragraph and the token that opens the quotation.
    pub(in crate::extract) spoken_at: std::cell::RefCell<Vec<(usize, usize)>>,
    /// Unnamed sources introduced in narration (`refer::unnamed_sources`).
    pub(in crate::extract) unnamed: Vec<(usize, usize, String)>,
    /// Worked out on first use, so that a question asked at every quotation costs a lookup,
    /// not a pass over the article (`Lookups`).
    lookups: OnceCell<Lookups>,
}

/// Positions read by questions about everything before a quotation.
struct Lookups {
    /// Lower-cased word → where it first follows "a" or "an" in narration ("a spokesman").
    indefinite: HashMap<String, (usize, usize)>,
    /// ASCII-lower-cased word of an organisation's name of three words or more → each
    /// mention of it outside quotations, in reading order: (paragraph, token, entity).
    org_words: HashMap<String, Vec<(usize, usize, usize)>>,
    /// Entity → where it is first named (paragraph, token), in quotations or not.
    first: HashMap<usize, (usize, usize)>,
    /// Person → where the narration first tells them killed (`refer::killed`).
    killed: HashMap<usize, (usize, usize)>,
}

impl<'a, 'p> Ctx<'a, 'p> {
    pub fn new(paras: &'a [Para<'p>], ents: &'a [Entity], mentions: &'a [Mention]) -> Self {
        let mut at: Vec<Vec<Option<usize>>> =
            paras.iter().map(|p| vec![None; p.toks.len()]).collect();
        for (mi, m) in mentions.iter().enumerate() {
            for slot in at[m.para].iter_mut().take(m.t1).skip(m.t0) {
                *slot = Some(mi);
            }
        }
        let narrated = mentions
            .iter()
            .filter(|m| !m.in_quote && !m.credit && !paras[m.para].caption)
            .filter(|m| ents[m.entity].kind == EntityKind::Person)
            .map(|m| {
                let p = &paras[m.para];
                (
                    m.para,
                    m.t0,
                    m.entity,
                    (reads_as_subject(p, m) && in_main_clause(p, m))
                        || sourced(p, m)
                        || closes_attribution(p, m)
                        || with_saying(p, m),
                )
            })
            .collect();
        let g = genders(paras, ents, mentions);
        Ctx {
            paras,
            ents,
            mentions,
            at,
            narrated,
            descriptors: descriptors(paras, ents, mentions, &g),
            relatives: relatives(paras, ents, mentions),
            genders: g,
            spoken: std::cell::RefCell::new(Vec::new()),
            spoken_at: std::cell::RefCell::new(Vec::new()),
            unnamed: unnamed_sources(paras, ents, mentions),
            lookups: OnceCell::new(),
        }
    }

    fn lookups(&self) -> &Lookups {
        self.lookups.get_or_init(|| {
            let mut indefinite = HashMap::default();
            for (q, p) in self.paras.iter().enumerate() {
                let article = |k: usize| {
                    let t = &p.toks[k];
                    t.is_word() && {
                        let w = t.text(p.text);
                        w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")
                    }
                };
                // The five words after each "a" or "an" in narration ("a senior Biden
                // administration official"), up to a mark that ends the phrase.
                for k in (0..p.toks.len()).filter(|&k| article(k)) {
                    let phrase = (k + 1..(k + 6).min(p.toks.len()))
                        .take_while(|&j| p.toks[j].is_word() || p.toks[j].kind == Tok::Possessive);
                    for j in phrase.filter(|&j| !p.in_quote[j]) {
                        indefinite.entry(self.word(q, j)).or_insert((q, j));
                    }
                }
            }
            let mut org_words: HashMap<String, Vec<_>> = HashMap::default();
            for m in self.mentions.iter().filter(|m| !m.in_quote) {
                let e = &self.ents[m.entity];
                if e.kind == EntityKind::Organization && e.name.split(' ').count() >= 3 {
                    let mut words: Vec<String> =
                        e.name.split(' ').map(str::to_ascii_lowercase).collect();
                    words.dedup();
                    for w in words {
                        org_words
                            .entry(w)
                            .or_default()
                            .push((m.para, m.t0, m.entity));
                    }
                }
            }
            let mut first: HashMap<usize, (usize, usize)> = HashMap::default();
            for m in self.mentions {
                let at = first.entry(m.entity).or_insert((m.para, m.t0));
                *at = (*at).min((m.para, m.t0));
            }
            let mut killed: HashMap<usize, (usize, usize)> = HashMap::default();
            for &(q, t, e, _) in &self.narrated {
                if !killed.contains_key(&e) && self.told_killed(q, t) {
                    killed.insert(e, (q, t));
                }
            }
            Lookups {
                indefinite,
                org_words,
                first,
                killed,
            }
        })
    }

    /// Where the narration first tells person `e` killed (`refer::killed`), if it does.
    pub(in crate::extract) fn told_killed_at(&self, e: usize) -> Option<(usize, usize)> {
        self.lookups().killed.get(&e).copied()
    }

    /// Whether an unnamed `head` ("a spokesman", "an aide") appears in the narration before
    /// token `tok` of paragraph `para`.
    pub(in crate::extract) fn unnamed_before(&self, para: usize, tok: usize, head: &str) -> bool {
        self.lookups()
            .indefinite
            .get(head)
            .is_some_and(|&at| at < (para, tok))
    }

    /// Where entity `e` is first named in the article (paragraph, token).
    pub(in crate::extract) fn first_named(&self, e: usize) -> Option<(usize, usize)> {
        self.lookups().first.get(&e).copied()
    }

    /// The organisation whose name holds the head word at token `head` ("Forum" for "the
    /// forum said") mentioned last before token `tok` of paragraph `para`, outside
    /// quotations. Only a distinctive name of three words or more: "the ministry said" after
    /// "Foreign Ministry" could be any country's, and a speaker left unnamed is better than a
    /// wrong one. The words said of the head after its article (from token `a`) must be words
    /// of the name too: "the prime minister's office" is not the Government Press Office.
    pub(in crate::extract) fn last_org_named(
        &self,
        para: usize,
        tok: usize,
        a: usize,
        head: usize,
    ) -> Option<usize> {
        let seen = self.lookups().org_words.get(&self.word(para, head))?;
        let before = seen.partition_point(|&(p, t, _)| (p, t) < (para, tok));
        let e = seen[before.checked_sub(1)?].2;
        let p = &self.paras[para];
        let from = (a..head)
            .rev()
            .find(|&i| matches!(self.word(para, i).as_str(), "the" | "its" | "a" | "an"))
            .map_or(a, |i| i + 1);
        let name: Vec<String> = self.ents[e]
            .name
            .split(' ')
            .map(|w| {
                let w = w.to_ascii_lowercase();
                w.strip_suffix("'s")
                    .or_else(|| w.strip_suffix("’s"))
                    .map_or(w.clone(), str::to_string)
            })
            .collect();
        (from..head)
            .filter(|&i| p.toks[i].is_word())
            .all(|i| name.contains(&self.word(para, i)))
            .then_some(e)
    }

    /// "'…,' Witkoff shared in the interview", "she shared on Instagram: '…'", "he shared
    /// during a briefing": after "shared", a preposition that opens where or when it was
    /// said, then a determiner, a possessive or a capitalised word (a platform, a day), still
    /// reports words; "shared in the grief" or "shared in profits" (a share taken) does not.
    fn shared_where(&self, para: usize, i: usize) -> bool {
        let p = &self.paras[para];
        let next = self.lower(para, i + 1);
        let place = matches!(
            &*next,
            "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "my"
        ) || p
            .toks
            .get(i + 1)
            .is_some_and(|t| t.is_word() && is_capitalised(t.text(p.text)));
        matches!(
            &*self.lower(para, i),
            "in" | "on" | "during" | "at" | "via" | "over" | "to"
        ) && place
            && !matches!(
                &*self.lower(para, i + 2),
                "grief" | "pain" | "loss" | "sorrow" | "joy" | "profits" | "costs" | "burden"
            )
    }

    /// Whether token `i` of paragraph `para` is a reporting verb: one of the list, or a
    /// phrasal one ("shot back", "fired back", "hit back", "made the point that").
    pub(in crate::extract) fn reports(&self, para: usize, i: usize) -> bool {
        let w = self.lower(para, i);
        // "the rally ended in chanting from protesters": a noise of voices after a
        // preposition or determiner is a noun, not a verb with a subject.
        let noise = matches!(&*w, "chanting" | "shouting" | "yelling" | "screaming")
            && matches!(
                &*self.lower(para, i.wrapping_sub(1)),
                "in" | "into" | "of" | "from" | "with" | "amid" | "the" | "loud"
            );
        // "Trump's repeated warnings", "the promised aid", "his continued silence": a verb
        // form right after a determiner or possessive modifies a noun; it has no subject.
        let modifies = i > 0
            && w.ends_with("ed")
            && (self.paras[para].toks[i - 1].kind == Tok::Possessive
                || matches!(
                    &*self.lower(para, i - 1),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
                ));
        // "told supporters in remarks on Saturday", "his comments", "the claims", "the crowd
        // erupted into chants": a plural noun after a preposition or determiner, not a verb
        // with a subject.
        let plural_noun = i > 0
            && w.ends_with('s')
            && (self.paras[para].toks[i - 1].kind == Tok::Possessive
                || matches!(
                    &*self.lower(para, i - 1),
                    "in" | "into"
                        | "amid"
                        | "during"
                        | "of"
                        | "the"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "our"
                        | "my"
                        | "your"
                        | "these"
                        | "those"
                ));
        (LEX.reporting_verbs.contains(&*w) && !noise && !modifies && !plural_noun)
            || (matches!(&*w, "shot" | "fired" | "hit" | "pushed")
                && self.lower(para, i + 1) == "back")
            // "'…,' as the mayor put it": "put it" after "as" and its subject words it.
            || (matches!(&*w, "put" | "puts")
                && self.lower(para, i + 1) == "it"
                && (i.saturating_sub(8)..i).any(|j| self.lower(para, j) == "as"))
            // "X spoke to Channel 12 about the talks, '…'": speaking to someone reports
            // what was said to them (who was spoken to is not the speaker: `addresses`).
            || (matches!(&*w, "spoke" | "speaks")
                && matches!(&*self.lower(para, i + 1), "to" | "with"))
            // "'…,' Hagai shared.": sharing reports words only when nothing follows it but the
            // end of the clause or what was said; "shared a photo", "shared a message from X:"
            // pass on something else, whoever's words it holds. "'…,' Wong shared with ABC
            // News": shared with a listener, as "spoke to", it reports what was said.
            || (matches!(&*w, "shared" | "shares")
                && !matches!(
                    &*self.lower(para, i.wrapping_sub(1)),
                    "was" | "were" | "is" | "are" | "been" | "be"
                )
                && (matches!(&*self.lower(para, i + 1), "that" | "with")
                    || self.shared_where(para, i + 1)
                    || self.paras[para].toks.get(i + 1).is_none_or(|t| {
                        matches!(t.kind, Tok::Punct('.' | ',' | ':' | ';'))
                    })))
            // "Trump alleged that she had been 'tortured …'", "'…,' she alleged.": a charge
            // put in words, as "shared", only before "that" or the clause's end; "the
            // alleged plot" (an adjective) and "was alleged to" report no one's words.
            || (matches!(&*w, "alleged" | "alleges")
                && !matches!(
                    &*self.lower(para, i.wrapping_sub(1)),
                    "was" | "were" | "is" | "are" | "been" | "be"
                )
                && (self.lower(para, i + 1) == "that"
                    || self.paras[para].toks.get(i + 1).is_none_or(|t| {
                        matches!(t.kind, Tok::Punct('.' | ','))
                    })))
            // "made the point that the UK was 'the first …'": an argument put in words.
            || (matches!(&*w, "made" | "makes" | "making")
                && self.lower(para, i + 1) == "the"
                && matches!(&*self.lower(para, i + 2), "point" | "case" | "argument")
                && self.lower(para, i + 3) == "that")
    }

    /// "a video of her saying nothing while …", "he said little as …": a verb of speech
    /// denied. It reports no words, so its subject owns no quotation near it; yet the
    /// sentence still tells of speech, so it is no plain narration either.
    pub(in crate::extract) fn silent(&self, para: usize, i: usize) -> bool {
        matches!(&*self.lower(para, i + 1), "nothing" | "little")
            // "said nothing but '…'", "said little more than '…'" still give words.
            && !matches!(&*self.lower(para, i + 2), "but" | "except" | "other" | "more")
    }

    /// Where the titles before a mention's first token `t0` start ("French President X",
    /// "the envoy Y"): back over at most six title, capitalised or "the" words that are no
    /// other mention, stopping before any token `stop` rejects.
    pub(in crate::extract) fn title_start(
        &self,
        para: usize,
        t0: usize,
        stop: impl Fn(usize) -> bool,
    ) -> usize {
        let p = &self.paras[para];
        let mut j = t0;
        while j > 0 && t0 - j < 6 && self.at[para][j - 1].is_none() && !stop(j - 1) && {
            let t = &p.toks[j - 1];
            t.is_word()
                && (LEX.is_title(t.text(p.text))
                    || is_capitalised(t.text(p.text))
                    || self.lower(para, j - 1) == "the")
        } {
            j -= 1;
        }
        j
    }

    pub(in crate::extract) fn word(&self, para: usize, i: usize) -> String {
        self.lower(para, i).into_owned()
    }

    /// [`Ctx::word`] without the allocation when the word is already lower case: asked of
    /// every token near every quotation ([`Ctx::reports`]).
    fn lower(&self, para: usize, i: usize) -> Cow<'p, str> {
        let p = &self.paras[para];
        p.toks
            .get(i)
            .filter(|t| t.is_word())
            .map_or(Cow::Borrowed(""), |t| lower(t.text(p.text)))
    }
}

/// "The vote dominated the day, with challenger Ann Roe saying the plan would fail. She
/// blamed …": "with", a name and a reporting participle make the name the subject of that
/// clause, the one a later "she said" follows, not a name inside what she is reported to say.
fn with_saying(p: &Para<'_>, m: &Mention) -> bool {
    let word = |i: usize| {
        p.toks
            .get(i)
            .filter(|t| t.is_word())
            .map(|t| lower(t.text(p.text)))
    };
    let saying = word(m.t1)
        .is_some_and(|w| w.ends_with("ing") && LEX.reporting_verbs.contains(&*w))
        && !p.in_quote[m.t1];
    // Back over the titles before the name ("with DFL challenger Al Franken").
    let mut t = m.t0;
    while t > 0
        && m.t0 - t < 4
        && p.toks[t - 1].is_word()
        && (is_capitalised(p.toks[t - 1].text(p.text))
            || LEX.is_title(p.toks[t - 1].text(p.text))
            || LEX.candidacy.contains(&*lower(p.toks[t - 1].text(p.text))))
    {
        t -= 1;
    }
    saying && t > 0 && word(t - 1).as_deref() == Some("with")
}

/// "…appeared pale on Thursday, his mother Khammee Lamnao said.": a name that a reporting
/// verb closing its sentence or clause follows is who spoke there, a subject the story
/// follows into the next quotation ("'…,' she told the AP"), wherever the clause stands.
fn closes_attribution(p: &Para<'_>, m: &Mention) -> bool {
    let verb = p.toks.get(m.t1).is_some_and(|t| {
        t.is_word()
            && LEX
                .reporting_verbs
                .contains(t.text(p.text).to_lowercase().as_str())
    });
    let closes = p
        .toks
        .get(m.t1 + 1)
        .is_none_or(|t| matches!(t.kind, Tok::Punct('.' | ',' | ';')));
    // "Mr Suwannakham's sister Sirinna said her family …": at the head of its sentence too,
    // past a possessive and a family word.
    let opens = (0..m.t0).rev().find(|&i| p.starts[i]).is_some_and(|s| {
        (s..m.t0).all(|i| {
            let t = p.toks[i];
            t.kind == Tok::Possessive
                || t.is_word()
                    && (is_capitalised(t.text(p.text))
                        || LEX.kin.contains(t.text(p.text).to_lowercase().as_str()))
        })
    });
    verb && (closes || opens) && !p.in_quote[m.t1]
}
