//! `dossier init DIR` and `dossier new "Title"`: starting a dossier and an article. Neither
//! ever overwrites a file.

use crate::Error;
use crate::load::slug::slugify;
use std::path::{Path, PathBuf};

/// Why `init` or `new` stopped; each names the file. Nothing that existed is overwritten.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    #[error("{}: already a dossier (site.yaml exists); nothing written", .0.display())]
    AlreadyADossier(PathBuf),
    #[error("{}: already exists; dossier never overwrites a file", .0.display())]
    Exists(PathBuf),
    #[error("{}: cannot create: {source}", path.display())]
    Create {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: cannot write: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the title `{0}` has no letters or digits to make a file name from")]
    NoSlug(String),
}

const SITE_YAML: &str = include_str!("scaffold/site.yaml");
const ENTITIES_YAML: &str = include_str!("scaffold/entities.yaml");
const FIRST_ARTICLE: &str = include_str!("scaffold/first-article.md");
const PAGES_WORKFLOW: &str = include_str!("scaffold/pages.yml");
const GITIGNORE: &str = "/output/\n/.output.dossier-*\n";

/// The `base_url` that `init` writes into `site.yaml`: an address that is nobody's site.
/// `deploy` warns while a dossier still has it, since every absolute link would point there.
pub const PLACEHOLDER_BASE_URL: &str = "https://example.github.io/dossier/";

/// The GitHub Pages workflow `init` writes, pinned to this dossier: it installs the release
/// binary of the version that wrote it, from the project's repository, so that the first push
/// publishes with nothing to edit and a later release changes nothing until the user says so.
fn pages_workflow() -> String {
    PAGES_WORKFLOW
        .replace("{VERSION}", env!("CARGO_PKG_VERSION"))
        .replace("{REPOSITORY}", env!("CARGO_PKG_REPOSITORY"))
}

fn today() -> String {
    chrono::Local::now().format("%Y-%m-%d").to_string()
}

/// Writes `path` only if nothing is there yet.
fn create(path: &Path, text: &str) -> Result<(), InitError> {
    let cannot_create = |path: &Path, source| InitError::Create {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| cannot_create(dir, e))?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => InitError::Exists(path.to_path_buf()),
            _ => cannot_create(path, e),
        })?;
    std::io::Write::write_all(&mut file, text.as_bytes()).map_err(|source| InitError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// Creates a new dossier in `dir`: site.yaml, content/ with one article and a registry,
/// .gitignore, and a GitHub Pages workflow. Returns the files written.
///
/// The samples show the formats without publishing anything made up: the article is a draft
/// and the registry's example entry is a comment, so a dossier built as `init` left it has no
/// articles and no people.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    if dir.join(crate::load::config::CONFIG_FILE).exists() {
        return Err(InitError::AlreadyADossier(dir.to_path_buf()).into());
    }
    let files: Vec<(PathBuf, String)> = vec![
        (
            dir.join("site.yaml"),
            SITE_YAML.replace("{BASE_URL}", PLACEHOLDER_BASE_URL),
        ),
        (dir.join("content/entities.yaml"), ENTITIES_YAML.to_string()),
        (
            dir.join(format!("content/articles/{}-welcome.md", today())),
            FIRST_ARTICLE.replace("{DATE}", &today()),
        ),
        (dir.join(".gitignore"), GITIGNORE.to_string()),
        (dir.join(".github/workflows/pages.yml"), pages_workflow()),
    ];
    for (path, _) in &files {
        if path.exists() {
            return Err(InitError::Exists(path.clone()).into());
        }
    }
    for (path, text) in &files {
        create(path, text)?;
    }
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

/// Creates `content/articles/YYYY-MM-DD-slug.md` for a new article titled `title`.
pub fn new_article(root: &Path, title: &str) -> Result<PathBuf, Error> {
    if !root.join(crate::load::config::CONFIG_FILE).exists() {
        return Err(crate::load::config::ConfigError::Missing {
            path: root.join(crate::load::config::CONFIG_FILE),
        }
        .into());
    }
    let title = title.trim();
    let slug = slugify(title).ok_or_else(|| InitError::NoSlug(title.to_string()))?;
    let date = today();
    let path = root
        .join("content/articles")
        .join(format!("{date}-{slug}.md"));
    let quoted = serde_json::to_string(title).unwrap_or_else(|_| format!("\"{slug}\""));
    let text = format!(
        "---\ntitle: {quoted}\ndate: {date}\nsource: \nsummary: \ntags: []\ndraft: true\n---\n\nWrite the article here.\n"
    );
    create(&path, &text)?;
    Ok(path)
}

/// `dossier init DIR`: creates the dossier and says what was created and what to do next.
/// `root_given` is whether `--root` or `--config` was given, which init does not take.
pub fn command(dir: &Path, root_given: bool) -> Result<(), Error> {
    if root_given {
        return Err(Error::Usage(
            "init takes the new dossier's folder as its argument (dossier init DIR), not --root or --config".into(),
        ));
    }
    for f in init(dir)? {
        println!("created {}", f.display());
    }
    println!("Next: cd {} && dossier serve", dir.display());
    println!(
        "The sample article is a draft that shows the format (dossier serve --drafts shows it); the registry's example entry is a comment."
    );
    Ok(())
}
