//! One function per command of the `dossier` binary. `main.rs` parses arguments and calls
//! exactly one of these; they glue the pipeline stages together and hold no logic of their own
//! that a stage could own.

pub mod build;
pub mod check;
pub mod deploy;
pub mod digest;
pub mod entities;
pub mod extract;
pub mod import;
pub mod init;
pub mod new;
pub mod serve;

use crate::Error;
use std::time::Duration;

/// Prints a command's whole output. A reader that stops early ("dossier extract --json |
/// head") closes the pipe: that ends the command quietly, not with a panic about printing.
fn emit(text: &str) -> Result<(), Error> {
    match std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::Stdout(e)),
        _ => Ok(()),
    }
}

/// A `--timeout` in seconds, when it is a usable one (above 0); said before anything runs.
fn seconds(timeout: f64) -> Result<Duration, Error> {
    Duration::try_from_secs_f64(timeout)
        .ok()
        .filter(|t| !t.is_zero())
        .ok_or_else(|| {
            Error::Usage(format!(
                "--timeout {timeout}: give a number of seconds above 0"
            ))
        })
}

/// The exit statuses of `dossier`, as `--help` and the README list them.
pub mod exit {
    /// Everything asked for was done.
    pub const OK: u8 = 0;
    /// An error: bad content or configuration, a failed build, broken links, a failed import
    /// or deploy. Nothing in `output/` was changed by a failed build.
    pub const ERROR: u8 = 1;
    /// The command line is wrong (clap's status for an unknown option or a missing argument).
    pub const USAGE: u8 = 2;
    /// `build --keep-going` wrote the site but left out bad articles, listed on stderr.
    pub const SKIPPED: u8 = 3;
}

/// The end of `dossier --help`: exit statuses and the environment variables dossier reads.
pub const HELP_FOOTER: &str = "\
Exit status:
  0  success
  1  an error: bad content or configuration, a failed build, broken links (check),
     a failed import or deploy; a failed build leaves output/ as it was
  2  the command line is wrong (an unknown option, a missing argument)
  3  build --keep-going wrote the site but left out bad articles (listed on stderr)

Environment:
  NO_COLOR, CLICOLOR, CLICOLOR_FORCE
      colours in help and progress bars (NO_COLOR set: none)
  HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY
      the proxy import (and check --external) go through
  GIT_COMMITTER_NAME, GIT_COMMITTER_EMAIL
      who deploy commits are by (else git's user.name and user.email); git's own
      variables and configuration apply to the push
  BROWSER
      the browser serve --open starts (else the system's default)
  RAYON_NUM_THREADS
      how many threads build uses (default: one per core)";
