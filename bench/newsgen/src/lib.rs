//! newsgen: a generator of realistic dossiers for dossier's benchmark (`bench/run.sh`) and for
//! the tests that need a large dossier. N articles of 300–800 words in news style about the
//! 2025 hostage negotiations, a pool of a few hundred invented people (officials and
//! negotiators with titles, hostages, their families), organisations, places and tags, and a
//! registry that knows part of them.
//!
//! The same seed gives the same bytes on every run and machine: every random choice comes
//! from [`rng`], a generator written here, and article `i` draws from its own stream, so the
//! articles are made in parallel. Sentences come from templates in `data/prose.txt`, names
//! from `data/names.txt`, the world from `data/world.txt`.
//!
//! With a Hugo folder, the same articles are also written as a Hugo site's `content/`, with a
//! `people` list of every person each article names, for the comparison in `bench/run.sh`.
//!
//! It writes files only and does not depend on dossier: what it writes is input, which dossier
//! must read as it reads a writer's dossier.

mod article;
mod names;
mod pool;
mod prose;
mod rng;
mod words;
mod write;

use article::Article;
use pool::Pool;
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    pub articles: usize,
    pub seed: u64,
    /// The dossier's folder; created, and must be empty if it exists.
    pub out: PathBuf,
    /// Also write the articles as a Hugo site's `content/` here.
    pub hugo: Option<PathBuf>,
}

/// What was generated.
#[derive(Debug, Clone)]
pub struct Summary {
    pub articles: usize,
    pub drafts: usize,
    pub words: usize,
    pub people: usize,
    pub registry_entries: usize,
    pub seconds: f64,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Generated {} articles ({} drafts, {} words), {} people, {} registry entries in {:.2} s",
            self.articles,
            self.drafts,
            self.words,
            self.people,
            self.registry_entries,
            self.seconds
        )
    }
}

/// Longest slug before a `-2` suffix, leaving room under the slug limit.
const SLUG_BASE: usize = 70;

/// Gives every article a slug of its title that no other article has.
fn assign_slugs(articles: &mut [Article]) {
    let mut taken = BTreeSet::new();
    for a in articles {
        let mut base = slugify(&a.title).unwrap_or_else(|| "article".into());
        if base.len() > SLUG_BASE {
            base.truncate(SLUG_BASE);
            while base.ends_with('-') {
                base.pop();
            }
        }
        let mut slug = base.clone();
        let mut n = 2;
        while !taken.insert(slug.clone()) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        a.slug = slug;
    }
}

/// Why a corpus could not be written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: cannot {what}: {source}", path.display())]
    Io {
        path: PathBuf,
        what: &'static str,
        source: std::io::Error,
    },
    #[error("{}: the folder is not empty; give --out (or --hugo) a new or empty folder", .0.display())]
    NotEmpty(PathBuf),
}

fn io_error(path: &Path, what: &'static str, e: std::io::Error) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        what,
        source: e,
    }
}

/// A slug as dossier makes one (lower-case ASCII letters, digits and single hyphens; other
/// scripts transliterated; an apostrophe joins), so that the file name is the article's slug
/// in dossier and its URL in the Hugo copy.
fn slugify(text: &str) -> Option<String> {
    let mut slug = String::new();
    let mut pending_hyphen = false;
    for c in deunicode::deunicode(text).chars() {
        if c.is_ascii_alphanumeric() {
            if pending_hyphen && !slug.is_empty() {
                slug.push('-');
            }
            pending_hyphen = false;
            slug.push(c.to_ascii_lowercase());
        } else if c != '\'' {
            pending_hyphen = true;
        }
    }
    (!slug.is_empty()).then_some(slug)
}

/// Refuses a folder that already holds files, so a generated corpus never mixes with a real
/// one.
fn fresh_dir(dir: &Path) -> Result<(), Error> {
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(|e| io_error(dir, "read", e))?;
        if entries.next().is_some() {
            return Err(Error::NotEmpty(dir.to_path_buf()));
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, "create", e))
}

/// Writes `(path under dir, text)` files, creating folders first, in parallel.
fn write_all(dir: &Path, files: Vec<(PathBuf, String)>) -> Result<(), Error> {
    let folders: BTreeSet<PathBuf> = files
        .iter()
        .filter_map(|(p, _)| p.parent().map(|d| dir.join(d)))
        .collect();
    for f in &folders {
        std::fs::create_dir_all(f).map_err(|e| io_error(f, "create", e))?;
    }
    files.into_par_iter().try_for_each(|(p, text)| {
        let path = dir.join(p);
        std::fs::write(&path, text).map_err(|e| io_error(&path, "write", e))
    })
}

/// Generates the dossier (and the Hugo copy) that `options` asks for.
pub fn generate(options: &Options) -> Result<Summary, Error> {
    let start = Instant::now();
    fresh_dir(&options.out)?;
    if let Some(h) = &options.hugo {
        fresh_dir(h)?;
    }
    let pool = Pool::new(options.seed);
    let mut articles: Vec<Article> = (0..options.articles)
        .into_par_iter()
        .map(|i| article::generate(&pool, options.seed, i))
        .collect();
    assign_slugs(&mut articles);

    let (registry, registry_entries) = write::registry(&pool, options.seed);
    let mut files = vec![
        (
            PathBuf::from("site.yaml"),
            write::site_yaml(options.articles, options.seed),
        ),
        (PathBuf::from("content/entities.yaml"), registry),
        (
            PathBuf::from("content/pages/about.md"),
            write::ABOUT.to_string(),
        ),
    ];
    files.par_extend(articles.par_iter().map(|a| {
        let ext = if a.text { "txt" } else { "md" };
        (
            Path::new("content").join(write::path(a, ext)),
            write::dossier_article(a, &pool),
        )
    }));
    write_all(&options.out, files)?;
    if let Some(hugo) = &options.hugo {
        let files = articles
            .par_iter()
            .map(|a| {
                (
                    Path::new("content").join(write::path(a, "md")),
                    write::hugo_article(a, &pool),
                )
            })
            .collect();
        write_all(hugo, files)?;
    }
    Ok(Summary {
        articles: articles.len(),
        drafts: articles.iter().filter(|a| a.draft).count(),
        words: articles.iter().map(Article::word_count).sum(),
        people: pool.people.len(),
        registry_entries,
        seconds: start.elapsed().as_secs_f64(),
    })
}
