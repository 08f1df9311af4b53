//! One function per command of the `dossier` binary. `main.rs` parses arguments and calls
//! exactly one of these; they glue the pipeline stages together and hold no logic of their own
//! that a stage could own.

pub mod build;
pub mod deploy;
pub mod digest;
pub mod extract;
pub mod import;
pub mod init;
