//! The incremental link equals a full link: random sequences of edits (articles added,
//! edited, re-dated, renamed, deleted; the registry and `site.yaml` changed) applied to a
//! small dossier whose articles share names — full names, lone surnames and first names that
//! one or several people carry, people quoted, hostages released — and after every step
//! `Linker::update` must give the site that `link::link` gives of the same input, and say
//! which entities and articles changed.

use dossier::extract::{ArticleExtraction, Registry};
use dossier::link::{Delta, Linker, Site, link};
use dossier::load::config::SiteConfig;
use dossier::load::{Article, Corpus, Format, LoadOptions, assemble, parse_article};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

const PEOPLE: &[&str] = &[
    "Adam Boehler",
    "Adam Smith",
    "Steve Witkoff",
    "Edan Alexander",
    "Omer Neutra",
    "Majed al-Ansari",
    // Two people whose names make the same slug.
    "Dan O'Brien",
    "Dan OBrien",
];
/// Lone names: each the surname or first name of none, one or two of `PEOPLE`.
const LONE: &[&str] = &[
    "Boehler",
    "Adam",
    "Witkoff",
    "Alexander",
    "Smith",
    "Leavitt",
];
const ORGS: &[&str] = &["Hamas", "the White House", "the State Department"];
const PLACES: &[&str] = &["Doha", "Cairo", "Gaza"];

/// Sentences of news prose: {P} and {Q} a full name, {L} a lone name, {O} an organisation,
/// {C} a place.
const TEMPLATES: &[&str] = &[
    "{P}, the US envoy for hostage affairs, met officials from {O} in {C} on Monday.",
    "\"We are not giving up,\" {P} said after the meeting in {C}.",
    "{L} said the talks would resume next week.",
    "Hostage {P} was released on Tuesday, officials said.",
    "{P} remains held in {C}, according to a source familiar with the talks.",
    "Negotiator {P} told reporters in {C} that {O} had answered.",
    "\"The offer stands,\" {L} said.",
    "{O} said in a statement that a deal was close.",
    "{P} and {Q} spoke by phone with mediators from {C}.",
    "A {O} official said Mr. {L} had not replied.",
];

const REGISTRIES: &[&str] = &[
    "",
    "- name: Adam Boehler\n  kind: person\n  aliases: [Boehler]\n  roles: [negotiator]\n",
    "- name: Edan Alexander\n  roles: [hostage]\n  status: released\n- name: Hamas\n  kind: organization\n  affiliation: Hamas\n",
];

const CONFIGS: &[&str] = &[
    "title: Talks\n",
    "title: Talks, renamed\n",
    "title: Talks\nroles:\n  - name: hostage\n  - name: negotiator\n",
];

/// One paragraph: a template and the names it is filled with.
type Para = (usize, usize, usize, usize);

#[derive(Debug, Clone)]
enum Step {
    Add { day: u8, tag: bool, body: Vec<Para> },
    Edit { which: usize, body: Vec<Para> },
    Redate { which: usize, day: u8 },
    Rename { which: usize },
    Delete { which: usize },
    Registry(usize),
    Config(usize),
}

fn body() -> impl Strategy<Value = Vec<Para>> {
    prop::collection::vec(
        (
            0..TEMPLATES.len(),
            0..PEOPLE.len(),
            0..LONE.len(),
            0..PEOPLE.len(),
        ),
        1..5,
    )
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (1u8..5, any::<bool>(), body()).prop_map(|(day, tag, body)| Step::Add { day, tag, body }),
        3 => (any::<usize>(), body()).prop_map(|(which, body)| Step::Edit { which, body }),
        1 => (any::<usize>(), 1u8..5).prop_map(|(which, day)| Step::Redate { which, day }),
        1 => any::<usize>().prop_map(|which| Step::Rename { which }),
        1 => any::<usize>().prop_map(|which| Step::Delete { which }),
        1 => (0..REGISTRIES.len()).prop_map(Step::Registry),
        1 => (0..CONFIGS.len()).prop_map(Step::Config),
    ]
}

fn prose(body: &[Para]) -> String {
    body.iter()
        .map(|&(t, p, l, q)| {
            TEMPLATES[t]
                .replace("{P}", PEOPLE[p])
                .replace("{Q}", PEOPLE[q])
                .replace("{L}", LONE[l])
                .replace("{O}", ORGS[(p + l) % ORGS.len()])
                .replace("{C}", PLACES[(q + t) % PLACES.len()])
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The dossier's files, and the parsed article and extraction of each, kept (the same
/// `Arc`) while its file and the registry and roles stay as they were — as serve keeps them.
#[derive(Default)]
struct Dossier {
    files: BTreeMap<PathBuf, (u8, bool, Vec<Para>)>,
    made: usize,
    registry: usize,
    config: usize,
    cache: BTreeMap<PathBuf, (String, Arc<Article>, Arc<ArticleExtraction>)>,
}

impl Dossier {
    fn nth(&self, which: usize) -> Option<PathBuf> {
        let n = self.files.len();
        (n > 0)
            .then(|| self.files.keys().nth(which % n).cloned())
            .flatten()
    }

    fn apply(&mut self, step: &Step) {
        match step.clone() {
            Step::Add { day, tag, body } => {
                self.made += 1;
                let path = PathBuf::from(format!("content/articles/a{}.md", self.made));
                self.files.insert(path, (day, tag, body));
            }
            Step::Edit { which, body } => {
                if let Some(f) = self.nth(which).and_then(|p| self.files.get_mut(&p)) {
                    f.2 = body;
                }
            }
            Step::Redate { which, day } => {
                if let Some(f) = self.nth(which).and_then(|p| self.files.get_mut(&p)) {
                    f.0 = day;
                }
            }
            Step::Rename { which } => {
                if let Some(p) = self.nth(which)
                    && let Some(f) = self.files.remove(&p)
                {
                    self.made += 1;
                    let path = PathBuf::from(format!("content/articles/a{}.md", self.made));
                    self.files.insert(path, f);
                }
            }
            Step::Delete { which } => {
                if let Some(p) = self.nth(which) {
                    self.files.remove(&p);
                }
            }
            Step::Registry(r) => {
                if r != self.registry {
                    self.cache.clear();
                }
                self.registry = r;
            }
            Step::Config(c) => {
                if c != self.config {
                    self.cache.clear();
                }
                self.config = c;
            }
        }
    }

    /// What `link` takes, as serve would make it.
    fn input(&mut self) -> (SiteConfig, Corpus, Vec<Arc<ArticleExtraction>>, Registry) {
        let config = SiteConfig::parse(CONFIGS[self.config], Path::new("site.yaml")).unwrap();
        let registry = Registry::parse(REGISTRIES[self.registry]).unwrap();
        let cues = config.cue_table();
        let mut articles = Vec::new();
        for (path, (day, tag, body)) in &self.files {
            let tags = if *tag { "\ntags: [talks]" } else { "" };
            let text = format!(
                "---\ntitle: Report {}\ndate: 2025-03-0{day}{tags}\n---\n{}\n",
                path.display(),
                prose(body)
            );
            let cached = self.cache.get(path).filter(|c| c.0 == text);
            let (article, x) = match cached {
                Some((_, a, x)) => (a.clone(), x.clone()),
                None => {
                    let a = parse_article(path, &text, Format::Markdown, LoadOptions::default())
                        .unwrap()
                        .unwrap();
                    let x = dossier::engine::extract_one(&a, &registry, &cues);
                    (Arc::new(a), Arc::new(x))
                }
            };
            self.cache
                .insert(path.clone(), (text, article.clone(), x.clone()));
            articles.push((article, x));
        }
        let by_ptr: Vec<_> = articles.clone();
        let (corpus, errors) =
            assemble(articles.into_iter().map(|a| a.0).collect(), vec![], vec![]);
        assert!(errors.is_empty(), "{errors:?}");
        let extraction = corpus
            .articles
            .iter()
            .map(|a| {
                by_ptr
                    .iter()
                    .find(|(b, _)| Arc::ptr_eq(a, b))
                    .map(|(_, x)| x.clone())
                    .unwrap()
            })
            .collect();
        (config, corpus, extraction, registry)
    }
}

/// Everything a site holds but its configuration, printed in full.
fn canonical(site: &Site) -> String {
    format!(
        "{:#?}\n{:#?}\n{:#?}\n{:#?}\n{:#?}\n{:?}",
        site.articles, site.entities, site.quotes, site.tags, site.history, site.config.title
    )
}

fn entity_text(site: &Site, i: usize) -> String {
    format!("{:?}", site.entities[i])
}

/// Applies the steps, checking after each that the updated site is the full link's; returns
/// what each update said it changed.
fn run(steps: &[Step]) -> Vec<Delta> {
    run_with(steps, false)
}

/// Every file render makes of a site.
fn rendered(site: &Site) -> Vec<(PathBuf, Vec<u8>)> {
    let root = tempfile::tempdir().unwrap();
    dossier::engine::render_site(root.path(), site)
        .unwrap()
        .generated
}

/// [`run`], also rendering both sites after each step when `render` and comparing every
/// byte.
fn run_with(steps: &[Step], render: bool) -> Vec<Delta> {
    let mut deltas = Vec::new();
    let mut dossier = Dossier::default();
    let (config, corpus, x, registry) = dossier.input();
    let mut linker = Linker::new(config, corpus, &x, &registry);
    for (n, step) in steps.iter().enumerate() {
        dossier.apply(step);
        let (config, corpus, x, registry) = dossier.input();
        let before = linker.site().clone();
        let delta = linker.update(config.clone(), corpus.clone(), &x, &registry);
        let full = link(config, corpus, &x, &registry);
        let (got, want) = (canonical(linker.site()), canonical(&full));
        if got != want {
            let line = got
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            let around = |s: &str| {
                s.lines()
                    .skip(line.saturating_sub(30))
                    .take(40)
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            panic!(
                "step {n} ({step:?}) of {steps:#?}: the updated site differs from a full link at line {line}:\n--- updated\n{}\n--- full\n{}",
                around(&got),
                around(&want)
            );
        }
        if render {
            let (got, want) = (rendered(linker.site()), rendered(&full));
            assert_eq!(got.len(), want.len(), "step {n} ({step:?})");
            for ((p, a), (q, b)) in got.iter().zip(&want) {
                assert_eq!(p, q, "step {n} ({step:?})");
                assert!(a == b, "step {n} ({step:?}): {} differs", p.display());
            }
        }
        // What the delta leaves out did not change.
        if !delta.full && !delta.renumbered {
            let site = linker.site();
            assert_eq!(site.entities.len(), before.entities.len());
            for i in 0..site.entities.len() {
                if !delta.entities.iter().any(|e| e.0 as usize == i) {
                    assert_eq!(
                        entity_text(site, i),
                        entity_text(&before, i),
                        "step {n} ({step:?}): entity {i} changed without being listed"
                    );
                }
            }
        }
        if std::env::var("DEBUG_LINK").is_ok() {
            for e in &linker.site().entities {
                eprintln!(
                    "{n}: {} {:?} {:?} apps={} related={:?}",
                    e.name,
                    e.kind,
                    e.aliases,
                    e.appearances.len(),
                    e.related
                );
            }
            eprintln!("{delta:?}");
        }
        deltas.push(delta);
    }
    deltas
}

#[test]
fn a_lone_name_follows_an_edit_of_another_article() {
    // "Mr. Boehler" in the second article is Adam Boehler while he is the only Boehler the
    // dossier names; once the first article names Adam Smith instead, "Boehler" is a person
    // of his own again, and Hamas, named beside him, counts him among its related entities.
    let hostage = |person| vec![(3, person, 0, 0)];
    let deltas = run(&[
        Step::Add {
            day: 1,
            tag: false,
            body: hostage(0),
        },
        Step::Add {
            day: 2,
            tag: true,
            body: vec![(9, 0, 0, 0)],
        },
        Step::Edit {
            which: 0,
            body: hostage(1),
        },
    ]);
    let last = deltas.last().unwrap();
    assert!(!last.full && !last.articles.is_empty(), "{last:?}");
}

#[test]
fn an_added_article_keeps_every_quotation_of_its_one_speaker() {
    // Two quotations by one lone name ("Alexander"), the article's only entity: placed before
    // its speakers are linked, the article kept one quotation per found entity, not each.
    let said = (6, 0, 3, 0);
    let deltas = run(&[Step::Add {
        day: 1,
        tag: false,
        body: vec![said, said],
    }]);
    assert_eq!(deltas.len(), 1);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn an_updated_site_equals_a_full_link(steps in prop::collection::vec(step(), 1..14)) {
        run(&steps);
    }
}

proptest! {
    // Rendering is slower than linking: fewer, shorter sequences.
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn an_updated_site_renders_the_bytes_of_a_full_link(steps in prop::collection::vec(step(), 1..12)) {
        run_with(&steps, true);
    }
}
