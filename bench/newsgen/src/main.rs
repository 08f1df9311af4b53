//! `newsgen --articles N --out DIR [--seed S] [--hugo DIR]`: writes a generated dossier (and
//! its Hugo copy) and prints what it wrote.

use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;

/// Writes a generated dossier of news articles about the 2025 hostage negotiations
#[derive(Parser)]
#[command(version)]
struct Args {
    /// How many articles
    #[arg(long, value_name = "N")]
    articles: usize,
    /// The new dossier's folder (must be new or empty)
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The same seed gives the same files
    #[arg(long, default_value_t = 1, value_name = "S")]
    seed: u64,
    /// Also write the articles as a Hugo site's content/ here, with a `people` taxonomy
    #[arg(long, value_name = "DIR")]
    hugo: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let options = newsgen::Options {
        articles: args.articles,
        seed: args.seed,
        out: args.out,
        hugo: args.hugo,
    };
    match newsgen::generate(&options) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
