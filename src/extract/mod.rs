//! The "extract" stage: from an article's plain paragraphs, the people, organisations and
//! places it names, the roles people play, and the quotations with their speakers.
//!
//! Extraction is rules and gazetteers, no downloaded model. Each article is extracted on its
//! own (in parallel across a corpus), so that a change to one article re-extracts only that
//! article. The registry (`content/entities.yaml`) adds canonical names, aliases and facts.
//!
//! The steps, each a module: `text` (words and sentences) → `quotes` (quotation spans) →
//! `para` (each paragraph read once) → `runs` (runs of name-like words) →
//! `names` (capitalised runs, titles, known names) → `people` (one entity per person; a
//! surname goes to the latest full name) → `roles` (from the words around each mention and the
//! lists they stand in, each role with its `evidence`) → `attribution` (ordered sieves for
//! each quotation's speaker, with a confidence; `refer`, `salience` and `gender` for pronouns and
//! descriptions). Before `names`, `known` finds the names the hints, the registry and the
//! gazetteer already know. `lexicon` holds the word lists; `registry` the dossier's known
//! entities; `identity` the one identity rule across articles; `suggest` what the registry
//! lacks.

mod acronyms;
mod ahead;
mod aka;
mod aside;
mod attribution;
mod attributive;
mod before;
mod brokered_by;
mod candidate;
mod caps_heading;
mod captor_contact;
mod carry;
mod colon;
mod complement;
mod context;
mod continued;
pub mod cues;
mod definite;
mod delegation;
mod describe;
mod diplomacy;
mod evidence;
mod except;
mod former;
mod freed;
mod fronted;
mod gender;
mod governed;
mod groups;
mod headline_label;
mod holders;
mod homecoming;
pub mod identity;
mod institution;
mod intermediaries;
mod introduced;
mod issued;
mod item_label;
mod joined;
mod known;
mod lede;
mod lexicon;
mod lists;
mod names;
mod nicknamed;
mod office;
mod opener;
mod outlet;
mod own_deed;
mod para;
mod people;
mod person_cues;
mod placelike;
mod predicate;
mod pronoun_clause;
mod pull;
mod question;
mod quotes;
mod refer;
pub mod registry;
mod renown;
mod roles;
mod runs;
mod salience;
mod seized;
mod self_role;
mod set_off;
mod sides;
mod split;
mod standing;
mod status;
mod subject;
pub mod suggest;
mod taking_part;
mod talks;
mod team;
mod tenure;
mod text;
mod unclosed;
mod undergone;
mod unnamed;
mod viewpoint;

pub use evidence::RoleEvidence;
pub use registry::{Registry, RegistryError};
pub use roles::mediator::StateOffice;
pub use status::{StatusEvent, StatusKind, When};

use crate::entity::{EntityKind, EntitySpec, Role};
use attribution::Who;
use chrono::NaiveDate;
use known::atoms;
pub(crate) use known::guess_kind;
use names::Source;
pub(crate) use para::Para;
use rayon::prelude::*;
use serde::Serialize;

/// Where a mention or quotation sits: paragraph index and byte range in that paragraph's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

/// One entity found in one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FoundEntity {
    /// Canonical name: the registry's name when the registry knows it, else the fullest form
    /// of the name in the article.
    pub name: String,
    pub kind: EntityKind,
    /// Sorted, without duplicates.
    pub roles: Vec<Role>,
    /// The sentence that gave each role found in the text (none for roles the registry or
    /// the front matter gives).
    pub evidence: Vec<RoleEvidence>,
    /// The other forms the article uses (surname, first name, honorific form).
    pub aliases: Vec<String>,
    /// A title or apposition the article gives ("White House Press Secretary").
    pub description: Option<String>,
    /// Every mention, in reading order.
    pub mentions: Vec<Span>,
    /// True when the registry (or the article's `entities:` front matter) knows this entity.
    pub known: bool,
    /// First named as someone's relative ("his father, Alon"): a lone name so introduced is
    /// not redirected to a fully named person of another article.
    #[serde(skip)]
    pub relative: bool,
    /// The article calls every office it gives the person former ("former President
    /// Donald Trump"): the site's office of a later time is not this article's.
    #[serde(skip)]
    pub left_office: bool,
    /// Diplomatic offices of states the article does not name as mediators: a negotiator's
    /// when another article of the corpus does (`identity::mediating`).
    #[serde(skip)]
    pub offices: Vec<StateOffice>,
}

/// One direct quotation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The exact characters between the quotation marks.
    pub text: String,
    /// Canonical name of the speaker (a person or an organisation), or `None`.
    pub speaker: Option<String>,
    /// True for an anonymous source ("a source familiar with the talks").
    pub anonymous: bool,
    /// How the article describes the speaker ("White House Press Secretary", "an Israeli
    /// source familiar with the details").
    pub speaker_description: Option<String>,
    pub span: Span,
    /// The sieve that attributed it ("trailing", "leading", "same paragraph"…), or `none`.
    pub rule: &'static str,
    /// How sure that sieve is of the speaker, 0 to 1.
    pub confidence: f32,
    /// The person a sieve guessed below [`SPEAKER_THRESHOLD`]: the quotation is published
    /// with no speaker, as "speaker unclear", and `dossier check` lists it.
    pub unclear: Option<String>,
}

/// Below this confidence a guessed speaker is not published. Set on real reporting: a
/// pronoun or description that other people could equally fit scores under it.
pub const SPEAKER_THRESHOLD: f32 = 0.6;

/// Everything extraction found in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ArticleExtraction {
    pub entities: Vec<FoundEntity>,
    pub quotes: Vec<Quote>,
    /// Hostage status events, in reading order (`status`).
    #[serde(skip)]
    pub status: Vec<StatusEvent>,
    /// The states the article names as mediators, by key, each with the sentence that says
    /// so (`roles::mediator`).
    #[serde(skip)]
    pub mediators: Vec<(String, RoleEvidence)>,
}

/// Extracts a whole corpus, one article per rayon task. Each item is an article's paragraphs,
/// its hints ([`article_hints`]) and its date. What holds across articles (which names are one
/// person, which roles they have) is [`identity::merge`]'s to say.
pub fn extract_corpus(
    articles: &[(&[String], &[EntitySpec], Option<NaiveDate>)],
    registry: &Registry,
) -> Vec<ArticleExtraction> {
    articles
        .par_iter()
        .map(|&(paragraphs, hints, date)| extract_dated(paragraphs, hints, registry, date))
        .collect()
}

/// The hints an article's front matter gives extraction: its `entities:`, and the outlet its
/// `source:` names, as an organisation wherever the text names it. A newsroom's copy names
/// itself ("she told Davar"), and with no title or apposition there a short outlet name reads
/// as a person's. An outlet the registry or the built-in gazetteer knows, even in part ("Kan
/// public broadcaster"), is left to them, so that it keeps one name across articles; so is one
/// an `entities:` entry names. A known place inside the outlet's name ("the Springfield
/// Ledger-Star") does not name the outlet, which stays a hint: alone on its line under the
/// byline, it would read as a person's name.
pub fn article_hints(
    entities: &[EntitySpec],
    source: Option<&str>,
    registry: &Registry,
) -> Vec<EntitySpec> {
    let mut hints = entities.to_vec();
    let outlet = source.map(str::trim).filter(|s| {
        !s.is_empty()
            && !entities.iter().any(|h| h.name.eq_ignore_ascii_case(s))
            && registry.find(s).is_empty()
            && !known::gazetteer_names_outlet(s)
    });
    if let Some(name) = outlet {
        hints.push(EntitySpec {
            name: name.to_string(),
            kind: Some(EntityKind::Organization),
            ..EntitySpec::default()
        });
    }
    hints
}

/// Extracts one article from its plain paragraphs. `hints` are the article's own `entities:`
/// front matter, which add or correct entities the way registry entries do, for this article
/// only. With no date, no role is read from a known term of office ([`extract_dated`]).
pub fn extract_article(
    paragraphs: &[String],
    hints: &[EntitySpec],
    registry: &Registry,
) -> ArticleExtraction {
    extract_dated(paragraphs, hints, registry, None)
}

/// [`extract_article`] for an article of `date`, on which a person the article names in full
/// and who held a known office then is an official (`holders`), as a reader takes "Biden said"
/// in 2023.
pub fn extract_dated(
    paragraphs: &[String],
    hints: &[EntitySpec],
    registry: &Registry,
    date: Option<NaiveDate>,
) -> ArticleExtraction {
    let recased = caps_heading::recase(paragraphs);
    let paragraphs: &[String] = recased.as_deref().unwrap_or(paragraphs);
    let mut spans: Vec<Vec<quotes::QuoteSpan>> =
        paragraphs.iter().map(|p| quotes::spans(p)).collect();
    quotes::run_on(paragraphs, &mut spans);
    let (paras, lowercase_words) = para::read(paragraphs, &spans);

    let mut cands = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        let atoms = atoms(p, hints, registry);
        cands.extend(names::candidates(p, i, &atoms, &lowercase_words));
    }
    joined::split(&paras, &mut cands);
    joined::two_names(&mut cands);
    joined::drop_counted(&paras, &mut cands);
    headline_label::mark(&paras, &mut cands);
    acronyms::expand(&paras, &mut cands);
    nicknamed::fold(&paras, &mut cands);
    aka::fold(&paras, &mut cands);
    let known_name = |src: Source| match src {
        Source::Registry(i) => registry
            .entries
            .get(i)
            .map(|e| (e.name.clone(), registry.kind_of(i))),
        Source::Hint(i) => hints.get(i).map(|e| {
            (
                e.name.clone(),
                e.kind.unwrap_or_else(|| guess_kind(&e.name)),
            )
        }),
        Source::Gazetteer(_) => None,
    };
    let (ents, mentions) = people::resolve(&cands, &known_name);
    let mediators = roles::mediator::countries(&paras);
    let mut found = roles::assign(&paras, &ents, &mentions, &mediators);
    holders::drop_courtesy_titles(&mut found, (&paras, &ents, &mentions), date);
    holders::add_officials(&mut found, (&paras, &ents, &mentions), date);
    renown::add_known(&mut found, (&paras, &ents, &mentions), date);

    let real: Vec<Vec<quotes::QuoteSpan>> = spans
        .iter()
        .zip(paragraphs)
        .map(|(s, p)| {
            s.iter()
                .copied()
                .filter(|q| quotes::is_quotation_in(p, q))
                .collect()
        })
        .collect();
    let cx = attribution::Ctx::new(&paras, &ents, &mentions);
    let attributed = attribution::attribute(&cx, &real);

    let spec_of = |src: Option<Source>| match src {
        Some(Source::Registry(i)) => registry.entries.get(i),
        Some(Source::Hint(i)) => hints.get(i),
        _ => None,
    };
    let mut entities: Vec<FoundEntity> = ents
        .iter()
        .zip(&found)
        .map(|(e, f)| {
            let spec = spec_of(e.source);
            let (roles, evidence) = match spec {
                Some(s) if !s.roles.is_empty() => (s.roles.clone(), Vec::new()),
                _ => (f.roles.clone(), f.evidence.clone()),
            };
            FoundEntity {
                name: e.name.clone(),
                kind: e.kind,
                roles,
                evidence,
                aliases: spec.map(|s| s.aliases.clone()).unwrap_or_default(),
                description: spec
                    .and_then(|s| s.description.clone())
                    .or_else(|| e.title.clone())
                    .or_else(|| f.description.clone()),
                mentions: Vec::new(),
                known: spec.is_some(),
                relative: f.relative,
                left_office: f.left_office,
                offices: if spec.is_some_and(|s| !s.roles.is_empty()) {
                    Vec::new()
                } else {
                    f.offices.clone()
                },
            }
        })
        .collect();
    for m in &mentions {
        let p = &paras[m.para];
        let span = Span {
            paragraph: m.para,
            start: p.toks[m.t0].start,
            end: p.toks[m.t1 - 1].end,
        };
        let e = &mut entities[m.entity];
        e.mentions.push(span);
        let form = p.text[span.start..span.end].trim_start_matches("the ");
        // "[Donald] Trump": an editor's brackets are no part of the form a name is written in;
        // nor is the one round bracket a quotation's "Vernon (Parker)" leaves inside the span.
        let unpaired = form.contains('(') != form.contains(')');
        let unbracketed = if unpaired {
            form.replace(['[', ']', '(', ')'], "")
        } else {
            form.replace(['[', ']'], "")
        };
        let form = if form.contains(['[', ']']) || unpaired {
            unbracketed.trim()
        } else {
            form
        };
        if form != e.name && !e.aliases.iter().any(|a| a == form) {
            e.aliases.push(form.to_string());
        }
    }
    self_role::from_quotes(&attributed, paragraphs, &mut entities, SPEAKER_THRESHOLD);
    let quotes = attributed
        .into_iter()
        .map(|a| {
            let (rule, confidence) = a
                .who
                .as_ref()
                .map_or(("none", 0.0), |p| (p.rule, p.confidence));
            let (mut speaker, anonymous, mut desc) = match a.who.map(|p| p.who) {
                Some(Who::Entity(e)) => (
                    Some(entities[e].name.clone()),
                    false,
                    entities[e].description.clone(),
                ),
                Some(Who::Anonymous(d)) => (None, true, Some(d)),
                Some(Who::Unnamed) | None => (None, false, None),
            };
            let mut unclear = None;
            if speaker.is_some() && confidence < SPEAKER_THRESHOLD {
                unclear = speaker.take();
                desc = None;
            }
            Quote {
                text: paragraphs[a.para][a.span.start..a.span.end].to_string(),
                speaker,
                anonymous,
                speaker_description: desc,
                span: Span {
                    paragraph: a.para,
                    start: a.span.start,
                    end: a.span.end,
                },
                rule,
                confidence,
                unclear,
            }
        })
        .collect();
    entities.retain(|e| !e.mentions.is_empty());
    let status = status::events(paragraphs, &entities);
    ArticleExtraction {
        entities,
        quotes,
        status,
        mediators,
    }
}

#[cfg(test)]
mod tests;
