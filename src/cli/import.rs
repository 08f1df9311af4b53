//! `dossier import`: news pages, or every item of a feed, into articles under
//! `content/articles/`, each reported as it is done with what it holds (title, date, outlet,
//! words, and the people extraction finds in it).
//!
//! Each page or item is its own import: one that fails is reported and writes nothing, and
//! the others go on; the command fails at the end if any did.

use crate::entity::EntityKind;
use crate::import::dedupe::{Known, Why};
use crate::import::fetch::{Fetcher, Input};
use crate::import::{self, Draft, ImportError, feed, write};
use crate::{Error, engine, extract, load};
use std::path::PathBuf;
use std::time::Duration;

/// What to import and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// The dossier.
    pub root: PathBuf,
    /// `--config`: another file than `site.yaml`.
    pub config: Option<PathBuf>,
    /// The inputs are feeds, not pages.
    pub feed: bool,
    /// Refresh an article the dossier has instead of skipping it.
    pub update: bool,
    /// Write `draft: false` instead of `draft: true`.
    pub publish: bool,
    /// Time budget for each request, redirects and body included.
    pub timeout: Duration,
}

/// What happened to one page or feed item.
#[derive(Debug)]
pub enum Outcome {
    Imported(Box<Imported>),
    /// Already in the dossier (and no `--update`).
    Skipped {
        input: String,
        existing: PathBuf,
        why: Why,
    },
    Failed(ImportError),
}

/// An article written, and what it holds.
#[derive(Debug)]
pub struct Imported {
    pub path: PathBuf,
    /// An existing article was refreshed (`--update`).
    pub updated: bool,
    pub draft: Draft,
    /// The article is a draft (as written, or as the writer left it on update).
    pub is_draft: bool,
    /// People extraction finds, with their mentions, most mentioned first.
    pub people: Vec<(String, usize)>,
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::Failed(e) => write!(f, "{e}"),
            Outcome::Skipped {
                input,
                existing,
                why,
            } => write!(
                f,
                "skipped: {input}: already in the dossier as {} ({why}); --update refreshes it",
                existing.display()
            ),
            Outcome::Imported(i) => {
                let d = &i.draft;
                let verb = if i.updated { "updated" } else { "imported" };
                let state = if i.is_draft { " (draft)" } else { "" };
                writeln!(f, "{verb} {}{state}", i.path.display())?;
                writeln!(f, "  title:  {}", d.title)?;
                let note = if d.dated {
                    ""
                } else {
                    " (the page gives no date: this is the import's time; correct it)"
                };
                writeln!(f, "  date:   {}{note}", d.date.front_matter())?;
                writeln!(
                    f,
                    "  outlet: {}",
                    d.source.as_deref().unwrap_or("(unknown)")
                )?;
                if let Some(a) = &d.author {
                    writeln!(f, "  author: {a}")?;
                }
                writeln!(f, "  words:  {}", d.words())?;
                let people: Vec<String> = i
                    .people
                    .iter()
                    .map(|(name, n)| format!("{name} ({n})"))
                    .collect();
                write!(
                    f,
                    "  people: {}",
                    if people.is_empty() {
                        "none found".to_string()
                    } else {
                        people.join(", ")
                    }
                )
            }
        }
    }
}

/// Imports every input, calling `report` after each page or feed item. Fails when the folder
/// is not a dossier, or at the end when any import failed.
pub fn run(
    options: &Options,
    inputs: &[String],
    report: &mut dyn FnMut(&Outcome),
) -> Result<(), Error> {
    let config = engine::config(&engine::Options {
        config: options.config.clone(),
        ..engine::Options::new(&options.root)
    })?;
    let registry = engine::registry(&options.root)?;
    let mut run = Run {
        options,
        registry,
        flavor: engine::flavor(&config),
        known: Known::load(&options.root),
        fetcher: Fetcher::new(options.timeout, import::MAX_BYTES),
        articles: load::display_base(&options.root)
            .join(load::CONTENT_DIR)
            .join("articles"),
    };
    let (mut tried, mut failed) = (0, 0);
    let mut tally = |outcome: Outcome| {
        tried += 1;
        failed += usize::from(matches!(outcome, Outcome::Failed(_)));
        report(&outcome);
    };
    for text in inputs {
        let input = match Input::parse(text) {
            Ok(i) => i,
            Err(e) => {
                tally(Outcome::Failed(e));
                continue;
            }
        };
        let name = input.name();
        if !options.feed {
            let draft = run
                .fetcher
                .load(&input)
                .and_then(|page| import::from_page(&page, &name));
            tally(run.save(draft, &name));
            continue;
        }
        let feed = run
            .fetcher
            .load(&input)
            .and_then(|f| feed::parse(&f.bytes, f.url.as_ref(), &name));
        match feed {
            Err(e) => tally(Outcome::Failed(e)),
            Ok(feed) => {
                for (n, item) in feed.items.iter().enumerate() {
                    let item_name = item
                        .link
                        .as_ref()
                        .map_or_else(|| format!("{name} (item {})", n + 1), ToString::to_string);
                    let draft =
                        import::from_item(item, feed.title.as_deref(), &run.fetcher, &item_name);
                    tally(run.save(draft, &item_name));
                }
            }
        }
    }
    if failed > 0 {
        return Err(Error::ImportsFailed { failed, tried });
    }
    Ok(())
}

/// What one run shares across its imports.
struct Run<'a> {
    options: &'a Options,
    registry: extract::Registry,
    flavor: load::Flavor,
    known: Known,
    fetcher: Fetcher,
    articles: PathBuf,
}

impl Run<'_> {
    /// Writes a draft (unless the dossier has it and no `--update` was asked for).
    fn save(&mut self, draft: Result<Draft, ImportError>, name: &str) -> Outcome {
        let draft = match draft {
            Ok(d) => d,
            Err(e) => return Outcome::Failed(e),
        };
        let publish = self.options.publish;
        let written = match self.known.find(&draft) {
            Some((existing, why)) if !self.options.update => {
                return Outcome::Skipped {
                    input: name.to_string(),
                    existing,
                    why,
                };
            }
            Some((existing, _)) => {
                write::update(&existing, &draft, publish).map(|text| (existing, text, true))
            }
            None => write::create(&self.articles, &draft, publish, |s| {
                self.known.slug_taken(s)
            })
            .map(|(path, text)| (path, text, false)),
        };
        match written {
            Ok((path, text, updated)) => self.imported(path, &text, updated, draft),
            Err(e) => Outcome::Failed(e),
        }
    }

    /// Records the written article and runs extraction over it, as the build will.
    fn imported(&mut self, path: PathBuf, text: &str, updated: bool, draft: Draft) -> Outcome {
        let options = load::LoadOptions {
            drafts: true,
            future: true,
            flavor: self.flavor,
            ..Default::default()
        };
        let article = load::parse_article(&path, text, load::Format::Markdown, options)
            .map_err(|e| e.to_string())
            .and_then(|a| a.ok_or_else(|| "it was left out as a draft".to_string()));
        let article = match article {
            Ok(a) => a,
            Err(e) => {
                return Outcome::Failed(ImportError::Write {
                    path,
                    message: format!("the written article does not load: {e}"),
                });
            }
        };
        self.known.add(&path, &article.slug, &draft);
        let found =
            extract::extract_article(&article.paragraphs, &article.front.entities, &self.registry);
        let mut people: Vec<(String, usize)> = found
            .entities
            .into_iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| (e.name, e.mentions.len()))
            .collect();
        people.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Outcome::Imported(Box::new(Imported {
            path,
            updated,
            is_draft: article.front.draft,
            draft,
            people,
        }))
    }
}

/// `dossier import` as the command line asks for it: each outcome printed as it comes (failures
/// on stderr), after checking `timeout` (seconds) before anything is fetched.
pub fn command(
    root: PathBuf,
    config: Option<PathBuf>,
    inputs: &[String],
    feed: bool,
    update: bool,
    publish: bool,
    timeout: f64,
) -> Result<(), Error> {
    let options = Options {
        root,
        config,
        feed,
        update,
        publish,
        timeout: super::seconds(timeout)?,
    };
    run(&options, inputs, &mut |outcome| match outcome {
        Outcome::Failed(_) => eprintln!("error: {outcome}"),
        _ => println!("{outcome}"),
    })
}
