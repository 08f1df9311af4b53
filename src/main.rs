//! The `dossier` command line: parses arguments and calls one library function per command.

use clap::{Args, Parser, Subcommand};
use dossier::cmd;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "dossier",
    version,
    about = "Build briefing dossiers: a static site of articles, people, organisations, places and quotations extracted from news prose"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct Root {
    /// The dossier's folder (the one holding site.yaml)
    #[arg(long, default_value = ".", value_name = "DIR", global = true)]
    root: PathBuf,
}

#[derive(Subcommand)]
enum Command {
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
        #[command(flatten)]
        root: Root,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract {
            json,
            registry,
            no_registry,
            files,
            root,
        } => {
            let choice = if no_registry {
                cmd::extract::RegistryChoice::None
            } else if let Some(file) = registry {
                cmd::extract::RegistryChoice::File(file)
            } else {
                cmd::extract::RegistryChoice::Dossier(
                    root.root.join("content").join("entities.yaml"),
                )
            };
            cmd::extract::run(&files, &choice, json).map(|out| print!("{out}"))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
