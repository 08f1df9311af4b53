//! The `dossier` command line: parses arguments and calls one library function per command.

use clap::{Args, Parser, Subcommand};
use dossier::cli;
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc rather than the system's malloc: rendering allocates and frees small strings and
/// template values by the million, and glibc's malloc was a fifth of a build's CPU time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "dossier",
    version,
    about = "Build briefing dossiers: a static site of articles, people, organisations, places and quotations extracted from news prose",
    after_help = cli::HELP_FOOTER
)]
struct Cli {
    #[command(flatten)]
    globals: Globals,
    #[command(subcommand)]
    command: Command,
}

/// Options every command takes, before or after its name (`dossier --root DIR build` is
/// `dossier build --root DIR`).
#[derive(Args, Clone)]
struct Globals {
    /// The dossier's folder, the one holding site.yaml [default: the current folder]
    #[arg(long, value_name = "DIR", global = true)]
    root: Option<PathBuf>,
    /// Read this configuration file instead of site.yaml (a relative path is from the dossier's folder)
    #[arg(long, value_name = "FILE", global = true)]
    config: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into output/ (atomically: a failed build leaves output/ as it was)
    Build {
        /// Write the site here instead of DIR/output
        #[arg(long, short, value_name = "DIR")]
        output: Option<PathBuf>,
        /// Publish under this address instead of site.yaml's base_url (e.g. https://user.github.io/repo/)
        #[arg(long, value_name = "URL", value_parser = dossier::load::config::check_base_url)]
        base_url: Option<String>,
        /// Include articles marked `draft: true`
        #[arg(long)]
        drafts: bool,
        /// Include articles dated after now (held back by default, like an embargo)
        #[arg(long)]
        future: bool,
        /// Build the good articles and list the bad ones, instead of stopping at the first problem
        #[arg(long)]
        keep_going: bool,
        /// Print nothing but errors
        #[arg(long, short)]
        quiet: bool,
        /// Keep running: rebuild output/ whenever content, site.yaml, the registry or the theme changes
        #[arg(long)]
        watch: bool,
        /// Print how long each stage of the pipeline took, and the peak memory after it
        #[arg(long)]
        timings: bool,
    },
    /// Serve the site locally, rebuild what each save touches, and reload open pages
    Serve {
        /// Port to listen on (0 picks a free one)
        #[arg(long, short, default_value_t = 1111)]
        port: u16,
        /// Address to listen on; anything but 127.0.0.1 or ::1 exposes the site to your network
        #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
        bind: std::net::IpAddr,
        /// Open the site in your browser
        #[arg(long)]
        open: bool,
        /// Include articles marked `draft: true`
        #[arg(long)]
        drafts: bool,
        /// Include articles dated after now (held back by default, like an embargo)
        #[arg(long)]
        future: bool,
    },
    /// Validate content, registry and templates and check every internal link of a build, writing nothing
    Check {
        /// Check as if published under this address
        #[arg(long, value_name = "URL", value_parser = dossier::load::config::check_base_url)]
        base_url: Option<String>,
        /// Also fetch every link that leaves the site (http and https), a few at a time
        #[arg(long)]
        external: bool,
        /// With --external: give up on an address that has not answered after this many seconds
        #[arg(
            long,
            default_value_t = 10.0,
            value_name = "SECONDS",
            requires = "external"
        )]
        timeout: f64,
        /// Include articles marked `draft: true`
        #[arg(long)]
        drafts: bool,
        /// Include articles dated after now (held back by default, like an embargo)
        #[arg(long)]
        future: bool,
    },
    /// Work with the registry (content/entities.yaml)
    Entities {
        #[command(subcommand)]
        action: EntitiesAction,
    },
    /// Print what changed since a date (new people and organisations, roles, statuses, quotations) as Markdown
    Digest {
        /// The first day to include, YYYY-MM-DD
        #[arg(long, value_name = "DATE", value_parser = dossier::cli::digest::parse_since)]
        since: chrono::NaiveDate,
        /// Include articles marked `draft: true`
        #[arg(long)]
        drafts: bool,
    },
    /// Start a new dossier in DIR: site.yaml, content/, a registry, .gitignore and a GitHub Pages workflow
    Init {
        /// The folder to create (it may exist, but must not hold a dossier yet)
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
    /// Create a new article, content/articles/YYYY-MM-DD-slug.md, as a draft (never overwrites)
    New {
        /// The article's title
        #[arg(value_name = "TITLE")]
        title: String,
    },
    /// Show what extraction finds in article files: entities, roles, quotations and speakers
    Extract {
        /// Print the machine-readable JSON contract instead of a report
        #[arg(long)]
        json: bool,
        /// Use this registry instead of the dossier's content/entities.yaml
        #[arg(long, value_name = "FILE", conflicts_with = "no_registry")]
        registry: Option<PathBuf>,
        /// Use no registry at all
        #[arg(long)]
        no_registry: bool,
        /// Article files (.md or .txt)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Import news pages (or, with --feed, every item of RSS or Atom feeds) as draft articles
    ///
    /// Each page is fetched (or read from a saved .html file); its title, date (with its time
    /// zone), outlet, canonical address, author and summary come from the page's JSON-LD, then
    /// its Open Graph tags, then its meta tags; readability finds the article, written as
    /// Markdown without navigation, captions, share buttons, "Read more" or "Related" blocks.
    /// The article goes to content/articles/DATE-slug.md as a draft (draft: true) unless
    /// --publish. An article whose canonical address or text the dossier already has is skipped
    /// unless --update. Each page or item is imported on its own: one that fails (an error
    /// page, a timeout, not HTML, over 10 MB, a redirect loop, too little text for an article)
    /// writes nothing and is reported, and the command then ends with a non-zero status.
    #[command(verbatim_doc_comment)]
    Import {
        /// Web addresses (http or https) or saved .html files; with --feed, feeds
        #[arg(required = true, value_name = "URL|FILE")]
        inputs: Vec<String>,
        /// The inputs are RSS or Atom feeds: import every item, fetching an item's page when
        /// the feed carries only a summary
        #[arg(long)]
        feed: bool,
        /// Refresh an article the dossier already has (same address or text) instead of
        /// skipping it; the keys you added (tags, entities, draft…) are kept
        #[arg(long)]
        update: bool,
        /// Write the articles as published (draft: false) instead of drafts
        #[arg(long)]
        publish: bool,
        /// Give up on a page or feed that has not fully arrived after this many seconds
        #[arg(long, default_value_t = 30.0, value_name = "SECONDS")]
        timeout: f64,
    },
    /// Build, then commit output/ as the whole tree of the gh-pages branch and push it (never touches your working tree, index or current branch)
    Deploy {
        /// The branch to commit the site to
        #[arg(long, default_value = "gh-pages", value_name = "BRANCH")]
        branch: String,
        /// Where to push: a remote's name, a URL, or a path to a repository [default: origin]
        #[arg(long, value_name = "REMOTE")]
        remote: Option<String>,
        /// Say this in the deploy commit's message (default: the source commit's subject)
        #[arg(long, short, value_name = "TEXT")]
        message: Option<String>,
        /// Build into and deploy this folder instead of DIR/output
        #[arg(long, short, value_name = "DIR")]
        output: Option<PathBuf>,
        /// Build for this address instead of site.yaml's base_url (e.g. https://user.github.io/repo/)
        #[arg(long, value_name = "URL", conflicts_with = "no_build", value_parser = dossier::load::config::check_base_url)]
        base_url: Option<String>,
        /// Deploy the output folder as it is, without building first
        #[arg(long)]
        no_build: bool,
    },
}

#[derive(Subcommand)]
enum EntitiesAction {
    /// List names found in the articles that the registry lacks, with mention counts and
    /// guessed kind and roles, as YAML ready to paste into content/entities.yaml
    Suggest {
        /// Include articles marked `draft: true`
        #[arg(long)]
        drafts: bool,
    },
}

fn main() -> ExitCode {
    // Small pages only. With transparent huge pages (`always` on many Linux systems) each
    // 2 MiB region mimalloc touches is zeroed whole and counted whole as resident, and a build
    // gives memory back and takes it again stage after stage: at 10,000 articles that zeroing
    // was 5-9 % of the build's CPU time, and the peak 35 MiB higher (issue 16). Inherited by
    // the programs dossier starts (git, Chromium), which lose nothing by it.
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
    let cli = Cli::parse();
    let root = cli
        .globals
        .root
        .clone()
        .unwrap_or_else(|| PathBuf::from("."));
    // The build options every command that reads the dossier starts from.
    let base = dossier::engine::Options {
        config: cli.globals.config.clone(),
        ..dossier::engine::Options::new(&root)
    };
    let result = match cli.command {
        Command::Build {
            output,
            base_url,
            drafts,
            future,
            keep_going,
            quiet,
            watch,
            timings,
        } => {
            let options = dossier::engine::Options {
                base_url,
                drafts,
                future,
                keep_going,
                ..base
            };
            cli::build::command(options, output, quiet, watch, timings)
        }
        Command::Serve {
            port,
            bind,
            open,
            drafts,
            future,
        } => {
            let options = dossier::engine::Options {
                drafts,
                future,
                ..base
            };
            done(cli::serve::command(options, bind, port, open))
        }
        Command::Check {
            base_url,
            external,
            timeout,
            drafts,
            future,
        } => {
            let options = dossier::engine::Options {
                base_url,
                drafts,
                future,
                ..base
            };
            done(cli::check::command(&options, external, timeout))
        }
        Command::Digest { since, drafts } => {
            let options = dossier::engine::Options { drafts, ..base };
            done(cli::digest::command(&options, since))
        }
        Command::Entities {
            action: EntitiesAction::Suggest { drafts },
        } => {
            let options = dossier::engine::Options { drafts, ..base };
            done(cli::entities::suggest(&options))
        }
        Command::Init { dir } => {
            let root_given = cli.globals.root.is_some() || cli.globals.config.is_some();
            done(cli::init::command(&dir, root_given))
        }
        Command::New { title } => done(cli::new::command(&root, &title)),
        Command::Extract {
            json,
            registry,
            no_registry,
            files,
        } => done(cli::extract::command(
            &base,
            registry,
            no_registry,
            &files,
            json,
        )),
        Command::Deploy {
            branch,
            remote,
            message,
            output,
            base_url,
            no_build,
        } => done(cli::deploy::command(&cli::deploy::Options {
            build: dossier::engine::Options { base_url, ..base },
            output,
            no_build,
            branch,
            remote,
            message,
        })),
        Command::Import {
            inputs,
            feed,
            update,
            publish,
            timeout,
        } => done(cli::import::command(
            root,
            cli.globals.config,
            &inputs,
            feed,
            update,
            publish,
            timeout,
        )),
    };
    finish(result)
}

/// A command that has no exit status of its own: success is [`cli::exit::OK`].
fn done(result: Result<(), dossier::Error>) -> Result<u8, dossier::Error> {
    result.map(|()| cli::exit::OK)
}

/// Prints an error (every line prefixed, so each file's problem stands out) and sets the exit
/// status (see [`cli::exit`]).
fn finish(result: Result<u8, dossier::Error>) -> ExitCode {
    match result {
        Ok(status) => ExitCode::from(status),
        Err(e) => {
            for line in e.to_string().lines() {
                eprintln!("error: {line}");
            }
            ExitCode::from(cli::exit::ERROR)
        }
    }
}
