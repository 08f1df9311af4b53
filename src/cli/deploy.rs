//! `dossier deploy`: check where the site goes, build it, then commit `output/` to the
//! `gh-pages` branch and push it. The git work is `deploy`'s; this only orders the
//! steps so that nothing is pushed unless the build succeeded.

use crate::cli::build::{self as build_cmd, output_dir};
use crate::cli::init::PLACEHOLDER_BASE_URL;
use crate::deploy::{self, DeployError, Deployed, Request};
use crate::{Error, engine, write};
use std::path::PathBuf;

/// What `dossier deploy` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    /// How to build: the dossier's root and `--base-url`. Drafts are never deployed, and a
    /// deploy never skips a bad article (`keep_going` is ignored).
    pub build: engine::Options,
    /// The folder to build into and deploy; `output/` in the dossier by default.
    pub output: Option<PathBuf>,
    /// Deploy the folder as it is, without building first.
    pub no_build: bool,
    /// The branch to commit to (`gh-pages`).
    pub branch: String,
    /// A remote's name, a URL or a path; `origin` when `None`.
    pub remote: Option<String>,
    /// Said in the deploy commit's message.
    pub message: Option<String>,
}

/// What `deploy` did: the build's summary (unless `--no-build`) and the deploy's.
pub struct Report {
    pub built: Option<build_cmd::Report>,
    pub deployed: Deployed,
    /// Things the user should fix that did not stop the deploy (printed on stderr).
    pub warnings: Vec<String>,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(built) = &self.built {
            writeln!(f, "{built}")?;
        }
        write!(f, "{}", self.deployed)
    }
}

/// Checks the repository, remote and branch; builds (a failed build stops here, before any
/// git object is written); commits and pushes.
pub fn run(options: &Options) -> Result<Report, Error> {
    let build_options = engine::Options {
        drafts: false,
        keep_going: false,
        ..options.build.clone()
    };
    let out = output_dir(&build_options, options.output.clone());
    let target = deploy::prepare(
        &Request {
            root: build_options.root.clone(),
            branch: options.branch.clone(),
            remote: options.remote.clone(),
            message: options.message.clone(),
        },
        &out,
    )?;
    // Held from the build to the push, so no other build changes what is being committed.
    let lock = write::lock(&build_options.root, &out)?;
    let built = if options.no_build {
        if !out.join(write::MARKER).is_file() {
            return Err(DeployError::NoOutput { path: out }.into());
        }
        None
    } else {
        let report = build_cmd::run_locked(&build_options, &lock, false)
            .map_err(|e| Error::NotDeployed(Box::new(e)))?;
        Some(report)
    };
    let deployed = target.publish(&out)?;
    drop(lock);
    let warnings = placeholder_warning(&build_options).into_iter().collect();
    Ok(Report {
        built,
        deployed,
        warnings,
    })
}

/// A warning when the site was built for the address `dossier init` wrote, which is nobody's
/// site: its feeds, sitemap and canonical links would all point there.
fn placeholder_warning(options: &engine::Options) -> Option<String> {
    let config = engine::config(options).ok()?;
    if config.base_url != PLACEHOLDER_BASE_URL {
        return None;
    }
    let path = crate::load::display_base(&options.root).join(
        options
            .config
            .as_deref()
            .unwrap_or(std::path::Path::new(crate::load::config::CONFIG_FILE)),
    );
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    Some(format!(
        "{}:{}: base_url is still {PLACEHOLDER_BASE_URL}, the placeholder `dossier init` wrote; \
         set it to the site's address (https://USER.github.io/REPO/) or pass --base-url",
        path.display(),
        crate::load::config::line_of(&text, "base_url")
    ))
}

/// `dossier deploy`: deploys and prints the warnings and the summary.
pub fn command(options: &Options) -> Result<(), Error> {
    let report = run(options)?;
    for w in &report.warnings {
        eprintln!("warning: {w}");
    }
    println!("{report}");
    Ok(())
}
